//! A self-hosted option's GPU, how its throughput is known, and the precisions it is estimated in.

use super::{own_result, update_option};
use crate::catalog::GPUS;
use crate::engine::throughput::Precision;
use crate::engine::FieldPath;
use crate::scenario::new_option::native_precision;
use crate::scenario::{CapacitySpec, FleetSpec};
use crate::ui::fields::field_id;
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
        let current = own_result(state, index).and_then(|o| o.capacity_tokens_per_day);
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
            </select>
        </div>
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
