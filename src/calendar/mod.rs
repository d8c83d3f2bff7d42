//! The Vietnamese working-day calendar, the lunar calendar at UTC+7, and deadline arithmetic.
