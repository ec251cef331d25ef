//! One option's self-hosting figures in words: its throughput estimate, its replicas, and a
//! measured capacity set against the estimator. The page shows these sentences under each option
//! and `llmcost eval` returns them, so both say the same.

use crate::display::{compact, count, times, tokens};
use crate::engine::option::KindName;
use crate::engine::OptionReport;
use crate::scenario::EstimateCheck;

/// The estimate behind an option's capacity: tokens per day and their band, speed per user,
/// first token, what bounds it and the memory it takes; `None` for a measured capacity or an API.
pub fn estimate(o: &OptionReport) -> Option<String> {
    let est = o.estimate.as_ref()?;
    let m = &est.memory;
    let mut text = format!(
        "Estimate: {} tokens/day per replica ({}) · {} output tok/s at batch {}{} · {:.1} tok/s per user ({:.0} ms/token) · first token {:.0} ms · bound by {} · memory {:.0} of {:.0} GB (weights {:.0}, KV cache {:.0})",
        compact(est.tokens_per_day),
        o.capacity_tokens_per_day_range.map(|[lo, hi]| format!("{}–{}", compact(lo), compact(hi))).unwrap_or_default(),
        compact(est.output_tokens_per_s),
        est.batch,
        if est.copies > 1 { format!(" × {} copies of the model", est.copies) } else { String::new() },
        1000.0 / est.ms_per_output_token,
        est.ms_per_output_token,
        est.time_to_first_token_ms,
        est.bound.words(),
        m.weights_gb + m.runtime_overhead_gb + m.kv_cache_gb.max(0.0),
        m.total_gb,
        m.weights_gb,
        m.kv_cache_gb,
    );
    if !est.calibrated {
        text += " · ⚠ no published measurement on this GPU in this precision: estimate unchecked, its range widened";
    }
    if !est.meets_speed_target {
        text += " · ⚠ even one user cannot get the speed target on this setup";
    } else if est.unconstrained_output_tokens_per_s > est.output_tokens_per_s * 1.001 {
        text += &format!(
            " · the speed target cuts throughput from {} to {} output tok/s",
            compact(est.unconstrained_output_tokens_per_s),
            compact(est.output_tokens_per_s)
        );
    }
    Some(text)
}

/// "2 replicas of 1 GPU · capacity 1M tokens/day per replica" (workers for serverless GPUs);
/// `None` for an API.
pub fn replicas(o: &OptionReport) -> Option<String> {
    let unit = if o.kind == KindName::Serverless { "worker" } else { "replica" };
    let replicas = o.replicas?;
    Some(format!(
        "{} of {} · capacity {} per {unit}",
        count(replicas, unit),
        count(o.gpus? / replicas.max(1), "GPU"),
        tokens(o.capacity_tokens_per_day?)
    ))
}

/// A measured capacity next to what the estimator gives for the option's model on the same GPUs,
/// so a single-stream guess (like the article's 1M tokens/day per A100) stands out.
pub fn check(c: &EstimateCheck) -> String {
    let [lo, hi] = c.estimated_tokens_per_day_range;
    format!(
        "For comparison, the estimator gives {} tokens/day ({}–{}) for {} on {}× {} in {} — {} your figure per GPU.",
        compact(c.estimate.tokens_per_day),
        compact(lo),
        compact(hi),
        c.model_name,
        c.gpus,
        c.gpu_name,
        c.weights,
        times(c.estimate_over_measured_per_gpu)
    )
}
