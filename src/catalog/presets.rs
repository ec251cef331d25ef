//! Named scenarios, each stored as the link that opens it. Their numbers are written into the
//! link, so a preset means the same thing whatever later happens to the price catalog.

/// A named scenario.
#[derive(Debug, Clone, Copy, PartialEq, serde::Serialize)]
pub struct Preset {
    pub id: &'static str,
    pub title: &'static str,
    pub description: &'static str,
    /// The scenario link's query string (see `scenario::codec`).
    pub query: &'static str,
    /// Where its prices come from, and when.
    pub source: &'static str,
}

/// Every preset; the article's own comes first.
pub const PRESETS: &[Preset] = &[
    Preset {
        id: "blog-2025-03",
        title: "The article: Llama 3.3 70B at 1M tokens/day",
        description: "OpenRouter at $0.12/M and Azure AI Foundry at $0.71/M against an Azure NC24ads A100 v4 at $3.67/h and a Lambda A100 at $1.79/h, each serving about 1M tokens a day as the article assumes.",
        query: "v=1",
        source: "Article \"LLM GPU or API? The Cost Will Surprise You\", 2025-03-30",
    },
    Preset {
        id: "blog-2025-03-estimated",
        title: "The article, with estimated A100 throughput",
        description: "The article's prices, but each rented A100 option is a pair of A100s serving Llama 3.3 70B in INT8 at the throughput batched serving reaches (estimated), instead of the article's 1M tokens a day. Self-hosting then beats Azure AI Foundry above about 240M tokens/day, and never beats OpenRouter's $0.12/M.",
        query: "v=1&o=api;OpenRouter;in:.12&o=api;Azure+AI+Foundry;in:.71&o=rent;Azure+2xA100;gpu:a100-80gb-pcie;hr:3.67;n:2;prec:int8&o=rent;Lambda+2xA100;gpu:a100-80gb;hr:1.79;n:2;prec:int8",
        source: "Article \"LLM GPU or API? The Cost Will Surprise You\", 2025-03-30; throughput from the estimator",
    },
    Preset {
        id: "batch-70b-2b",
        title: "Batch jobs: Llama 3.3 70B at 2B tokens/day on H100s",
        description: "A prompt-heavy batch workload (2,000 in / 500 out) kept busy around the clock: 2×H100 in FP8, rented or owned, with the estimated throughput, against the cheapest and a mid-priced API.",
        query: "v=1&vol=2B&in=2000&out=500&o=api;DeepInfra;in:.1;out:.32&o=api;Together;in:.88&o=rent;Nebius+2xH100;gpu:h100;prec:fp8;hr:2.95;n:2&o=own;Own+2xH100;gpu:h100;prec:fp8;usd:25K;srv:6K;yrs:4;n:2;ops:2K",
        source: "DeepInfra 2026-06-10 and Together 2026-07-24 API prices; Nebius H100 rental (2026 snapshot); used H100 SXM street price Q1 2026",
    },
    Preset {
        id: "8b-l4-50m",
        title: "A small model: Llama 3.1 8B at 50M tokens/day on one L4 or L40S",
        description: "Chat traffic over 12 hours with a 2× peak, 20 tokens/s promised per user, served by the estimated capacity of one L4 or one L40S in FP8, against two APIs.",
        query: "v=1&vol=50M&out=300&hrs=12&peak=2&speed=20&m=llama-3.1-8b&o=api;Groq;in:.05;out:.08&o=api;Together;in:.18&o=rent;AWS+L4;gpu:l4;prec:fp8;hr:.8048&o=rent;RunPod+L40S;gpu:l40s;prec:fp8;hr:.86",
        source: "Groq and Together API prices (2026-07-24); AWS g6.xlarge on-demand 2025-11-30; RunPod L40S secure cloud (2026 snapshot)",
    },
];
