//! Continuous-batching throughput of one replica.
//!
//! A decode step reads the (touched) weights once plus every running request's KV cache, and
//! does 2 FLOPs per active parameter per request. Its time is the memory time plus the compute
//! time (measured engines do not overlap them well; see `derating.rs`), plus two all-reduces per
//! layer when the replica spans several GPUs.
//! Prefill is compute-bound: 2 FLOPs per active parameter per uncached input token plus causal
//! attention. With continuous batching, each step also admits `batch / output_tokens` new requests,
//! so the time per output token a user sees is `step + prefill × batch / output_tokens`, and the
//! replica produces `batch / that` output tokens per second.

use super::memory::{memory_plan, smallest_fitting_gpu_count, MemoryPlan};
use super::{estimate_band, Derating, GpuSpec, Link, ModelSpec, Precision};
use crate::engine::error::{FieldError, Problem};
use crate::engine::units::SECONDS_PER_DAY;
use crate::engine::workload::Workload;

/// One replica to estimate.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct ThroughputQuery {
    pub model: ModelSpec,
    pub gpu: GpuSpec,
    /// GPUs in the replica (tensor parallel), 1–8.
    pub gpus: u32,
    pub weights: Precision,
    pub kv: Precision,
    /// Most requests in flight at once, if the deployment caps it.
    pub concurrency: Option<u32>,
}

/// What limited the batch.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum BatchLimit {
    KvCapacity,
    ConcurrencyCap,
    SpeedTarget,
    MaxBatch,
}

/// What limits one decode step.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum StepBound {
    MemoryBandwidth,
    Compute,
}

/// What bounds a replica's throughput: the batch limit, or the step bound when the batch is as
/// large as memory allows. Serialised in snake case (`kv_capacity`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Bound {
    ConcurrencyCap,
    SpeedTarget,
    Compute,
    KvCapacity,
    MemoryBandwidth,
}

impl Bound {
    fn of(batch_limit: BatchLimit, step_bound: StepBound) -> Self {
        match (batch_limit, step_bound) {
            (BatchLimit::ConcurrencyCap, _) => Bound::ConcurrencyCap,
            (BatchLimit::SpeedTarget, _) => Bound::SpeedTarget,
            (_, StepBound::Compute) => Bound::Compute,
            (BatchLimit::KvCapacity, StepBound::MemoryBandwidth) => Bound::KvCapacity,
            (BatchLimit::MaxBatch, StepBound::MemoryBandwidth) => Bound::MemoryBandwidth,
        }
    }

    /// Its serialised name: `kv_capacity`.
    pub fn as_str(self) -> &'static str {
        match self {
            Bound::ConcurrencyCap => "concurrency_cap",
            Bound::SpeedTarget => "speed_target",
            Bound::Compute => "compute",
            Bound::KvCapacity => "kv_capacity",
            Bound::MemoryBandwidth => "memory_bandwidth",
        }
    }

    /// For people: "KV cache capacity".
    pub fn words(self) -> &'static str {
        match self {
            Bound::ConcurrencyCap => "the concurrency cap",
            Bound::SpeedTarget => "the speed target",
            Bound::Compute => "compute",
            Bound::KvCapacity => "KV cache capacity",
            Bound::MemoryBandwidth => "memory bandwidth",
        }
    }
}

/// The estimate and its breakdown.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct ThroughputEstimate {
    pub memory: MemoryPlan,
    /// Requests decoded together by one copy of the model.
    pub batch: u32,
    /// Copies of the model the replica's GPUs serve side by side (1: one tensor-parallel group).
    pub copies: u32,
    /// Output tokens/s of the whole replica.
    pub output_tokens_per_s: f64,
    /// Input tokens/s of the whole replica, at the workload's mix.
    pub input_tokens_per_s: f64,
    /// Time between output tokens one user sees, ms.
    pub ms_per_output_token: f64,
    /// Time to first token of one request (its prefill and one step), ms.
    pub time_to_first_token_ms: f64,
    /// Tokens per day (input plus output) when busy around the clock.
    pub tokens_per_day: f64,
    pub batch_limit: BatchLimit,
    pub step_bound: StepBound,
    pub bound: Bound,
    /// Whether the per-user speed target (if any) is met.
    pub meets_speed_target: bool,
    /// Output tokens/s without the speed target, to show what the target costs.
    pub unconstrained_output_tokens_per_s: f64,
    /// Whether a published measurement exists for this GPU in this weight precision.
    pub calibrated: bool,
    /// Measured ÷ estimated this estimate may be off by, low–high: the calibration set's band,
    /// widened where `calibrated` is false.
    pub band: [f64; 2],
}

/// Timing model of one replica for one workload mix.
struct Replica<'a> {
    q: &'a ThroughputQuery,
    d: Derating,
    /// Mean tokens each running request holds in the KV cache.
    mean_context_tokens: f64,
    kv_bytes_per_token: f64,
    /// Prefill time of one request on the whole replica, s.
    prefill_s: f64,
    output_tokens: f64,
}

impl<'a> Replica<'a> {
    fn new(q: &'a ThroughputQuery, workload: &Workload, d: Derating, memory: &MemoryPlan) -> Self {
        let input = workload.input_tokens_per_request;
        let output = workload.output_tokens_per_request;
        let prefill_tokens = input * (1.0 - workload.cached_input_share);
        let m = &q.model;
        let mut replica = Replica {
            q,
            d,
            mean_context_tokens: input + output / 2.0,
            kv_bytes_per_token: memory.kv_bytes_per_token,
            prefill_s: 0.0,
            output_tokens: output,
        };
        let prefill_flops =
            2.0 * m.active_params_b * 1e9 * prefill_tokens + 2.0 * m.layers as f64 * m.hidden as f64 * prefill_tokens * prefill_tokens;
        // Serving engines prefill many requests in one forward pass (or fold prefill chunks into
        // decode steps), so a request's prefill pays for moving its activations, not for the
        // latency of its own all-reduces: that latency is shared, and already in the decode step.
        replica.prefill_s = prefill_flops / replica.compute_flops()
            + 2.0 * m.layers as f64 * replica.allreduce_transfer_s(prefill_tokens * m.hidden as f64 * 2.0);
        replica
    }

    /// Largest batch the KV cache holds, at least 1.
    fn kv_batch(&self, memory: &MemoryPlan) -> u32 {
        (memory.kv_capacity_tokens() / self.mean_context_tokens).floor().clamp(1.0, u32::MAX as f64) as u32
    }

    fn gpus(&self) -> f64 {
        self.q.gpus as f64
    }

    fn compute_flops(&self) -> f64 {
        self.q.gpu.flops(self.q.weights) * self.gpus() * self.d.compute * self.q.gpu.software_efficiency
    }

    /// Time of one all-reduce of `bytes` across the replica, s: its latency and its transfer.
    fn allreduce_s(&self, bytes: f64) -> f64 {
        if self.q.gpus <= 1 {
            return 0.0;
        }
        let latency = match self.q.gpu.link {
            Link::NvLink => self.d.nvlink_allreduce_latency_s,
            Link::Pcie => self.d.pcie_allreduce_latency_s,
        };
        latency + self.allreduce_transfer_s(bytes)
    }

    /// Time to move `bytes` through a ring all-reduce across the replica, s (no latency).
    fn allreduce_transfer_s(&self, bytes: f64) -> f64 {
        let g = self.gpus();
        let one_way_bytes_per_s = self.q.gpu.link_gb_per_s / 2.0 * 1e9;
        2.0 * (g - 1.0) / g * bytes / one_way_bytes_per_s
    }

    /// Parts of one decode step with `batch` requests, s: (memory, compute, communication).
    fn step_parts(&self, batch: f64) -> (f64, f64, f64) {
        let m = &self.q.model;
        let active_share = m.active_params_b / m.total_params_b;
        // MoE: each request touches `active_share` of the weights; a batch touches their union.
        let touched_share = 1.0 - (1.0 - active_share).powf(batch);
        let weights_read = m.weight_bytes(self.q.weights) * touched_share;
        let kv_read = batch * self.mean_context_tokens * self.kv_bytes_per_token;
        let moe = if active_share < 1.0 { self.d.moe_bandwidth } else { 1.0 };
        let bandwidth = self.d.bandwidth * moe * self.q.gpu.software_efficiency;
        let memory_s = (weights_read + kv_read) / (self.q.gpu.memory_tb_per_s * 1e12 * self.gpus() * bandwidth);
        let compute_s = 2.0 * m.active_params_b * 1e9 * batch / self.compute_flops();
        let activation_bytes = batch * m.hidden as f64 * 2.0;
        let comm_s = 2.0 * m.layers as f64 * self.allreduce_s(activation_bytes);
        (memory_s, compute_s, comm_s)
    }

    fn step_s(&self, batch: f64) -> f64 {
        let (memory_s, compute_s, comm_s) = self.step_parts(batch);
        memory_s + compute_s + comm_s
    }

    /// Time between one user's output tokens at `batch`, s.
    fn time_per_output_token_s(&self, batch: f64) -> f64 {
        self.step_s(batch) + self.prefill_s * batch / self.output_tokens
    }

    fn output_tokens_per_s(&self, batch: f64) -> f64 {
        batch / self.time_per_output_token_s(batch)
    }

    /// Largest batch in `1..=max` whose per-user speed is at least `speed`; 0 if none.
    fn largest_batch_at_speed(&self, max: u32, speed: f64) -> u32 {
        let fast_enough = |b: u32| 1.0 / self.time_per_output_token_s(b as f64) >= speed;
        if !fast_enough(1) {
            return 0;
        }
        let (mut lo, mut hi) = (1, max);
        while lo < hi {
            let mid = lo + (hi - lo).div_ceil(2);
            if fast_enough(mid) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        lo
    }
}

/// Estimates what one replica serves for `workload`'s mix, cache share and speed target,
/// with the product's derating, in the best layout of its GPUs (see [`estimate_with`]). Fails
/// with `DoesNotFit` (field `gpus_per_replica`) when the model and one full request do not fit
/// in memory.
pub fn estimate(q: &ThroughputQuery, workload: &Workload) -> Result<ThroughputEstimate, FieldError> {
    estimate_with(q, workload, Derating::default())
}

/// [`estimate`] with explicit derating factors. A replica of `n` GPUs may serve as `n / t`
/// copies of the model, each tensor-parallel over `t` GPUs (left-over GPUs idle); the estimate is
/// the layout that serves the most, so adding a GPU to a replica never lowers it (a small model
/// on PCIe GPUs is faster as two copies than split across both).
pub fn estimate_with(q: &ThroughputQuery, workload: &Workload, d: Derating) -> Result<ThroughputEstimate, FieldError> {
    let whole = estimate_tensor_parallel(q, workload, d)?;
    let mut best = whole;
    for tensor_parallel in (1..q.gpus).rev() {
        let copies = q.gpus / tensor_parallel;
        let concurrency = q.concurrency.map(|c| (c / copies).max(1));
        let copy = ThroughputQuery { gpus: tensor_parallel, concurrency, ..q.clone() };
        let Ok(e) = estimate_tensor_parallel(&copy, workload, d) else { continue };
        let scaled = e.in_copies(copies);
        if scaled.tokens_per_day > best.tokens_per_day && scaled.meets_speed_target >= best.meets_speed_target {
            best = scaled;
        }
    }
    Ok(best)
}

impl ThroughputEstimate {
    /// The same estimate for `copies` independent copies of the model.
    fn in_copies(mut self, copies: u32) -> Self {
        let n = copies as f64;
        self.output_tokens_per_s *= n;
        self.input_tokens_per_s *= n;
        self.tokens_per_day *= n;
        self.unconstrained_output_tokens_per_s *= n;
        self.copies = copies;
        self
    }
}

/// The estimate for the replica's GPUs as one tensor-parallel group (the layout the published
/// measurements used, so calibration compares against this).
pub fn estimate_tensor_parallel(q: &ThroughputQuery, workload: &Workload, d: Derating) -> Result<ThroughputEstimate, FieldError> {
    let input = workload.input_tokens_per_request;
    let output = workload.output_tokens_per_request;
    let sequence = input + output;
    let memory = memory_plan(&q.model, &q.gpu, q.gpus, q.weights, q.kv, sequence, &d);
    if !memory.fits {
        let smallest_gpu_count = smallest_fitting_gpu_count(&q.model, &q.gpu, q.weights, q.kv, sequence, &d);
        return Err(FieldError::new(
            "gpus_per_replica",
            Problem::DoesNotFit { needed_gb: memory.needed_gb() / d.memory_utilization, available_gb: memory.total_gb, smallest_gpu_count },
        ));
    }
    let replica = Replica::new(q, workload, d, &memory);
    let mut batch = replica.kv_batch(&memory);
    let mut batch_limit = BatchLimit::KvCapacity;
    if d.max_batch < batch {
        batch = d.max_batch;
        batch_limit = BatchLimit::MaxBatch;
    }
    if let Some(cap) = q.concurrency.filter(|&c| c < batch) {
        batch = cap.max(1);
        batch_limit = BatchLimit::ConcurrencyCap;
    }
    let unconstrained_output_tokens_per_s = replica.output_tokens_per_s(batch as f64);
    let mut meets_speed_target = true;
    if let Some(speed) = workload.speed_target_tokens_per_s {
        let at_speed = replica.largest_batch_at_speed(batch, speed);
        if at_speed == 0 {
            meets_speed_target = false;
            batch = 1;
            batch_limit = BatchLimit::SpeedTarget;
        } else if at_speed < batch {
            batch = at_speed;
            batch_limit = BatchLimit::SpeedTarget;
        }
    }

    let b = batch as f64;
    let (memory_s, compute_s, _) = replica.step_parts(b);
    let step_bound = if compute_s > memory_s { StepBound::Compute } else { StepBound::MemoryBandwidth };
    let output_tokens_per_s = replica.output_tokens_per_s(b);
    let input_tokens_per_s = output_tokens_per_s * input / output;
    let bound = Bound::of(batch_limit, step_bound);
    Ok(ThroughputEstimate {
        memory,
        batch,
        copies: 1,
        output_tokens_per_s,
        input_tokens_per_s,
        ms_per_output_token: replica.time_per_output_token_s(b) * 1e3,
        time_to_first_token_ms: (replica.prefill_s + replica.step_s(b)) * 1e3,
        tokens_per_day: (output_tokens_per_s + input_tokens_per_s) * SECONDS_PER_DAY,
        batch_limit,
        step_bound,
        bound,
        meets_speed_target,
        unconstrained_output_tokens_per_s,
        calibrated: q.gpu.is_calibrated(q.weights),
        band: estimate_band(q.gpu.is_calibrated(q.weights)),
    })
}

/// Output tokens/s and per-user speed of the replica at each batch size in `batches`
/// (for the "why batching matters" chart). Ignores the speed target and caps.
pub fn batch_curve(q: &ThroughputQuery, workload: &Workload, batches: &[u32]) -> Vec<(u32, f64, f64)> {
    let d = Derating::default();
    let memory =
        memory_plan(&q.model, &q.gpu, q.gpus, q.weights, q.kv, workload.input_tokens_per_request + workload.output_tokens_per_request, &d);
    if !memory.fits {
        return Vec::new();
    }
    let replica = Replica::new(q, workload, d, &memory);
    let max_batch = replica.kv_batch(&memory).min(d.max_batch);
    batches
        .iter()
        .filter(|&&b| (1..=max_batch).contains(&b))
        .map(|&b| (b, replica.output_tokens_per_s(b as f64), 1.0 / replica.time_per_output_token_s(b as f64)))
        .collect()
}
