//! Derating factors: how far real serving engines get from datasheet peaks.
//!
//! Evidence (../shared/data/throughput_sources.md and the calibration table):
//! - A plain roofline with peak datasheet numbers over-predicts batched throughput by about 1.9×.
//! - Decode reaches 0.6–0.8 of peak memory bandwidth; a single user about 0.77 (S12: Llama 3.1 8B,
//!   A100 40GB, 75 tok/s).
//! - Prefill reaches 0.4–0.5 of peak dense compute (model FLOPs utilisation).
//! - Memory and compute time of a decode step add up rather than overlap: with the roofline's
//!   max instead of the sum, the calibration rows near the ridge point come out 1.5× too fast.
//! - Serving engines give the KV cache 90–95% of the memory left after the weights.

/// The factors the estimator applies; `Derating::default()` is what the product ships.
#[derive(Debug, Clone, Copy, PartialEq, serde::Serialize)]
pub struct Derating {
    /// Achieved over peak memory bandwidth in decode, 0–1.
    pub bandwidth: f64,
    /// Extra factor on achieved bandwidth for mixture-of-experts models, 0–1: experts are read in
    /// small pieces and tokens are routed between GPUs (the MoE calibration rows run at about
    /// two thirds of the dense rows' efficiency).
    pub moe_bandwidth: f64,
    /// Achieved over peak dense compute (model FLOPs utilisation), 0–1.
    pub compute: f64,
    /// Share of GPU memory the engine may use for weights and KV cache, 0–1.
    pub memory_utilization: f64,
    /// Memory kept per GPU for activations, CUDA graphs and buffers, GB.
    pub runtime_overhead_gb_per_gpu: f64,
    /// Latency of one all-reduce over NVLink / Infinity Fabric, seconds.
    pub nvlink_allreduce_latency_s: f64,
    /// Latency of one all-reduce over PCIe, seconds.
    pub pcie_allreduce_latency_s: f64,
    /// Largest batch a serving engine schedules (requests in flight).
    pub max_batch: u32,
}

impl Default for Derating {
    fn default() -> Self {
        Self {
            bandwidth: 0.75,
            moe_bandwidth: 0.6,
            compute: 0.5,
            memory_utilization: 0.9,
            runtime_overhead_gb_per_gpu: 2.0,
            nvlink_allreduce_latency_s: 10e-6,
            pcie_allreduce_latency_s: 30e-6,
            max_batch: 2048,
        }
    }
}

/// Measured ÷ estimated throughput over the published measurements of the calibration set:
/// the lowest and the highest ratio, rounded outward to 0.01 (`tests/calibration.rs` keeps them
/// equal to the rows). An estimated capacity is shown as the band from `estimate × low` to
/// `estimate × high`: where every published measurement so far has fallen.
pub const MEASURED_OVER_ESTIMATED: [f64; 2] = [0.63, 1.26];

/// How much wider the band is where no published measurement exists for the GPU in that
/// precision: both ends move out by this factor (0.63–1.26 becomes 0.42–1.89). The AMD rows
/// came out at 0.37–0.46 before the AMD factor, so an unchecked GPU may be off by that much.
pub const UNCALIBRATED_WIDENING: f64 = 1.5;

/// The band of an estimate, widened where the GPU has no measurement in this precision.
pub fn estimate_band(calibrated: bool) -> [f64; 2] {
    let [lo, hi] = MEASURED_OVER_ESTIMATED;
    if calibrated {
        [lo, hi]
    } else {
        [lo / UNCALIBRATED_WIDENING, hi * UNCALIBRATED_WIDENING]
    }
}
