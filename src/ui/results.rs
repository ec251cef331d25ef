//! The verdict, the reasons to self-host anyway, and the results table.

use super::state::AppState;
use crate::charts::{colour_index, css_colour};
use crate::display::{compact, percent, times, usd};
use crate::scenario::Reasons;
use crate::verdict::{flips_sentence, pair_sentence, verdict_with_estimate};
use leptos::prelude::*;

/// The one-sentence answer, with the reasons checklist under it.
#[component]
pub fn VerdictView() -> impl IntoView {
    let state = expect_context::<AppState>();
    let text = move || {
        let reasons = state.scenario.with(|s| s.reasons);
        state.evaluation.with(|e| e.report.as_ref().map(|r| verdict_with_estimate(r, &e.checks, e.at_estimate.as_ref(), &reasons)))
    };
    // What would flip the answer between the cheapest API and the cheapest self-hosted option.
    let flips = move || {
        state.evaluation.with(|e| {
            let r = e.report.as_ref()?;
            let c = &r.comparison;
            let b = r
                .break_even
                .iter()
                .find(|b| Some(&b.self_hosted) == c.cheapest_self_hosted.as_ref() && Some(&b.api) == c.cheapest_api.as_ref())?;
            Some(flips_sentence(r, b))
        })
    };
    // Every (self-hosted, API) pair in words, each with what would flip it: written only while
    // the list is open (with 12 options, dozens of sentences a keystroke would otherwise redo).
    let pairs_open = RwSignal::new(false);
    let pairs = move || {
        if !pairs_open.get() {
            return None;
        }
        state.evaluation.with(|e| {
            let r = e.report.as_ref()?;
            (r.break_even.len() > 1).then(|| {
                r.break_even
                    .iter()
                    .map(|b| view! { <li><details><summary>{pair_sentence(r, b)}</summary>{flips_sentence(r, b)}</details></li> })
                    .collect_view()
            })
        })
    };
    // The verdict is written once per change, for its headline and its details together.
    let answer = move || {
        let (headline, details) =
            text().map_or(("Fix the highlighted fields to see the answer.".into(), Vec::new()), |v| (v.headline, v.details));
        view! {
            <p class="headline" id="verdict">{headline}</p>
            <ul class="details">{details.into_iter().map(|d| view! { <li>{d}</li> }).collect_view()}</ul>
        }
    };
    let stale = move || state.evaluation.with(|e| e.stale);
    view! {
        <section class="verdict card" aria-live="polite" class:stale=stale>
            {answer}
            <p class="flips" id="flips">{flips}</p>
            <details class="pairs" hidden=move || state.evaluation.with(|e| e.report.as_ref().is_none_or(|r| r.break_even.len() < 2))
                on:toggle=move |ev| pairs_open.set(event_target::<web_sys::HtmlDetailsElement>(&ev).open())>
                <summary>"Break-even of every self-hosted option against every API"</summary>
                <ul id="break-evens">{pairs}</ul>
            </details>
            <p class="stale-note" hidden=move || !stale()>"Some input is invalid: these results are from the last valid scenario."</p>
            <ReasonsChecklist />
        </section>
    }
}

#[component]
fn ReasonsChecklist() -> impl IntoView {
    let state = expect_context::<AppState>();
    let item = |id: &'static str, text: &'static str, get: fn(&Reasons) -> bool, set: fn(&mut Reasons, bool)| {
        let on_change = move |ev| {
            let on = event_target_checked(&ev);
            state.scenario.update(|s| set(&mut s.reasons, on));
        };
        view! {
            <li>
                <input type="checkbox" id=id prop:checked=move || state.scenario.with(|s| get(&s.reasons)) on:change=on_change />
                <label for=id>{text}</label>
            </li>
        }
    };
    view! {
        <fieldset class="reasons">
            <legend>"Reasons to self-host anyway"</legend>
            <ul>
                {item("why-ft", "A fine-tuned model that no API serves", |r| r.fine_tuned, |r, on| r.fine_tuned = on)}
                {item("why-data", "Data that must stay in-house", |r| r.data_in_house, |r, on| r.data_in_house = on)}
                {item("why-edge", "Offline or edge use", |r| r.offline, |r, on| r.offline = on)}
                {item("why-learn", "Learning to self-host", |r| r.learning, |r, on| r.learning = on)}
            </ul>
        </fieldset>
    }
}

/// Every option's costs and capacity at the scenario's volume; the cheapest marked.
#[component]
pub fn ResultsTable() -> impl IntoView {
    let state = expect_context::<AppState>();
    let rows = move || {
        state.evaluation.with(|e| {
            let Some(report) = &e.report else { return Vec::new() };
            report
                .options
                .iter()
                .enumerate()
                .map(|(i, o)| {
                    let gpus = match (o.gpus, o.replicas) {
                        (Some(g), Some(r)) => format!("{} ({} × {})", compact(g as f64), compact(r as f64), g / r.max(1)),
                        _ => "—".into(),
                    };
                    let capacity = o.capacity_tokens_per_day.map(|c| format!("{}/day", compact(c))).unwrap_or_else(|| "—".into());
                    let utilization = o.utilization.map(percent).unwrap_or_else(|| "—".into());
                    // The estimator's band under an estimated figure: "$40–$61".
                    let band = |range: Option<[f64; 2]>, f: fn(f64) -> String| {
                        range.map(|[lo, hi]| view! { <small class="range">{format!("{}–{}", f(lo), f(hi))}</small> })
                    };
                    let ratio = if o.cheapest { "cheapest".to_string() } else { times(o.ratio_to_cheapest) };
                    view! {
                        <tr class:cheapest=o.cheapest data-option=o.id.clone()>
                            <th scope="row"><span class="swatch" style:background-color=css_colour(colour_index(o, i))></span>{o.label.clone()}{o.cheapest.then_some(" ★")}</th>
                            <td data-field="cost_per_day_usd" data-value=o.cost_per_day_usd.to_string()>{usd(o.cost_per_day_usd)}{band(o.cost_per_day_usd_range, usd)}</td>
                            <td data-field="cost_per_month_usd" data-value=o.cost_per_month_usd.to_string()>{usd(o.cost_per_month_usd)}{band(o.cost_per_month_usd_range, usd)}</td>
                            <td data-field="cost_per_year_usd" data-value=o.cost_per_year_usd.to_string()>{usd(o.cost_per_year_usd)}</td>
                            <td data-field="cost_per_mtok_usd" data-value=o.cost_per_mtok_usd.to_string()>{usd(o.cost_per_mtok_usd)}{band(o.cost_per_mtok_usd_range, usd)}</td>
                            <td data-field="ratio_to_cheapest" data-value=o.ratio_to_cheapest.to_string()>{ratio}</td>
                            <td>{gpus}</td>
                            <td>{capacity}{band(o.capacity_tokens_per_day_range, compact)}
                                {o.estimate.as_ref().is_some_and(|e| !e.calibrated).then_some(view! { <small class="range warn" title="No published measurement on this GPU in this precision">"⚠ unchecked"</small> })}</td>
                            <td>{utilization}{band(o.utilization_range, percent)}</td>
                            <td data-field="energy_kwh_per_mtok" data-value=o.energy_kwh_per_mtok.map(|e| e.to_string())>{o.energy_kwh_per_mtok.zip(o.energy_kwh_per_day).map(|(m, d)| view! { {compact(m)}<small class="range">{format!("{} kWh/day", compact(d))}</small> })}</td>
                        </tr>
                    }
                })
                .collect::<Vec<_>>()
        })
    };
    view! {
        <section class="card results" aria-labelledby="results-h">
            <h2 id="results-h">"Costs at this volume"</h2>
            <div class="table-scroll">
                <table id="results-table">
                    <thead>
                        <tr>
                            <th scope="col">"Option"</th>
                            <th scope="col">"Per day"</th>
                            <th scope="col">"Per month"</th>
                            <th scope="col">"Per year"</th>
                            <th scope="col">"Per M tokens"</th>
                            <th scope="col">"vs cheapest"</th>
                            <th scope="col">"GPUs (replicas × per replica)"</th>
                            <th scope="col">"Capacity / replica"</th>
                            <th scope="col">"Utilisation"</th>
                            <th scope="col">"Energy (kWh/M tokens)"</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
            <p class="note">"Months are billing months, as under \"How this is computed\". Self-hosted capacity covers the peak of the traffic hours; serverless workers are counted at the peak. Under an estimated figure, its range over the estimator's band: where every published measurement has fallen against the estimate."</p>
        </section>
    }
}
