//! A GPU the catalog does not have, from a JSON file of its datasheet figures (`llmcost
//! throughput --gpu-spec FILE`):
//!
//! ```json
//! { "memory_gib": 141, "memory_tb_per_s": 4.8, "bf16_tflops": 989, "fp8_tflops": 1979,
//!   "link": "nv_link", "link_gb_per_s": 900, "tdp_w": 700 }
//! ```
//!
//! Memory as the device reports it (GiB), dense (not sparse) tensor throughput; `fp8_tflops`,
//! `fp4_tflops` and `int8_tops` may be left out when the GPU lacks them, `link` is `nv_link` or
//! `pcie`. Estimates on such a GPU are unchecked: no published measurement calibrates them.

use crate::engine::domain::{self, Domain};
use crate::engine::throughput::{GpuSpec, Link};
use crate::engine::FieldError;
use serde::Deserialize;

/// The id and name a GPU read from a file carries.
pub const CUSTOM_GPU_ID: &str = "custom";
pub const CUSTOM_GPU_NAME: &str = "Custom GPU (from its datasheet figures)";

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "snake_case")]
enum LinkName {
    NvLink,
    Pcie,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct GpuFile {
    memory_gib: f64,
    memory_tb_per_s: f64,
    bf16_tflops: f64,
    fp8_tflops: Option<f64>,
    fp4_tflops: Option<f64>,
    int8_tops: Option<f64>,
    link: LinkName,
    link_gb_per_s: f64,
    tdp_w: f64,
}

/// The GPU `json` describes, or every figure that is missing or out of range.
pub fn gpu_spec_from_json(json: &str) -> Result<GpuSpec, String> {
    let g: GpuFile = serde_json::from_str(json).map_err(|e| format!("not a GPU spec: {e}"))?;
    let mut errors: Vec<FieldError> = Vec::new();
    let mut check = |field: &'static str, value: Option<f64>, d: &Domain| {
        if let Some(Err(e)) = value.map(|v| d.check(field, v)) {
            errors.push(e);
        }
    };
    check("memory_gib", Some(g.memory_gib), &domain::GPU_MEMORY_GIB);
    check("memory_tb_per_s", Some(g.memory_tb_per_s), &domain::GPU_MEMORY_TB_PER_S);
    check("bf16_tflops", Some(g.bf16_tflops), &domain::GPU_TFLOPS);
    check("fp8_tflops", g.fp8_tflops, &domain::GPU_TFLOPS);
    check("fp4_tflops", g.fp4_tflops, &domain::GPU_TFLOPS);
    check("int8_tops", g.int8_tops, &domain::GPU_TFLOPS);
    check("link_gb_per_s", Some(g.link_gb_per_s), &domain::GPU_LINK_GB_PER_S);
    check("tdp_w", Some(g.tdp_w), &domain::GPU_TDP_W);
    if !errors.is_empty() {
        return Err(errors.iter().map(ToString::to_string).collect::<Vec<_>>().join("; "));
    }
    Ok(GpuSpec {
        id: CUSTOM_GPU_ID,
        name: CUSTOM_GPU_NAME,
        memory_gib: g.memory_gib,
        memory_tb_per_s: g.memory_tb_per_s,
        bf16_tflops: g.bf16_tflops,
        fp8_tflops: g.fp8_tflops,
        fp4_tflops: g.fp4_tflops,
        int8_tops: g.int8_tops,
        link: match g.link {
            LinkName::NvLink => Link::NvLink,
            LinkName::Pcie => Link::Pcie,
        },
        link_gb_per_s: g.link_gb_per_s,
        tdp_w: g.tdp_w,
        // Its serving software is assumed as fast as on the GPUs the derating was fitted on.
        software_efficiency: 1.0,
        calibrated: &[],
    })
}
