//! Scenario links: golden links that must keep their meaning, the round trip, and a fuzz of
//! arbitrary and mutated links that must never panic and always open a valid scenario.
#![cfg(not(target_arch = "wasm32"))]

use gpu_or_api::charts::{cost_chart, sweep_csv, MAX_DECADES};
use gpu_or_api::engine::evaluate;
use gpu_or_api::engine::report::cost_models;
use gpu_or_api::engine::throughput::{GpuSpec, Link, ModelSpec, Precision, SlidingWindow};
use gpu_or_api::scenario::custom;
use gpu_or_api::scenario::{
    decode, encode, link_with_view, resolve, CapacitySpec, FleetSpec, OptionSpec, Reasons, Scenario, ScenarioOption, MAX_LINK_BYTES,
};
use gpu_or_api::verdict::verdict;
use proptest::prelude::*;

mod common;
use serde_json::Value;

fn golden() -> Vec<Value> {
    serde_json::from_str(include_str!("golden/links.json")).expect("golden/links.json parses")
}

#[test]
fn golden_links_keep_their_meaning() {
    for entry in golden() {
        let name = entry["name"].as_str().unwrap();
        let decoded = decode(entry["link"].as_str().unwrap());
        assert_eq!(encode(&decoded.scenario), entry["canonical"].as_str().unwrap(), "{name}: canonical link");
        assert_eq!(decoded.notices.len() as u64, entry["notices"].as_u64().unwrap(), "{name}: {:?}", decoded.notices);
        if let Some(expected) = entry["cost_per_day_usd"].as_array() {
            let report = evaluate(&resolve(&decoded.scenario).unwrap()).unwrap();
            let got: Vec<f64> = report.options.iter().map(|o| o.cost_per_day_usd).collect();
            let want: Vec<f64> = expected.iter().map(|v| v.as_f64().unwrap()).collect();
            assert_eq!(got.len(), want.len(), "{name}");
            for (g, w) in got.iter().zip(&want) {
                assert!((g - w).abs() <= 1e-12 * w.abs(), "{name}: costs per day {got:?} vs {want:?}");
            }
        }
    }
}

#[test]
fn the_article_plus_two_options_stays_well_under_300_characters() {
    let mut s = Scenario::default();
    s.options.push(ScenarioOption::new("DeepInfra", OptionSpec::api(0.1, 0.32)));
    let mut h100 = OptionSpec::rented("h100", 2.99);
    h100.fleet_mut().unwrap().capacity = CapacitySpec::Measured { tokens_per_day: 3.6e8 };
    s.options.push(ScenarioOption::new("RunPod H100", h100));
    let link = encode(&s);
    assert!(link.len() < 120, "{} characters: {link}", link.len());
    assert_eq!(decode(&link).scenario, s);
}

fn label() -> impl Strategy<Value = String> {
    proptest::collection::vec(
        prop_oneof![
            any::<char>().prop_filter("printable", |c| !c.is_control()),
            Just(';'),
            Just(':'),
            Just('&'),
            Just('+'),
            Just('%'),
            Just(' ')
        ],
        0..30,
    )
    .prop_map(|chars| chars.into_iter().collect())
}

fn precision() -> impl Strategy<Value = Precision> {
    proptest::sample::select(Precision::ALL.to_vec())
}

fn capacity() -> impl Strategy<Value = CapacitySpec> {
    prop_oneof![
        (1.0..1e12f64).prop_map(|tokens_per_day| CapacitySpec::Measured { tokens_per_day }),
        (precision(), proptest::option::of(precision()), proptest::option::of(1u32..512))
            .prop_map(|(weights, kv, concurrency)| CapacitySpec::Estimated { weights, kv, concurrency }),
    ]
}

/// A GPU the catalog does not have, with room for an 8B model.
fn custom_gpu() -> impl Strategy<Value = GpuSpec> {
    let tflops = || proptest::option::of(10.0..20_000.0f64);
    ((40.0..300.0f64, 0.5..10.0f64, 10.0..5000.0f64, tflops(), tflops(), tflops()), (any::<bool>(), 1.0..2000.0f64, 50.0..1500.0f64))
        .prop_map(|((memory, bandwidth, bf16, fp8, fp4, int8), (nvlink, link_gb_per_s, tdp))| GpuSpec {
            memory_gib: memory,
            memory_tb_per_s: bandwidth,
            bf16_tflops: bf16,
            fp8_tflops: fp8,
            fp4_tflops: fp4,
            int8_tops: int8,
            link: if nvlink { Link::NvLink } else { Link::Pcie },
            link_gb_per_s,
            tdp_w: tdp,
            ..custom::blank_gpu()
        })
}

fn fleet() -> impl Strategy<Value = FleetSpec> {
    // An 8B model fits on one of these, so the decoder has nothing to repair.
    let gpu = prop_oneof![
        4 => proptest::sample::select(vec!["h100", "h200", "a100-80gb", "l40s", "b200", "mi300x"]).prop_map(|g| (g, None)),
        1 => custom_gpu().prop_map(|g| (custom::CUSTOM_GPU_ID, Some(g))),
    ];
    (gpu, 1u32..=8, 1u32..50, 0.0..1e6f64, capacity()).prop_map(
        |((gpu, custom_gpu), gpus_per_replica, min_replicas, ops_usd_per_month, capacity)| FleetSpec {
            gpu: gpu.into(),
            custom_gpu,
            gpus_per_replica,
            min_replicas,
            ops_usd_per_month,
            capacity,
        },
    )
}

/// A model the catalog does not have, no larger than 8B parameters so that it fits.
fn custom_model() -> impl Strategy<Value = ModelSpec> {
    (0.1..8.0f64, 0.0..1.0f64, 1u32..200, 64u32..16_384, 1000.0..500_000.0f64, proptest::option::of((1u32..100_000, 0.01..1.0f64)))
        .prop_map(|(total, active_share, layers, hidden, kv, window)| ModelSpec {
            total_params_b: total,
            // Some dense (all active), some mixtures of experts.
            active_params_b: if active_share < 0.5 { total } else { total * active_share },
            layers,
            hidden,
            kv_bytes_per_token_16bit: kv,
            sliding_window: window.map(|(window_tokens, local_layer_share)| SlidingWindow { window_tokens, local_layer_share }),
            ..custom::blank_model()
        })
}

fn option() -> impl Strategy<Value = ScenarioOption> {
    let spec = prop_oneof![
        common::api(0.01..100.0, 0.0..100.0, 0.0..100.0, 0.0..0.99).prop_map(OptionSpec::Api),
        common::rented(0.01..100.0, 0.1..24.0, 0.0..0.95, fleet()).prop_map(OptionSpec::Rented),
        (common::serverless(0.01..100.0, 0.0..3600.0, 0.0..86_400.0, 1u32..101, fleet()), 0u32..3).prop_map(|(mut s, warm)| {
            s.fleet.min_replicas = warm.min(s.max_workers);
            OptionSpec::Serverless(s)
        }),
        common::owned(
            common::OwnedRanges {
                usd_per_gpu: 1.0..1e6,
                server_usd_per_gpu: 0.0..1e5,
                amortization_years: 0.25..20.0,
                watts_per_gpu: 0.0..5000.0,
                pue: 1.0..3.0,
                usd_per_kwh: 0.0..10.0,
                hosting_usd_per_gpu_month: 0.0..1e4,
                powered_hours_per_day: (0.1..24.0f64).boxed(),
                resale_share_of_price: (0.0..1.0f64).boxed(),
                sunk: any::<bool>().boxed(),
            },
            fleet()
        )
        .prop_map(OptionSpec::Owned),
    ];
    // Its own model, where it has one: the catalog's 8B or the scenario's custom model.
    let model = proptest::option::of(proptest::sample::select(vec!["llama-3.1-8b", custom::CUSTOM_MODEL_ID]));
    (label(), spec, model)
        .prop_map(|(label, spec, model)| ScenarioOption { model: model.map(String::from), ..ScenarioOption::new(label, spec) })
}

fn scenario() -> impl Strategy<Value = Scenario> {
    (
        common::workload(1.0..1e13, 0.0..8192.0, 1.0..8192.0, 0.0..1.0, 0.1..24.0, 1.0..1000.0, proptest::option::of(0.1..10.0f64)),
        (any::<[bool; 4]>(), prop_oneof![Just(None), proptest::collection::vec(option(), 0..12).prop_map(Some)]),
        (custom_model(), any::<bool>()),
    )
        .prop_map(|(workload, (why, options), (custom, use_custom))| {
            let mut options = options.unwrap_or_else(gpu_or_api::scenario::default_options);
            if !use_custom {
                // Without a custom model, nothing may name one.
                options.iter_mut().filter(|o| o.model.as_deref() == Some(custom::CUSTOM_MODEL_ID)).for_each(|o| o.model = None);
            }
            Scenario {
                workload,
                model: if use_custom { custom::CUSTOM_MODEL_ID } else { "llama-3.1-8b" }.into(),
                custom_model: use_custom.then_some(custom),
                reasons: Reasons { fine_tuned: why[0], data_in_house: why[1], offline: why[2], learning: why[3] },
                options,
            }
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn decode_of_encode_is_the_same_scenario(s in scenario()) {
        let link = encode(&s);
        let decoded = decode(&link);
        prop_assert!(decoded.notices.is_empty(), "{link}: {:?}", decoded.notices);
        prop_assert_eq!(decoded.scenario, s, "{}", link);
    }

    #[test]
    fn numbers_round_trip_exactly(x in any::<f64>().prop_filter("finite", |x| x.is_finite())) {
        let text = gpu_or_api::scenario::format_exact(x);
        prop_assert_eq!(gpu_or_api::scenario::parse_number(&text), Some(x), "{}", text);
    }
}

/// Whether a debug dump holds a non-finite number (labels are cleared first, so their text
/// cannot look like one).
fn has_non_finite(debug: &str) -> bool {
    ["NaN", "inf"].iter().any(|bad| {
        debug.match_indices(bad).any(|(at, _)| {
            let before = debug[..at].trim_end_matches('-');
            before.ends_with(": ") || before.ends_with('[') || before.ends_with(", ") || before.ends_with('(')
        })
    })
}

/// Whatever a link says: decoding gives a scenario the engine evaluates; every number of the
/// report, the verdict and the chart series is finite; the canonical link fits the length
/// limit, decodes to the same scenario with no notices, and encodes to itself.
fn assert_opens(link: &str) {
    let decoded = decode(link);
    let input = resolve(&decoded.scenario).unwrap_or_else(|e| panic!("{link:?} decoded to an invalid scenario: {e:?}"));
    cost_models(&input).unwrap_or_else(|e| panic!("{link:?} decoded to a scenario that does not evaluate: {e:?}"));
    let mut report = evaluate(&input).unwrap();
    verdict(&report, &decoded.scenario.reasons);
    // Labels are the user's text; with them cleared, any "NaN" or "∞" left is a number.
    let mut unlabelled = report.clone();
    unlabelled.options.iter_mut().for_each(|o| o.label.clear());
    let v = verdict(&unlabelled, &decoded.scenario.reasons);
    for text in std::iter::once(&v.headline).chain(&v.details) {
        assert!(!text.contains('∞') && !text.contains("NaN") && !text.contains("inf×"), "{link:?}: {text}");
    }
    let costs = cost_chart(&report);
    let axes = [costs.x_range.0, costs.x_range.1, costs.y_range.0, costs.y_range.1];
    assert!(axes.iter().all(|a| a.is_finite() && *a > 0.0), "{link:?}: axes {axes:?}");
    assert!(costs.y_range.1 / costs.y_range.0 <= 10f64.powf(MAX_DECADES + 1.0), "{link:?}: y axis {:?}", costs.y_range);
    assert!(costs.lines.iter().flat_map(|l| &l.points).all(|p| p.0.is_finite() && p.1.is_finite()), "{link:?}");
    let csv = sweep_csv(&report);
    let values = csv.split_once('\n').map_or("", |(_header, rows)| rows);
    assert!(!values.contains("NaN") && !values.contains("inf"), "{link:?}");
    report.options.iter_mut().for_each(|o| o.label.clear());
    assert!(!has_non_finite(&format!("{report:?}")), "{link:?}: non-finite report {report:?}");

    let canonical = encode(&decoded.scenario);
    assert!(canonical.len() <= MAX_LINK_BYTES, "{link:?}: canonical link of {} characters", canonical.len());
    let again = decode(&canonical);
    assert!(again.notices.is_empty(), "{link:?} → {canonical:?}: {:?}", again.notices);
    assert_eq!(again.scenario, decoded.scenario, "{link:?}: re-encoding changes the scenario");
    assert_eq!(encode(&again.scenario), canonical, "{link:?}: encoding is not idempotent");
}

/// The minimal failing links found by fuzzing; each once failed one of the checks above.
const REGRESSIONS: &[&str] = &[
    "?o=article&o=api;;in:1e-320",
    "?o=api;;in:4e-308&o=rent",
    "?o=own&o=own&o=own&o=own",
    "?o=rent&o=rent&o=rent&o=rent&o=rent",
    "v=1&o=api;X;in:4;out:6e3",
    "v=1&cache=-0",
    "v=1&o=rent;X;min:-5;conc:-5",
    "v=1&o=rent;X;conc:1e20",
    "v=1&o=rent;X;n:1.5;min:1.5",
    "v=1&embed=1&embed=0",
];

#[test]
fn minimal_failing_links_stay_fixed() {
    for link in REGRESSIONS {
        assert_opens(link);
    }
    let out = decode("v=1&o=api;X;in:4;out:6e3");
    assert_eq!(encode(&out.scenario), "v=1&o=api;X;in:4", "an invalid output price falls back to the input price");
    assert_eq!(out.notices[0].key, "o[1].out");
    let negative = decode("v=1&o=rent;X;min:-5;conc:-5");
    let keys: Vec<&str> = negative.notices.iter().map(|n| n.key.as_str()).collect();
    assert_eq!(keys[..2], ["o[1].min", "o[1].conc"], "{:?}", negative.notices);
    assert_eq!(encode(&decode("v=1&cache=-0").scenario), "v=1");
    assert_eq!(link_with_view(&decode("v=1&embed=1&embed=0").scenario, &decode("v=1&embed=1&embed=0").view_keys), "?v=1&embed=0");
}

#[test]
fn labels_that_encode_past_the_limit_give_way_to_derived_ones() {
    let label = "€".repeat(80);
    let link: Vec<String> = (0..12).map(|_| format!("o=api;{label};in:1")).collect();
    let decoded = decode(&link.join("&"));
    assert_eq!(decoded.scenario.options.len(), 12, "every option kept");
    assert!(decoded.notices.iter().any(|n| n.key.ends_with(".label")), "{:?}", decoded.notices);
    assert_opens(&link.join("&"));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(20_000))]

    #[test]
    fn arbitrary_text_always_opens(link in ".{0,300}") {
        assert_opens(&link);
    }

    #[test]
    fn arbitrary_key_values_always_open(pairs in proptest::collection::vec(("(v|vol|in|out|cache|hrs|peak|speed|m|mp|ma|ml|mh|mkv|mwin|mloc|why|o|embed|[a-z]{1,4})", "[ -~]{0,40}"), 0..12)) {
        let link: Vec<String> = pairs.into_iter().map(|(k, v)| format!("{k}={v}")).collect();
        assert_opens(&link.join("&"));
    }
}

/// Small deterministic generator (xorshift64*), so the mutation fuzz needs no extra dependency
/// and any failure reproduces.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// Mutated links per run: 60,000 by default; `FUZZ_LINKS=1000000 cargo test --release --test
/// links mutated` runs a million.
fn fuzz_count() -> usize {
    std::env::var("FUZZ_LINKS").ok().and_then(|n| n.parse().ok()).unwrap_or(60_000)
}

#[test]
fn mutated_golden_and_regression_links_always_open() {
    const PIECES: &[&str] = &[
        "&",
        "=",
        ";",
        ":",
        "%",
        "%2",
        "%ZZ",
        "+",
        "o=",
        "o=article",
        "NaN",
        "inf",
        "-1",
        "1e308",
        "1e-320",
        "0",
        "é",
        "\u{0}",
        "🙂",
        "v=2",
        "gpu:",
        "gpu:custom",
        "m=custom",
        "m:custom",
        "m:llama-3.1-8b",
        "mp=",
        "mkv=1",
        "mwin=0",
        "gmem:",
        "gbw:0",
        "glink:nvlink",
        "cap:0",
        "n:9",
        "n:1.5",
        "prec:fp3",
        ",",
        "#",
        "?",
    ];
    let mut seeds: Vec<String> = golden().iter().map(|e| e["link"].as_str().unwrap().to_string()).collect();
    seeds.extend(REGRESSIONS.iter().map(|l| l.to_string()));
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    for _ in 0..fuzz_count() {
        let mut link: Vec<char> = seeds[rng.below(seeds.len())].chars().collect();
        for _ in 0..1 + rng.below(4) {
            let at = rng.below(link.len() + 1);
            match rng.below(4) {
                0 if !link.is_empty() => {
                    let end = (at + 1 + rng.below(8)).min(link.len());
                    link.drain(at.min(end)..end);
                }
                1 => link.splice(at..at, PIECES[rng.below(PIECES.len())].chars()).for_each(drop),
                2 if !link.is_empty() => {
                    let c = char::from_u32(rng.below(0x250) as u32).unwrap_or('x');
                    let last = link.len() - 1;
                    link[at.min(last)] = c;
                }
                _ => link.truncate(at),
            }
        }
        assert_opens(&link.into_iter().collect::<String>());
    }
}

#[test]
fn oversized_links_are_cut_with_a_notice() {
    let link = format!("v=1&vol=2M&o=api;{};in:1", "x".repeat(20_000));
    let decoded = decode(&link);
    assert!(decoded.notices.iter().any(|n| n.key == "link"));
    assert_eq!(decoded.scenario.workload.tokens_per_day, 2e6);
}
