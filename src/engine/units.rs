//! Calendar conventions shared by every cost. Cloud providers bill a month as 730 hours.

/// Hours in a billing month (cloud convention: 8,760 h / 12).
pub const HOURS_PER_MONTH: f64 = 730.0;
/// Hours in a day.
pub const HOURS_PER_DAY: f64 = 24.0;
/// Days in a year.
pub const DAYS_PER_YEAR: f64 = 365.0;
/// Seconds in a day.
pub const SECONDS_PER_DAY: f64 = 86_400.0;
/// Tokens in one million tokens, the unit API prices are quoted in.
pub const TOKENS_PER_MILLION: f64 = 1e6;

/// Days in a billing month: 730 / 24 ≈ 30.42.
pub const DAYS_PER_MONTH: f64 = HOURS_PER_MONTH / HOURS_PER_DAY;

/// A monthly amount spread over days ($/month → $/day).
pub fn per_day_from_monthly(usd_per_month: f64) -> f64 {
    usd_per_month / DAYS_PER_MONTH
}
