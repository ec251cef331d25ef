//! "Why batching matters": throughput and $ per million tokens against batch size for one
//! self-hosted option whose throughput is estimated.

use super::charts_view::{tooltip_at, ChartCanvas};
use super::state::AppState;
use crate::charts::{draw_lines, speed_chart, x_at, LineChart, PageBackend, Theme};
use crate::display::{compact, usd};
use crate::engine::report::option_id;
use crate::engine::{batch_economics, BatchPoint};
use crate::scenario::{resolve, CapacitySpec, Scenario};
use leptos::html::Canvas;
use leptos::prelude::*;
use plotters::coord::Shift;
use plotters::prelude::DrawingArea;

/// What the batch chart shows: the options it can show, the one chosen, its curve and its
/// operating point (output tokens/s per user).
#[derive(Clone, PartialEq)]
struct BatchData {
    candidates: Vec<(usize, String)>,
    selected: Option<usize>,
    points: Vec<BatchPoint>,
    now: Option<f64>,
}

/// Throughput and $ per million tokens against batch size for one self-hosted option whose
/// throughput is estimated: why batching matters.
#[component]
pub fn BatchChartView() -> impl IntoView {
    let state = expect_context::<AppState>();
    let canvas = NodeRef::<Canvas>::new();
    let chosen = RwSignal::new(None::<usize>);
    // Everything the chart, its table and its select show, recomputed on each change of the
    // scenario but passed on only when it differs: a change of volume alone (the slider's
    // gesture) leaves the curve, the operating point and the options as they were, so neither
    // the chart nor its table is drawn again. With the scenario the curve was computed from, or one
    // that differs from it only in volume (which the curve does not depend on).
    let data = Memo::new_owning(move |previous: Option<(BatchData, Scenario)>| {
        // (option index, label) of every option with estimated throughput.
        let s = state.scenario.read();
        let candidates = s
            .options
            .iter()
            .enumerate()
            .filter(|(_, o)| matches!(o.spec.fleet().map(|f| &f.capacity), Some(CapacitySpec::Estimated { .. })))
            .map(|(i, o)| (i, o.display_label()))
            .collect::<Vec<_>>();
        let selected = chosen.get().filter(|i| candidates.iter().any(|(j, _)| j == i)).or_else(|| candidates.first().map(|(i, _)| *i));
        let id = selected.map(option_id);
        let same = previous.as_ref().is_some_and(|(_, f)| f.same_but_volume(&s));
        let kept = previous.as_ref().filter(|(p, _)| same && p.selected == selected).map(|(p, _)| p.points.clone());
        // Copied only when more than the volume changed.
        let fresh = (!same).then(|| s.clone());
        // While the scenario is invalid, the last valid curve stays (dimmed with the other results).
        let current = kept.or_else(|| {
            let input = resolve(&s).ok()?;
            let option = input.options.iter().find(|o| Some(&o.id) == id.as_ref())?;
            Some(batch_economics(&option.kind, &input.workload))
        });
        let points = current.or_else(|| previous.as_ref().map(|(p, _)| p.points.clone())).unwrap_or_default();
        drop(s);
        // The option's operating point: the per-user speed its estimate implies.
        let e = state.evaluation.read();
        let now = e
            .report
            .as_ref()
            .and_then(|r| r.options.iter().find(|o| Some(&o.id) == id.as_ref())?.estimate.as_ref())
            .map(|est| 1000.0 / est.ms_per_output_token);
        let data = BatchData { candidates, selected, points, now };
        let changed = previous.as_ref().is_none_or(|(p, _)| *p != data);
        let from = fresh.or_else(|| previous.map(|(_, f)| f)).unwrap_or_default();
        ((data, from), changed)
    });
    let candidates = move || data.read().0.candidates.clone();
    let selected = move || data.read().0.selected;
    let points = move || data.read().0.points.clone();
    let now = move || data.read().0.now;
    let chart = move || {
        let index = selected()?;
        let label = candidates().into_iter().find(|(i, _)| *i == index).map(|(_, l)| l).unwrap_or_default();
        let p = points();
        let s = state.scenario.read_untracked();
        let model = s.options.get(index).map(|o| s.model_name(s.model_of(o)).to_string()).unwrap_or_default();
        (!p.is_empty()).then(|| LineChart {
            title: format!("{model} on {label}: capacity against speed per user"),
            ..speed_chart(&p, &label, index, now())
        })
    };
    let draw = move |root: &DrawingArea<PageBackend<'static>, Shift>, theme: &Theme| chart().map(|c| draw_lines(root, &c, theme));
    let on_choose = move |ev| chosen.set(event_target_value(&ev).parse().ok());
    let pointer = RwSignal::new(None::<(f64, f64)>);
    let tooltip = move || {
        let (x, width) = pointer.get()?;
        let p = points();
        let speed = x_at(&chart()?, x, width);
        let nearest =
            p.iter().min_by(|a, b| (a.user_tokens_per_s / speed).ln().abs().total_cmp(&(b.user_tokens_per_s / speed).ln().abs()))?;
        Some(tooltip_at(
            x,
            format!(
                "batch {}: {} per M tokens · {} output tok/s · {:.1} tok/s per user",
                nearest.batch,
                usd(nearest.usd_per_mtok),
                compact(nearest.output_tokens_per_s),
                nearest.user_tokens_per_s
            ),
        ))
    };
    let rows = move || {
        points()
            .into_iter()
            .map(|p| {
                view! {
                    <tr>
                        <th scope="row">{p.batch}</th>
                        <td>{compact(p.output_tokens_per_s)}</td>
                        <td>{format!("{:.1}", p.user_tokens_per_s)}</td>
                        <td>{compact(p.tokens_per_day)}</td>
                        <td>{usd(p.usd_per_mtok)}</td>
                    </tr>
                }
            })
            .collect_view()
    };
    view! {
        <figure class="card chart" aria-labelledby="batch-chart-h" hidden=move || candidates().is_empty()>
            <h2 id="batch-chart-h">"Capacity against speed per user"</h2>
            <div class="field">
                <label for="batch-option">"Self-hosted option (estimated throughput)"</label>
                <select id="batch-option" on:change=on_choose>
                    {move || candidates().into_iter().map(|(i, label)| view! { <option value=i.to_string() selected=selected() == Some(i)>{label}</option> }).collect_view()}
                </select>
            </div>
            <ChartCanvas id="batch-chart" draw label="Log-log chart of the tokens a day one replica serves against the output speed each user sees, each point a batch size, the option's operating point marked; the table below has the same numbers." canvas pointer>
                {tooltip}
            </ChartCanvas>
            <figcaption>
                "Bigger batches share each read of the weights: a replica serves more tokens a day, each user more slowly. Below about 10 tokens/s per user it is a batch-job regime, too slow to read along. "
            </figcaption>
            <details>
                <summary>"Chart data as a table"</summary>
                <table>
                    <thead><tr><th scope="col">"Batch"</th><th scope="col">"Output tok/s"</th><th scope="col">"Tok/s per user"</th><th scope="col">"Tokens/day"</th><th scope="col">"$ per M tokens"</th></tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </details>
        </figure>
    }
}
