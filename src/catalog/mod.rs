//! The shipped data: models, GPUs, API prices, GPU rental, serverless and purchase prices, throughput
//! measurements and preset scenarios. Every row carries its source and as-of date, and a flag for
//! low-confidence or conflicting figures. Embedded at compile time; validated by `tests/catalog.rs`.

mod calibration;
#[cfg(not(target_arch = "wasm32"))]
pub mod data_files;
pub mod gpu_spec_file;
mod gpus;
#[cfg(not(target_arch = "wasm32"))]
pub mod litellm;
pub mod model_config;
mod models;
mod presets;
mod prices;
mod provenance;

pub use calibration::CALIBRATION;
pub use gpus::GPUS;
pub use models::MODELS;
pub use presets::{Preset, PRESETS};
pub use prices::{API_PRICES, PURCHASE_PRICES, RENTAL_PRICES, SERVERLESS_PRICES};
pub use provenance::{
    api_price_source, as_of_month, is_stale, purchase_price_source, rental_price_source, serverless_price_source, Provenance,
    STALE_AFTER_MONTHS, STALE_MARK,
};

use crate::engine::throughput::{GpuSpec, ModelSpec, Precision};

/// A catalog item with where it comes from.
#[derive(Debug, Clone, Copy, PartialEq, serde::Serialize)]
pub struct Sourced<T> {
    pub item: T,
    /// Where the figures come from (document, dataset and commit, or page).
    pub source: &'static str,
    /// When the figures were true: a date, a month or a year.
    pub as_of: &'static str,
    /// Caveats worth showing next to the figures (command-line only: the page's build leaves
    /// them out).
    #[cfg(not(target_arch = "wasm32"))]
    pub note: &'static str,
    /// Figures that are unverified, undated or conflict with another source.
    pub low_confidence: bool,
}

/// A pay-per-token API price.
#[derive(Debug, Clone, Copy, PartialEq, serde::Serialize)]
pub struct ApiPrice {
    /// The provider-neutral model name, e.g. `llama-3.3-70b-instruct`. Command-line only (the
    /// page goes by `estimator_model`), so the page's build leaves it out.
    #[cfg(not(target_arch = "wasm32"))]
    pub model: &'static str,
    /// The estimator's model id with the same architecture, if the catalog has it.
    pub estimator_model: Option<&'static str>,
    pub provider: &'static str,
    /// The provider's own id for the model. Only the command-line tool shows it, so the page's
    /// build leaves it out (about 6 KB of strings).
    #[cfg(not(target_arch = "wasm32"))]
    pub provider_model_id: &'static str,
    pub input_usd_per_mtok: f64,
    pub output_usd_per_mtok: f64,
    pub cached_input_usd_per_mtok: Option<f64>,
    pub source: &'static str,
    pub as_of: &'static str,
    /// Caveats (command-line only: the page shows the source, the date and the low-confidence
    /// mark, and its build leaves the notes out).
    #[cfg(not(target_arch = "wasm32"))]
    pub note: &'static str,
    pub low_confidence: bool,
}

/// How a rental price is bought.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Pricing {
    OnDemand,
    /// One-year commitment, no upfront payment.
    Reserved1y,
    /// Interruptible; price fluctuates.
    Spot,
    /// A marketplace offer from a third-party host.
    Marketplace,
}

impl Pricing {
    pub fn label(self) -> &'static str {
        match self {
            Pricing::OnDemand => "on-demand",
            Pricing::Reserved1y => "reserved 1 year",
            Pricing::Spot => "spot",
            Pricing::Marketplace => "marketplace",
        }
    }
}

/// A GPU rental price.
#[derive(Debug, Clone, Copy, PartialEq, serde::Serialize)]
pub struct RentalPrice {
    /// GPU id in [`GPUS`].
    pub gpu: &'static str,
    pub provider: &'static str,
    /// The instance type. Command-line only, so the page's build leaves it out.
    #[cfg(not(target_arch = "wasm32"))]
    pub instance: &'static str,
    /// The instance type again, for the page, when another row has the same provider, GPU and
    /// pricing (AWS rents the L40S in 1-, 4- and 8-GPU instances at different prices), so that
    /// the two can be told apart; empty otherwise.
    pub distinguishing_instance: &'static str,
    pub gpus_per_instance: u32,
    pub usd_per_gpu_hour: f64,
    pub pricing: Pricing,
    /// Command-line only, so the page's build leaves it out.
    #[cfg(not(target_arch = "wasm32"))]
    pub region: &'static str,
    pub source: &'static str,
    pub as_of: &'static str,
    /// Caveats (command-line only, like [`ApiPrice::note`]).
    #[cfg(not(target_arch = "wasm32"))]
    pub note: &'static str,
    pub low_confidence: bool,
}

/// A purchase price range and power draw for an owned GPU.
#[derive(Debug, Clone, Copy, PartialEq, serde::Serialize)]
pub struct PurchasePrice {
    /// GPU id in [`GPUS`].
    pub gpu: &'static str,
    pub usd_low: f64,
    pub usd_high: f64,
    /// Board power, W.
    pub watts: f64,
    /// New, used, retail, street…
    pub basis: &'static str,
    pub source: &'static str,
    /// Where the power figure comes from. Command-line only, so the page's build leaves it out.
    #[cfg(not(target_arch = "wasm32"))]
    pub power_source: &'static str,
    pub as_of: &'static str,
    pub low_confidence: bool,
}

/// A published throughput measurement.
#[derive(Debug, Clone, Copy, PartialEq, serde::Serialize)]
pub struct CalibrationRow {
    pub source: &'static str,
    /// Command-line only, like `note`: the page's build leaves them out.
    #[cfg(not(target_arch = "wasm32"))]
    pub engine: &'static str,
    pub model: &'static str,
    pub gpu: &'static str,
    pub gpus: u32,
    pub weights: Precision,
    pub kv: Precision,
    pub input_tokens: f64,
    pub output_tokens: f64,
    /// Requests in flight, when the measurement capped them; none = saturated queue.
    pub concurrency: Option<u32>,
    /// Output tokens/s summed over the GPUs.
    pub measured_output_tokens_per_s: f64,
    #[cfg(not(target_arch = "wasm32"))]
    pub note: &'static str,
}

/// The model with `id`, if the catalog has it.
pub fn model(id: &str) -> Option<&'static ModelSpec> {
    MODELS.iter().map(|m| &m.item).find(|m| m.id == id)
}

/// The GPU with `id`, if the catalog has it.
pub fn gpu(id: &str) -> Option<&'static GpuSpec> {
    GPUS.iter().map(|g| &g.item).find(|g| g.id == id)
}

/// A catalog model's name without the remark in parentheses it may carry, for titles and labels.
pub fn short_name(model_name: &str) -> &str {
    model_name.split(" (").next().unwrap_or(model_name)
}

/// Every model id, in catalog order.
pub fn model_ids() -> Vec<String> {
    MODELS.iter().map(|m| m.item.id.to_string()).collect()
}

/// Every GPU id, in catalog order.
pub fn gpu_ids() -> Vec<String> {
    GPUS.iter().map(|g| g.item.id.to_string()).collect()
}

/// Purchase price (midpoint of the range) and power of a GPU, if sourced.
pub fn purchase(gpu_id: &str) -> Option<&'static PurchasePrice> {
    PURCHASE_PRICES.iter().find(|p| p.gpu == gpu_id)
}

impl CalibrationRow {
    /// The estimator's output tokens/s for this row's setup, with the product's derating.
    pub fn estimate(&self) -> Result<f64, crate::engine::FieldError> {
        use crate::engine::{throughput, FieldError, Problem, Workload};
        let model = model(self.model).ok_or_else(|| FieldError::new("model", Problem::UnknownId { valid: model_ids() }))?;
        let gpu = gpu(self.gpu).ok_or_else(|| FieldError::new("gpu", Problem::UnknownId { valid: gpu_ids() }))?;
        let query = throughput::ThroughputQuery {
            model: *model,
            gpu: *gpu,
            gpus: self.gpus,
            weights: self.weights,
            kv: self.kv,
            concurrency: self.concurrency,
        };
        let workload =
            Workload { input_tokens_per_request: self.input_tokens, output_tokens_per_request: self.output_tokens, ..Workload::default() };
        // The measured layout: one tensor-parallel group over all the row's GPUs.
        throughput::estimate_tensor_parallel(&query, &workload, throughput::Derating::default()).map(|e| e.output_tokens_per_s)
    }
}
