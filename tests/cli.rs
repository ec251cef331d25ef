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
fn eval_prices_serverless_and_owned_gpus_with_their_energy() {
    let link = "v=1&vol=2M&hrs=10&o=api;A;in:1&o=sls;Modal;gpu:h100;hr:3.9492;cap:100M;cold:30;idle:60&o=own;Mine;gpu:h100;sunk:1;cap:1B";
    let (code, r, err) = llmcost(&["eval", link]);
    assert_eq!(code, 0, "{err}");
    let [api, sls, own] = [&r["options"][0], &r["options"][1], &r["options"][2]];
    assert_eq!(sls["kind"], "serverless");
    assert_eq!(own["kind"], "owned");
    // Already owned: power 0.7 kW × 1.3 × 24 h × $0.12/kWh only.
    assert!((own["cost_per_day_usd"].as_f64().unwrap() - 0.7 * 1.3 * 24.0 * 0.12).abs() < 1e-9, "{own}");
    // Energy for the self-hosted options, none for the API.
    assert_eq!(api["energy_kwh_per_mtok"], Value::Null);
    for o in [sls, own] {
        let kwh = o["energy_kwh_per_mtok"].as_f64().unwrap();
        assert!(kwh.is_finite() && kwh > 0.0, "{o}");
        assert!((o["energy_kwh_per_day"].as_f64().unwrap() / 2.0 - kwh).abs() < 1e-9 * kwh);
    }
    // The serverless option against the API: a break-even volume, and what flips it.
    let pair = r["break_even"].as_array().unwrap().iter().find(|b| b["self_hosted"] == "o2").unwrap();
    assert!(pair["tokens_per_day"].as_f64().unwrap() > 0.0, "{pair}");
    let inputs: Vec<&str> = pair["flips"].as_array().unwrap().iter().map(|f| f["input"].as_str().unwrap()).collect();
    assert_eq!(inputs, ["tokens_per_day", "usd_per_gpu_hour", "api_usd_per_mtok"]);
}

#[test]
fn eval_names_each_catalog_price_source_and_marks_old_ones() {
    let (code, r, err) = llmcost(&["eval", "--preset", "blog-2025-03"]);
    assert_eq!(code, 0, "{err}");
    let sources = r["sources"].as_array().unwrap();
    // Every option of the article is a catalog price; OpenRouter's is the article's own quote,
    // as of 2025-03-30, so it is marked as old.
    assert_eq!(sources.len(), 4, "{sources:?}");
    assert!(sources.iter().all(|s| s["source"].as_str().is_some_and(|t| !t.is_empty()) && s["stale"].is_boolean()));
    assert_eq!(
        (sources[0]["id"].as_str(), sources[0]["as_of"].as_str(), &sources[0]["stale"]),
        (Some("o1"), Some("2025-03-30"), &Value::Bool(true))
    );
    // A serverless row names its own source and date.
    let (_, r, _) = llmcost(&["eval", "v=1&o=sls;;p:Modal;gpu:h100;hr:3.9492;cap:100M"]);
    assert_eq!(r["sources"][0]["as_of"], "2026-05-07");
    assert!(r["sources"][0]["source"].as_str().unwrap().contains("modal.com/pricing"));
}

#[test]
fn eval_describes_each_self_hosted_option_as_the_page_does() {
    // The article's A100s: measured at 1M tokens/day, far below what the estimator expects.
    let (code, r, _) = llmcost(&["eval", "v=1"]);
    assert_eq!(code, 0);
    let words = r["in_words"].as_array().expect("in_words");
    assert_eq!(words.iter().map(|w| w["id"].as_str().unwrap()).collect::<Vec<_>>(), ["o3", "o4"], "self-hosted options only");
    assert_eq!(words[0]["replicas"], "1 replica of 1 GPU · capacity 1M tokens per replica");
    assert!(words[0]["estimate"].is_null(), "a measured capacity has no estimate line");
    let check = words[0]["check"].as_str().unwrap();
    assert!(check.starts_with("For comparison, the estimator gives ") && check.ends_with("× your figure per GPU."), "{check}");

    let (_, r, _) = llmcost(&["eval", "v=1&o=rent;X;gpu:h100;prec:fp8;hr:2"]);
    let estimate = r["in_words"][0]["estimate"].as_str().expect("an estimated option is described");
    assert!(estimate.starts_with("Estimate: ") && estimate.contains(" · bound by "), "{estimate}");
    assert!(r["in_words"][0]["check"].is_null());
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
    assert!(err.contains("does not fit: needs") && err.contains("170.9 GB"), "{err}");

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

#[test]
fn every_argument_error_names_its_flag() {
    for (gpus, code, says) in [
        ("1.5", 1, "--gpus: must be a whole number"),
        ("-1", 1, "--gpus: must be between 1 and 8"),
        ("NaN", 2, "--gpus: 'NaN' is not a number"),
        ("9", 1, "--gpus: must be between 1 and 8"),
    ] {
        let (got, _, err) = throughput("llama-3.1-8b", "h100", gpus, "100", "100", &[]);
        assert_eq!(got, code, "--gpus {gpus}: {err}");
        assert!(err.contains(says), "--gpus {gpus}: {err}");
    }
    for conc in ["0", "1.5", "-5"] {
        let (code, _, err) = throughput("llama-3.1-8b", "h100", "1", "100", "100", &["--concurrency", conc]);
        assert_eq!(code, 1, "--concurrency {conc}: {err}");
        assert!(err.contains("error: --concurrency: must be"), "--concurrency {conc}: {err}");
    }
}

#[test]
fn link_values_outside_their_domain_fall_back_to_defaults_with_warnings() {
    let (code, r, err) = llmcost(&["eval", "v=1&vol=5M&o=rent;X;min:-5;conc:-5;n:1.5&o=api;Y;in:4;out:6e3"]);
    assert_eq!(code, 0, "{err}");
    for key in ["o[1].min", "o[1].conc", "o[1].n", "o[2].out"] {
        assert!(err.contains(&format!("warning: {key}:")), "{key}: {err}");
    }
    assert_eq!(r["options"][1]["cost_per_day_usd"], 20.0, "the output price falls back to the input price, $4/M");
    assert_eq!(r["options"][0]["replicas"], 1);
}

#[test]
fn a_provider_without_a_price_for_the_model_is_left_out_and_says_why() {
    let (code, r, err) = llmcost(&["eval", "v=1&m=llama-3.1-8b&o=api;;p:Nobody;in:1&o=api;Y;in:1"]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(r["options"].as_array().unwrap().len(), 1);
    assert_eq!(r["options"][0]["id"], "o2", "ids keep the scenario's places");
    assert_eq!(r["left_out"][0]["id"], "o1");
    assert!(r["left_out"][0]["reason"].as_str().unwrap().starts_with("no Nobody price for Llama 3.1 8B"), "{}", r["left_out"]);
}

#[test]
fn a_closed_pipe_ends_quietly() {
    use std::io::Read;
    use std::process::Stdio;
    for _ in 0..5 {
        let mut child = Command::new(env!("CARGO_BIN_EXE_llmcost"))
            .args(["eval", "--preset", "batch-70b-2b", "--sweep"])
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("runs");
        let mut first = [0u8; 1];
        child.stdout.take().unwrap().read_exact(&mut first).unwrap();
        // stdout is dropped here: the pipe is closed while the tool may still be writing.
        let out = child.wait_with_output().unwrap();
        assert!(out.status.success(), "{:?}: {}", out.status, String::from_utf8_lossy(&out.stderr));
        assert!(!String::from_utf8_lossy(&out.stderr).contains("panicked"));
    }
}

#[test]
fn out_of_scale_figures_are_written_for_people() {
    let (code, r, _) = llmcost(&["eval", "v=1&o=article&o=api;;in:1e-320"]);
    assert_eq!(code, 0);
    for o in r["options"].as_array().unwrap() {
        assert!(o["ratio_to_cheapest"].as_f64().unwrap().is_finite(), "{o}");
    }
    assert!(r["ratio_max_to_min"].as_f64().unwrap().is_finite());
}

#[test]
fn estimated_options_carry_ranges_and_the_report_says_what_would_flip_it() {
    let link = "v=1&vol=3B&in=2K&out=500&o=api;DeepInfra;in:.1;out:.32&o=rent;Nebius+2xH100;gpu:h100;prec:fp8;hr:2.95;n:2&o=rent;Measured;gpu:h100;hr:2.95;cap:1B";
    let (code, r, err) = llmcost(&["eval", link]);
    assert_eq!(code, 0, "{err}");
    let estimated = &r["options"][1];
    let range = |o: &Value, key: &str| -> [f64; 2] { [o[key][0].as_f64().unwrap(), o[key][1].as_f64().unwrap()] };
    for (key, point) in [
        ("capacity_tokens_per_day_range", "capacity_tokens_per_day"),
        ("cost_per_day_usd_range", "cost_per_day_usd"),
        ("cost_per_mtok_usd_range", "cost_per_mtok_usd"),
    ] {
        let [lo, hi] = range(estimated, key);
        let p = estimated[point].as_f64().unwrap();
        assert!(lo <= p && p <= hi && lo < hi, "{key}: {lo} {p} {hi}: at 3B tokens/day the band changes the replica count");
    }
    assert_eq!(r["options"][2]["capacity_tokens_per_day_range"], Value::Null, "a measured capacity has no band");
    assert_eq!(r["options"][0]["cost_per_day_usd_range"], Value::Null, "nor has an API");
    let pairs = r["break_even"].as_array().unwrap();
    assert!(pairs.iter().all(|b| b.get("tokens_per_day_range").is_some() && b["flips"].is_array()));
    assert_eq!(pairs[1]["tokens_per_day_range"], Value::Null);
    let flips = r["flips"].as_array().unwrap();
    let inputs: Vec<&str> = flips.iter().map(|f| f["input"].as_str().unwrap()).collect();
    assert_eq!(inputs, ["tokens_per_day", "usd_per_gpu_hour", "capacity_tokens_per_day", "api_usd_per_mtok", "traffic_hours_per_day"]);
    for f in flips {
        for key in ["input", "value", "unit", "from", "to"] {
            assert!(f.get(key).is_some(), "{key} in {f}");
        }
    }
    assert!(r["verdict"]["headline"].as_str().unwrap().len() > 20);
}

#[test]
fn llama_70b_fp16_on_two_a100_80gb_fits() {
    // A later `--weights` overrides the helper's fp8.
    let fp16 = ["--weights", "fp16"];
    let (code, r, err) = throughput("llama-3.3-70b", "a100-80gb", "2", "1000", "1000", &fp16);
    assert_eq!(code, 0, "{err}");
    assert_eq!(r["fits"], true);
    assert!((r["memory"]["total_gb"].as_f64().unwrap() - 171.798_691_84).abs() < 1e-6, "two 80 GiB GPUs");
    let (code, body, _) = throughput("llama-3.3-70b", "a100-80gb", "1", "1000", "1000", &fp16);
    assert_eq!((code, body["smallest_gpu_count"].as_u64()), (1, Some(2)));
}

#[test]
fn the_articles_link_names_the_estimate_in_its_verdict() {
    let (code, r, _) = llmcost(&["eval", "--preset", "blog-2025-03"]);
    assert_eq!(code, 0);
    let headline = r["verdict"]["headline"].as_str().unwrap();
    assert!(headline.starts_with("The API (OpenRouter) is 358× cheaper"), "{headline}");
    assert!(headline.contains("That assumes Lambda A100 serves 1M tokens/day per replica"), "{headline}");
    let checks = r["estimate_checks"].as_array().unwrap();
    assert!(checks.iter().all(|c| c["far_outside"] == true && c["estimate_over_measured_per_gpu"].as_f64().unwrap() > 10.0));
}

#[test]
fn estimates_on_hardware_without_published_measurements_say_so_and_widen_their_band() {
    let (code, checked, _) = throughput("llama-3.1-8b", "h100", "1", "1000", "1000", &[]);
    assert_eq!(code, 0);
    assert_eq!(checked["calibrated"], true);
    assert!(checked.get("calibration_note").is_none());
    let (code, unchecked, _) = throughput("llama-3.1-8b", "l4", "1", "1000", "1000", &[]);
    assert_eq!(code, 0);
    assert_eq!(unchecked["calibrated"], false);
    assert!(unchecked["calibration_note"].as_str().unwrap().starts_with("no published measurement on NVIDIA L4"), "{unchecked}");
    let band = |v: &Value| v["band"][1].as_f64().unwrap() / v["band"][0].as_f64().unwrap();
    assert!(band(&unchecked) > 2.0 * band(&checked) - 1e-9, "a wider band: {} vs {}", unchecked["band"], checked["band"]);
    // In a scenario, the option's estimate carries the mark and its cost range is wider.
    let (code, r, _) =
        llmcost(&["eval", "v=1&vol=3B&m=llama-3.1-8b&o=api;X;in:.1&o=rent;L4;gpu:l4;prec:fp8;hr:.8&o=rent;H;gpu:h100;prec:fp8;hr:2.5"]);
    assert_eq!(code, 0);
    assert_eq!(r["options"][1]["estimate"]["calibrated"], false);
    assert_eq!(r["options"][2]["estimate"]["calibrated"], true);
    let spread =
        |o: &Value| o["capacity_tokens_per_day_range"][1].as_f64().unwrap() / o["capacity_tokens_per_day_range"][0].as_f64().unwrap();
    assert!(spread(&r["options"][1]) > spread(&r["options"][2]) * 2.0);
}

#[test]
fn cheapest_lists_setups_whose_links_evaluate_to_their_cost() {
    let (code, r, err) = llmcost(&["cheapest", "--preset", "batch-70b-2b", "--top", "4"]);
    assert_eq!(code, 0, "{err}");
    let candidates = r["candidates"].as_array().unwrap();
    assert_eq!(candidates.len(), 4);
    for c in candidates {
        for key in [
            "provider",
            "gpu",
            "gpus_per_replica",
            "precision",
            "replicas",
            "cost_per_day_usd",
            "cost_per_day_usd_range",
            "cost_per_mtok_usd",
            "break_even_tokens_per_day",
            "link",
        ] {
            assert!(c.get(key).is_some(), "{key} in {c}");
        }
        let (code, e, _) = llmcost(&["eval", c["link"].as_str().unwrap()]);
        assert_eq!(code, 0);
        let added = e["options"].as_array().unwrap().last().unwrap().clone();
        let (got, want) = (added["cost_per_day_usd"].as_f64().unwrap(), c["cost_per_day_usd"].as_f64().unwrap());
        assert!((got - want).abs() <= 1e-9 * want, "{got} vs {want}");
    }
    let (_, plain, _) = llmcost(&["cheapest", "--preset", "batch-70b-2b", "--top", "20", "--no-quantised"]);
    assert!(plain["candidates"].as_array().unwrap().iter().all(|c| !["int4", "fp4"].contains(&c["precision"].as_str().unwrap())));
    let (code, _, err) = llmcost(&["cheapest", "--preset", "batch-70b-2b", "--top", "0"]);
    assert_eq!(code, 1);
    assert!(err.contains("error: --top: must be between 1 and 100"), "{err}");
}

#[test]
fn every_key_of_the_domains_table_rejects_a_value_outside_it_by_name() {
    use gpu_or_api::scenario::fields::{num_keys, WORKLOAD_KEYS};
    use gpu_or_api::scenario::{format_exact, OptionSpec};
    let out_of = |max: f64| format_exact(max * 10.0 + 1.0);
    for k in WORKLOAD_KEYS {
        let (code, _, err) = llmcost(&["eval", &format!("v=1&{}={}", k.key, out_of(k.domain.max))]);
        assert_eq!(code, 0, "{}", k.key);
        assert!(err.contains(&format!("warning: {}: ", k.key)) && err.contains("must be between"), "{}: {err}", k.key);
    }
    for (kind, spec) in
        [("api", OptionSpec::api(1.0, 1.0)), ("rent", OptionSpec::rented("h100", 2.0)), ("own", OptionSpec::owned("h100", 25e3, 700.0))]
    {
        for k in num_keys(&spec) {
            // `conc` applies to an estimated capacity, so the link must not set `cap` with it.
            let base = if k.key == "conc" || kind == "api" { format!("o={kind};X") } else { format!("o={kind};X;cap:1B") };
            let (code, _, err) = llmcost(&["eval", &format!("v=1&{base};{}:{}", k.key, out_of(k.domain.max))]);
            assert_eq!(code, 0, "{kind} {}: {err}", k.key);
            assert!(err.contains(&format!("warning: o[1].{}: ", k.key)) && err.contains("must be between"), "{kind} {}: {err}", k.key);
        }
    }
}

#[test]
fn a_chart_of_options_with_different_models_names_each_model() {
    let link = "v=1&vol=1B&m=custom&mp=70.55&ml=80&mh=8192&mkv=327680&o=api;Big;in:.88&o=rent;Mine;gpu:custom;gmem:79.6;gbw:3.35;gbf16:989;glinkbw:900;gtdp:700;hr:2.5;n:2&o=api;Small;m:llama-3.1-8b;in:.05";
    let out = Command::new(env!("CARGO_BIN_EXE_llmcost")).args(["chart", link, "--svg"]).output().expect("runs");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let svg = String::from_utf8(out.stdout).unwrap();
    let texts: Vec<&str> = svg.split("<text").skip(1).filter_map(|t| t.split_once('>')?.1.split("</text>").next()).map(str::trim).collect();
    let text = texts.join(" ");
    assert!(text.contains("Several models: cost per month against volume"), "title in {text}");
    for label in ["Big · Custom model", "Mine · Custom model", "Small · Llama 3.1 8B Instruct"] {
        assert!(texts.contains(&label), "legend entry {label} in {texts:?}");
    }
}

#[test]
fn chart_writes_the_cost_chart_as_svg_with_its_title_and_legend() {
    let out = Command::new(env!("CARGO_BIN_EXE_llmcost")).args(["chart", "--preset", "blog-2025-03", "--svg"]).output().expect("runs");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let svg = String::from_utf8(out.stdout).unwrap();
    assert!(svg.trim_start().starts_with("<svg") && svg.trim_end().ends_with("</svg>"), "{}", &svg[..svg.len().min(200)]);
    // The title, wrapped into lines at the picture's width.
    let texts: Vec<&str> = svg.split("<text").skip(1).filter_map(|t| t.split_once('>')?.1.split("</text>").next()).map(str::trim).collect();
    let text = texts.join(" ");
    assert!(text.contains("Llama 3.3 70B Instruct: cost per month against volume"), "title in {text}");
    assert!(texts.contains(&"now: 1M/day"), "the volume at its line in {texts:?}");
    for label in ["OpenRouter", "Azure AI Foundry", "Azure NC24ads A100 v4", "Lambda A100"] {
        assert!(texts.contains(&label), "legend entry {label} in {texts:?}");
    }
    // The same picture in a file.
    let path = std::env::temp_dir().join(format!("llmcost-chart-{}.svg", std::process::id()));
    let (code, _, err) = llmcost(&["chart", "--preset", "blog-2025-03", "--svg", "--out", path.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(std::fs::read_to_string(&path).unwrap().trim_end(), svg.trim_end());
    std::fs::remove_file(&path).ok();
    // Without a format it says what is missing.
    let (code, _, err) = llmcost(&["chart", "--preset", "blog-2025-03"]);
    assert_eq!(code, 2);
    assert!(err.contains("--svg"), "{err}");
}

#[test]
fn catalog_import_diffs_litellm_prices_against_the_catalog() {
    let fixture = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/litellm_sample.json");
    let (code, d, err) = llmcost(&["catalog", "import", "--litellm", fixture, "--json"]);
    assert_eq!(code, 0, "{err}");
    let ids = |list: &str| -> Vec<String> {
        d[list]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| {
                let row = c.get("row").unwrap_or(c);
                format!(
                    "{} {}",
                    row["provider"].as_str().unwrap_or_else(|| c["provider"].as_str().unwrap()),
                    row.get("provider_model_id").and_then(|v| v.as_str()).unwrap_or_else(|| c["litellm"]["key"].as_str().unwrap())
                )
            })
            .collect()
    };
    // LiteLLM's per-token price, per million: the catalog's 1.04 → 1.1 (input), 1.2 (output).
    assert_eq!(ids("changed"), ["Together meta-llama/Llama-3.3-70B-Instruct-Turbo"]);
    assert_eq!(d["changed"][0]["litellm"]["input_usd_per_mtok"], 1.1);
    assert_eq!(d["changed"][0]["litellm"]["output_usd_per_mtok"], 1.2);
    assert_eq!(d["changed"][0]["row"]["input_usd_per_mtok"], 1.04);
    // A model and provider the catalog knows, at a route it has no row for.
    assert_eq!(ids("new"), ["DeepInfra deepinfra/meta-llama/Llama-3.3-70B-Instruct"]);
    assert_eq!(d["new"][0]["estimator_model"], "llama-3.3-70b");
    // A row from another source that LiteLLM prices differently.
    assert_eq!(ids("conflicts"), ["OpenRouter meta-llama/llama-3.3-70b-instruct"]);
    // Rows taken from LiteLLM that this (small) file does not list; the unchanged Fireworks row is in neither list.
    let unlisted = ids("unlisted");
    assert!(unlisted.contains(&"DeepInfra meta-llama/Meta-Llama-3.1-8B-Instruct-Turbo".to_string()), "{unlisted:?}");
    assert!(!unlisted.contains(&"Together meta-llama/Llama-3.3-70B-Instruct-Turbo".to_string()));
    assert!(!unlisted
        .iter()
        .chain(ids("changed").iter())
        .any(|r| r.starts_with("Fireworks accounts/fireworks/models/llama-v3p3-70b-instruct")));
    // The readable form says the same.
    let out = Command::new(env!("CARGO_BIN_EXE_llmcost")).args(["catalog", "import", "--litellm", fixture]).output().unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("changed   Together meta-llama/Llama-3.3-70B-Instruct-Turbo: 1.04/1.04 → 1.1/1.2"), "{text}");
    // A file that is not LiteLLM's says so.
    let (code, _, err) = llmcost(&["catalog", "import", "--litellm", concat!(env!("CARGO_MANIFEST_DIR"), "/Cargo.toml")]);
    assert_eq!(code, 1);
    assert!(err.contains("--litellm: not LiteLLM's price file"), "{err}");
}

/// A copy of the catalog's data files in a fresh directory.
fn data_copy(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("llmcost-{name}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    for entry in std::fs::read_dir("src/catalog/data").unwrap() {
        let path = entry.unwrap().path();
        std::fs::copy(&path, dir.join(path.file_name().unwrap())).unwrap();
    }
    dir
}

#[test]
fn import_write_applies_changed_prices_to_the_data_files_and_cites_the_refresh() {
    let dir = data_copy("write");
    let read = |file: &str| std::fs::read_to_string(dir.join(file)).unwrap();
    let (before_prices, before_rentals) = (read("api_prices.csv"), read("rental_prices.csv"));
    let out = Command::new(env!("CARGO_BIN_EXE_llmcost"))
        .args(["catalog", "import", "--litellm", "tests/fixtures/litellm_sample.json", "--write", "--as-of", "2026-11-27"])
        .arg("--data")
        .arg(&dir)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(String::from_utf8_lossy(&out.stdout).contains("wrote 1 changed prices"));
    // The fixture changes Together's Llama 3.3 70B to 1.1/1.2: only that line differs.
    let after = read("api_prices.csv");
    let changed: Vec<(&str, &str)> = before_prices.lines().zip(after.lines()).filter(|(a, b)| a != b).collect();
    assert_eq!(changed.len(), 1, "{changed:?}");
    let (was, now) = changed[0];
    assert!(was.contains(",Together,meta-llama/Llama-3.3-70B-Instruct-Turbo,1.04,1.04,"), "{was}");
    assert!(
        now.contains(",Together,meta-llama/Llama-3.3-70B-Instruct-Turbo,1.1,1.2,,litellm-2026-11-27,2026-11-27,false,was 1.04/1.04 as of "),
        "{now}"
    );
    assert!(read("sources.csv").ends_with("litellm-2026-11-27,\"LiteLLM model_prices_and_context_window.json, read 2026-11-27\"\n"));
    assert_eq!(read("rental_prices.csv"), before_rentals, "other tables untouched");

    // Another text under the same id is refused, and nothing is written.
    let again = Command::new(env!("CARGO_BIN_EXE_llmcost"))
        .args([
            "catalog",
            "import",
            "--litellm",
            "tests/fixtures/litellm_sample.json",
            "--write",
            "--as-of",
            "2026-11-27",
            "--source",
            "LiteLLM x",
        ])
        .arg("--data")
        .arg(&dir)
        .output()
        .unwrap();
    assert_eq!(again.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&again.stderr).contains("already has the id 'litellm-2026-11-27'"));
    assert_eq!(read("api_prices.csv"), after);
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn import_write_needs_a_date_and_a_litellm_source() {
    let dir = data_copy("flags");
    let run = |extra: &[&str]| {
        let out = Command::new(env!("CARGO_BIN_EXE_llmcost"))
            .args(["catalog", "import", "--litellm", "tests/fixtures/litellm_sample.json", "--write"])
            .args(extra)
            .arg("--data")
            .arg(&dir)
            .output()
            .unwrap();
        (out.status.code(), String::from_utf8_lossy(&out.stderr).into_owned())
    };
    assert!(run(&[]).1.contains("--write needs --as-of"));
    assert!(run(&["--as-of", "27/11/2026"]).1.contains("error: --as-of: '27/11/2026' is not a date"));
    assert!(run(&["--as-of", "2026-11-27", "--source", "my notes"]).1.contains("error: --source: must start with 'LiteLLM'"));
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn throughput_reads_a_model_from_its_config_json() {
    let args = ["--gpu", "h100", "--weights", "fp8", "--input", "1000", "--output", "500"];
    let (code, from_config, _) =
        llmcost(&[&["throughput", "--model-config", "tests/fixtures/configs/mixtral-8x7b.json"][..], &args].concat());
    assert_eq!(code, 0);
    let (_, from_catalog, _) = llmcost(&[&["throughput", "--model", "mixtral-8x7b"][..], &args].concat());
    let (a, b) = (from_config["output_tokens_per_s"].as_f64().unwrap(), from_catalog["output_tokens_per_s"].as_f64().unwrap());
    assert!((a - b).abs() <= 0.02 * b, "{a} vs {b}");
    assert!((from_config["model"]["total_params_b"].as_f64().unwrap() - 46.7).abs() < 0.5, "the model read is shown");
    assert!(from_catalog.get("model").is_none());

    let (code, _, stderr) = llmcost(&[&["throughput", "--model-config", "Cargo.toml"][..], &args].concat());
    assert_eq!(code, 1);
    assert!(stderr.starts_with("error: --model-config: not a config.json"), "{stderr}");
    let (code, _, stderr) = llmcost(&[&["throughput", "--model", "mixtral-8x7b", "--model-config", "x.json"][..], &args].concat());
    assert_eq!(code, 2);
    assert!(stderr.contains("give --model or --model-config, not both"), "{stderr}");
}

#[test]
fn throughput_takes_a_gpu_from_its_datasheet_figures() {
    let args = ["--model", "llama-3.3-70b", "--gpus", "2", "--weights", "fp8", "--input", "1000", "--output", "500"];
    // The catalog's H100 figures in a file: the same estimate, marked unchecked (no calibration).
    let (code, from_file, _) = llmcost(&[&["throughput", "--gpu-spec", "tests/fixtures/gpu_h100.json"][..], &args].concat());
    assert_eq!(code, 0);
    let (_, from_catalog, _) = llmcost(&[&["throughput", "--gpu", "h100"][..], &args].concat());
    assert_eq!(from_file["output_tokens_per_s"], from_catalog["output_tokens_per_s"]);
    assert_eq!(from_file["gpu"]["memory_gib"], 79.6);
    assert_eq!(from_file["calibrated"], false);

    let dir = std::env::temp_dir().join(format!("llmcost-gpu-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let run = |name: &str, json: &str| {
        let path = dir.join(name);
        std::fs::write(&path, json).unwrap();
        let out = Command::new(env!("CARGO_BIN_EXE_llmcost")).args(["throughput", "--gpu-spec"]).arg(&path).args(args).output().unwrap();
        (out.status.code(), String::from_utf8_lossy(&out.stderr).into_owned())
    };
    let h100 = std::fs::read_to_string("tests/fixtures/gpu_h100.json").unwrap();
    let (code, stderr) = run("small.json", &h100.replace("79.6", "0").replace("700", "-1"));
    assert_eq!(code, Some(1));
    assert!(stderr.contains("memory_gib: must be between 1 and 4,096 GiB") && stderr.contains("tdp_w: must be between"), "{stderr}");
    let (_, stderr) = run("missing.json", &h100.replace("\"tdp_w\": 700", "\"tdp\": 700"));
    assert!(stderr.starts_with("error: --gpu-spec: not a GPU spec: unknown field 'tdp'"), "{stderr}");
    let (_, stderr) = run("link.json", &h100.replace("nv_link", "infiniband"));
    assert!(stderr.contains("link: 'infiniband' (expected nv_link or pcie)"), "{stderr}");
    let (_, stderr) = run("absent.json", &h100.replace(",\n  \"tdp_w\": 700", ""));
    assert!(stderr.contains("tdp_w: missing"), "{stderr}");
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn a_model_and_gpu_read_from_files_give_the_link_keys_that_eval_reads_back() {
    let args = ["--gpus", "2", "--weights", "fp8", "--input", "1000", "--output", "1000"];
    let (code, t, stderr) = llmcost(
        &[
            &["throughput", "--model-config", "tests/fixtures/configs/llama-3.1-8b.json", "--gpu-spec", "tests/fixtures/gpu_h100.json"][..],
            &args,
        ]
        .concat(),
    );
    assert_eq!(code, 0, "{stderr}");
    let (model_keys, gpu_keys) = (t["model_link_keys"].as_str().unwrap(), t["gpu_link_keys"].as_str().unwrap());
    assert!(model_keys.starts_with("m=custom&mp=") && gpu_keys.starts_with("gpu:custom;gmem:"), "{model_keys} {gpu_keys}");
    // A scenario on that model and GPU: `eval` reads the keys without a notice, and its replica
    // serves what `throughput` estimated.
    let link = format!("v=1&vol=1B&{model_keys}&o=api;A;in:.1&o=rent;Mine;{gpu_keys};prec:fp8;hr:2.5;n:2");
    let (code, e, stderr) = llmcost(&["eval", &link]);
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(e["notices"], Value::Array(vec![]), "{link}");
    assert_eq!(e["link"], Value::String(link.clone()), "the keys are canonical");
    let (per_day, estimated) = (e["options"][1]["capacity_tokens_per_day"].as_f64().unwrap(), t["tokens_per_day"].as_f64().unwrap());
    assert!((per_day - estimated).abs() <= 1e-9 * estimated, "eval {per_day} vs throughput {estimated}");
}
