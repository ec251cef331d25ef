//! Which catalog row an option's figures came from, so the page can show their source and date.

use super::{ApiPrice, PurchasePrice, RentalPrice, API_PRICES, PURCHASE_PRICES, RENTAL_PRICES, SERVERLESS_PRICES};

/// Where a figure comes from, for display.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Provenance {
    pub source: &'static str,
    pub as_of: &'static str,
    pub note: &'static str,
    pub low_confidence: bool,
}

/// Figures older than this, in months, are marked as such: prices move.
pub const STALE_AFTER_MONTHS: i32 = 6;
/// How the page marks them.
pub const STALE_MARK: &str = " ⚠ over six months old";

/// The month (year, 1–12) a row's figures were last true, read from its `as_of`: a date or a
/// month, a quarter (its last month) or a year (its last month); `None` for an undated row.
pub fn as_of_month(as_of: &str) -> Option<(i32, i32)> {
    // Digits only (a few bytes of code in the page, where no other integer is parsed).
    let number = |digits: &str| digits.bytes().try_fold(0, |n, b| b.is_ascii_digit().then(|| n * 10 + i32::from(b - b'0')));
    let year = number(as_of.get(..4)?)?;
    let rest = &as_of[4..];
    let month = if let Some(quarter) = rest.strip_prefix("-Q") {
        number(quarter.get(..1)?)? * 3
    } else if let Some(month) = rest.strip_prefix('-') {
        number(month.get(..2)?)?
    } else if rest.is_empty() {
        12
    } else {
        return None;
    };
    (1..=12).contains(&month).then_some((year, month))
}

/// Whether figures as of `as_of` are more than [`STALE_AFTER_MONTHS`] old in the month `today`
/// (year, 1–12). Undated rows are not called stale: they carry the low-confidence mark instead.
pub fn is_stale(as_of: &str, today: (i32, i32)) -> bool {
    as_of_month(as_of).is_some_and(|(year, month)| (today.0 - year) * 12 + (today.1 - month) > STALE_AFTER_MONTHS)
}

/// A row's caveat: in the page's build, rows carry none (see [`ApiPrice::note`]).
macro_rules! note_of {
    ($row:expr) => {{
        #[cfg(not(target_arch = "wasm32"))]
        let note = $row.note;
        #[cfg(target_arch = "wasm32")]
        let note = "";
        note
    }};
}

impl From<&ApiPrice> for Provenance {
    fn from(r: &ApiPrice) -> Self {
        Self { source: r.source, as_of: r.as_of, note: note_of!(r), low_confidence: r.low_confidence }
    }
}

impl From<&RentalPrice> for Provenance {
    fn from(r: &RentalPrice) -> Self {
        Self { source: r.source, as_of: r.as_of, note: note_of!(r), low_confidence: r.low_confidence }
    }
}

impl From<&PurchasePrice> for Provenance {
    fn from(r: &PurchasePrice) -> Self {
        Self { source: r.source, as_of: r.as_of, note: r.basis, low_confidence: r.low_confidence }
    }
}

/// The API price row whose provider starts the label and whose prices match exactly.
pub fn api_price_source(label: &str, input_usd_per_mtok: f64, output_usd_per_mtok: f64) -> Option<Provenance> {
    API_PRICES
        .iter()
        .filter(|r| r.input_usd_per_mtok == input_usd_per_mtok && r.output_usd_per_mtok == output_usd_per_mtok)
        .find(|r| r.provider.starts_with(label) || label.starts_with(r.provider))
        .map(Provenance::from)
}

/// The rental row for this GPU at exactly this hourly price.
pub fn rental_price_source(gpu: &str, usd_per_gpu_hour: f64) -> Option<Provenance> {
    price_row(RENTAL_PRICES, gpu, usd_per_gpu_hour)
}

/// The serverless row for this GPU at exactly this hourly price.
pub fn serverless_price_source(gpu: &str, usd_per_gpu_hour: f64) -> Option<Provenance> {
    price_row(SERVERLESS_PRICES, gpu, usd_per_gpu_hour)
}

fn price_row(rows: &[RentalPrice], gpu: &str, usd_per_gpu_hour: f64) -> Option<Provenance> {
    rows.iter().find(|r| r.gpu == gpu && (r.usd_per_gpu_hour - usd_per_gpu_hour).abs() < 5e-5).map(Provenance::from)
}

/// The purchase row for this GPU whose price range holds this price.
pub fn purchase_price_source(gpu: &str, usd_per_gpu: f64) -> Option<Provenance> {
    PURCHASE_PRICES.iter().find(|r| r.gpu == gpu && usd_per_gpu >= r.usd_low && usd_per_gpu <= r.usd_high).map(Provenance::from)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_older_than_six_months_are_stale() {
        assert_eq!(as_of_month("2025-11-30"), Some((2025, 11)));
        assert_eq!(as_of_month("2026-Q1"), Some((2026, 3)));
        assert_eq!(as_of_month("2026"), Some((2026, 12)));
        assert_eq!(as_of_month("undated snapshot (2026-era)"), None);
        let today = (2026, 11);
        assert!(is_stale("2026-04-30", today) && !is_stale("2026-05-07", today) && !is_stale("2026-08", today));
        assert!(is_stale("2025-03-30", today) && !is_stale("undated snapshot (2026-era)", today));
    }

    #[test]
    fn article_figures_are_sourced() {
        assert_eq!(api_price_source("OpenRouter", 0.12, 0.12).unwrap().as_of, "2025-03-30");
        assert!(api_price_source("Azure AI Foundry", 0.71, 0.71).is_some());
        assert!(rental_price_source("a100-80gb-pcie", 3.67).is_some());
        assert_eq!(rental_price_source("a100-80gb", 1.79).unwrap().as_of, "2025-03-30");
        assert!(rental_price_source("a100-80gb", 1.234).is_none());
    }
}
