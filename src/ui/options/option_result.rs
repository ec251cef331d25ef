//! Under an option: the fix for a model that does not fit, its estimate, its replicas, and a
//! measured capacity against the estimator, in the words `llmcost eval` also gives.

use super::own_result;
use crate::describe;
use crate::engine::{FieldPath, Problem};
use crate::ui::state::AppState;
use leptos::prelude::*;

/// The engine's "does not fit" error for the option at `index`, with a button that applies the
/// fewest GPUs that fit.
pub(super) fn fit_fix(state: AppState, index: usize) -> impl IntoView {
    move || {
        let path = FieldPath::Option { index, field: "gpus_per_replica" };
        let errors = state.errors.read();
        let error = errors.iter().find(|err| err.field == path)?;
        let needed = match error.problem {
            Problem::DoesNotFit { smallest_gpu_count, .. } => smallest_gpu_count,
            _ => None,
        };
        let message = error.problem.to_string();
        drop(errors);
        let apply = move |_| {
            state.rewrite(|s| {
                if let (Some(f), Some(n)) = (s.options.get_mut(index).and_then(|o| o.spec.fleet_mut()), needed) {
                    f.gpus_per_replica = n;
                }
            });
        };
        Some(view! {
            <p class="fit-error" role="alert">
                {message}" "
                {needed.map(|n| view! { <button type="button" on:click=apply>{format!("Use {n} GPUs per replica")}</button> })}
            </p>
        })
    }
}

/// The option's estimate, replicas and check against the estimator.
pub(super) fn option_result(state: AppState, index: usize) -> impl IntoView {
    let estimate = move || own_result(state, index, describe::estimate);
    let replicas = move || own_result(state, index, describe::replicas);
    let check = move || {
        state.editors_tick.track();
        state.evaluation.read_untracked().checks.iter().find(|c| c.index == index).map(describe::check)
    };
    view! {
        <p class="estimate">{estimate}</p>
        <p class="estimate">{replicas}</p>
        <p class="estimate">{check}</p>
    }
}
