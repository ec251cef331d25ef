//! Throughput and memory estimator: what one replica of a model on some GPUs really serves.
//!
//! A roofline model of continuous batching, derated by factors taken from published measurements
//! (see `derating.rs`), and calibrated against them by `tests/calibration.rs`.

mod derating;
mod estimate;
mod memory;
mod precision;
mod specs;

pub use derating::{estimate_band, Derating, MEASURED_OVER_ESTIMATED, UNCALIBRATED_WIDENING};
pub use estimate::{
    batch_curve, estimate, estimate_tensor_parallel, estimate_with, BatchLimit, Bound, StepBound, ThroughputEstimate, ThroughputQuery,
};
pub use memory::{memory_plan, smallest_fitting_gpu_count, MemoryPlan};
pub use precision::Precision;
pub use specs::{GpuSpec, Link, ModelSpec, SlidingWindow};
