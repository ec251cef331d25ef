//! What the charts show, as plain data: lines, markers and bars in chart units, and the plot
//! area in pixels so the page can map a pointer position back to a volume.

use crate::catalog::short_name;
use crate::display::tokens;
use crate::engine::report::option_index;
use crate::engine::{OptionReport, Report};

/// Space around the plot, in CSS pixels; drawing and pointer mapping share it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PlotArea {
    pub margin: f64,
    pub left_labels: f64,
    pub bottom_labels: f64,
}

/// The margin leaves room for half of the last x label ("100B") right of the plot.
pub const LINE_PLOT_AREA: PlotArea = PlotArea { margin: 18.0, left_labels: 72.0, bottom_labels: 44.0 };

impl PlotArea {
    /// Where `x_css_px` falls between the plot's left and right edges on a chart `width_css_px`
    /// wide, 0–1 (clamped).
    pub fn fraction(&self, x_css_px: f64, width_css_px: f64) -> f64 {
        let left = self.margin + self.left_labels;
        let right = width_css_px - self.margin;
        ((x_css_px - left) / (right - left)).clamp(0.0, 1.0)
    }
}

/// One series of a line chart, e.g. an option's cost per month against tokens per day.
#[derive(Debug, Clone, PartialEq)]
pub struct Line {
    pub label: String,
    /// Option index, for its colour.
    pub index: usize,
    /// (x, y) in chart units, ascending in x.
    pub points: Vec<(f64, f64)>,
    /// Drawn dashed: the option at the estimator's throughput instead of its measured one.
    pub dashed: bool,
}

/// The estimator's band around an option's line: (x, low y, high y), ascending in x.
#[derive(Debug, Clone, PartialEq)]
pub struct Band {
    /// Option index, for its colour.
    pub index: usize,
    pub points: Vec<(f64, f64, f64)>,
}

/// A labelled point, e.g. a break-even volume.
#[derive(Debug, Clone, PartialEq)]
pub struct Marker {
    pub x: f64,
    pub y: f64,
    pub label: String,
    /// Short text drawn beside the dot when the chart does not draw `label` (a break-even's
    /// volume); may be empty.
    pub tag: String,
}

/// A log-log line chart: the cost-against-volume chart, or cost against batch size.
#[derive(Debug, Clone, PartialEq)]
pub struct LineChart {
    /// Drawn above the plot, so that a picture of the chart says what it shows (may be empty).
    pub title: String,
    /// One legend entry per line, drawn under the plot.
    pub lines: Vec<Line>,
    /// Shaded bands behind the lines.
    pub bands: Vec<Band>,
    /// Dots, labelled in the data table (break-even points) or on the chart (`label_markers`).
    pub markers: Vec<Marker>,
    pub label_markers: bool,
    /// A vertical line and its label (the scenario's volume).
    pub vertical: Option<(f64, String)>,
    /// Whether that label goes at the bottom of the plot rather than the top: where the lines
    /// leave room for it.
    pub vertical_label_low: bool,
    pub x_range: (f64, f64),
    pub y_range: (f64, f64),
    pub x_desc: &'static str,
    pub y_desc: &'static str,
    /// Written before each y-axis label (`$` for costs).
    pub y_prefix: &'static str,
}

/// Most decades a log axis spans: a near-free option would otherwise stretch it over hundreds
/// of decades, which nobody can read and which takes seconds to draw.
pub const MAX_DECADES: f64 = 10.0;

/// The decades around the positive values of `ys`, for a log axis, at most [`MAX_DECADES`]
/// below the top.
fn log_range(ys: impl Iterator<Item = f64>, fallback: (f64, f64)) -> (f64, f64) {
    let (lo, hi) = ys.filter(|y| *y > 0.0 && y.is_finite()).fold((f64::INFINITY, 0.0f64), |(lo, hi), y| (lo.min(y), hi.max(y)));
    if lo.is_finite() && hi > 0.0 {
        let hi = hi.log10().ceil();
        let lo = lo.log10().floor().max(hi - MAX_DECADES);
        (10f64.powf(lo), 10f64.powf(hi.max(lo + 1.0)))
    } else {
        fallback
    }
}

/// The colour slot of an option: its place in the scenario, so that it keeps its colour when an
/// option before it is left out of the evaluation.
pub fn colour_index(option: &OptionReport, position: usize) -> usize {
    option_index(&option.id).unwrap_or(position)
}

/// The cost chart's title: what it shows and for which model. The volume is named at its
/// vertical line ("now: 1M/day", on the tokens-per-day axis), so that a change of volume redraws
/// one label, not the title too.
pub fn cost_title(model_name: &str) -> String {
    format!("{}: cost per month against volume", short_name(model_name))
}

/// The cost chart's vertical line at `tokens_per_day`, and its label ("now: 1M/day").
pub fn volume_line(tokens_per_day: f64) -> (f64, String) {
    (tokens_per_day, format!(" now: {}/day", crate::display::compact(tokens_per_day)))
}

/// Cost per month of every option against tokens/day, break-even points and the current volume.
pub fn cost_chart(report: &Report) -> LineChart {
    let xs = &report.sweep.tokens_per_day;
    let lines: Vec<Line> = report
        .options
        .iter()
        .enumerate()
        .map(|(i, o)| Line {
            label: o.label.clone(),
            index: colour_index(o, i),
            points: xs
                .iter()
                .copied()
                .zip(report.sweep.cost_per_month_usd.get(i).cloned().unwrap_or_default())
                .filter(|(_, y)| *y > 0.0)
                .collect(),
            dashed: false,
        })
        .collect();
    let bands = bands_of(report);
    let x_range = (xs.first().copied().unwrap_or(1e4), xs.last().copied().unwrap_or(1e11));
    let markers: Vec<Marker> = report
        .break_even
        .iter()
        .filter_map(|b| {
            let v = b.tokens_per_day.filter(|v| *v >= x_range.0 && *v <= x_range.1)?;
            let api = report.options.iter().position(|o| o.id == b.api)?;
            let cost = sweep_cost_at(report, api, v)?;
            let names = |id: &str| report.options.iter().find(|o| o.id == id).map(|o| o.label.clone()).unwrap_or_default();
            Some(Marker {
                x: v,
                y: cost,
                label: format!("{} = {} at {}/day", names(&b.self_hosted), names(&b.api), tokens(v)),
                tag: format!(" {}", crate::display::compact(v)),
            })
        })
        .collect();
    let y_range = log_range(lines.iter().flat_map(|l| l.points.iter().map(|p| p.1)), (0.01, 1e6));
    let now = report.tokens_per_day;
    let mut chart = LineChart {
        title: String::new(),
        lines,
        bands,
        markers,
        label_markers: false,
        vertical: Some(volume_line(now)),
        vertical_label_low: false,
        x_range,
        y_range,
        x_desc: "tokens per day",
        y_desc: "$ per month",
        y_prefix: "$",
    };
    clamp_to_floor(&mut chart);
    chart
}

/// The cost chart as the page draws it and `llmcost chart` writes it: titled with the model and
/// the volume, and where a measured capacity is far from the estimate, that option at the
/// estimate too (dashed).
pub fn titled_cost_chart(report: &Report, at_estimate: Option<&Report>, model_name: &str) -> LineChart {
    let mut chart = cost_chart(report);
    chart.title = cost_title(model_name);
    if let Some(estimated) = at_estimate {
        with_estimate(&mut chart, report, estimated);
    }
    chart
}

/// Lines and bands below the y axis run along its floor rather than off the chart.
fn clamp_to_floor(chart: &mut LineChart) {
    let floor = chart.y_range.0;
    for line in &mut chart.lines {
        line.points.iter_mut().for_each(|p| p.1 = p.1.max(floor));
    }
    for band in &mut chart.bands {
        band.points.iter_mut().for_each(|p| {
            p.1 = p.1.max(floor);
            p.2 = p.2.max(floor);
        });
    }
}

/// The estimator's band of each estimated option in `report`'s sweep.
fn bands_of(report: &Report) -> Vec<Band> {
    let xs = &report.sweep.tokens_per_day;
    report
        .options
        .iter()
        .zip(&report.sweep.cost_per_month_usd_range)
        .enumerate()
        .filter_map(|(i, (o, range))| {
            let [dear, cheap] = range.as_ref()?;
            Some(Band {
                index: colour_index(o, i),
                points: xs.iter().zip(cheap.iter().zip(dear)).map(|(&x, (&lo, &hi))| (x, lo, hi)).collect(),
            })
        })
        .collect()
}

/// Adds, for each option whose capacity `at_estimate` replaces by the estimator's, that
/// option's cost at the estimate as a dashed line inside its shaded band.
pub fn with_estimate(chart: &mut LineChart, report: &Report, at_estimate: &Report) {
    let xs = &at_estimate.sweep.tokens_per_day;
    for (i, o) in at_estimate.options.iter().enumerate() {
        let measured = report.options.iter().find(|m| m.id == o.id);
        if measured.is_none_or(|m| m.capacity_tokens_per_day_range.is_some() || o.capacity_tokens_per_day_range.is_none()) {
            continue;
        }
        let points = xs.iter().copied().zip(at_estimate.sweep.cost_per_month_usd[i].iter().copied()).collect();
        chart.lines.push(Line { label: format!("{} at the estimate", o.label), index: colour_index(o, i), points, dashed: true });
    }
    chart.bands = bands_of(at_estimate)
        .into_iter()
        .filter(|b| chart.lines.iter().any(|l| l.dashed && l.index == b.index))
        .chain(bands_of(report))
        .collect();
    chart.y_range = log_range(chart.lines.iter().flat_map(|l| l.points.iter().map(|p| p.1)), chart.y_range);
    clamp_to_floor(chart);
}

/// Capacity against the speed each user sees, for one self-hosted option whose throughput is
/// estimated: each point a batch size, the option's operating point marked by a vertical line.
/// More requests at once serve more tokens a day, each user more slowly.
pub fn speed_chart(points: &[crate::engine::BatchPoint], label: &str, index: usize, now_tokens_per_s: Option<f64>) -> LineChart {
    // Points come by growing batch, so by falling speed: reversed, they ascend in x.
    let xy: Vec<(f64, f64)> = points.iter().rev().map(|p| (p.user_tokens_per_s, p.tokens_per_day)).collect();
    let line = Line { label: label.to_string(), index, points: xy, dashed: false };
    let step = (points.len() / 6).max(1);
    let markers = points
        .iter()
        .enumerate()
        .filter(|(i, _)| i % step == 0 || *i + 1 == points.len())
        .map(|(_, p)| Marker { x: p.user_tokens_per_s, y: p.tokens_per_day, label: format!("batch {}", p.batch), tag: String::new() })
        .collect();
    let x_range = log_range(points.iter().map(|p| p.user_tokens_per_s), (1.0, 100.0));
    let y_range = log_range(points.iter().map(|p| p.tokens_per_day), (1e6, 1e9));
    // The curve falls from top left to bottom right: where it passes the operating point high,
    // the label goes low, clear of the batch labels.
    let high = now_tokens_per_s.and_then(|speed| {
        let nearest =
            points.iter().min_by(|a, b| (a.user_tokens_per_s / speed).ln().abs().total_cmp(&(b.user_tokens_per_s / speed).ln().abs()))?;
        Some((nearest.tokens_per_day / y_range.0).ln() / (y_range.1 / y_range.0).ln() > 0.5)
    });
    LineChart {
        title: String::new(),
        lines: vec![line],
        bands: Vec::new(),
        markers,
        label_markers: true,
        vertical: now_tokens_per_s.map(|s| (s.clamp(x_range.0, x_range.1), format!(" now: {s:.0} tok/s"))),
        vertical_label_low: high.unwrap_or(false),
        x_range,
        y_range,
        x_desc: "output tokens/s each user sees",
        y_desc: "tokens per day per replica",
        y_prefix: "",
    }
}

/// Cost per month of option `index` at `tokens_per_day`, linearly interpolated in log space from
/// the sweep (the API lines are straight there; self-hosted steps are read at the nearest point).
pub fn sweep_cost_at(report: &Report, index: usize, tokens_per_day: f64) -> Option<f64> {
    let xs = &report.sweep.tokens_per_day;
    let ys = report.sweep.cost_per_month_usd.get(index)?;
    let i = xs.iter().position(|&x| x >= tokens_per_day)?;
    if i == 0 {
        return ys.first().copied();
    }
    let (x0, x1) = (xs[i - 1].ln(), xs[i].ln());
    let t = (tokens_per_day.ln() - x0) / (x1 - x0);
    let (y0, y1) = (ys[i - 1].max(1e-12).ln(), ys[i].max(1e-12).ln());
    Some((y0 + t * (y1 - y0)).exp())
}

/// The x value under a pointer at `x_css_px` on a chart `width_css_px` wide.
pub fn x_at(chart: &LineChart, x_css_px: f64, width_css_px: f64) -> f64 {
    let t = LINE_PLOT_AREA.fraction(x_css_px, width_css_px);
    let (lo, hi) = (chart.x_range.0.log10(), chart.x_range.1.log10());
    10f64.powf(lo + t * (hi - lo))
}

/// The sweep as CSV: one row per volume, one column of $/month per option (labels quoted).
pub fn sweep_csv(report: &Report) -> String {
    let quote = |text: &str| format!("\"{}\"", text.replace('"', "\"\""));
    let mut csv = String::from("tokens_per_day");
    for o in &report.options {
        csv.push(',');
        csv.push_str(&quote(&format!("{} ($/month)", o.label)));
    }
    csv.push('\n');
    for (i, v) in report.sweep.tokens_per_day.iter().enumerate() {
        csv.push_str(&crate::display::significant(*v, 6));
        for costs in &report.sweep.cost_per_month_usd {
            // Six significant digits: cents on thousands, no float noise (4307.000000000001).
            csv.push(',');
            csv.push_str(&costs.get(i).map_or("NaN".into(), |c| crate::display::significant(*c, 6)));
        }
        csv.push('\n');
    }
    csv
}
