//! What the estimator needs to know about a model and a GPU. The catalog fills these from
//! published configs and datasheets.

use super::Precision;

/// Architecture of an open model.
#[derive(Debug, Clone, Copy, PartialEq, serde::Serialize)]
pub struct ModelSpec {
    pub id: &'static str,
    pub name: &'static str,
    /// Total parameters, billions.
    pub total_params_b: f64,
    /// Parameters used per token, billions (equal to total for dense models; fewer for MoE).
    pub active_params_b: f64,
    pub layers: u32,
    pub hidden: u32,
    /// KV cache bytes per token at 16-bit precision, summed over layers (GQA- and MLA-aware).
    pub kv_bytes_per_token_16bit: f64,
    /// Sliding-window attention: window in tokens and the share of layers that use it.
    pub sliding_window: Option<SlidingWindow>,
}

#[derive(Debug, Clone, Copy, PartialEq, serde::Serialize)]
pub struct SlidingWindow {
    /// Tokens a local layer keeps.
    pub window_tokens: u32,
    /// Share of layers that are local (windowed), 0–1.
    pub local_layer_share: f64,
}

/// Interconnect between the GPUs of one replica.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Link {
    /// NVLink or Infinity Fabric: high bandwidth, low latency.
    NvLink,
    /// PCIe only.
    Pcie,
}

/// Datasheet figures of one GPU.
#[derive(Debug, Clone, Copy, PartialEq, serde::Serialize)]
pub struct GpuSpec {
    pub id: &'static str,
    pub name: &'static str,
    /// Memory as the device reports it, GiB (2^30 bytes): what a model must fit in.
    pub memory_gib: f64,
    /// Memory bandwidth, TB/s.
    pub memory_tb_per_s: f64,
    /// Dense 16-bit tensor TFLOPS.
    pub bf16_tflops: f64,
    /// Dense FP8 tensor TFLOPS, if the GPU has FP8.
    pub fp8_tflops: Option<f64>,
    /// Dense FP4 tensor TFLOPS, if the GPU has FP4.
    pub fp4_tflops: Option<f64>,
    /// Dense INT8 tensor TOPS, if different from FP8 (A100: 624).
    pub int8_tops: Option<f64>,
    pub link: Link,
    /// GPU-to-GPU bandwidth, GB/s, both directions added.
    pub link_gb_per_s: f64,
    /// Board power, W.
    pub tdp_w: f64,
    /// Share of the estimator's throughput its serving software reaches, against the NVIDIA
    /// data-centre GPUs the derating was fitted on (1 for those): AMD Instinct with vLLM on ROCm
    /// reached about 0.38 of it in the two calibration rows S21 (2024), which come out at 0.99 and
    /// 0.82 with the factor; newer ROCm releases are reported faster, so it leans generous.
    pub software_efficiency: f64,
    /// Weight precisions with a published serving measurement on this GPU (the calibration
    /// rows; `tests/calibration.rs` keeps the two equal). Estimates in any other are unchecked.
    pub calibrated: &'static [Precision],
}

impl ModelSpec {
    /// Weights, bytes, at `precision`.
    pub fn weight_bytes(&self, precision: Precision) -> f64 {
        self.total_params_b * 1e9 * precision.bytes()
    }

    /// Mean KV bytes per cached token for sequences of `context_tokens`, at `kv` precision:
    /// windowed layers keep at most their window.
    pub fn kv_bytes_per_token(&self, kv: Precision, context_tokens: f64) -> f64 {
        let full = self.kv_bytes_per_token_16bit * kv.bytes() / 2.0;
        match self.sliding_window {
            None => full,
            Some(w) => {
                let kept = (w.window_tokens as f64 / context_tokens.max(1.0)).min(1.0);
                full * ((1.0 - w.local_layer_share) + w.local_layer_share * kept)
            }
        }
    }
}

/// Bytes in one GiB.
pub const BYTES_PER_GIB: f64 = 1_073_741_824.0;

impl GpuSpec {
    /// Whether a published measurement on this GPU used `weights` (fp16 and bf16 count as one).
    pub fn is_calibrated(&self, weights: Precision) -> bool {
        let same = |p: &Precision| {
            *p == weights || matches!((p, weights), (Precision::Bf16, Precision::Fp16) | (Precision::Fp16, Precision::Bf16))
        };
        self.calibrated.iter().any(same)
    }

    /// Memory, GB (10^9 bytes), the unit every memory figure is shown in.
    pub fn memory_gb(&self) -> f64 {
        self.memory_gib * BYTES_PER_GIB / 1e9
    }

    /// Dense tensor throughput for math at `precision`, FLOP/s. Weight-only int4 computes in 16-bit;
    /// a format the GPU lacks falls back to 16-bit.
    pub fn flops(&self, precision: Precision) -> f64 {
        let tflops = match precision {
            Precision::Fp16 | Precision::Bf16 | Precision::Int4 => self.bf16_tflops,
            Precision::Fp8 => self.fp8_tflops.unwrap_or(self.bf16_tflops),
            Precision::Int8 => self.int8_tops.or(self.fp8_tflops).unwrap_or(self.bf16_tflops),
            Precision::Fp4 => self.fp4_tflops.or(self.fp8_tflops).unwrap_or(self.bf16_tflops),
        };
        tflops * 1e12
    }
}
