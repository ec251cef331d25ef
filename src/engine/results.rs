//! What the report says about each option and each (self-hosted, API) pair, and how two costs
//! compare. Shared by `report` (which computes them) and `comparison` (which reads them).

use super::flips::Flip;
use super::option::KindName;
use super::throughput::ThroughputEstimate;

/// One option at the scenario's volume.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct OptionReport {
    /// `o1`, `o2`, … in the scenario's order.
    pub id: String,
    pub label: String,
    /// "api", "rented", "serverless" or "owned".
    pub kind: KindName,
    pub cost_per_day_usd: f64,
    /// Per 730-hour month.
    pub cost_per_month_usd: f64,
    pub cost_per_year_usd: f64,
    /// Effective $ per million tokens at this volume.
    pub cost_per_mtok_usd: f64,
    /// Tokens/day one replica serves around the clock; null for an API.
    pub capacity_tokens_per_day: Option<f64>,
    pub replicas: Option<u64>,
    pub gpus: Option<u64>,
    /// Share of the up-time capacity used, 0–1; null for an API.
    pub utilization: Option<f64>,
    /// For an estimated capacity, low–high over the estimator's band (measured ÷ estimated on
    /// the calibration set); null for an API or a measured capacity. Likewise below.
    pub capacity_tokens_per_day_range: Option<[f64; 2]>,
    /// Replicas needed, fewest–most over the band.
    pub replicas_range: Option<[u64; 2]>,
    pub cost_per_day_usd_range: Option<[f64; 2]>,
    pub cost_per_month_usd_range: Option<[f64; 2]>,
    pub cost_per_mtok_usd_range: Option<[f64; 2]>,
    pub utilization_range: Option<[f64; 2]>,
    /// Whether capacity covers the peak (up during all traffic hours, speed target met).
    pub covers_peak: Option<bool>,
    /// This option's cost over the cheapest option's (≥ 1).
    pub ratio_to_cheapest: f64,
    pub cheapest: bool,
    /// The estimator's breakdown, when capacity was estimated.
    pub estimate: Option<ThroughputEstimate>,
    /// Energy used per day at this volume, kWh ([`super::energy`]); null for an API or a GPU
    /// of unknown power.
    pub energy_kwh_per_day: Option<f64>,
    /// Energy per million tokens at this volume, kWh.
    pub energy_kwh_per_mtok: Option<f64>,
}

/// Break-even of one self-hosted option against one API option.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct BreakEven {
    /// Id of the self-hosted option.
    pub self_hosted: String,
    /// Id of the API option.
    pub api: String,
    /// Tokens/day from which self-hosting is never more expensive; null if never.
    pub tokens_per_day: Option<f64>,
    /// For an estimated capacity, the break-even at the high and the low end of the estimator's
    /// band (each null if never there); null for a measured capacity.
    pub tokens_per_day_range: Option<[Option<f64>; 2]>,
    /// What the self-hosted option costs per million tokens when its replicas are full at the
    /// peak, $: when this is not below `api_usd_per_mtok`, self-hosting never wins.
    pub self_hosted_usd_per_mtok_at_full_use: f64,
    /// The API's blended price at this mix, $ per million tokens.
    pub api_usd_per_mtok: f64,
    /// What would flip which of the two is cheaper at this volume, input by input.
    pub flips: Vec<Flip>,
}

/// Costs per day under this count as free when comparing: a ratio to a free option is
/// meaningless, so ratios divide by at least this ($0.000001/day).
pub const FREE_USD_PER_DAY: f64 = 1e-6;

/// `a / b` for costs per day, always finite: equal costs give 1, and a free `b` counts as
/// [`FREE_USD_PER_DAY`].
pub fn ratio(a: f64, b: f64) -> f64 {
    if a == b {
        1.0
    } else {
        a.max(FREE_USD_PER_DAY) / b.max(FREE_USD_PER_DAY)
    }
}
