//! Golden test: the article's own scenario comes out to the cent.

use gpu_or_api::catalog::PRESETS;
use gpu_or_api::engine::{evaluate, Report};
use gpu_or_api::scenario::{decode, resolve};

fn preset_report(id: &str) -> Report {
    let preset = PRESETS.iter().find(|p| p.id == id).expect("preset exists");
    let decoded = decode(preset.query);
    assert!(decoded.notices.is_empty(), "{:?}", decoded.notices);
    evaluate(&resolve(&decoded.scenario).expect("valid")).expect("evaluates")
}

fn cents(usd: f64) -> i64 {
    (usd * 100.0).round() as i64
}

#[test]
fn blog_2025_03_reproduces_the_article() {
    let r = preset_report("blog-2025-03");
    assert_eq!(r.tokens_per_day, 1e6);
    let labels: Vec<_> = r.options.iter().map(|o| o.label.as_str()).collect();
    assert_eq!(labels, ["OpenRouter", "Azure AI Foundry", "Azure NC24ads A100 v4", "Lambda A100"]);
    let per_day: Vec<i64> = r.options.iter().map(|o| cents(o.cost_per_day_usd)).collect();
    assert_eq!(per_day, [12, 71, 8808, 4296], "$0.12, $0.71, $88.08 and $42.96 per day");
    assert_eq!(r.cheapest.as_deref(), Some("o1"));
    // The article's "60 to 700 times": Lambda vs Azure AI Foundry, Azure VM vs OpenRouter.
    let [lo, hi] = r.self_hosted_to_api_ratio_range.expect("pairs exist");
    assert_eq!(format!("{lo:.1}"), "60.5");
    assert_eq!(format!("{hi:.0}"), "734");
    assert_eq!(r.ratio_max_to_min.map(|x| x.round()), Some(734.0));
    for o in &r.options[2..] {
        assert_eq!(o.replicas, Some(1));
        assert_eq!(o.gpus, Some(1));
        assert_eq!(o.capacity_tokens_per_day, Some(1e6));
        assert_eq!(o.utilization, Some(1.0));
    }
    // At one replica's worth of tokens, a replica never pays for itself against these APIs.
    assert!(r.break_even.iter().all(|b| b.tokens_per_day.is_none()));
    let c = &r.comparison;
    assert_eq!((c.cheapest_api.as_deref(), c.cheapest_self_hosted.as_deref()), (Some("o1"), Some("o4")));
    assert_eq!(c.self_hosted_over_api.map(f64::round), Some(358.0));
    assert_eq!(c.self_hosted_premium_per_month_usd.map(|p| (p * 100.0).round() / 100.0), Some(1303.05), "($42.96 − $0.12) × 730/24");
    assert_eq!(c.first_to_beat_api, None);
}

#[test]
fn batch_preset_self_hosting_wins_at_high_volume() {
    let r = preset_report("batch-70b-2b");
    let cheapest = r.options.iter().find(|o| o.cheapest).unwrap();
    assert_ne!(cheapest.kind, "api", "at 2B tokens/day an owned or rented H100 pair beats the APIs");
    assert!(r.break_even.iter().any(|b| b.tokens_per_day.is_some()));
    let c = &r.comparison;
    assert!(c.self_hosted_over_api.unwrap() < 1.0 && c.self_hosted_premium_per_month_usd.unwrap() < 0.0);
    let below = c.cheapest_self_hosted_break_even.expect("the API wins below some volume");
    assert!(below < 2e9, "{below}");
}

#[test]
fn small_model_preset_has_a_speed_target_and_estimated_capacity() {
    let r = preset_report("8b-l4-50m");
    let l4 = &r.options[2];
    let estimate = l4.estimate.as_ref().expect("estimated");
    assert!(estimate.meets_speed_target && estimate.ms_per_output_token <= 1000.0 / 20.0 + 1e-9, "meets 20 tok/s per user");
    assert!(l4.replicas.unwrap() > 1, "an L4 at 20 tok/s per user needs several replicas for the peak");
}

#[test]
fn the_article_with_estimated_throughput_flips_against_the_dearer_api() {
    let r = preset_report("blog-2025-03-estimated");
    let lambda = &r.options[3];
    assert!(lambda.capacity_tokens_per_day.unwrap() > 100e6, "batched serving, not 1M tokens/day");
    let flip = |s: &str, a: &str| r.break_even.iter().find(|b| b.self_hosted == s && b.api == a).unwrap().tokens_per_day;
    assert_eq!(flip("o4", "o1"), None, "never cheaper than OpenRouter at $0.12/M");
    let v = flip("o4", "o2").expect("cheaper than Azure AI Foundry at some volume");
    assert!((1e8..1e9).contains(&v), "{v}");
    assert_eq!(r.comparison.first_to_beat_api, None, "the cheapest API is OpenRouter, which no A100 pair beats");
}
