//! The verdict, the reasons to self-host anyway, and the results table.

use super::state::AppState;
use crate::charts::{colour_index, css_colour};
use crate::display::{compact, html_escaped, percent, times, usd};
use crate::engine::OptionReport;
use crate::scenario::Reasons;
use crate::verdict::{flips_sentence, pair_sentence};
use leptos::prelude::*;
use std::fmt::Write;
use wasm_bindgen::prelude::wasm_bindgen;

/// The one-sentence answer, with the reasons checklist under it.
#[component]
pub fn VerdictView() -> impl IntoView {
    let state = expect_context::<AppState>();
    // What would flip the answer between the cheapest API and the cheapest self-hosted option.
    let flips = move || {
        let e = state.evaluation.read();
        let r = e.report.as_ref()?;
        let c = &r.comparison;
        let b = r
            .break_even
            .iter()
            .find(|b| Some(&b.self_hosted) == c.cheapest_self_hosted.as_ref() && Some(&b.api) == c.cheapest_api.as_ref())?;
        Some(flips_sentence(r, b))
    };
    // Every (self-hosted, API) pair in words, each with what would flip it: written, and the
    // flips worked out, only while the list is open (with 12 options, dozens of sentences a
    // keystroke would otherwise redo).
    let pairs_open = state.every_pair_listed;
    let pairs = move || {
        if !pairs_open.get() {
            return None;
        }
        let e = state.evaluation.read();
        let r = e.report.as_ref()?;
        (r.break_even.len() > 1).then(|| {
            r.break_even
                .iter()
                .map(|b| view! { <li><details><summary>{pair_sentence(r, b)}</summary>{flips_sentence(r, b)}</details></li> })
                .collect_view()
        })
    };
    // Only their texts are written on a change: a view drawn afresh would set its elements'
    // attributes again.
    let headline = move || {
        state.evaluation.read().verdict.as_ref().map_or("Fix the highlighted fields to see the answer.".into(), |v| v.headline.clone())
    };
    let details =
        move || Some(state.evaluation.read().verdict.as_ref()?.details.iter().map(|d| view! { <li>{d.clone()}</li> }).collect_view());
    view! {
        // Dimmed, and its note shown, by the style sheet while the results around it are stale.
        <section class="verdict card" aria-live="polite">
            <p class="headline" id="verdict">{headline}</p>
            <ul class="details">{details}</ul>
            <p class="flips" id="flips">{flips}</p>
            <details class="pairs" hidden=move || state.evaluation.read().report.as_ref().is_none_or(|r| r.break_even.len() < 2)
                on:toggle=move |ev| pairs_open.set(event_target::<web_sys::HtmlDetailsElement>(&ev).open())>
                <summary>"Break-even of every self-hosted option against every API"</summary>
                <ul id="break-evens">{pairs}</ul>
            </details>
            <p class="stale-note">"Some input is invalid: these results are from the last valid scenario."</p>
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
                // Re-read only when a preset, an undo or a link changes the reasons, not on every keystroke.
                <input type="checkbox" id=id on:change=on_change
                    prop:checked=move || { state.workload_version.track(); get(&state.scenario.read_untracked().reasons) } />
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

/// A cell of the results table: its field for scripts and tests ("" for none), its exact figure,
/// its text and the estimator's band under it ("$40–$61", or "").
struct Cell {
    field: &'static str,
    value: Option<f64>,
    text: String,
    band: String,
}

/// An option's cells: costs per day, month, year and M tokens, against the cheapest, GPUs,
/// capacity, utilisation and energy.
fn cells(o: &OptionReport) -> [Cell; 9] {
    let band = |range: Option<[f64; 2]>, f: fn(f64) -> String| range.map(|[lo, hi]| format!("{}–{}", f(lo), f(hi))).unwrap_or_default();
    let cell = |field, value, text, band| Cell { field, value, text, band };
    let money = |field, v: f64, range| cell(field, Some(v), usd(v), band(range, usd));
    let dash = || "—".to_string();
    [
        money("cost_per_day_usd", o.cost_per_day_usd, o.cost_per_day_usd_range),
        money("cost_per_month_usd", o.cost_per_month_usd, o.cost_per_month_usd_range),
        money("cost_per_year_usd", o.cost_per_year_usd, None),
        money("cost_per_mtok_usd", o.cost_per_mtok_usd, o.cost_per_mtok_usd_range),
        cell(
            "ratio_to_cheapest",
            Some(o.ratio_to_cheapest),
            if o.cheapest { "cheapest".into() } else { times(o.ratio_to_cheapest) },
            String::new(),
        ),
        cell(
            "",
            None,
            o.gpus.zip(o.replicas).map_or_else(dash, |(g, r)| format!("{} ({} × {})", compact(g as f64), compact(r as f64), g / r.max(1))),
            String::new(),
        ),
        cell(
            "",
            None,
            o.capacity_tokens_per_day.map_or_else(dash, |c| format!("{}/day", compact(c))),
            band(o.capacity_tokens_per_day_range, compact),
        ),
        cell("", None, o.utilization.map_or_else(dash, percent), band(o.utilization_range, percent)),
        cell(
            "energy_kwh_per_mtok",
            o.energy_kwh_per_mtok,
            o.energy_kwh_per_mtok.map_or_else(dash, compact),
            o.energy_kwh_per_day.map(|d| format!("{} kWh/day", compact(d))).unwrap_or_default(),
        ),
    ]
}

/// What a row's markup holds besides its figures. A change of volume leaves it alone, and then
/// only the figures are written, in one call (rewriting the rows took about half of a keystroke
/// with 12 options on a phone).
struct RowShape {
    id: String,
    label: String,
    /// Its place in the charts' palette.
    colour: usize,
    cheapest: bool,
    unchecked: bool,
}

impl RowShape {
    /// The shape of the row of `o`, the option at `index`.
    fn of(o: &OptionReport, index: usize) -> Self {
        RowShape { id: o.id.clone(), label: o.label.clone(), colour: colour_index(o, index), cheapest: o.cheapest, unchecked: unchecked(o) }
    }

    /// Whether the row of `o` has this shape (compared in place: a change of volume copies no
    /// label).
    fn fits(&self, o: &OptionReport, index: usize) -> bool {
        self.id == o.id
            && self.label == o.label
            && self.colour == colour_index(o, index)
            && self.cheapest == o.cheapest
            && self.unchecked == unchecked(o)
    }
}

/// Whether `o`'s capacity is estimated without a published measurement to check it against.
fn unchecked(o: &OptionReport) -> bool {
    o.estimate.as_ref().is_some_and(|e| !e.calibrated)
}

/// The capacity's place among a row's cells, where an unchecked estimate is marked.
const CAPACITY: usize = 6;

/// The row's exact figures for scripts and tests (its `data-values`), `field=value` apart by
/// spaces: one attribute for the row, so that a change of volume writes one instead of one per
/// figure.
fn exact_figures(cells: &[Cell; 9]) -> String {
    let mut figures = String::new();
    for c in cells {
        if let Some(v) = c.value {
            // Writing into a String cannot fail.
            let _ = write!(figures, "{}={v} ", c.field);
        }
    }
    figures.pop();
    figures
}

fn row_html(shape: &RowShape, cells: &[Cell; 9]) -> String {
    let mut html = format!(
        // An SVG swatch: its fill is an attribute, which the page's style policy allows.
        "<tr{} data-option=\"{}\" data-values=\"{}\"><th scope=\"row\"><svg class=\"swatch\" aria-hidden=\"true\"><rect width=\"100%\" height=\"100%\" fill=\"{}\"/></svg>{}{}</th>",
        if shape.cheapest { " class=\"cheapest\"" } else { "" },
        html_escaped(&shape.id),
        exact_figures(cells),
        css_colour(shape.colour),
        html_escaped(&shape.label),
        if shape.cheapest { " ★" } else { "" },
    );
    for (k, c) in cells.iter().enumerate() {
        let field = if c.field.is_empty() { String::new() } else { format!(" data-field=\"{}\"", c.field) };
        let warn = if k == CAPACITY && shape.unchecked {
            "<small class=\"range warn\" title=\"No published measurement on this GPU in this precision\">⚠ unchecked</small>"
        } else {
            ""
        };
        // Text first, then the band as the first element: `writeFigures` finds them there.
        html += &format!("<td{field}>{}<small class=\"range\">{}</small>{warn}</td>", c.text, c.band);
    }
    html + "</tr>"
}

// Kept short: the page pays for its bytes. The first call after the rows were drawn keeps, on the
// first row, each cell's text node and its band's (made when the band is empty), then the row
// (for its exact figures, set as an attribute: faster than through `dataset`), row after row
// in the order of the parts: holding them keeps their script wrappers alive, which the browser
// otherwise collects and makes again on every call. Each keeps the part it shows, and a part
// equal to it is not written: each write costs a few microseconds and makes the next frame lay
// the table out again, and a change of volume leaves many cells as they were.
#[wasm_bindgen(
    inline_js = "export function writeFigures(b,j){const f=j.split('\\u0001'),r=b.firstElementChild;r&&(r.c||=[...b.children].flatMap(w=>[...w.querySelectorAll('td')].flatMap(d=>{const s=d.firstElementChild;return[d.firstChild,s.firstChild||s.appendChild(new Text)]}).concat(w))).forEach((n,i)=>{const v=f[i];n.f!==v&&(n.f=v,i%19>17?n.setAttribute('data-values',v):n.data=v)})}"
)]
extern "C" {
    /// Writes every cell's text and band, then the row's exact figures (`joined`: for each row,
    /// the nine cells' two parts and the figures, each followed by U+0001) into rows drawn from
    /// the same shapes, in one call: a call through wasm-bindgen per figure cost as much as
    /// drawing the rows again.
    #[wasm_bindgen(js_name = writeFigures)]
    fn write_figures(body: &web_sys::Element, joined: &str);
}

/// Every option's costs and capacity at the scenario's volume; the cheapest marked. Rows are
/// drawn whole when what they hold besides figures changes; otherwise only their figures are
/// written (marked `table-updated` on the Performance timeline, for the benchmark).
#[component]
pub fn ResultsTable() -> impl IntoView {
    let state = expect_context::<AppState>();
    let body = NodeRef::<leptos::html::Tbody>::new();
    let drawn = StoredValue::new_local(Vec::<RowShape>::new());
    Effect::new(move |_| {
        let Some(body) = body.get() else { return };
        let e = state.evaluation.read();
        let options = e.report.as_ref().map_or(&[][..], |r| &r.options[..]);
        let figures: Vec<_> = options.iter().map(cells).collect();
        if drawn.with_value(|d| d.len() == options.len() && d.iter().zip(options).enumerate().all(|(i, (s, o))| s.fits(o, i))) {
            let mut joined = String::new();
            for row in &figures {
                for c in row {
                    for part in [&c.text, &c.band] {
                        joined += part;
                        joined.push('\u{1}');
                    }
                }
                joined += &exact_figures(row);
                joined.push('\u{1}');
            }
            write_figures(&body, &joined);
        } else {
            let shapes: Vec<_> = options.iter().enumerate().map(|(i, o)| RowShape::of(o, i)).collect();
            body.set_inner_html(&shapes.iter().zip(&figures).map(|(s, c)| row_html(s, c)).collect::<String>());
            drawn.set_value(shapes);
        }
        drop(e);
        super::mark_latest("table-updated");
    });
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
                    <tbody node_ref=body></tbody>
                </table>
            </div>
            <p class="note">"Months are billing months, as under \"How this is computed\". Self-hosted capacity covers the peak of the traffic hours; serverless workers are counted at the peak. Under an estimated figure, its range over the estimator's band: where every published measurement has fallen against the estimate."</p>
        </section>
    }
}
