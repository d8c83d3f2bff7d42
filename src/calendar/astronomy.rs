//! The astronomy behind the lunar calendar, written from the published formulas of Jean Meeus,
//! *Astronomical Algorithms* (2nd ed.): new moons (ch. 49, with the planetary arguments), the
//! Sun's apparent longitude (ch. 25) and ΔT (the Espenak–Meeus polynomials).
//!
//! Everything here is `f64` arithmetic on Julian days; nothing can panic.

use std::f64::consts::PI;

const DEG: f64 = PI / 180.0;

/// The offset of Vietnam time (UTC+7, the 105°E meridian) in days.
pub(crate) const UTC7: f64 = 7.0 / 24.0;

fn sin_deg(x: f64) -> f64 {
    (x * DEG).sin()
}

/// The instant of the mean-plus-periodic new moon of lunation `k` (k = 0: 6 Jan 2000), as a
/// Julian Ephemeris Day (TT). Meeus ch. 49, including the 14 planetary arguments.
pub(crate) fn new_moon_jde(k: i32) -> f64 {
    let k = f64::from(k);
    let t = k / 1236.85;
    let t2 = t * t;
    let t3 = t2 * t;
    let t4 = t3 * t;
    let jde = 2_451_550.097_66 + 29.530_588_861 * k + 0.000_154_37 * t2 - 0.000_000_150 * t3
        + 0.000_000_000_73 * t4;
    let e = 1.0 - 0.002_516 * t - 0.000_007_4 * t2;
    let m = 2.5534 + 29.105_356_70 * k - 0.000_001_4 * t2 - 0.000_000_11 * t3;
    let mp =
        201.5643 + 385.816_935_28 * k + 0.010_758_2 * t2 + 0.000_012_38 * t3 - 0.000_000_058 * t4;
    let f =
        160.7108 + 390.670_502_84 * k - 0.001_611_8 * t2 - 0.000_002_27 * t3 + 0.000_000_011 * t4;
    let om = 124.7746 - 1.563_755_88 * k + 0.002_067_2 * t2 + 0.000_002_15 * t3;

    let corr = -0.40720 * sin_deg(mp)
        + 0.17241 * e * sin_deg(m)
        + 0.01608 * sin_deg(2.0 * mp)
        + 0.01039 * sin_deg(2.0 * f)
        + 0.00739 * e * sin_deg(mp - m)
        - 0.00514 * e * sin_deg(mp + m)
        + 0.00208 * e * e * sin_deg(2.0 * m)
        - 0.00111 * sin_deg(mp - 2.0 * f)
        - 0.00057 * sin_deg(mp + 2.0 * f)
        + 0.00056 * e * sin_deg(2.0 * mp + m)
        - 0.00042 * sin_deg(3.0 * mp)
        + 0.00042 * e * sin_deg(m + 2.0 * f)
        + 0.00038 * e * sin_deg(m - 2.0 * f)
        - 0.00024 * e * sin_deg(2.0 * mp - m)
        - 0.00017 * sin_deg(om)
        - 0.00007 * sin_deg(mp + 2.0 * m)
        + 0.00004 * sin_deg(2.0 * mp - 2.0 * f)
        + 0.00004 * sin_deg(3.0 * m)
        + 0.00003 * sin_deg(mp + m - 2.0 * f)
        + 0.00003 * sin_deg(2.0 * mp + 2.0 * f)
        - 0.00003 * sin_deg(mp + m + 2.0 * f)
        + 0.00003 * sin_deg(mp - m + 2.0 * f)
        - 0.00002 * sin_deg(mp - m - 2.0 * f)
        - 0.00002 * sin_deg(3.0 * mp + m)
        + 0.00002 * sin_deg(4.0 * mp);

    // Planetary arguments (Meeus table 49.B).
    const PLANETARY: [(f64, f64, f64); 14] = [
        (0.000_325, 299.77, 0.107_408),
        (0.000_165, 251.88, 0.016_321),
        (0.000_164, 251.83, 26.651_886),
        (0.000_126, 349.42, 36.412_478),
        (0.000_110, 84.66, 18.206_239),
        (0.000_062, 141.74, 53.303_771),
        (0.000_060, 207.14, 2.453_732),
        (0.000_056, 154.84, 7.306_860),
        (0.000_047, 34.52, 27.261_239),
        (0.000_042, 207.19, 0.121_824),
        (0.000_040, 291.34, 1.844_379),
        (0.000_037, 161.72, 24.198_154),
        (0.000_035, 239.56, 25.513_099),
        (0.000_023, 331.55, 3.592_518),
    ];
    let mut planetary = 0.0;
    for (i, (coef, a0, a1)) in PLANETARY.iter().enumerate() {
        let mut arg = a0 + a1 * k;
        if i == 0 {
            arg -= 0.009_173 * t2;
        }
        planetary += coef * sin_deg(arg);
    }
    jde + corr + planetary
}

/// ΔT = TT − UT in seconds for a decimal year (Espenak & Meeus polynomial expressions).
pub(crate) fn delta_t_seconds(year: f64) -> f64 {
    let y = year;
    if y < 1860.0 {
        let t = y - 1800.0;
        13.72 - 0.332_447 * t + 0.006_861_2 * t * t + 0.004_111_6 * t.powi(3)
            - 0.000_374_36 * t.powi(4)
            + 0.000_012_127_2 * t.powi(5)
            - 0.000_000_169_9 * t.powi(6)
            + 0.000_000_000_875 * t.powi(7)
    } else if y < 1900.0 {
        let t = y - 1860.0;
        7.62 + 0.573_7 * t - 0.251_754 * t * t + 0.016_806_68 * t.powi(3)
            - 0.000_447_362_4 * t.powi(4)
            + t.powi(5) / 233_174.0
    } else if y < 1920.0 {
        let t = y - 1900.0;
        -2.79 + 1.494_119 * t - 0.059_893_9 * t * t + 0.006_196_6 * t.powi(3)
            - 0.000_197 * t.powi(4)
    } else if y < 1941.0 {
        let t = y - 1920.0;
        21.20 + 0.844_93 * t - 0.076_100 * t * t + 0.002_093_6 * t.powi(3)
    } else if y < 1961.0 {
        let t = y - 1950.0;
        29.07 + 0.407 * t - t * t / 233.0 + t.powi(3) / 2547.0
    } else if y < 1986.0 {
        let t = y - 1975.0;
        45.45 + 1.067 * t - t * t / 260.0 - t.powi(3) / 718.0
    } else if y < 2005.0 {
        let t = y - 2000.0;
        63.86 + 0.3345 * t - 0.060_374 * t * t
            + 0.001_727_5 * t.powi(3)
            + 0.000_651_814 * t.powi(4)
            + 0.000_023_735_99 * t.powi(5)
    } else if y < 2050.0 {
        let t = y - 2000.0;
        62.92 + 0.322_17 * t + 0.005_589 * t * t
    } else if y < 2150.0 {
        let u = (y - 1820.0) / 100.0;
        -20.0 + 32.0 * u * u - 0.5628 * (2150.0 - y)
    } else {
        let u = (y - 1820.0) / 100.0;
        -20.0 + 32.0 * u * u
    }
}

/// The decimal year of a Julian day.
fn decimal_year(jd: f64) -> f64 {
    2000.0 + (jd - 2_451_545.0) / 365.25
}

/// The civil day (Julian Day Number) in Vietnam time that contains the new moon of lunation `k`.
pub(crate) fn new_moon_day(k: i32) -> i32 {
    let jde = new_moon_jde(k);
    let ut = jde - delta_t_seconds(decimal_year(jde)) / 86_400.0;
    // Truncation after flooring is exact for the day numbers of the supported range.
    (ut + 0.5 + UTC7).floor() as i32
}

/// The Sun's apparent geometric longitude in degrees, [0, 360), at Julian Ephemeris Day `jde`
/// (Meeus ch. 25, with the aberration and the main nutation term).
pub(crate) fn sun_longitude(jde: f64) -> f64 {
    let t = (jde - 2_451_545.0) / 36_525.0;
    let l0 = 280.466_46 + 36_000.769_83 * t + 0.000_303_2 * t * t;
    let m = 357.529_11 + 35_999.050_29 * t - 0.000_153_7 * t * t;
    let c = (1.914_602 - 0.004_817 * t - 0.000_014 * t * t) * sin_deg(m)
        + (0.019_993 - 0.000_101 * t) * sin_deg(2.0 * m)
        + 0.000_289 * sin_deg(3.0 * m);
    let om = 125.04 - 1_934.136 * t;
    let lambda = l0 + c - 0.005_69 - 0.004_78 * sin_deg(om);
    lambda.rem_euclid(360.0)
}

/// The 30° sector (0..=11) of the Sun's apparent longitude at the start (00:00 UTC+7) of the
/// civil day `jdn`. Sector 9 begins at the winter solstice (270°).
pub(crate) fn sun_sector_at_day_start(jdn: i32) -> u8 {
    let ut = f64::from(jdn) - 0.5 - UTC7;
    let jde = ut + delta_t_seconds(decimal_year(ut)) / 86_400.0;
    // In [0, 12): the cast cannot overflow.
    ((sun_longitude(jde) / 30.0).floor() as u8).min(11)
}
