//! Why batching matters: a self-hosted replica's throughput and its hardware cost per million
//! tokens, when kept busy, at each batch size.

use super::cost_model::cost_model;
use super::option::{Capacity, OptionKind};
use super::throughput::batch_curve;
use super::units::{SECONDS_PER_DAY, TOKENS_PER_MILLION};
use super::workload::Workload;

/// One batch size of a replica.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct BatchPoint {
    /// Requests decoded together.
    pub batch: u32,
    /// Output tokens/s of the replica.
    pub output_tokens_per_s: f64,
    /// Output tokens/s one user sees.
    pub user_tokens_per_s: f64,
    /// Tokens/day (input plus output) the replica serves when busy around the clock.
    pub tokens_per_day: f64,
    /// Replica cost per day over those tokens, $ per million tokens (operations excluded).
    pub usd_per_mtok: f64,
}

/// Batch sizes 1, 2, 4, … up to what the replica's memory holds, for an option whose capacity
/// is estimated; empty otherwise.
pub fn batch_economics(option: &OptionKind, workload: &Workload) -> Vec<BatchPoint> {
    let Some(Capacity::Estimated(query)) = option.fleet().map(|f| &f.capacity) else { return Vec::new() };
    let Ok(model) = cost_model(option, workload) else { return Vec::new() };
    let Some(plan) = model.self_hosted() else { return Vec::new() };
    let batches: Vec<u32> = (0..12).map(|p| 1u32 << p).collect();
    let tokens_per_output = (workload.input_tokens_per_request + workload.output_tokens_per_request) / workload.output_tokens_per_request;
    batch_curve(query, workload, &batches)
        .into_iter()
        .map(|(batch, output_tokens_per_s, user_tokens_per_s)| {
            let tokens_per_day = output_tokens_per_s * tokens_per_output * SECONDS_PER_DAY;
            BatchPoint {
                batch,
                output_tokens_per_s,
                user_tokens_per_s,
                tokens_per_day,
                usd_per_mtok: plan.usd_per_replica_day / (tokens_per_day / TOKENS_PER_MILLION),
            }
        })
        .collect()
}
