//! An option's numbers, each with its label, unit and error, and the owned option's "already
//! owned" switch, all read from the scenario's table of link keys.

use super::update_option;
use crate::engine::FieldPath;
use crate::scenario::fields::{get, num_keys, set};
use crate::scenario::{CapacitySpec, OptionSpec};
use crate::ui::fields::{field_id, NumberField};
use crate::ui::state::AppState;
use leptos::prelude::*;

/// The owned option's yes/no key, shown as a checkbox rather than a number.
const SUNK: &str = "sunk";

/// Keys whose value a catalog provider sets: typing one makes the option the user's own.
const PRICE_KEYS: [&str; 4] = ["in", "out", "cin", "hr"];

/// The number fields of the option at `index`, as `spec` holds them when drawn.
pub(super) fn number_fields(state: AppState, index: usize, spec: &OptionSpec) -> impl IntoView {
    let capacity = spec.fleet().map(|f| &f.capacity);
    let mut copy = spec.clone();
    num_keys(spec)
        .iter()
        .filter(|k| {
            !matches!(
                (k.key, capacity),
                ("cap", Some(CapacitySpec::Estimated { .. })) | ("conc", Some(CapacitySpec::Measured { .. })) | (SUNK, _)
            )
        })
        .map(|k| {
            let (key, initial) = (k.key, k.value(&mut copy));
            let optional = k.default.is_none() && key != "out";
            let on_change = Callback::new(move |v: Option<f64>| {
                update_option(state, index, |o| {
                    if PRICE_KEYS.contains(&key) {
                        o.untie();
                    }
                    set(&mut o.spec, key, v);
                })
            });
            view! {
                <NumberField label=k.label unit=k.unit path=FieldPath::Option { index, field: k.field } domain=k.domain
                    initial=initial optional=optional per_second=key == "cap"
                    placeholder=if key == "cin" { "= input" } else { "none" } on_change=on_change />
            }
        })
        .collect_view()
}

/// GPUs already owned: the purchase is a sunk cost. Only owned options have the switch.
pub(super) fn sunk_switch(state: AppState, index: usize, spec: &OptionSpec) -> Option<impl IntoView> {
    let checked = get(spec, SUNK)? == 1.0;
    let id = field_id(FieldPath::Option { index, field: SUNK });
    let on_change = move |ev| {
        let on = event_target_checked(&ev);
        update_option(state, index, |o| {
            set(&mut o.spec, SUNK, Some(f64::from(u8::from(on))));
        })
    };
    Some(view! {
        <p class="sunk">
            <input type="checkbox" id=id.clone() checked=checked on:change=on_change />
            <label for=id>"Already owned (a sunk cost: only power, hosting and operations count)"</label>
        </p>
    })
}
