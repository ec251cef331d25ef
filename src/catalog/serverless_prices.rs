//! Serverless GPU prices: $ per GPU-hour while a worker is billed (per-second prices × 3,600).
//! Billing runs from a worker's start (cold start included) until it stops after its idle
//! timeout; see `engine::serverless`.

use super::{Pricing, RentalPrice};

/// Modal and Replicate list prices, as compiled (with Modal's per-second figures) in a dated
/// comparison of official pricing pages.
const MODAL: &str =
    "techbytes.app \"Serverless GPU Pricing Matrix\" (prices verified 2026-05-07 from modal.com/pricing and replicate.com/pricing)";
/// RunPod's serverless documentation (flex workers scale to zero; default idle timeout 5 s).
const RUNPOD: &str = "docs.runpod.io/serverless/pricing (flex workers; page undated, read 2026-11-27)";

/// Every serverless price the catalog ships.
pub const SERVERLESS_PRICES: &[RentalPrice] = &[
    RentalPrice {
        gpu: "h100",
        provider: "Modal",
        #[cfg(not(target_arch = "wasm32"))]
        instance: "H100 function",
        gpus_per_instance: 1,
        usd_per_gpu_hour: 3.9492,
        pricing: Pricing::OnDemand,
        #[cfg(not(target_arch = "wasm32"))]
        region: "any",
        source: MODAL,
        as_of: "2026-05-07",
        #[cfg(not(target_arch = "wasm32"))]
        note: "$0.001097/s",
        low_confidence: false,
    },
    RentalPrice {
        gpu: "a100-80gb",
        provider: "Modal",
        #[cfg(not(target_arch = "wasm32"))]
        instance: "A100 80GB function",
        gpus_per_instance: 1,
        usd_per_gpu_hour: 2.4984,
        pricing: Pricing::OnDemand,
        #[cfg(not(target_arch = "wasm32"))]
        region: "any",
        source: MODAL,
        as_of: "2026-05-07",
        #[cfg(not(target_arch = "wasm32"))]
        note: "$0.000694/s",
        low_confidence: false,
    },
    RentalPrice {
        gpu: "l40s",
        provider: "Modal",
        #[cfg(not(target_arch = "wasm32"))]
        instance: "L40S function",
        gpus_per_instance: 1,
        usd_per_gpu_hour: 1.9512,
        pricing: Pricing::OnDemand,
        #[cfg(not(target_arch = "wasm32"))]
        region: "any",
        source: MODAL,
        as_of: "2026-05-07",
        #[cfg(not(target_arch = "wasm32"))]
        note: "$0.000542/s",
        low_confidence: false,
    },
    RentalPrice {
        gpu: "l4",
        provider: "Modal",
        #[cfg(not(target_arch = "wasm32"))]
        instance: "L4 function",
        gpus_per_instance: 1,
        usd_per_gpu_hour: 0.7992,
        pricing: Pricing::OnDemand,
        #[cfg(not(target_arch = "wasm32"))]
        region: "any",
        source: MODAL,
        as_of: "2026-05-07",
        #[cfg(not(target_arch = "wasm32"))]
        note: "$0.000222/s",
        low_confidence: false,
    },
    RentalPrice {
        gpu: "h100",
        provider: "Replicate",
        #[cfg(not(target_arch = "wasm32"))]
        instance: "gpu-h100",
        gpus_per_instance: 1,
        usd_per_gpu_hour: 5.49,
        pricing: Pricing::OnDemand,
        #[cfg(not(target_arch = "wasm32"))]
        region: "any",
        source: MODAL,
        as_of: "2026-05-07",
        #[cfg(not(target_arch = "wasm32"))]
        note: "private deployments also bill setup and idle time",
        low_confidence: false,
    },
    RentalPrice {
        gpu: "a100-80gb",
        provider: "Replicate",
        #[cfg(not(target_arch = "wasm32"))]
        instance: "gpu-a100-large",
        gpus_per_instance: 1,
        usd_per_gpu_hour: 5.04,
        pricing: Pricing::OnDemand,
        #[cfg(not(target_arch = "wasm32"))]
        region: "any",
        source: MODAL,
        as_of: "2026-05-07",
        #[cfg(not(target_arch = "wasm32"))]
        note: "private deployments also bill setup and idle time",
        low_confidence: false,
    },
    RentalPrice {
        gpu: "l40s",
        provider: "Replicate",
        #[cfg(not(target_arch = "wasm32"))]
        instance: "gpu-l40s",
        gpus_per_instance: 1,
        usd_per_gpu_hour: 3.51,
        pricing: Pricing::OnDemand,
        #[cfg(not(target_arch = "wasm32"))]
        region: "any",
        source: MODAL,
        as_of: "2026-05-07",
        #[cfg(not(target_arch = "wasm32"))]
        note: "private deployments also bill setup and idle time",
        low_confidence: false,
    },
    RentalPrice {
        gpu: "h100",
        provider: "RunPod",
        #[cfg(not(target_arch = "wasm32"))]
        instance: "flex worker, H100 PRO 80 GB",
        gpus_per_instance: 1,
        usd_per_gpu_hour: 4.176,
        pricing: Pricing::OnDemand,
        #[cfg(not(target_arch = "wasm32"))]
        region: "any",
        source: RUNPOD,
        as_of: "2026-11-27",
        #[cfg(not(target_arch = "wasm32"))]
        note: "$0.00116/s flex; active (always-on) workers $0.00093/s",
        low_confidence: false,
    },
    RentalPrice {
        gpu: "h200",
        provider: "RunPod",
        #[cfg(not(target_arch = "wasm32"))]
        instance: "flex worker, H200 PRO 141 GB",
        gpus_per_instance: 1,
        usd_per_gpu_hour: 5.58,
        pricing: Pricing::OnDemand,
        #[cfg(not(target_arch = "wasm32"))]
        region: "any",
        source: RUNPOD,
        as_of: "2026-11-27",
        #[cfg(not(target_arch = "wasm32"))]
        note: "$0.00155/s flex; active $0.00124/s",
        low_confidence: false,
    },
    RentalPrice {
        gpu: "b200",
        provider: "RunPod",
        #[cfg(not(target_arch = "wasm32"))]
        instance: "flex worker, B200 180 GB",
        gpus_per_instance: 1,
        usd_per_gpu_hour: 8.64,
        pricing: Pricing::OnDemand,
        #[cfg(not(target_arch = "wasm32"))]
        region: "any",
        source: RUNPOD,
        as_of: "2026-11-27",
        #[cfg(not(target_arch = "wasm32"))]
        note: "$0.00240/s flex; active $0.00190/s",
        low_confidence: false,
    },
    RentalPrice {
        gpu: "a100-80gb",
        provider: "RunPod",
        #[cfg(not(target_arch = "wasm32"))]
        instance: "flex worker, A100 80 GB",
        gpus_per_instance: 1,
        usd_per_gpu_hour: 2.736,
        pricing: Pricing::OnDemand,
        #[cfg(not(target_arch = "wasm32"))]
        region: "any",
        source: RUNPOD,
        as_of: "2026-11-27",
        #[cfg(not(target_arch = "wasm32"))]
        note: "$0.00076/s flex; active $0.00060/s",
        low_confidence: false,
    },
    RentalPrice {
        gpu: "l40s",
        provider: "RunPod",
        #[cfg(not(target_arch = "wasm32"))]
        instance: "flex worker, L40/L40S/6000 Ada 48 GB",
        gpus_per_instance: 1,
        usd_per_gpu_hour: 1.908,
        pricing: Pricing::OnDemand,
        #[cfg(not(target_arch = "wasm32"))]
        region: "any",
        source: RUNPOD,
        as_of: "2026-11-27",
        #[cfg(not(target_arch = "wasm32"))]
        note: "$0.00053/s flex; active $0.00037/s",
        low_confidence: false,
    },
    RentalPrice {
        gpu: "l4",
        provider: "RunPod",
        #[cfg(not(target_arch = "wasm32"))]
        instance: "flex worker, L4/A5000/3090 24 GB",
        gpus_per_instance: 1,
        usd_per_gpu_hour: 0.684,
        pricing: Pricing::OnDemand,
        #[cfg(not(target_arch = "wasm32"))]
        region: "any",
        source: RUNPOD,
        as_of: "2026-11-27",
        #[cfg(not(target_arch = "wasm32"))]
        note: "$0.00019/s flex; active $0.00013/s",
        low_confidence: false,
    },
    RentalPrice {
        gpu: "rtx-4090",
        provider: "RunPod",
        #[cfg(not(target_arch = "wasm32"))]
        instance: "flex worker, 4090 PRO 24 GB",
        gpus_per_instance: 1,
        usd_per_gpu_hour: 1.116,
        pricing: Pricing::OnDemand,
        #[cfg(not(target_arch = "wasm32"))]
        region: "any",
        source: RUNPOD,
        as_of: "2026-11-27",
        #[cfg(not(target_arch = "wasm32"))]
        note: "$0.00031/s flex; active $0.00021/s",
        low_confidence: false,
    },
];
