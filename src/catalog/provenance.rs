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
    fn article_figures_are_sourced() {
        assert_eq!(api_price_source("OpenRouter", 0.12, 0.12).unwrap().as_of, "2025-03-30");
        assert!(api_price_source("Azure AI Foundry", 0.71, 0.71).is_some());
        assert!(rental_price_source("a100-80gb-pcie", 3.67).is_some());
        assert_eq!(rental_price_source("a100-80gb", 1.79).unwrap().as_of, "2025-03-30");
        assert!(rental_price_source("a100-80gb", 1.234).is_none());
    }
}
