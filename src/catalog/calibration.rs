//! Published serving throughput, to calibrate and test the estimator (total output tokens/s,
//! summed over the replica's GPUs). ShareGPT rows use a mean of 250 input and 200 output tokens.

use super::CalibrationRow;
use crate::engine::throughput::Precision;

/// Every published measurement the estimator is checked against.
pub const CALIBRATION: &[CalibrationRow] = &[
    CalibrationRow {
        source: "S1: NVIDIA TensorRT-LLM docs/source/performance/perf-overview.md (1.0-era, 2025)",
        #[cfg(not(target_arch = "wasm32"))]
        engine: "TensorRT-LLM 1.0",
        model: "llama-3.1-8b",
        gpu: "h100",
        gpus: 1,
        weights: Precision::Fp8,
        kv: Precision::Fp8,
        input_tokens: 128.0,
        output_tokens: 2048.0,
        concurrency: None,
        measured_output_tokens_per_s: 22714.0,
        #[cfg(not(target_arch = "wasm32"))]
        note: "",
    },
    CalibrationRow {
        source: "S1: NVIDIA TensorRT-LLM docs/source/performance/perf-overview.md (1.0-era, 2025)",
        #[cfg(not(target_arch = "wasm32"))]
        engine: "TensorRT-LLM 1.0",
        model: "llama-3.1-8b",
        gpu: "h100",
        gpus: 1,
        weights: Precision::Fp8,
        kv: Precision::Fp8,
        input_tokens: 1000.0,
        output_tokens: 1000.0,
        concurrency: None,
        measured_output_tokens_per_s: 15220.0,
        #[cfg(not(target_arch = "wasm32"))]
        note: "",
    },
    CalibrationRow {
        source: "S1: NVIDIA TensorRT-LLM docs/source/performance/perf-overview.md (1.0-era, 2025)",
        #[cfg(not(target_arch = "wasm32"))]
        engine: "TensorRT-LLM 1.0",
        model: "llama-3.1-8b",
        gpu: "h100",
        gpus: 1,
        weights: Precision::Fp8,
        kv: Precision::Fp8,
        input_tokens: 5000.0,
        output_tokens: 500.0,
        concurrency: None,
        measured_output_tokens_per_s: 3459.0,
        #[cfg(not(target_arch = "wasm32"))]
        note: "prefill-heavy mix",
    },
    CalibrationRow {
        source: "S1: NVIDIA TensorRT-LLM docs/source/performance/perf-overview.md (1.0-era, 2025)",
        #[cfg(not(target_arch = "wasm32"))]
        engine: "TensorRT-LLM 1.0",
        model: "llama-3.1-8b",
        gpu: "h200",
        gpus: 1,
        weights: Precision::Fp8,
        kv: Precision::Fp8,
        input_tokens: 1000.0,
        output_tokens: 1000.0,
        concurrency: None,
        measured_output_tokens_per_s: 17744.0,
        #[cfg(not(target_arch = "wasm32"))]
        note: "",
    },
    CalibrationRow {
        source: "S1: NVIDIA TensorRT-LLM docs/source/performance/perf-overview.md (1.0-era, 2025)",
        #[cfg(not(target_arch = "wasm32"))]
        engine: "TensorRT-LLM 1.0",
        model: "llama-3.3-70b",
        gpu: "h100",
        gpus: 2,
        weights: Precision::Fp8,
        kv: Precision::Fp8,
        input_tokens: 1000.0,
        output_tokens: 1000.0,
        concurrency: None,
        measured_output_tokens_per_s: 4205.0,
        #[cfg(not(target_arch = "wasm32"))]
        note: "tensor parallel 2",
    },
    CalibrationRow {
        source: "S1: NVIDIA TensorRT-LLM docs/source/performance/perf-overview.md (1.0-era, 2025)",
        #[cfg(not(target_arch = "wasm32"))]
        engine: "TensorRT-LLM 1.0",
        model: "llama-3.3-70b",
        gpu: "h100",
        gpus: 2,
        weights: Precision::Fp8,
        kv: Precision::Fp8,
        input_tokens: 128.0,
        output_tokens: 2048.0,
        concurrency: None,
        measured_output_tokens_per_s: 6651.0,
        #[cfg(not(target_arch = "wasm32"))]
        note: "tensor parallel 2",
    },
    CalibrationRow {
        source: "S1: NVIDIA TensorRT-LLM docs/source/performance/perf-overview.md (1.0-era, 2025)",
        #[cfg(not(target_arch = "wasm32"))]
        engine: "TensorRT-LLM 1.0",
        model: "llama-3.3-70b",
        gpu: "h100",
        gpus: 2,
        weights: Precision::Fp8,
        kv: Precision::Fp8,
        input_tokens: 5000.0,
        output_tokens: 500.0,
        concurrency: None,
        measured_output_tokens_per_s: 898.0,
        #[cfg(not(target_arch = "wasm32"))]
        note: "tensor parallel 2",
    },
    CalibrationRow {
        source: "S1: NVIDIA TensorRT-LLM docs/source/performance/perf-overview.md (1.0-era, 2025)",
        #[cfg(not(target_arch = "wasm32"))]
        engine: "TensorRT-LLM 1.0",
        model: "llama-3.3-70b",
        gpu: "h200",
        gpus: 1,
        weights: Precision::Fp8,
        kv: Precision::Fp8,
        input_tokens: 1000.0,
        output_tokens: 1000.0,
        concurrency: None,
        measured_output_tokens_per_s: 2909.0,
        #[cfg(not(target_arch = "wasm32"))]
        note: "",
    },
    CalibrationRow {
        source: "S1: NVIDIA TensorRT-LLM docs/source/performance/perf-overview.md (1.0-era, 2025)",
        #[cfg(not(target_arch = "wasm32"))]
        engine: "TensorRT-LLM 1.0",
        model: "llama-3.3-70b",
        gpu: "h200",
        gpus: 1,
        weights: Precision::Fp8,
        kv: Precision::Fp8,
        input_tokens: 128.0,
        output_tokens: 2048.0,
        concurrency: None,
        measured_output_tokens_per_s: 4336.0,
        #[cfg(not(target_arch = "wasm32"))]
        note: "",
    },
    CalibrationRow {
        source: "S1: NVIDIA TensorRT-LLM docs/source/performance/perf-overview.md (1.0-era, 2025)",
        #[cfg(not(target_arch = "wasm32"))]
        engine: "TensorRT-LLM 1.0",
        model: "llama-3.3-70b",
        gpu: "b200",
        gpus: 1,
        weights: Precision::Fp4,
        kv: Precision::Fp8,
        input_tokens: 1000.0,
        output_tokens: 1000.0,
        concurrency: None,
        measured_output_tokens_per_s: 7007.0,
        #[cfg(not(target_arch = "wasm32"))]
        note: "",
    },
    CalibrationRow {
        source: "S1: NVIDIA TensorRT-LLM docs/source/performance/perf-overview.md (1.0-era, 2025)",
        #[cfg(not(target_arch = "wasm32"))]
        engine: "TensorRT-LLM 1.0",
        model: "llama-3.1-405b",
        gpu: "h100",
        gpus: 8,
        weights: Precision::Fp8,
        kv: Precision::Fp8,
        input_tokens: 1000.0,
        output_tokens: 1000.0,
        concurrency: None,
        measured_output_tokens_per_s: 2919.0,
        #[cfg(not(target_arch = "wasm32"))]
        note: "tensor parallel 8",
    },
    CalibrationRow {
        source: "S1: NVIDIA TensorRT-LLM docs/source/performance/perf-overview.md (1.0-era, 2025)",
        #[cfg(not(target_arch = "wasm32"))]
        engine: "TensorRT-LLM 1.0",
        model: "llama-3.1-405b",
        gpu: "h200",
        gpus: 8,
        weights: Precision::Fp8,
        kv: Precision::Fp8,
        input_tokens: 1000.0,
        output_tokens: 1000.0,
        concurrency: None,
        measured_output_tokens_per_s: 3330.0,
        #[cfg(not(target_arch = "wasm32"))]
        note: "tensor parallel 8",
    },
    CalibrationRow {
        source: "S1: NVIDIA TensorRT-LLM docs/source/performance/perf-overview.md (1.0-era, 2025)",
        #[cfg(not(target_arch = "wasm32"))]
        engine: "TensorRT-LLM 1.0",
        model: "llama-3.1-405b",
        gpu: "b200",
        gpus: 4,
        weights: Precision::Fp4,
        kv: Precision::Fp8,
        input_tokens: 1000.0,
        output_tokens: 1000.0,
        concurrency: None,
        measured_output_tokens_per_s: 5209.0,
        #[cfg(not(target_arch = "wasm32"))]
        note: "tensor parallel 4",
    },
    CalibrationRow {
        source: "S1: NVIDIA TensorRT-LLM docs/source/performance/perf-overview.md (1.0-era, 2025)",
        #[cfg(not(target_arch = "wasm32"))]
        engine: "TensorRT-LLM 1.0",
        model: "qwen3-235b-a22b",
        gpu: "h200",
        gpus: 8,
        weights: Precision::Fp8,
        kv: Precision::Fp8,
        input_tokens: 1000.0,
        output_tokens: 1000.0,
        concurrency: None,
        measured_output_tokens_per_s: 23789.0,
        #[cfg(not(target_arch = "wasm32"))]
        note: "MoE",
    },
    CalibrationRow {
        source: "S1: NVIDIA TensorRT-LLM docs/source/performance/perf-overview.md (1.0-era, 2025)",
        #[cfg(not(target_arch = "wasm32"))]
        engine: "TensorRT-LLM 1.0",
        model: "qwen3-235b-a22b",
        gpu: "h100",
        gpus: 8,
        weights: Precision::Fp8,
        kv: Precision::Fp8,
        input_tokens: 1000.0,
        output_tokens: 1000.0,
        concurrency: None,
        measured_output_tokens_per_s: 14898.0,
        #[cfg(not(target_arch = "wasm32"))]
        note: "MoE",
    },
    CalibrationRow {
        source: "S1: NVIDIA TensorRT-LLM docs/source/performance/perf-overview.md (1.0-era, 2025)",
        #[cfg(not(target_arch = "wasm32"))]
        engine: "TensorRT-LLM 1.0",
        model: "qwen3-30b-a3b",
        gpu: "b200",
        gpus: 1,
        weights: Precision::Fp4,
        kv: Precision::Fp8,
        input_tokens: 1000.0,
        output_tokens: 1000.0,
        concurrency: None,
        measured_output_tokens_per_s: 25828.0,
        #[cfg(not(target_arch = "wasm32"))]
        note: "MoE",
    },
    CalibrationRow {
        source: "S2: NVIDIA TensorRT-LLM perf-overview.md as published for 0.14.0 (late 2024)",
        #[cfg(not(target_arch = "wasm32"))]
        engine: "TensorRT-LLM 0.14",
        model: "llama-3.1-8b",
        gpu: "l40s",
        gpus: 1,
        weights: Precision::Fp8,
        kv: Precision::Fp8,
        input_tokens: 1000.0,
        output_tokens: 1000.0,
        concurrency: None,
        measured_output_tokens_per_s: 3727.0,
        #[cfg(not(target_arch = "wasm32"))]
        note: "",
    },
    CalibrationRow {
        source: "S6: sgl-project/sglang benchmark/benchmark_vllm_060/README.md (Sep 2024)",
        #[cfg(not(target_arch = "wasm32"))]
        engine: "SGLang 0.3",
        model: "llama-3.1-8b",
        gpu: "a100-80gb",
        gpus: 1,
        weights: Precision::Bf16,
        kv: Precision::Bf16,
        input_tokens: 250.0,
        output_tokens: 200.0,
        concurrency: None,
        measured_output_tokens_per_s: 4282.0,
        #[cfg(not(target_arch = "wasm32"))]
        note: "ShareGPT prompts (mixed lengths; mean input roughly 200-300 and output roughly 200 tokens); vLLM 0.6.0 gave 4132",
    },
    CalibrationRow {
        source: "S6: sgl-project/sglang benchmark/benchmark_vllm_060/README.md (Sep 2024)",
        #[cfg(not(target_arch = "wasm32"))]
        engine: "SGLang 0.3",
        model: "llama-3.3-70b",
        gpu: "h100",
        gpus: 4,
        weights: Precision::Bf16,
        kv: Precision::Bf16,
        input_tokens: 250.0,
        output_tokens: 200.0,
        concurrency: None,
        measured_output_tokens_per_s: 3856.0,
        #[cfg(not(target_arch = "wasm32"))]
        note: "Llama 3.1 70B; ShareGPT prompts; vLLM 0.6.0 gave 3701",
    },
    CalibrationRow {
        source: "S12: independent vLLM throughput-latency sweep, A100 40GB (vLLM 0.23.0; page undated)",
        #[cfg(not(target_arch = "wasm32"))]
        engine: "vLLM",
        model: "llama-3.1-8b",
        gpu: "a100-40gb",
        gpus: 1,
        weights: Precision::Bf16,
        kv: Precision::Bf16,
        input_tokens: 1024.0,
        output_tokens: 128.0,
        concurrency: Some(1),
        measured_output_tokens_per_s: 75.0,
        #[cfg(not(target_arch = "wasm32"))]
        note: "single user: about 77% of the memory-bandwidth ceiling",
    },
    CalibrationRow {
        source: "S21: Oracle Cloud Infrastructure blog, \"Serving Llama 3.1 405B model with AMD Instinct MI300X Accelerators\" (2024-10-10), vLLM benchmark_throughput.py on BM.GPU.MI300X.8",
        #[cfg(not(target_arch = "wasm32"))]
        engine: "vLLM (ROCm, 2024-10)",
        model: "llama-3.1-405b",
        gpu: "mi300x",
        gpus: 8,
        weights: Precision::Fp8,
        kv: Precision::Fp8,
        input_tokens: 128.0,
        output_tokens: 128.0,
        concurrency: None,
        measured_output_tokens_per_s: 1993.0,
        #[cfg(not(target_arch = "wasm32"))]
        note: "AMD Instinct; \"typical chatbot\" row; KV precision not stated, read as FP8 (AMD's FP8-KV checkpoint)",
    },
    CalibrationRow {
        source: "S21: Oracle Cloud Infrastructure blog, \"Serving Llama 3.1 405B model with AMD Instinct MI300X Accelerators\" (2024-10-10), vLLM benchmark_throughput.py on BM.GPU.MI300X.8",
        #[cfg(not(target_arch = "wasm32"))]
        engine: "vLLM (ROCm, 2024-10)",
        model: "llama-3.1-405b",
        gpu: "mi300x",
        gpus: 8,
        weights: Precision::Fp8,
        kv: Precision::Fp8,
        input_tokens: 128.0,
        output_tokens: 2048.0,
        concurrency: None,
        measured_output_tokens_per_s: 2794.0,
        #[cfg(not(target_arch = "wasm32"))]
        note: "AMD Instinct; \"generation heavy\" row; KV precision not stated, read as FP8",
    },
    CalibrationRow {
        source: "S22: Gigagpu blog, \"Deploying Llama 3.1 8B at FP8 on the RTX 4090 24GB\" (2026), vLLM 0.6.4, 1,100 output tokens/s aggregate at batch 32",
        #[cfg(not(target_arch = "wasm32"))]
        engine: "vLLM 0.6.4",
        model: "llama-3.1-8b",
        gpu: "rtx-4090",
        gpus: 1,
        weights: Precision::Fp8,
        kv: Precision::Fp8,
        input_tokens: 250.0,
        output_tokens: 200.0,
        concurrency: Some(32),
        measured_output_tokens_per_s: 1100.0,
        #[cfg(not(target_arch = "wasm32"))]
        note: "consumer GPU; a hosting provider's own figures, prompt mix not stated (read as ShareGPT's 250/200): low confidence",
    },
];
