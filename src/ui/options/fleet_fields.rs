//! A self-hosted option's GPU, how its throughput is known, and the precisions it is estimated in.

use super::{own_result, update_option};
use crate::catalog::GPUS;
use crate::engine::throughput::{GpuSpec, Link, Precision};
use crate::engine::FieldPath;
use crate::scenario::custom::{parse_link_word, CUSTOM_GPU_ID, GPU_FIGURES, GPU_LINK_KEY};
use crate::scenario::new_option::native_precision;
use crate::scenario::{CapacitySpec, FleetSpec};
use crate::ui::fields::field_id;
use crate::ui::fields::NumberField;
use crate::ui::state::AppState;
use leptos::prelude::*;

/// The GPU and throughput controls of the option at `index`, whose fleet is `fleet`.
pub(super) fn fleet_fields(state: AppState, index: usize, fleet: FleetSpec) -> impl IntoView {
    let id = move |field| field_id(FieldPath::Option { index, field });
    let estimated = matches!(fleet.capacity, CapacitySpec::Estimated { .. });
    let on_gpu = move |ev| {
        let gpu = event_target_value(&ev);
        // A catalog rental takes its provider's price for the new GPU: show it.
        state.rewrite(|s| s.set_gpu(index, &gpu));
        AppState::focus_soon(id("gpu"));
    };
    let on_mode = move |ev| {
        let measured = event_target_value(&ev) == "measured";
        // Switching to "I measured it" starts from the current estimate, so nothing jumps.
        let current = own_result(state, index, |o| o.capacity_tokens_per_day);
        state.rewrite(|s| {
            let Some(f) = s.options.get_mut(index).and_then(|o| o.spec.fleet_mut()) else { return };
            f.capacity = if measured {
                CapacitySpec::Measured { tokens_per_day: current.map(|c| c.round()).unwrap_or(1e6) }
            } else {
                CapacitySpec::Estimated { weights: native_precision(f), kv: None, concurrency: None }
            };
        });
    };
    let precision_select = move |which: &'static str, current: Option<Precision>| {
        let on_change = move |ev| {
            let parsed = event_target_value(&ev).parse::<Precision>().ok();
            update_option(state, index, |o| {
                if let Some(CapacitySpec::Estimated { weights, kv, .. }) = o.spec.fleet_mut().map(|f| &mut f.capacity) {
                    match (which, parsed) {
                        ("weights", Some(p)) => *weights = p,
                        ("kv", p) => *kv = p,
                        _ => {}
                    }
                }
            });
        };
        let label = if which == "weights" { "Weights precision" } else { "KV cache precision" };
        view! {
            <div class="field">
                <label for=id(which)>{label}</label>
                <select id=id(which) on:change=on_change>
                    {(which == "kv").then(|| view! { <option value="" selected=current.is_none()>"as weights (fp16 for 4-bit)"</option> })}
                    {Precision::ALL.iter().map(|p| view! { <option value=p.id() selected=current == Some(*p)>{p.id()}</option> }).collect_view()}
                </select>
            </div>
        }
    };
    let precision = match fleet.capacity {
        CapacitySpec::Estimated { weights, kv, .. } => {
            Some(view! { {precision_select("weights", Some(weights))} {precision_select("kv", kv)} })
        }
        CapacitySpec::Measured { .. } => None,
    };
    view! {
        <div class="field">
            <label for=id("gpu")>"GPU"</label>
            <select id=id("gpu") on:change=on_gpu>
                {GPUS.iter().map(|g| view! { <option value=g.item.id selected=g.item.id == fleet.gpu>{g.item.name}</option> }).collect_view()}
                <option value=CUSTOM_GPU_ID selected=fleet.custom_gpu.is_some()>"Custom GPU (your figures)"</option>
            </select>
        </div>
        {fleet.custom_gpu.map(|gpu| custom_gpu_fields(state, index, gpu))}
        <div class="field">
            <label for=id("mode")>"Throughput"</label>
            <select id=id("mode") on:change=on_mode>
                <option value="estimate" selected=estimated>"Estimate it"</option>
                <option value="measured" selected=!estimated>"I measured it"</option>
            </select>
        </div>
        {precision}
    }
}

/// The figures of the custom GPU of the option at `index`, and its interconnect.
fn custom_gpu_fields(state: AppState, index: usize, gpu: GpuSpec) -> impl IntoView {
    let on_custom = move |change: &dyn Fn(&mut GpuSpec)| {
        update_option(state, index, |o| {
            if let Some(g) = o.spec.fleet_mut().and_then(|f| f.custom_gpu.as_mut()) {
                change(g);
            }
        })
    };
    let fields = GPU_FIGURES
        .iter()
        .map(|f| {
            let set = f.set;
            let on_change = Callback::new(move |v: Option<f64>| on_custom(&|g| set(g, v)));
            view! {
                <NumberField label=f.label unit=f.domain.unit path=FieldPath::Option { index, field: f.key } domain=f.domain
                    initial=(f.get)(&gpu) optional=!f.required placeholder="none" on_change />
            }
        })
        .collect_view();
    let link_id = field_id(FieldPath::Option { index, field: GPU_LINK_KEY });
    let on_link = move |ev| {
        let link = parse_link_word(&event_target_value(&ev)).unwrap_or(Link::Pcie);
        on_custom(&|g| g.link = link);
    };
    view! {
        {fields}
        <div class="field">
            <label for=link_id.clone()>"Interconnect"</label>
            <select id=link_id on:change=on_link>
                <option value="pcie">"PCIe only"</option>
                <option value="nvlink" selected=gpu.link == Link::NvLink>"NVLink or Infinity Fabric"</option>
            </select>
        </div>
    }
}
