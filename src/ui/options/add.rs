//! Adding an option: from the catalog (API prices for the scenario's model, GPU rentals,
//! serverless GPUs, GPU purchases) or custom. A choice in the menu only selects; "Add" (or Enter) adds, so arrow keys
//! and typing in the menu never add options.

use super::restructure;
use crate::catalog::{self, RentalPrice, API_PRICES, PURCHASE_PRICES, RENTAL_PRICES, SERVERLESS_PRICES};
use crate::display::compact;
use crate::scenario::new_option::NewOption;
use crate::scenario::MAX_OPTIONS;
use crate::ui::state::AppState;
use leptos::prelude::*;

fn gpu_name(id: &str) -> &'static str {
    catalog::gpu(id).map(|g| g.name).unwrap_or("GPU")
}

/// After a row in the menu: ⚠ for low confidence, [`catalog::STALE_MARK`] for a stale row.
fn marks(low_confidence: bool, as_of: &str) -> &'static str {
    match (low_confidence, catalog::is_stale(as_of, crate::ui::today())) {
        (true, _) => " ⚠",
        (false, true) => catalog::STALE_MARK,
        (false, false) => "",
    }
}

/// The menu that adds an option from the catalog or a custom one.
#[component]
pub(super) fn AddOption() -> impl IntoView {
    let state = expect_context::<AppState>();
    let choice = RwSignal::new(String::new());
    let full = move || state.scenario.read().options.len() >= MAX_OPTIONS;
    let add = move || {
        let Some(new) = NewOption::parse(&choice.get_untracked()) else { return };
        let added = state.scenario.read_untracked().new_option(new);
        if let Some(option) = added {
            restructure(state, |options| {
                if options.len() < MAX_OPTIONS {
                    options.push(option)
                }
            });
        }
    };
    let on_key = move |ev: leptos::ev::KeyboardEvent| {
        if ev.key() == "Enter" {
            ev.prevent_default();
            add();
        }
    };
    let api_rows = move || {
        // Written again when the model changes, not on every keystroke: the model changes only by
        // a rewrite, which steps the workload's version.
        state.workload_version.track();
        let model = state.scenario.read_untracked().model.clone();
        let rows: Vec<_> = API_PRICES
            .iter()
            .enumerate()
            .filter(|(_, r)| r.estimator_model == Some(model.as_str()))
            .map(|(i, r)| {
                let text = format!(
                    "{} — ${}/${} per M in/out ({}){}",
                    r.provider,
                    r.input_usd_per_mtok,
                    r.output_usd_per_mtok,
                    r.as_of,
                    marks(r.low_confidence, r.as_of)
                );
                view! { <option value=NewOption::Api(i).id()>{text}</option> }
            })
            .collect();
        if rows.is_empty() {
            view! { <option value="" disabled=true>"No API price in the catalog for this model; add a custom API"</option> }.into_any()
        } else {
            rows.into_any()
        }
    };
    let hourly_rows = |rows: &'static [RentalPrice], new: fn(usize) -> NewOption, billed: &'static str| {
        rows.iter()
            .enumerate()
            .map(|(i, r)| {
                let text = format!(
                    "{} {}{}{} — ${}/GPU-h {} ({}){}",
                    r.provider,
                    gpu_name(r.gpu),
                    if r.distinguishing_instance.is_empty() { "" } else { " " },
                    r.distinguishing_instance,
                    r.usd_per_gpu_hour,
                    if billed.is_empty() { r.pricing.label() } else { billed },
                    r.as_of,
                    marks(r.low_confidence, r.as_of)
                );
                view! { <option value=new(i).id()>{text}</option> }
            })
            .collect_view()
    };
    let rent_rows = hourly_rows(RENTAL_PRICES, NewOption::Rental, "");
    let serverless_rows = hourly_rows(SERVERLESS_PRICES, NewOption::Serverless, "while busy");
    let own_rows = PURCHASE_PRICES
        .iter()
        .enumerate()
        .map(|(i, r)| {
            let text = format!(
                "{} — ${}–${} {} ({}){}",
                gpu_name(r.gpu),
                compact(r.usd_low),
                compact(r.usd_high),
                r.basis,
                r.as_of,
                marks(r.low_confidence, r.as_of)
            );
            view! { <option value=NewOption::Purchase(i).id()>{text}</option> }
        })
        .collect_view();
    view! {
        <div class="field add-option">
            <label for="add-option">"Add an option"</label>
            <div class="pick">
                <select id="add-option" on:change=move |ev| choice.set(event_target_value(&ev)) on:keydown=on_key disabled=full>
                    <option value="" selected=true>"Choose from the catalog or custom…"</option>
                    <optgroup label="APIs serving this model">{api_rows}</optgroup>
                    <optgroup label="Rent GPUs">{rent_rows}</optgroup>
                    <optgroup label="Serverless GPUs (billed per second, scale to zero)">{serverless_rows}</optgroup>
                    <optgroup label="Own GPUs">{own_rows}</optgroup>
                    <optgroup label="Custom">
                        <option value=NewOption::CustomApi.id()>"Custom API"</option>
                        <option value=NewOption::CustomRented.id()>"Custom rented GPUs"</option>
                        <option value=NewOption::CustomServerless.id()>"Custom serverless GPUs"</option>
                        <option value=NewOption::CustomOwned.id()>"Custom owned GPUs"</option>
                    </optgroup>
                </select>
                <button type="button" id="add-option-button" on:click=move |_| add()
                    disabled=move || full() || NewOption::parse(&choice.get()).is_none()>"Add"</button>
            </div>
        </div>
    }
}
