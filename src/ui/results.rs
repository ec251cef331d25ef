//! The verdict, the reasons to self-host anyway, and the results table.

use super::state::AppState;
use crate::charts::{colour_index, css_colour};
use crate::display::{compact, html_escaped, percent, times, usd};
use crate::engine::Report;
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

/// The results table's rows as HTML, for every option: costs with the estimator's band under an
/// estimated figure ("$40–$61"), GPUs, capacity, utilisation and energy; the cheapest marked.
/// Written whole on each change, one parse for the browser: built as elements, each keystroke
/// removed and re-added every attribute of every cell (about 500 with 12 options).
fn rows_html(report: &Report) -> String {
    let band = |range: Option<[f64; 2]>, f: fn(f64) -> String| {
        range.map(|[lo, hi]| format!("<small class=\"range\">{}–{}</small>", f(lo), f(hi))).unwrap_or_default()
    };
    let mut html = String::new();
    for (i, o) in report.options.iter().enumerate() {
        let cell = |field: &str, value: f64, text: String| format!("<td data-field=\"{field}\" data-value=\"{value}\">{text}</td>");
        let gpus = match (o.gpus, o.replicas) {
            (Some(g), Some(r)) => format!("{} ({} × {})", compact(g as f64), compact(r as f64), g / r.max(1)),
            _ => "—".into(),
        };
        let capacity = o.capacity_tokens_per_day.map(|c| format!("{}/day", compact(c))).unwrap_or_else(|| "—".into());
        let unchecked = if o.estimate.as_ref().is_some_and(|e| !e.calibrated) {
            "<small class=\"range warn\" title=\"No published measurement on this GPU in this precision\">⚠ unchecked</small>"
        } else {
            ""
        };
        let energy = o.energy_kwh_per_mtok.zip(o.energy_kwh_per_day).map_or_else(
            || "<td data-field=\"energy_kwh_per_mtok\"></td>".to_string(),
            |(m, d)| cell("energy_kwh_per_mtok", m, format!("{}<small class=\"range\">{} kWh/day</small>", compact(m), compact(d))),
        );
        // An SVG swatch: its fill is an attribute, which the page's style policy allows.
        html += &format!(
            "<tr{} data-option=\"{}\"><th scope=\"row\"><svg class=\"swatch\" aria-hidden=\"true\"><rect width=\"100%\" height=\"100%\" fill=\"{}\"/></svg>{}{}</th>{}{}{}{}{}<td>{gpus}</td><td>{capacity}{}{unchecked}</td><td>{}{}</td>{energy}</tr>",
            if o.cheapest { " class=\"cheapest\"" } else { "" },
            html_escaped(&o.id),
            css_colour(colour_index(o, i)),
            html_escaped(&o.label),
            if o.cheapest { " ★" } else { "" },
            cell("cost_per_day_usd", o.cost_per_day_usd, usd(o.cost_per_day_usd) + &band(o.cost_per_day_usd_range, usd)),
            cell("cost_per_month_usd", o.cost_per_month_usd, usd(o.cost_per_month_usd) + &band(o.cost_per_month_usd_range, usd)),
            cell("cost_per_year_usd", o.cost_per_year_usd, usd(o.cost_per_year_usd)),
            cell("cost_per_mtok_usd", o.cost_per_mtok_usd, usd(o.cost_per_mtok_usd) + &band(o.cost_per_mtok_usd_range, usd)),
            cell("ratio_to_cheapest", o.ratio_to_cheapest, if o.cheapest { "cheapest".into() } else { times(o.ratio_to_cheapest) }),
            band(o.capacity_tokens_per_day_range, compact),
            o.utilization.map(percent).unwrap_or_else(|| "—".into()),
            band(o.utilization_range, percent),
        );
    }
    html
}

/// Every option's costs and capacity at the scenario's volume; the cheapest marked.
#[component]
pub fn ResultsTable() -> impl IntoView {
    let state = expect_context::<AppState>();
    let rows = move || state.evaluation.with(|e| e.report.as_ref().map(rows_html).unwrap_or_default());
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
                    <tbody inner_html=rows></tbody>
                </table>
            </div>
            <p class="note">"Months are billing months, as under \"How this is computed\". Self-hosted capacity covers the peak of the traffic hours; serverless workers are counted at the peak. Under an estimated figure, its range over the estimator's band: where every published measurement has fallen against the estimate."</p>
        </section>
    }
}
