//! Purchase prices and power draw for owned GPUs.

use super::PurchasePrice;

/// Every purchase price the catalog ships; rows without a sourced price are left out.
pub const PURCHASE_PRICES: &[PurchasePrice] = &[
    PurchasePrice {
        gpu: "a100-40gb",
        usd_low: 8000.0,
        usd_high: 15000.0,
        watts: 400.0,
        basis: "used/refurb street (A100 generic)",
        source: "https://www.mercatus-ai.com/blog/a100-vs-h100-vs-h200",
        #[cfg(not(target_arch = "wasm32"))]
        power_source: "https://hmc-tech.com/gpus/nvidia-a100-sxm-vs-nvidia-b200 (A100 SXM 400W)",
        as_of: "2026",
        low_confidence: false,
    },
    PurchasePrice {
        gpu: "a100-80gb",
        usd_low: 8000.0,
        usd_high: 15000.0,
        watts: 400.0,
        basis: "used/refurb street (A100 generic)",
        source: "https://www.mercatus-ai.com/blog/a100-vs-h100-vs-h200",
        #[cfg(not(target_arch = "wasm32"))]
        power_source: "https://hmc-tech.com/gpus/nvidia-a100-sxm-vs-nvidia-b200",
        as_of: "2026",
        low_confidence: false,
    },
    PurchasePrice {
        gpu: "h100",
        usd_low: 22000.0,
        usd_high: 25000.0,
        watts: 700.0,
        basis: "used, clean (Q1 2026)",
        source: "runlocalai.co, \"NVIDIA B200 production ramps: used H100 SXM softens to ~$22-25k\" (https://runlocalai.co/pulse/nvidia-b200-production-ramp-pricing)",
        #[cfg(not(target_arch = "wasm32"))]
        power_source: "https://meterpreter.org/amd-confirms-instinct-mi300x-power-consumption-up-to-750w (H100 SXM 700W)",
        as_of: "2026-Q1",
        low_confidence: false,
    },
    PurchasePrice {
        gpu: "h100",
        usd_low: 25000.0,
        usd_high: 40000.0,
        watts: 700.0,
        basis: "new (hardware purchase)",
        source: "https://www.host360.ai/blog/blog-h100-h200-b200-gpu-benchmarks-pricing-guide-2026",
        #[cfg(not(target_arch = "wasm32"))]
        power_source: "NVIDIA H100 SXM datasheet (700 W), as in the used-price row",
        as_of: "2026",
        low_confidence: false,
    },
    PurchasePrice {
        gpu: "h200",
        usd_low: 28000.0,
        usd_high: 31000.0,
        watts: 700.0,
        basis: "retail (Q1 2026)",
        source: "https://runlocalai.co/pulse/nvidia-b200-production-ramp-pricing",
        #[cfg(not(target_arch = "wasm32"))]
        power_source: "https://www.aiminingco.com/gpu/h200/specs (700W); H200 NVL 600W per onestopsystems.com",
        as_of: "2026-Q1",
        low_confidence: false,
    },
    PurchasePrice {
        gpu: "b200",
        usd_low: 40000.0,
        usd_high: 43000.0,
        watts: 1000.0,
        basis: "retail (Q1 2026); alt estimate $30-40k at llm-inference-anatomy.pages.dev/economics",
        source: "https://runlocalai.co/pulse/nvidia-b200-production-ramp-pricing",
        #[cfg(not(target_arch = "wasm32"))]
        power_source:
            "https://hmc-tech.com/gpus/nvidia-a100-sxm-vs-nvidia-b200 (1000W; tweaktown reports up to 1200W for full-spec configs)",
        as_of: "2026-Q1",
        low_confidence: false,
    },
    PurchasePrice {
        gpu: "l40s",
        usd_low: 7000.0,
        usd_high: 10000.0,
        watts: 350.0,
        basis: "on-prem module; rentgpu.org cites $9,000 MSRP",
        source: "https://datastorage.com/gpu/nvidia-l40s/",
        #[cfg(not(target_arch = "wasm32"))]
        power_source: "https://grokipedia.com/page/NVIDIA_L4_vs_L40S",
        as_of: "2026",
        low_confidence: false,
    },
    PurchasePrice {
        gpu: "l4",
        usd_low: 2500.0,
        usd_high: 2500.0,
        watts: 72.0,
        basis: "retail; used $1,800-2,200",
        source: "https://www.runlocalai.co/hardware/nvidia-l4",
        #[cfg(not(target_arch = "wasm32"))]
        power_source: "https://www.runlocalai.co/hardware/nvidia-l4",
        as_of: "2026",
        low_confidence: false,
    },
    PurchasePrice {
        gpu: "rtx-4090",
        usd_low: 1650.0,
        usd_high: 1900.0,
        watts: 450.0,
        basis: "2026 street (MSRP $1,599)",
        source: "https://eatsip365.com/the-real-cost-of-an-nvidia-4090-price",
        #[cfg(not(target_arch = "wasm32"))]
        power_source: "https://eatsip365.com/understanding-the-official-4090-msrp (450W)",
        as_of: "2026",
        low_confidence: false,
    },
    PurchasePrice {
        gpu: "mi300x",
        usd_low: 10000.0,
        usd_high: 15000.0,
        watts: 750.0,
        basis: "street",
        source: "https://awesomeagents.ai/hardware/amd-mi300x",
        #[cfg(not(target_arch = "wasm32"))]
        power_source: "https://meterpreter.org/amd-confirms-instinct-mi300x-power-consumption-up-to-750w",
        as_of: "2026",
        low_confidence: false,
    },
];
