//! The `llmcost` command line: JSON on stdout, named errors on stderr, non-zero exits.
#![cfg(not(target_arch = "wasm32"))]

use serde_json::Value;
use std::process::Command;

fn llmcost(args: &[&str]) -> (i32, Value, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_llmcost")).args(args).output().expect("runs");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let json = serde_json::from_str(&stdout).unwrap_or(Value::Null);
    (out.status.code().unwrap_or(-1), json, String::from_utf8_lossy(&out.stderr).into_owned())
}

/// `llmcost throughput` for `model` on `gpus` × `gpu` in fp8, with `input`/`output` tokens and
/// any further flags.
fn throughput(model: &str, gpu: &str, gpus: &str, input: &str, output: &str, more: &[&str]) -> (i32, Value, String) {
    let mut args =
        vec!["throughput", "--model", model, "--gpu", gpu, "--gpus", gpus, "--weights", "fp8", "--input", input, "--output", output];
    args.extend_from_slice(more);
    llmcost(&args)
}

#[test]
fn eval_preset_prints_the_report_fields() {
    let (code, r, _) = llmcost(&["eval", "--preset", "blog-2025-03"]);
    assert_eq!(code, 0);
    for key in ["tokens_per_day", "options", "cheapest", "ratio_max_to_min", "break_even"] {
        assert!(r.get(key).is_some(), "{key}");
    }
    let o = &r["options"][3];
    for key in [
        "id",
        "label",
        "kind",
        "cost_per_day_usd",
        "cost_per_month_usd",
        "cost_per_mtok_usd",
        "capacity_tokens_per_day",
        "replicas",
        "gpus",
        "utilization",
    ] {
        assert!(o.get(key).is_some(), "{key}");
    }
    assert_eq!(o["kind"], "rented");
    assert_eq!(r["options"][0]["capacity_tokens_per_day"], Value::Null);
    assert_eq!(r["break_even"].as_array().unwrap().len(), 4);
    assert!(r.get("sweep").is_none(), "the sweep only with --sweep");
}

#[test]
fn eval_link_accepts_a_whole_url() {
    let (code, r, _) = llmcost(&["eval", "https://example.org/calc/?v=1&vol=5M&o=api;X;in:.5", "--sweep"]);
    assert_eq!(code, 0);
    assert_eq!(r["tokens_per_day"], 5e6);
    assert_eq!(r["options"][0]["cost_per_day_usd"], 2.5);
    assert!(r["sweep"]["tokens_per_day"].as_array().unwrap().len() > 100);
}

#[test]
fn bad_input_names_the_problem_and_exits_non_zero() {
    let (code, _, err) = llmcost(&["eval", "--preset", "nope"]);
    assert_eq!(code, 2);
    assert!(err.contains("unknown preset 'nope'") && err.contains("blog-2025-03"), "{err}");

    let (code, _, err) =
        llmcost(&["throughput", "--model", "llama-9", "--gpu", "h100", "--weights", "fp8", "--input", "1000", "--output", "100"]);
    assert_eq!(code, 2);
    assert!(err.contains("unknown model 'llama-9'") && err.contains("llama-3.3-70b"), "{err}");

    let (code, body, err) = throughput("llama-3.1-405b", "h100", "2", "1000", "1000", &[]);
    assert_eq!(code, 1);
    assert_eq!(body["fits"], false);
    assert!(err.contains("does not fit: needs") && err.contains("160.0 GB"), "{err}");

    let (code, _, err) = throughput("llama-3.1-8b", "h100", "9", "NaN", "10", &[]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("--input: 'NaN' is not a number"), "{err}");
}

#[test]
fn throughput_prints_the_estimate() {
    let (code, r, err) = throughput("llama-3.3-70b", "h100", "2", "1000", "1000", &["--speed", "30"]);
    assert_eq!(code, 0, "{err}");
    for key in [
        "fits",
        "output_tokens_per_s",
        "input_tokens_per_s",
        "batch",
        "ms_per_output_token",
        "time_to_first_token_ms",
        "tokens_per_day",
        "bound",
    ] {
        assert!(r.get(key).is_some(), "{key}");
    }
    assert_eq!(r["fits"], true);
    assert!(r["ms_per_output_token"].as_f64().unwrap() <= 1000.0 / 30.0);
}

#[test]
fn catalog_listings_and_calibration() {
    for command in ["presets", "models", "gpus"] {
        let (code, r, _) = llmcost(&[command]);
        assert_eq!(code, 0);
        assert!(r.as_array().is_some_and(|a| a.len() >= 3), "{command}");
    }
    let (code, r, _) = llmcost(&["calibrate"]);
    assert_eq!(code, 0);
    let mean = r["geometric_mean_measured_over_estimated"].as_f64().unwrap();
    assert!((0.8..=1.25).contains(&mean));
}

#[test]
fn invalid_link_values_come_back_as_notices() {
    let (code, r, err) = llmcost(&["eval", "v=1&vol=-4&o=api;X;in:1"]);
    assert_eq!(code, 0);
    assert!(err.contains("warning: vol: -4 must be between 1 and"), "{err}");
    assert_eq!(r["notices"][0]["key"], "vol");
    assert_eq!(r["tokens_per_day"], 1e6);
}
