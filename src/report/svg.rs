//! SVG chart of the report: obligations falling due by month, one stacked bar per channel
//! (met on time, met late, overdue, pending, waived).

use std::fmt::Write;

use super::ComplianceReport;
use crate::label::Label;
use crate::ledger::StatusCounts;
use crate::org::Channel;

const COLOURS: [(&str, &str, &str); 5] = [
    ("#2e7d32", "đúng hạn", "met on time"),
    ("#f9a825", "trễ hạn", "met late"),
    ("#c62828", "quá hạn", "overdue"),
    ("#9e9e9e", "chưa đến hạn", "pending"),
    ("#64b5f6", "được miễn", "waived"),
];

fn parts(c: &StatusCounts) -> [u64; 5] {
    [c.met_on_time, c.met_late, c.overdue, c.pending, c.waived]
}

fn esc(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

impl ComplianceReport {
    /// The year at a glance as an SVG chart: for each month of the period, one stacked bar per
    /// channel of the obligations falling due that month, coloured by status on the report
    /// date. Self-contained, deterministic text.
    ///
    /// ```
    /// use doingoai::report::ReportBuilder;
    /// use doingoai::calendar::DateRange;
    /// use doingoai::org::Jurisdiction;
    /// use chrono::NaiveDate;
    /// let r = ReportBuilder::new(Jurisdiction::National, DateRange::year(2026).unwrap(),
    ///     NaiveDate::from_ymd_opt(2026, 12, 31).unwrap()).build();
    /// let svg = r.to_svg();
    /// assert!(svg.starts_with("<svg") && svg.trim_end().ends_with("</svg>"));
    /// ```
    pub fn to_svg(&self) -> String {
        // Months of the period, in order.
        let mut months: Vec<(i32, u32)> = Vec::new();
        let (mut y, mut m) = (
            chrono::Datelike::year(&self.period.from),
            chrono::Datelike::month(&self.period.from),
        );
        let (ey, em) = (
            chrono::Datelike::year(&self.period.to),
            chrono::Datelike::month(&self.period.to),
        );
        while (y, m) <= (ey, em) && months.len() < 120 {
            months.push((y, m));
            if m == 12 {
                y += 1;
                m = 1;
            } else {
                m += 1;
            }
        }
        let lookup = |y: i32, m: u32, c: Channel| {
            self.obligations
                .by_month
                .iter()
                .find(|t| t.year == y && t.month == m && t.channel == c)
                .map(|t| t.counts)
                .unwrap_or_default()
        };
        let max = months
            .iter()
            .flat_map(|(y, m)| Channel::ALL.iter().map(move |c| (*y, *m, *c)))
            .map(|(y, m, c)| lookup(y, m, c).total())
            .max()
            .unwrap_or(0)
            .max(1)
            .div_ceil(4)
            * 4;
        let n = u64::try_from(months.len().max(1)).unwrap_or(1);
        let (left, top, plot_h, bar_w, gap) = (60u64, 70u64, 300u64, 14u64, 12u64);
        let group_w = bar_w * 3 + gap;
        let width = (left + n * group_w + 40).max(820);
        let height = top + plot_h + 110;
        let mut s = String::with_capacity(32 * 1024);
        let _ = writeln!(
            s,
            r#"<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" viewBox="0 0 {width} {height}" font-family="sans-serif" font-size="11">"#
        );
        let _ = writeln!(s, r##"<rect width="100%" height="100%" fill="#ffffff"/>"##);
        let _ = writeln!(
            s,
            r#"<text x="{left}" y="22" font-size="15" font-weight="bold">{} — nghĩa vụ báo cáo theo tháng và kênh / obligations by month and channel</text>"#,
            esc(&self.jurisdiction_vi)
        );
        let _ = writeln!(
            s,
            r#"<text x="{left}" y="40">{} · tình trạng ngày / status on {} · cột: Đảng, Nhà nước, Nhân dân / bars: party, state, people</text>"#,
            esc(&self.period.to_string()),
            self.as_of.format("%d/%m/%Y")
        );
        // Axis and grid.
        let base = top + plot_h;
        for k in 0..=4u64 {
            let yv = base - plot_h * k / 4;
            let label = max * k / 4;
            let _ = writeln!(
                s,
                r##"<line x1="{left}" y1="{yv}" x2="{}" y2="{yv}" stroke="#e0e0e0"/><text x="{}" y="{}" text-anchor="end">{label}</text>"##,
                width - 30,
                left - 6,
                yv + 4
            );
        }
        for (i, (yr, mo)) in months.iter().enumerate() {
            let gx = left + u64::try_from(i).unwrap_or(0) * group_w + gap / 2;
            for (ci, c) in Channel::ALL.iter().enumerate() {
                let counts = lookup(*yr, *mo, *c);
                let x = gx + u64::try_from(ci).unwrap_or(0) * bar_w;
                let mut yv = base;
                for (p, (colour, vi, en)) in parts(&counts).iter().zip(COLOURS.iter()) {
                    if *p == 0 {
                        continue;
                    }
                    let h = (plot_h * p / max).max(1);
                    yv = yv.saturating_sub(h);
                    let _ = writeln!(
                        s,
                        r#"<rect x="{x}" y="{yv}" width="{}" height="{h}" fill="{colour}"><title>{:02}/{yr} {} / {}: {p} {vi} / {en}</title></rect>"#,
                        bar_w - 2,
                        mo,
                        c.vi(),
                        c.en()
                    );
                }
            }
            let _ = writeln!(
                s,
                r#"<text x="{}" y="{}" text-anchor="middle">{:02}/{}</text>"#,
                gx + bar_w * 3 / 2,
                base + 16,
                mo,
                yr % 100
            );
        }
        let _ = writeln!(
            s,
            r##"<line x1="{left}" y1="{base}" x2="{}" y2="{base}" stroke="#424242"/>"##,
            width - 30
        );
        // Legend.
        let ly = base + 40;
        for (i, (colour, vi, en)) in COLOURS.iter().enumerate() {
            // Three entries a row, so that long bilingual labels never overlap.
            let i = u64::try_from(i).unwrap_or(0);
            let lx = left + (i % 3) * 220;
            let ly = ly + (i / 3) * 18;
            let _ = writeln!(
                s,
                r#"<rect x="{lx}" y="{ly}" width="12" height="12" fill="{colour}"/><text x="{}" y="{}">{vi} / {en}</text>"#,
                lx + 16,
                ly + 10
            );
        }
        let c = &self.obligations.counts;
        let _ = writeln!(
            s,
            r#"<text x="{left}" y="{}">tổng / total {} · đúng hạn / on time {} · trễ / late {} · quá hạn / overdue {} · chưa đến hạn / pending {} · miễn / waived {}</text>"#,
            ly + 54,
            c.total(),
            c.met_on_time,
            c.met_late,
            c.overdue,
            c.pending,
            c.waived
        );
        s.push_str("</svg>\n");
        s
    }
}
