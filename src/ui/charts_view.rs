//! Canvas charts: drawn with plotters on every change, with values under the pointer, a data
//! table for screen readers, and PNG/CSV downloads.

use super::download::download;
use super::state::AppState;
use crate::charts::{colour_index, css_colour, draw_lines, line_chart_svg, titled_cost_chart, PageBackend, SVG_SIZE_PX};
use crate::charts::{cost_chart, cost_title, plot_box, sweep_cost_at, volume_line, x_at, LineChart, PlotBox, Theme, VerticalMark};
use crate::display::{compact, tokens, usd};
use crate::scenario::Scenario;
use leptos::html::Canvas;
use leptos::prelude::*;
use percent_encoding::{utf8_percent_encode, NON_ALPHANUMERIC};
use plotters::coord::Shift;
use plotters::prelude::{DrawingArea, IntoDrawingArea};
use plotters_canvas::CanvasBackend;
use std::cell::Cell;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::JsCast;

thread_local! {
    static FIRST_DRAW_MARKED: Cell<bool> = const { Cell::new(false) };
}

/// Marks the first chart drawn (`chart-drawn`) and every redraw (`charts-updated`) for the
/// benchmark, which reads them from the Performance timeline.
fn mark_drawn() {
    let Some(performance) = web_sys::window().and_then(|w| w.performance()) else { return };
    if !FIRST_DRAW_MARKED.with(|m| m.replace(true)) {
        performance.mark("chart-drawn").ok();
    }
    super::mark_latest("charts-updated");
}

/// Keeps `size` at the canvas's box in CSS pixels (`None` while it has none, e.g. hidden). A
/// ResizeObserver reports it after layout and before paint, so drawing never forces a layout
/// (which took 50–140 ms on a cold load) and a window resize redraws by itself.
fn observe_size(canvas: &web_sys::HtmlCanvasElement, size: RwSignal<Option<(f64, f64)>>) {
    let on_resize = Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
        let Ok(entry) = entries.get(0).dyn_into::<web_sys::ResizeObserverEntry>() else { return };
        let rect = entry.content_rect();
        size.set((rect.width() > 0.0 && rect.height() > 0.0).then_some((rect.width(), rect.height())));
    });
    if let Ok(observer) = web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()) {
        observer.observe(canvas);
    }
    // The observer lives as long as the page: each chart's canvas is mounted once.
    on_resize.forget();
}

/// A canvas off the page.
fn offscreen_canvas() -> Option<web_sys::HtmlCanvasElement> {
    Some(document().create_element("canvas").ok()?.unchecked_into())
}

/// Sizes the canvas to `(width, height)` CSS pixels at the screen's pixel density and draws on it
/// in the dark or the light theme.
fn draw_on(
    canvas: &web_sys::HtmlCanvasElement,
    (width, height): (f64, f64),
    dark: bool,
    draw: impl FnOnce(&DrawingArea<PageBackend<'static>, Shift>, &Theme) -> Result<(), String>,
) -> Result<(), String> {
    let scale = web_sys::window().ok_or("no window")?.device_pixel_ratio().max(1.0);
    let (pixels_wide, pixels_high) = ((width * scale) as u32, (height * scale) as u32);
    // Resizing a backing store clears and reallocates it: only when the size changed.
    if canvas.width() != pixels_wide || canvas.height() != pixels_high {
        canvas.set_width(pixels_wide);
        canvas.set_height(pixels_high);
    }
    let theme = if dark { Theme::dark(scale) } else { Theme::light(scale) };
    let backend = PageBackend::Canvas(CanvasBackend::with_canvas_object(canvas.clone()).ok_or("the canvas has no 2D context")?);
    draw(&backend.into_drawing_area(), &theme)
}

/// A chart's canvas: redrawn by `draw` whenever what it reads or the canvas's size changes,
/// following the pointer (mouse, pen or tap) over it, with the tooltip given as children.
#[component]
pub(super) fn ChartCanvas<F>(
    /// The canvas element's id.
    id: &'static str,
    /// What the chart shows, for screen readers (its title and legend in words).
    #[prop(into)]
    label: Signal<String>,
    canvas: NodeRef<Canvas>,
    /// (x, canvas width) in CSS pixels while the pointer is over the chart.
    pointer: RwSignal<Option<(f64, f64)>>,
    /// Draws the chart (or leaves the canvas as it is when it already shows it); `None` when
    /// there is nothing to draw yet.
    draw: F,
    /// Whether this chart's draws are marked on the Performance timeline for the benchmark.
    #[prop(optional)]
    timeline: bool,
    children: Children,
) -> impl IntoView
where
    F: Fn(&DrawingArea<PageBackend<'static>, Shift>, &Theme) -> Option<Result<(), String>> + 'static,
{
    let state = expect_context::<AppState>();
    let size = RwSignal::new(None::<(f64, f64)>);
    Effect::new(move |_| {
        if let Some(element) = canvas.get() {
            observe_size(&element, size);
        }
    });
    Effect::new(move |_| {
        let (Some(box_size), Some(element)) = (size.get(), canvas.get_untracked()) else { return };
        let dark = state.dark.get();
        let mut drawn = false;
        let result = draw_on(&element, box_size, dark, |root, theme| {
            let outcome = draw(root, theme);
            drawn = outcome.is_some();
            outcome.unwrap_or(Ok(()))
        });
        match result {
            Err(problem) => leptos::logging::warn!("{id}: {problem}"),
            Ok(()) if drawn && timeline => mark_drawn(),
            Ok(()) => {}
        }
    });
    let on_move = move |ev: leptos::ev::PointerEvent| {
        if let Some(element) = canvas.get_untracked() {
            pointer.set(Some((ev.offset_x() as f64, element.client_width() as f64)));
        }
    };
    view! {
        <div class="canvas-wrap">
            <canvas id=id node_ref=canvas role="img" aria-label=label on:pointermove=on_move on:pointerdown=on_move on:pointerleave=move |_| pointer.set(None)></canvas>
            {children()}
        </div>
    }
}

/// The box that shows values under the pointer, at `x` CSS pixels.
pub(super) fn tooltip_at(x: f64, content: impl IntoView) -> impl IntoView {
    view! { <div class="tooltip" style:left=format!("{}px", x.max(0.0))>{content}</div> }
}

// Moves the volume's line (`#cost-now`) to `x` CSS pixels with its label, writing its top,
// height and side only when they change (a change of volume changes neither): each style write
// is parsed, and with 12 options these writes were a twentieth of a keystroke.
#[wasm_bindgen(
    inline_js = "export function placeMark(x,t,h,l,s){const e=document.getElementById('cost-now'),y=e?.style,k=[t,h,l]+'';if(y){y.left=x+'px';e.k!=k&&(e.k=k,y.top=t+'px',y.height=h+'px',e.className=l?'now left':'now');e.textContent=s}}"
)]
extern "C" {
    #[wasm_bindgen(js_name = placeMark)]
    fn place_mark_at(x: f64, top: f64, height: f64, label_left: bool, label: &str);
}

/// Shows `mark` (device pixels at `scale` per CSS pixel) with `label` on `#cost-now`, the volume's
/// line over the cost chart's canvas.
fn place_mark(mark: VerticalMark, label: &str, scale: f64) {
    let VerticalMark { x, top, bottom, label_left } = mark;
    place_mark_at(x / scale, top / scale, (bottom - top) / scale, label_left, label);
}

/// What the cost chart's canvas shows: the chart without its vertical line, its plot's box (where
/// the volume line goes), and what it was drawn from (the scenario, compared but for its volume;
/// the sweep's first and last volumes, the theme, the size in device pixels).
type Shown = Option<(LineChart, PlotBox, (Scenario, (Option<f64>, Option<f64>, Theme, (u32, u32))))>;

/// Cost per month against tokens per day, one line per option.
#[component]
pub fn CostChartView() -> impl IntoView {
    let state = expect_context::<AppState>();
    let canvas = NodeRef::<Canvas>::new();
    let pointer = RwSignal::new(None::<(f64, f64)>);
    let table_open = RwSignal::new(false);
    let model_name = move || state.scenario.read_untracked().title_model().to_string();
    // A change of volume moves only the vertical line, an element over the canvas: the chart is
    // built and drawn again only when something else changed.
    let shown = StoredValue::new_local(Shown::None);
    let draw = move |root: &DrawingArea<PageBackend<'static>, Shift>, theme: &Theme| {
        let e = state.evaluation.read();
        let report = e.report.as_ref()?;
        let size = root.dim_in_pixel();
        let xs = &report.sweep.tokens_per_day;
        let ends = (xs.first().copied(), xs.last().copied(), *theme, size);
        // Compared before the scenario is copied: a change of volume copies nothing.
        let drawn = if shown.with_value(|s| s.as_ref().is_some_and(|(.., (from, rest))| from.same_but_volume(&e.from) && *rest == ends)) {
            Ok(())
        } else {
            let chart = LineChart { vertical: None, ..titled_cost_chart(report, e.at_estimate.as_ref(), &model_name()) };
            let drawn = draw_lines(root, &chart, theme);
            let plot = plot_box(&chart, theme, size);
            shown.set_value(Some((chart, plot, (e.from.clone(), ends))));
            drawn
        };
        let (x, label) = volume_line(report.tokens_per_day);
        shown.with_value(|s| s.as_ref().map(|(chart, plot, _)| place_mark(plot.mark(chart, x), label.trim(), theme.scale)));
        Some(drawn)
    };
    // The picture as the page shows it, the line drawn in.
    let save_png = move || {
        let Some(picture) = offscreen_canvas() else { return };
        let volume = state.evaluation.read_untracked().report.as_ref().map(|r| r.tokens_per_day);
        let drawn = shown.with_value(|s| {
            let (chart, _, (_, (.., theme, (width, height)))) = s.as_ref()?;
            picture.set_width(*width);
            picture.set_height(*height);
            let backend = PageBackend::Canvas(CanvasBackend::with_canvas_object(picture.clone())?);
            draw_lines(&backend.into_drawing_area(), &LineChart { vertical: volume.map(volume_line), ..chart.clone() }, theme).ok()
        });
        if let (Some(()), Ok(url)) = (drawn, picture.to_data_url()) {
            download("gpu-or-api-cost-vs-volume.png", &url);
        }
    };
    // The picture `llmcost chart --svg` writes for this scenario: the same series, size and code.
    let save_svg = move || {
        let e = state.evaluation.read_untracked();
        let Some(report) = e.report.as_ref() else { return };
        let Ok(svg) = line_chart_svg(&titled_cost_chart(report, e.at_estimate.as_ref(), &model_name()), SVG_SIZE_PX.0, SVG_SIZE_PX.1)
        else {
            return;
        };
        let href = format!("data:image/svg+xml;charset=utf-8,{}", utf8_percent_encode(&svg, NON_ALPHANUMERIC));
        download("gpu-or-api-cost-vs-volume.svg", &href);
    };
    // The chart's title and legend in words, for screen readers.
    let label = Signal::derive(move || {
        let title = format!("{}, now at {}/day", cost_title(&model_name()), tokens(state.scenario.read().workload.tokens_per_day));
        let names =
            state.evaluation.read().report.as_ref().map(|r| r.options.iter().map(|o| o.label.as_str()).collect::<Vec<_>>().join(", "));
        format!("{title}. Log-log chart, one line per option: {}. Break-even points are dots and the current volume is a vertical line; the data table below has the same numbers.", names.unwrap_or_default())
    });
    let tooltip = move || {
        let (x, width) = pointer.get()?;
        let e = state.evaluation.read();
        let report = e.report.as_ref()?;
        let volume = x_at(&cost_chart(report), x, width);
        let lines = report
            .options
            .iter()
            .enumerate()
            .filter_map(|(i, o)| {
                let cost = sweep_cost_at(report, i, volume)?;
                Some(view! { <li><span class="swatch" style:background-color=css_colour(colour_index(o, i))></span>{format!("{}: {}/month", o.label, usd(cost))}</li> })
            })
            .collect_view();
        Some(tooltip_at(x, view! { <strong>{format!("{}/day", tokens(volume))}</strong><ul>{lines}</ul> }))
    };
    let table = move || {
        if !table_open.get() {
            return None;
        }
        let e = state.evaluation.read();
        let report = e.report.as_ref()?;
        let head = report.options.iter().map(|o| view! { <th scope="col">{format!("{} ($/month)", o.label)}</th> }).collect_view();
        let rows = report
            .sweep
            .tokens_per_day
            .iter()
            .enumerate()
            .step_by(4)
            .map(|(i, v)| {
                let cells = report.sweep.cost_per_month_usd.iter().map(|c| view! { <td>{usd(c[i])}</td> }).collect_view();
                view! { <tr><th scope="row">{compact(*v)}</th>{cells}</tr> }
            })
            .collect_view();
        Some(view! { <table><thead><tr><th scope="col">"Tokens/day"</th>{head}</tr></thead><tbody>{rows}</tbody></table> })
    };
    view! {
        <figure class="card chart" aria-labelledby="cost-chart-h">
            <h2 id="cost-chart-h">"Cost per month against volume"</h2>
            <ChartCanvas id="cost-chart" draw timeline=true label canvas pointer>
                <div id="cost-now" class="now" aria-hidden="true"></div>
                {tooltip}
            </ChartCanvas>
            <figcaption>
                "Dots: break-even volumes. Vertical line: your volume. "
                <button type="button" on:click=move |_| save_png()>"Download PNG"</button>" "
                <button type="button" on:click=move |_| save_svg()>"Download SVG"</button>

            </figcaption>
            <details on:toggle=move |ev| table_open.set(event_target::<web_sys::HtmlDetailsElement>(&ev).open())>
                <summary>"Chart data as a table"</summary>
                {table}
            </details>
        </figure>
    }
}
