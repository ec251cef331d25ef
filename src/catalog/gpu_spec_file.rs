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
use serde_json::Value;

/// The id and name a GPU read from a file carries.
pub const CUSTOM_GPU_ID: &str = "custom";
pub const CUSTOM_GPU_NAME: &str = "Custom GPU";

/// The figures a file may give; any other key is a mistake worth naming.
const FIELDS: [&str; 9] =
    ["memory_gib", "memory_tb_per_s", "bf16_tflops", "fp8_tflops", "fp4_tflops", "int8_tops", "link", "link_gb_per_s", "tdp_w"];

/// The GPU `json` describes, or every figure that is missing or out of range.
pub fn gpu_spec_from_json(json: &str) -> Result<GpuSpec, String> {
    let value: Value = serde_json::from_str(json).map_err(|e| format!("not a GPU spec: {e}"))?;
    let figures = value.as_object().ok_or("not a GPU spec: expected an object of figures")?;
    if let Some(unknown) = figures.keys().find(|k| !FIELDS.contains(&k.as_str())) {
        return Err(format!("not a GPU spec: unknown field '{unknown}' (expected {})", FIELDS.join(", ")));
    }
    let mut errors: Vec<String> = Vec::new();
    let mut figure = |field: &'static str, required: bool, d: &Domain| -> Option<f64> {
        let v = match figures.get(field).filter(|v| !v.is_null()) {
            None if required => {
                errors.push(format!("{field}: missing"));
                return None;
            }
            None => return None,
            Some(v) => v,
        };
        match v.as_f64().map(|n| d.check(field, n)) {
            Some(Ok(n)) => Some(n),
            Some(Err(e)) => {
                errors.push(e.to_string());
                None
            }
            None => {
                errors.push(format!("{field}: '{v}' is not a number"));
                None
            }
        }
    };
    let memory_gib = figure("memory_gib", true, &domain::GPU_MEMORY_GIB);
    let memory_tb_per_s = figure("memory_tb_per_s", true, &domain::GPU_MEMORY_TB_PER_S);
    let bf16_tflops = figure("bf16_tflops", true, &domain::GPU_TFLOPS);
    let fp8_tflops = figure("fp8_tflops", false, &domain::GPU_TFLOPS);
    let fp4_tflops = figure("fp4_tflops", false, &domain::GPU_TFLOPS);
    let int8_tops = figure("int8_tops", false, &domain::GPU_TFLOPS);
    let link_gb_per_s = figure("link_gb_per_s", true, &domain::GPU_LINK_GB_PER_S);
    let tdp_w = figure("tdp_w", true, &domain::GPU_TDP_W);
    let link = match figures.get("link").and_then(Value::as_str) {
        Some("nv_link") => Some(Link::NvLink),
        Some("pcie") => Some(Link::Pcie),
        other => {
            errors.push(format!("link: {} (expected nv_link or pcie)", other.map_or("missing".to_string(), |o| format!("'{o}'"))));
            None
        }
    };
    match (memory_gib, memory_tb_per_s, bf16_tflops, link, link_gb_per_s, tdp_w) {
        (Some(memory_gib), Some(memory_tb_per_s), Some(bf16_tflops), Some(link), Some(link_gb_per_s), Some(tdp_w)) if errors.is_empty() => {
            Ok(GpuSpec {
                id: CUSTOM_GPU_ID,
                name: CUSTOM_GPU_NAME,
                memory_gib,
                memory_tb_per_s,
                bf16_tflops,
                fp8_tflops,
                fp4_tflops,
                int8_tops,
                link,
                link_gb_per_s,
                tdp_w,
                // Its serving software is assumed as fast as on the GPUs the derating was fitted on.
                software_efficiency: 1.0,
                calibrated: &[],
            })
        }
        _ => Err(errors.join("; ")),
    }
}
