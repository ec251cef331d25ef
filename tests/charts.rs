//! Charts: the pure series read off a report, and the same drawing code rendered to SVG.

use gpu_or_api::charts::{cost_chart, draw_lines, speed_chart, sweep_cost_at, sweep_csv, with_estimate, Theme};
use gpu_or_api::engine::batch_economics;
use gpu_or_api::engine::{evaluate, Report};
use gpu_or_api::scenario::{decode, resolve};
use plotters::prelude::*;

fn report(link: &str) -> Report {
    evaluate(&resolve(&decode(link).scenario).unwrap()).unwrap()
}

#[test]
fn cost_chart_has_a_line_per_option_and_marks_break_evens() {
    let r = report("v=1&vol=2B&in=2000&out=500&o=api;Together;in:.88&o=rent;2xH100;gpu:h100;prec:fp8;hr:2.95;n:2");
    let chart = cost_chart(&r);
    assert_eq!(chart.lines.len(), 2);
    assert!(chart.lines.iter().all(|l| l.points.len() == r.sweep.tokens_per_day.len()));
    assert_eq!(chart.vertical.as_ref().map(|v| v.0), Some(2e9));
    assert_eq!(chart.markers.len(), 1);
    let b = &chart.markers[0];
    let api_cost = sweep_cost_at(&r, 0, b.x).unwrap();
    assert!((b.y - api_cost).abs() < 1e-9 * api_cost);
    assert!(chart.y_range.0 <= chart.lines.iter().flat_map(|l| l.points.iter().map(|p| p.1)).fold(f64::INFINITY, f64::min));
}

#[test]
fn interpolation_is_exact_on_the_straight_api_line() {
    let r = report("v=1&o=api;X;in:1");
    // $1 per million tokens → $30.42 per month per million tokens/day.
    let at = sweep_cost_at(&r, 0, 3.3e6).unwrap();
    assert!((at - 3.3 * 730.0 / 24.0).abs() < 1e-6, "{at}");
}

#[test]
fn the_cost_chart_renders_to_svg_with_its_series() {
    let r = report("v=1");
    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, (800, 400)).into_drawing_area();
        draw_lines(&root, &cost_chart(&r), &Theme::light(1.0)).unwrap();
    }
    let option_lines = svg.lines().filter(|l| l.starts_with("<polyline") && l.contains("stroke-width=\"2\"")).count();
    assert_eq!(option_lines, 4, "one 2-pixel line per option:\n{svg}");
    assert!(svg.contains("tokens per day") && svg.contains("now: 1M"));
}

#[test]
fn the_sweep_downloads_as_csv_with_quoted_labels() {
    let csv = sweep_csv(&report("v=1&o=api;%22quoted%22+label;in:1"));
    let mut lines = csv.lines();
    assert_eq!(lines.next(), Some("tokens_per_day,\"\"\"quoted\"\" label ($/month)\""));
    let first: Vec<f64> = lines.next().unwrap().split(',').map(|x| x.parse().unwrap()).collect();
    // Six significant digits, without float noise (4307.000000000001).
    let exact = first[0] / 1e6 * 730.0 / 24.0;
    assert!((first[1] - exact).abs() <= 5e-6 * exact, "{} vs {exact}", first[1]);
    assert!(
        csv.lines()
            .skip(1)
            .flat_map(|l| l.split(','))
            .all(|v| v.split_once('.').is_none_or(|(_, fraction)| !fraction.contains("00000") && !fraction.contains("99999"))),
        "{csv}"
    );
}

#[test]
fn batching_lowers_cost_per_token_and_user_speed() {
    let input = resolve(&decode("v=1&o=rent;2xH100;gpu:h100;prec:fp8;hr:2.95;n:2").scenario).unwrap();
    let points = batch_economics(&input.options[0].kind, &input.workload);
    assert!(points.len() >= 8, "{points:?}");
    for pair in points.windows(2) {
        assert!(pair[1].usd_per_mtok < pair[0].usd_per_mtok && pair[1].user_tokens_per_s < pair[0].user_tokens_per_s, "{pair:?}");
    }
    // At batch 1 a 70B model on an H100 pair costs dollars per million tokens; batched, cents.
    assert!(points[0].usd_per_mtok > 10.0 * points.last().unwrap().usd_per_mtok);
    let chart = speed_chart(&points, "2xH100", 0, Some(points[3].user_tokens_per_s));
    assert_eq!(chart.lines[0].points.len(), points.len());
    // The "now" label goes where the curve leaves room: low where the operating point is high
    // (big batches), high where it is low (batch 1), clear of the batch labels along the curve.
    let last = points.last().unwrap().user_tokens_per_s;
    assert!(speed_chart(&points, "2xH100", 0, Some(last)).vertical_label_low);
    assert!(!speed_chart(&points, "2xH100", 0, Some(points[0].user_tokens_per_s)).vertical_label_low);
    assert!(chart.lines[0].points.windows(2).all(|w| w[0].0 <= w[1].0 && w[0].1 >= w[1].1), "faster per user, fewer tokens a day");
    assert!(chart.markers.iter().all(|m| m.label.starts_with("batch ")));
    assert_eq!(chart.vertical.as_ref().map(|v| v.0), Some(points[3].user_tokens_per_s));
    let mut svg = String::new();
    draw_lines(&SVGBackend::with_string(&mut svg, (600, 300)).into_drawing_area(), &chart, &Theme::light(1.0)).unwrap();
    assert!(svg.contains("batch 1") && svg.contains("now:"));
}

#[test]
fn estimated_options_are_shaded_and_a_far_off_measured_one_gets_its_estimate_dashed() {
    let r = report("v=1&vol=2B&o=api;X;in:.5&o=rent;E;gpu:h100;prec:fp8;n:2;hr:3");
    let chart = cost_chart(&r);
    assert_eq!(chart.bands.len(), 1, "the estimated option's band");
    assert!(chart.bands[0].points.iter().all(|p| p.1 <= p.2));
    let answer = gpu_or_api::verdict::answer(&decode("v=1").scenario).unwrap();
    let mut chart = cost_chart(&answer.report);
    with_estimate(&mut chart, &answer.report, answer.at_estimate.as_ref().unwrap());
    let dashed: Vec<_> = chart.lines.iter().filter(|l| l.dashed).map(|l| l.label.as_str()).collect();
    assert_eq!(dashed, ["Azure NC24ads A100 v4 at the estimate", "Lambda A100 at the estimate"]);
    assert_eq!(chart.bands.len(), 2);
    let mut svg = String::new();
    draw_lines(&SVGBackend::with_string(&mut svg, (800, 400)).into_drawing_area(), &chart, &Theme::light(1.0)).unwrap();
    assert!(svg.matches("<polygon").count() >= 2, "bands drawn");
}

/// The page shows the cost chart's vertical line as an element over a canvas drawn without it,
/// placed by the plot's box (`plot_box`): it must land where `draw_lines` draws the line, at both ends of the
/// axis and in between, with its label on the side the drawing puts it.
#[test]
fn the_vertical_mark_is_where_the_chart_draws_its_line() {
    use gpu_or_api::charts::{line_chart_svg, plot_box, titled_cost_chart, LineChart};
    let polylines =
        |svg: &str| -> Vec<String> { svg.split("<polyline").skip(1).map(|p| p.split("/>").next().unwrap().to_string()).collect() };
    for volume in ["2K", "1M", "3B", "900B"] {
        let link = format!("vol={volume}&o=api;DeepInfra;in:.1;out:.32&o=rent;Lambda+A100;gpu:a100-80gb;hr:1.79;n:2");
        let chart = titled_cost_chart(&report(&link), None, "Llama 3.3 70B Instruct");
        let (x, _) = chart.vertical.clone().unwrap();
        let with = line_chart_svg(&chart, 760, 480).unwrap();
        let without = line_chart_svg(&LineChart { vertical: None, ..chart.clone() }, 760, 480).unwrap();
        let extra: Vec<_> = polylines(&with).into_iter().filter(|p| !polylines(&without).contains(p)).collect();
        assert_eq!(extra.len(), 1, "{volume}: one more line drawn: {extra:?}");
        let points: Vec<(f64, f64)> = extra[0]
            .split("points=\"")
            .nth(1)
            .unwrap()
            .split_whitespace()
            .filter_map(|p| p.trim_end_matches('"').split_once(','))
            .map(|(a, b)| (a.parse().unwrap(), b.parse().unwrap()))
            .collect();
        let mark = plot_box(&chart, &Theme::light(1.0), (760, 480)).mark(&chart, x);
        let (drawn_x, ys) = (points[0].0, points.iter().map(|p| p.1));
        let (top, bottom) = (ys.clone().fold(f64::INFINITY, f64::min), ys.fold(0.0, f64::max));
        assert!((mark.x - drawn_x).abs() <= 1.5, "{volume}: mark at {} px, line drawn at {drawn_x} px", mark.x);
        assert!((mark.top - top).abs() <= 1.5 && (mark.bottom - bottom).abs() <= 1.5, "{volume}: {mark:?} against {top}–{bottom}");
        // The label goes left of the line (anchored at its end) exactly when the mark says so.
        let label = with.split("<text").find(|t| t.contains("now:")).unwrap();
        assert_eq!(label.contains("text-anchor=\"end\""), mark.label_left, "{volume}: {label}");
    }
}
