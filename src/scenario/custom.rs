//! A model or GPU the catalog does not have, as a link and the page carry it: each figure with
//! its link key, label and domain (its unit is the domain's).
//!
//! ```text
//! m=custom&mp=70.55&ml=80&mh=8192&mkv=327.68K
//! o=rent;Mine;gpu:custom;gmem:80;gbw:3.35;gbf16:989;gfp8:1979;glink:nvlink;glinkbw:900;gtdp:700
//! ```
//! Required figures are always written; the others only when set (active parameters: when fewer
//! than the total; a GPU's interconnect: PCIe unless `glink:nvlink`).

pub use crate::catalog::gpu_spec_file::{CUSTOM_GPU_ID, CUSTOM_GPU_NAME};
pub use crate::catalog::model_config::{CUSTOM_MODEL_ID, CUSTOM_MODEL_NAME};
use crate::engine::domain::{self, Domain};
use crate::engine::throughput::{GpuSpec, Link, ModelSpec, SlidingWindow};

/// One figure of a custom model or GPU.
pub struct Figure<T: 'static> {
    /// Key in the link (`mp`, `gmem`).
    pub key: &'static str,
    /// What the page and notices call it.
    pub label: &'static str,
    pub domain: &'static Domain,
    /// A custom item without it is incomplete.
    pub required: bool,
    /// Its value; `None` when it is absent or at its implied default.
    pub get: fn(&T) -> Option<f64>,
    /// Sets it (`None`: absent or its implied default).
    pub set: fn(&mut T, Option<f64>),
}

impl<T> Figure<T> {
    /// The first required figure the item lacks.
    pub fn missing(figures: &'static [Figure<T>], item: &T) -> Option<&'static Figure<T>> {
        figures.iter().find(|f| f.required && (f.get)(item).is_none_or(|v| v == 0.0))
    }
}

fn window(m: &mut ModelSpec) -> &mut SlidingWindow {
    m.sliding_window.get_or_insert(SlidingWindow { window_tokens: 0, local_layer_share: 1.0 })
}

/// The figures of a custom model, in link order.
pub const MODEL_FIGURES: &[Figure<ModelSpec>] = &[
    Figure {
        key: "mp",
        label: "Parameters",
        domain: &domain::MODEL_PARAMS_B,
        required: true,
        get: |m| Some(m.total_params_b),
        set: |m, v| m.total_params_b = v.unwrap_or(0.0),
    },
    Figure {
        key: "ma",
        label: "Active parameters",
        domain: &domain::MODEL_PARAMS_B,
        required: false,
        get: |m| (m.active_params_b != m.total_params_b).then_some(m.active_params_b),
        // Absent: all of them (a dense model); [`finish_model`] fills it in.
        set: |m, v| m.active_params_b = v.unwrap_or(0.0),
    },
    Figure {
        key: "ml",
        label: "Layers",
        domain: &domain::MODEL_LAYERS,
        required: true,
        get: |m| Some(m.layers.into()),
        set: |m, v| m.layers = v.unwrap_or(0.0) as u32,
    },
    Figure {
        key: "mh",
        label: "Hidden size",
        domain: &domain::MODEL_HIDDEN,
        required: true,
        get: |m| Some(m.hidden.into()),
        set: |m, v| m.hidden = v.unwrap_or(0.0) as u32,
    },
    Figure {
        key: "mkv",
        label: "KV cache per token (16-bit)",
        domain: &domain::MODEL_KV_BYTES_PER_TOKEN,
        required: true,
        get: |m| Some(m.kv_bytes_per_token_16bit),
        set: |m, v| m.kv_bytes_per_token_16bit = v.unwrap_or(0.0),
    },
    Figure {
        key: "mwin",
        label: "Sliding window",
        domain: &domain::MODEL_WINDOW_TOKENS,
        required: false,
        get: |m| m.sliding_window.map(|w| w.window_tokens.into()),
        set: |m, v| window(m).window_tokens = v.unwrap_or(0.0) as u32,
    },
    Figure {
        key: "mloc",
        label: "Windowed layers",
        domain: &domain::SHARE,
        required: false,
        get: |m| m.sliding_window.map(|w| w.local_layer_share).filter(|s| *s != 1.0),
        set: |m, v| window(m).local_layer_share = v.unwrap_or(1.0),
    },
];

/// The figures of a custom GPU, in link order (its interconnect's kind is `glink`).
pub const GPU_FIGURES: &[Figure<GpuSpec>] = &[
    Figure {
        key: "gmem",
        label: "Memory (as reported)",
        domain: &domain::GPU_MEMORY_GIB,
        required: true,
        get: |g| Some(g.memory_gib),
        set: |g, v| g.memory_gib = v.unwrap_or(0.0),
    },
    Figure {
        key: "gbw",
        label: "Memory bandwidth",
        domain: &domain::GPU_MEMORY_TB_PER_S,
        required: true,
        get: |g| Some(g.memory_tb_per_s),
        set: |g, v| g.memory_tb_per_s = v.unwrap_or(0.0),
    },
    Figure {
        key: "gbf16",
        label: "Dense BF16",
        domain: &domain::GPU_TFLOPS,
        required: true,
        get: |g| Some(g.bf16_tflops),
        set: |g, v| g.bf16_tflops = v.unwrap_or(0.0),
    },
    Figure {
        key: "gfp8",
        label: "Dense FP8",
        domain: &domain::GPU_TFLOPS,
        required: false,
        get: |g| g.fp8_tflops,
        set: |g, v| g.fp8_tflops = v,
    },
    Figure {
        key: "gfp4",
        label: "Dense FP4",
        domain: &domain::GPU_TFLOPS,
        required: false,
        get: |g| g.fp4_tflops,
        set: |g, v| g.fp4_tflops = v,
    },
    Figure {
        key: "gint8",
        label: "Dense INT8",
        domain: &domain::GPU_TFLOPS,
        required: false,
        get: |g| g.int8_tops,
        set: |g, v| g.int8_tops = v,
    },
    Figure {
        key: "glinkbw",
        label: "GPU-to-GPU link",
        domain: &domain::GPU_LINK_GB_PER_S,
        required: true,
        get: |g| Some(g.link_gb_per_s),
        set: |g, v| g.link_gb_per_s = v.unwrap_or(0.0),
    },
    Figure {
        key: "gtdp",
        label: "Board power",
        domain: &domain::GPU_TDP_W,
        required: true,
        get: |g| Some(g.tdp_w),
        set: |g, v| g.tdp_w = v.unwrap_or(0.0),
    },
];

/// The link key of a custom GPU's interconnect kind: `nvlink` or `pcie` (the default).
pub const GPU_LINK_KEY: &str = "glink";

/// A link's words for each interconnect.
pub fn link_word(link: Link) -> &'static str {
    match link {
        Link::NvLink => "nvlink",
        Link::Pcie => "pcie",
    }
}

/// The interconnect a link's word names.
pub fn parse_link_word(word: &str) -> Option<Link> {
    [Link::NvLink, Link::Pcie].into_iter().find(|l| link_word(*l) == word)
}

/// `model`'s figures as a custom model: where the page starts when the user picks "Custom".
pub fn custom_model_from(model: &ModelSpec) -> ModelSpec {
    ModelSpec { id: CUSTOM_MODEL_ID, name: CUSTOM_MODEL_NAME, ..*model }
}

/// `gpu`'s figures as a custom GPU. Estimates on it are unchecked: no measurement calibrates it.
pub fn custom_gpu_from(gpu: &GpuSpec) -> GpuSpec {
    GpuSpec { id: CUSTOM_GPU_ID, name: CUSTOM_GPU_NAME, software_efficiency: 1.0, calibrated: &[], ..*gpu }
}

/// A custom model with no figures yet (a link fills them in).
pub fn blank_model() -> ModelSpec {
    ModelSpec {
        id: CUSTOM_MODEL_ID,
        name: CUSTOM_MODEL_NAME,
        total_params_b: 0.0,
        active_params_b: 0.0,
        layers: 0,
        hidden: 0,
        kv_bytes_per_token_16bit: 0.0,
        sliding_window: None,
    }
}

/// A custom GPU with no figures yet (a link fills them in), linked by PCIe.
pub fn blank_gpu() -> GpuSpec {
    GpuSpec {
        id: CUSTOM_GPU_ID,
        name: CUSTOM_GPU_NAME,
        memory_gib: 0.0,
        memory_tb_per_s: 0.0,
        bf16_tflops: 0.0,
        fp8_tflops: None,
        fp4_tflops: None,
        int8_tops: None,
        link: Link::Pcie,
        link_gb_per_s: 0.0,
        tdp_w: 0.0,
        software_efficiency: 1.0,
        calibrated: &[],
    }
}

/// Fills in what a link leaves implied: all parameters active, and no window when its size is
/// absent or 0.
pub fn finish_model(m: &mut ModelSpec) {
    if m.active_params_b == 0.0 {
        m.active_params_b = m.total_params_b;
    }
    if m.sliding_window.is_some_and(|w| w.window_tokens == 0) {
        m.sliding_window = None;
    }
}
