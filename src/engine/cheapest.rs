//! The cheapest way to self-host a workload: every offer (a GPU at a price, rented or owned), on
//! every GPU count per replica that holds the model (1–8), in every weight precision the GPU
//! computes in, costed at the workload's volume, peak and speed target, and ranked by cost per
//! day. One estimate per (GPU, count, precision) serves every offer of that GPU, so the whole
//! search costs a few hundred estimates.

use super::break_even::break_even_tokens_per_day;
use super::cost_model::{cost_model_with, CostModel};
use super::option::{Capacity, OptionKind, MAX_GPUS_PER_REPLICA};
use super::throughput::{estimate, GpuSpec, ModelSpec, Precision, ThroughputEstimate, ThroughputQuery};
use super::units::TOKENS_PER_MILLION;
use super::workload::Workload;

/// Candidates kept per GPU type, so the list is not ten variants of one GPU.
pub const PER_GPU_TYPE: usize = 2;

/// One way to get GPUs: the option with its price set, whose GPU count and capacity the search
/// fills in (its capacity must be estimated).
#[derive(Debug, Clone)]
pub struct Offer {
    pub gpu: GpuSpec,
    pub option: OptionKind,
}

/// One setup the search found.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Candidate {
    /// Index of the offer in the search's input.
    pub offer: usize,
    pub gpus_per_replica: u32,
    pub precision: Precision,
    /// 4-bit weights: quality may drop against 8- or 16-bit.
    pub quantised: bool,
    pub replicas: u64,
    pub cost_per_day_usd: f64,
    /// Over the estimate's band, cheapest–dearest.
    pub cost_per_day_usd_range: [f64; 2],
    pub cost_per_mtok_usd: f64,
    /// Output tokens/s each user sees.
    pub user_tokens_per_s: f64,
    /// Tokens/day from which this setup never costs more than the cheapest API; null if never or
    /// no API.
    pub break_even_tokens_per_day: Option<f64>,
}

/// The precisions `gpu` computes in natively, and 4-bit weights (int4 everywhere, fp4 where the
/// GPU has it) unless `quantised` is false.
pub fn precisions(gpu: &GpuSpec, quantised: bool) -> Vec<Precision> {
    let mut list = vec![Precision::Bf16];
    list.extend(gpu.fp8_tflops.map(|_| Precision::Fp8));
    list.extend(gpu.int8_tops.filter(|_| gpu.fp8_tflops.is_none()).map(|_| Precision::Int8));
    if quantised {
        list.push(Precision::Int4);
        list.extend(gpu.fp4_tflops.map(|_| Precision::Fp4));
    }
    list
}

/// Whether `p` stores weights in 4 bits.
pub fn is_quantised(p: Precision) -> bool {
    matches!(p, Precision::Int4 | Precision::Fp4)
}

/// `option` with `gpus` GPUs per replica whose capacity is `query`.
fn with_setup(option: &OptionKind, gpus: u32, query: ThroughputQuery) -> OptionKind {
    let mut option = option.clone();
    if let OptionKind::Rented(r) = &mut option {
        r.fleet.gpus_per_replica = gpus;
        r.fleet.capacity = Capacity::Estimated(Box::new(query));
    } else if let OptionKind::Owned(o) = &mut option {
        o.fleet.gpus_per_replica = gpus;
        o.fleet.capacity = Capacity::Estimated(Box::new(query));
    }
    option
}

/// Every setup of every offer that holds `model` and meets the workload's speed target, cheapest
/// first (ties by fewer GPUs), at most [`PER_GPU_TYPE`] per GPU type and `top` in all.
/// `api_usd_per_token` is the cheapest API's price, for the break-even.
pub fn cheapest(
    model: &ModelSpec,
    workload: &Workload,
    offers: &[Offer],
    api_usd_per_token: Option<f64>,
    quantised: bool,
    top: usize,
) -> Vec<Candidate> {
    // One estimate per (GPU, count, precision), shared by every offer of that GPU.
    let mut estimates: Vec<(&str, u32, Precision, Option<ThroughputEstimate>)> = Vec::new();
    let mut all = Vec::new();
    for (index, offer) in offers.iter().enumerate() {
        for weights in precisions(&offer.gpu, quantised) {
            for gpus in 1..=MAX_GPUS_PER_REPLICA {
                let query = ThroughputQuery { model: *model, gpu: offer.gpu, gpus, weights, kv: weights.default_kv(), concurrency: None };
                let known = estimates.iter().find(|e| e.0 == offer.gpu.id && e.1 == gpus && e.2 == weights);
                let e = match known {
                    Some(e) => e.3.clone(),
                    None => {
                        let e = estimate(&query, workload).ok();
                        estimates.push((offer.gpu.id, gpus, weights, e.clone()));
                        e
                    }
                };
                let Some(e) = e.filter(|e| e.meets_speed_target) else { continue };
                let user_tokens_per_s = 1000.0 / e.ms_per_output_token;
                let model_cost = cost_model_with(&with_setup(&offer.option, gpus, query), workload, Some(e));
                let CostModel::Stepped(plan) = &model_cost else { continue };
                if !plan.covers_traffic_hours {
                    continue;
                }
                let volume = workload.tokens_per_day;
                let cost = model_cost.usd_per_day(volume);
                let range = model_cost.band().map_or([cost, cost], |[lo, hi]| [hi.usd_per_day(volume), lo.usd_per_day(volume)]);
                all.push(Candidate {
                    offer: index,
                    gpus_per_replica: gpus,
                    precision: weights,
                    quantised: is_quantised(weights),
                    replicas: plan.replicas(volume),
                    cost_per_day_usd: cost,
                    cost_per_day_usd_range: range,
                    cost_per_mtok_usd: cost / (volume / TOKENS_PER_MILLION),
                    user_tokens_per_s,
                    break_even_tokens_per_day: api_usd_per_token.and_then(|a| break_even_tokens_per_day(plan, a)),
                });
            }
        }
    }
    // The cheapest remaining setup of a GPU type not yet listed twice, `top` times: a selection
    // rather than a sort, which is smaller in the page's bundle and as fast for a short list.
    let mut kept: Vec<Candidate> = Vec::new();
    while kept.len() < top {
        let listed = |c: &Candidate| kept.iter().filter(|k| offers[k.offer].gpu.id == offers[c.offer].gpu.id).count();
        let next = all
            .iter()
            .enumerate()
            .filter(|(_, c)| listed(c) < PER_GPU_TYPE)
            .min_by(|(_, a), (_, b)| a.cost_per_day_usd.total_cmp(&b.cost_per_day_usd).then(a.gpus_per_replica.cmp(&b.gpus_per_replica)))
            .map(|(i, _)| i);
        let Some(i) = next else { break };
        kept.push(all.swap_remove(i));
    }
    kept
}
