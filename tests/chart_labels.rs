//! Chart labels at every width the page draws at, 360 to 1280 CSS pixels: none cut off at the
//! picture's edges and none drawn over another, for the presets and a range of volumes and
//! prices. Text boxes are estimated as the drawing code estimates them (0.6 em a character).
#![cfg(not(target_arch = "wasm32"))]

use gpu_or_api::catalog::PRESETS;
use gpu_or_api::charts::{cost_chart, line_chart_svg, speed_chart};
use gpu_or_api::engine::{batch_economics, evaluate};
use gpu_or_api::scenario::{decode, resolve};

/// One text of an SVG picture and the box it covers.
#[derive(Debug)]
struct Label {
    text: String,
    x0: f64,
    x1: f64,
    y0: f64,
    y1: f64,
}

fn attribute(tag: &str, name: &str) -> Option<String> {
    let start = tag.find(&format!(" {name}=\""))? + name.len() + 3;
    Some(tag[start..].split('"').next()?.to_string())
}

/// Every horizontal text (the rotated axis title is left out).
fn labels(svg: &str) -> Vec<Label> {
    let mut out = Vec::new();
    for part in svg.split("<text").skip(1) {
        let (tag, rest) = part.split_once('>').expect("a text element");
        let text = rest.split("</text>").next().unwrap_or_default().trim().to_string();
        if text.is_empty() || tag.contains("rotate(") {
            continue;
        }
        let number = |n: &str| attribute(tag, n).and_then(|v| v.parse::<f64>().ok()).expect("a numeric attribute");
        let (x, y, size) = (number("x"), number("y"), number("font-size"));
        let width = text.chars().count() as f64 * 0.6 * size;
        let x0 = match attribute(tag, "text-anchor").as_deref() {
            Some("middle") => x - width / 2.0,
            Some("end") => x - width,
            _ => x,
        };
        let y0 = match attribute(tag, "dy").as_deref() {
            Some("0.5ex") => y - size / 2.0,
            Some("-0.5ex") => y - size,
            _ => y,
        };
        out.push(Label { text, x0, x1: x0 + width, y0, y1: y0 + size });
    }
    out
}

fn problems(svg: &str, width: u32) -> Vec<String> {
    let labels = labels(svg);
    let mut found = Vec::new();
    for (i, a) in labels.iter().enumerate() {
        if a.x0 < -0.5 || a.x1 > width as f64 + 0.5 {
            found.push(format!("cut off: {a:?}"));
        }
        for b in &labels[i + 1..] {
            // The same text twice in one place (plotters repeats a log axis's end tick) reads as one.
            if a.text == b.text && a.x0 == b.x0 && a.y0 == b.y0 {
                continue;
            }
            // A pixel of slack: the estimate is generous.
            let apart = a.x1 <= b.x0 + 1.0 || b.x1 <= a.x0 + 1.0 || a.y1 <= b.y0 + 1.0 || b.y1 <= a.y0 + 1.0;
            if !apart {
                found.push(format!("{:?} over {:?}", a.text, b.text));
            }
        }
    }
    found
}

#[test]
fn no_label_is_cut_off_or_drawn_over_another_from_360_to_1280_px() {
    let mut links: Vec<String> = PRESETS.iter().map(|p| p.query.to_string()).collect();
    for volume in ["1K", "1M", "1B", "1T", "10T"] {
        links.push(format!("v=1&vol={volume}"));
        links.push(format!(
            "v=1&vol={volume}&o=api;A;in:0.0001&o=api;B;in:900&o=rent;C;gpu:h100;hr:2;cap:1M&o=own;D;gpu:b200;usd:40K;cap:1B"
        ));
    }
    let mut checked = 0;
    for link in &links {
        let report = evaluate(&resolve(&decode(link).scenario).expect("the link opens")).expect("it evaluates");
        let chart = cost_chart(&report);
        // The page's charts are 400 px tall, 360 px on phones and in embeds.
        for (width, height) in [360u32, 480, 760, 1024, 1280].into_iter().flat_map(|w| [(w, 360), (w, 400)]) {
            let svg = line_chart_svg(&chart, width, height).expect("it draws");
            let found = problems(&svg, width);
            assert!(found.is_empty(), "{link} at {width}×{height} px: {found:?}");
            checked += 1;
        }
    }
    assert!(checked >= 100, "{checked} pictures");
}

#[test]
fn the_capacity_against_speed_chart_keeps_its_labels_apart_too() {
    let mut checked = 0;
    for link in [
        "v=1&o=rent;2xH100;gpu:h100;prec:fp8;hr:2.95;n:2",
        "v=1&m=llama-3.1-8b&o=rent;L4;gpu:l4;prec:fp8;hr:.8",
        "v=1&m=qwen3-30b-a3b&o=own;B200;gpu:b200;prec:fp4;usd:40K",
    ] {
        let input = resolve(&decode(link).scenario).expect("the link opens");
        let points = batch_economics(&input.options[0].kind, &input.workload);
        for now in [0, points.len() / 2, points.len() - 1] {
            let chart = speed_chart(&points, "Option", 0, Some(points[now].user_tokens_per_s));
            for (width, height) in [360u32, 480, 760, 1024, 1280].into_iter().flat_map(|w| [(w, 360), (w, 400)]) {
                let found = problems(&line_chart_svg(&chart, width, height).expect("it draws"), width);
                assert!(found.is_empty(), "{link}, now at batch point {now}, {width}×{height} px: {found:?}");
                checked += 1;
            }
        }
    }
    assert_eq!(checked, 90);
}

#[test]
fn the_check_sees_an_overlap_when_there_is_one() {
    let svg = r#"<svg><text x="10" y="10" dy="0.76em" font-size="10">first</text><text x="20" y="12" dy="0.76em" font-size="10">second</text><text x="500" y="0" font-size="10">far right</text></svg>"#;
    let found = problems(svg, 510);
    assert_eq!(found.len(), 2, "{found:?}");
    assert!(found[0].contains("\"first\" over \"second\"") && found[1].starts_with("cut off"), "{found:?}");
}
