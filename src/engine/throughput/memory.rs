//! Memory fit: weights + KV cache + runtime overhead against the replica's GPU memory.

use super::{Derating, GpuSpec, ModelSpec, Precision};
use crate::engine::option::MAX_GPUS_PER_REPLICA;

/// How a model's memory needs meet a replica's memory.
#[derive(Debug, Clone, Copy, PartialEq, serde::Serialize)]
pub struct MemoryPlan {
    /// Memory of all GPUs in the replica, GB.
    pub total_gb: f64,
    /// Memory the serving engine may use (total × memory utilisation), GB.
    pub usable_gb: f64,
    pub weights_gb: f64,
    pub runtime_overhead_gb: f64,
    /// Left for the KV cache, GB (negative when even the weights do not fit).
    pub kv_cache_gb: f64,
    /// KV cache bytes per token at this precision and context length.
    pub kv_bytes_per_token: f64,
    /// Memory one request needs at its full length (input + output), GB.
    pub one_request_gb: f64,
    /// Whether weights, overhead and at least one full request fit.
    pub fits: bool,
}

impl MemoryPlan {
    /// Memory needed to hold the weights, the overhead and one full request, GB.
    pub fn needed_gb(&self) -> f64 {
        self.weights_gb + self.runtime_overhead_gb + self.one_request_gb
    }

    /// Tokens the KV cache holds.
    pub fn kv_capacity_tokens(&self) -> f64 {
        (self.kv_cache_gb * 1e9 / self.kv_bytes_per_token).max(0.0)
    }
}

/// Memory plan for `model` on `gpus` × `gpu`, for requests of `sequence_tokens` (input + output).
pub fn memory_plan(
    model: &ModelSpec,
    gpu: &GpuSpec,
    gpus: u32,
    weights: Precision,
    kv: Precision,
    sequence_tokens: f64,
    d: &Derating,
) -> MemoryPlan {
    let total_gb = gpu.memory_gb() * gpus as f64;
    let usable_gb = total_gb * d.memory_utilization;
    let weights_gb = model.weight_bytes(weights) / 1e9;
    let runtime_overhead_gb = d.runtime_overhead_gb_per_gpu * gpus as f64;
    let kv_cache_gb = usable_gb - weights_gb - runtime_overhead_gb;
    let kv_bytes_per_token = model.kv_bytes_per_token(kv, sequence_tokens);
    let one_request_gb = kv_bytes_per_token * sequence_tokens / 1e9;
    MemoryPlan {
        total_gb,
        usable_gb,
        weights_gb,
        runtime_overhead_gb,
        kv_cache_gb,
        kv_bytes_per_token,
        one_request_gb,
        fits: kv_cache_gb >= one_request_gb,
    }
}

/// Fewest GPUs of this kind (1–8) on which the model fits, if any.
pub fn smallest_fitting_gpu_count(
    model: &ModelSpec,
    gpu: &GpuSpec,
    weights: Precision,
    kv: Precision,
    sequence_tokens: f64,
    d: &Derating,
) -> Option<u32> {
    (1..=MAX_GPUS_PER_REPLICA).find(|&g| memory_plan(model, gpu, g, weights, kv, sequence_tokens, d).fits)
}
