//! Making a decoded link open: values the engine rejects go back to their defaults, a
//! self-hosted option that cannot hold the model gets the fewest GPUs that can, and options that
//! stay invalid are left out. Each change is reported as a notice.

use super::fields::{get, key_for_field, option_key, set, SPEED_FIELD, SPEED_KEY, WORKLOAD_KEYS};
use super::number::format_exact;
use super::{resolve, Scenario};
use crate::engine::report::cost_models;
use crate::engine::{FieldPath, Problem};

/// Puts every field the engine rejects as out of range or not finite back to its default, and
/// says so. Errors that are not about one value (a model that does not fit) are left for the page.
pub(super) fn reset_out_of_range(s: &mut Scenario, note: &mut impl FnMut(&str, String)) {
    let Err(errors) = resolve(s) else { return };
    for e in errors {
        if !matches!(e.problem, Problem::OutOfRange { .. } | Problem::NotFinite | Problem::NotWhole) {
            continue;
        }
        let problem = e.problem.to_string();
        match e.field {
            FieldPath::Top(SPEED_FIELD) => {
                s.workload.speed_target_tokens_per_s = None;
                note(SPEED_KEY, format!("{problem}; no speed target set"));
            }
            FieldPath::Top(field) => {
                let Some(k) = WORKLOAD_KEYS.iter().find(|k| k.field == field) else { continue };
                let slot = (k.slot)(&mut s.workload);
                note(k.key, format!("{} {problem}; used the default {}", format_exact(*slot), format_exact(k.default)));
                *slot = k.default;
            }
            FieldPath::Option { index, field } => {
                let Some(option) = s.options.get_mut(index) else { continue };
                let Some(k) = key_for_field(&option.spec, field) else { continue };
                let was = get(&option.spec, k.key).map(format_exact).unwrap_or_default();
                set(&mut option.spec, k.key, k.default);
                note(&option_key(index, k.key), format!("{was} {problem}; used the default"));
            }
        }
    }
}

/// Gives a self-hosted option that cannot hold the model the fewest GPUs that can, and leaves
/// out options that are still invalid (an API whose prices are both missing), so the rest opens.
/// Returns whether it changed anything.
pub(super) fn repair_options(s: &mut Scenario, note: &mut impl FnMut(&str, String)) -> bool {
    let errors = match resolve(s) {
        Ok(input) => cost_models(&input).err().unwrap_or_default(),
        Err(errors) => errors,
    };
    let mut dropped = Vec::new();
    for e in &errors {
        let Some(i) = e.field.option_index() else { continue };
        let at = option_key(i, "");
        match (&e.problem, s.options.get_mut(i).and_then(|o| o.spec.fleet_mut())) {
            (Problem::DoesNotFit { smallest_gpu_count: Some(n), .. }, Some(fleet)) => {
                fleet.gpus_per_replica = *n;
                note(&option_key(i, "n"), format!("{}; used {n} GPUs per replica", e.problem));
            }
            _ if !dropped.contains(&i) => {
                dropped.push(i);
                note(&at, format!("option left out: {}", e.problem));
            }
            _ => {}
        }
    }
    let mut index = 0;
    s.options.retain(|_| {
        index += 1;
        !dropped.contains(&(index - 1))
    });
    !errors.is_empty()
}
