//! Models read from their published config.json agree with the catalog's: parameters within 2%,
//! the same KV cache per token and sliding window, and the same throughput estimate within 2%.
#![cfg(not(target_arch = "wasm32"))]

use gpu_or_api::catalog::{self, model_config::model_spec_from_config};
use gpu_or_api::engine::throughput::{estimate, smallest_fitting_gpu_count, Derating, Precision, ThroughputQuery};
use gpu_or_api::engine::Workload;

fn within(a: f64, b: f64, share: f64) -> bool {
    (a - b).abs() <= share * b.abs()
}

fn fixtures() -> Vec<(String, String)> {
    let mut all: Vec<(String, String)> = std::fs::read_dir("tests/fixtures/configs")
        .unwrap()
        .map(|e| e.unwrap().path())
        .map(|p| (p.file_stem().unwrap().to_string_lossy().into_owned(), std::fs::read_to_string(&p).unwrap()))
        .collect();
    all.sort();
    all
}

#[test]
fn every_family_reads_as_the_catalog_has_it() {
    let fixtures = fixtures();
    assert!(fixtures.len() >= 12, "Llama, Qwen2/3 (dense and MoE), Mistral/Mixtral, Gemma 2/3, Phi, DeepSeek V3, gpt-oss");
    for (id, json) in fixtures {
        let known = catalog::model(&id).unwrap_or_else(|| panic!("{id} is a catalog model"));
        let read = model_spec_from_config(&json).unwrap_or_else(|e| panic!("{id}: {e}"));
        assert!(within(read.total_params_b, known.total_params_b, 0.02), "{id}: total {} vs {}", read.total_params_b, known.total_params_b);
        assert!(
            within(read.active_params_b, known.active_params_b, 0.02),
            "{id}: active {} vs {}",
            read.active_params_b,
            known.active_params_b
        );
        assert_eq!((read.layers, read.hidden), (known.layers, known.hidden), "{id}");
        assert!(within(read.kv_bytes_per_token_16bit, known.kv_bytes_per_token_16bit, 1e-9), "{id}: KV bytes per token");
        match (read.sliding_window, known.sliding_window) {
            (None, None) => {}
            (Some(r), Some(k)) => {
                assert_eq!(r.window_tokens, k.window_tokens, "{id}");
                assert!(within(r.local_layer_share, k.local_layer_share, 1e-9), "{id}");
            }
            (r, k) => panic!("{id}: sliding window {r:?} vs {k:?}"),
        }
    }
}

#[test]
fn the_estimate_from_a_config_is_the_catalog_models() {
    let workload = Workload { input_tokens_per_request: 1000.0, output_tokens_per_request: 1000.0, ..Workload::default() };
    let gpu = *catalog::gpu("h100").unwrap();
    let mut compared = 0;
    for (id, json) in fixtures() {
        let known = *catalog::model(&id).unwrap();
        let read = model_spec_from_config(&json).unwrap();
        let Some(gpus) = smallest_fitting_gpu_count(&known, &gpu, Precision::Fp8, Precision::Fp8, 2000.0, &Derating::default()) else {
            continue; // DeepSeek V3 needs more than one machine of H100s
        };
        let query = |model| ThroughputQuery { model, gpu, gpus, weights: Precision::Fp8, kv: Precision::Fp8, concurrency: None };
        let (a, b) = (estimate(&query(read), &workload).unwrap(), estimate(&query(known), &workload).unwrap());
        assert!(within(a.tokens_per_day, b.tokens_per_day, 0.02), "{id}: {} vs {} tokens/day", a.tokens_per_day, b.tokens_per_day);
        compared += 1;
    }
    assert!(compared >= 11, "only {compared} models compared");
}

#[test]
fn a_config_that_is_not_understood_says_which_field() {
    let llama = std::fs::read_to_string("tests/fixtures/configs/llama-3.1-8b.json").unwrap();
    let without = |field: &str| {
        let mut v: serde_json::Value = serde_json::from_str(&llama).unwrap();
        v.as_object_mut().unwrap().remove(field);
        model_spec_from_config(&v.to_string()).unwrap_err()
    };
    assert_eq!(without("num_hidden_layers"), "config.json has no num_hidden_layers");
    assert_eq!(without("vocab_size"), "config.json has no vocab_size");
    assert_eq!(without("intermediate_size"), "config.json has no intermediate_size");
    assert!(model_spec_from_config("{ not json").unwrap_err().starts_with("not a config.json"));
    assert!(model_spec_from_config("[1, 2]").unwrap_err().contains("expected an object"));
    let bad = llama.replace("\"hidden_size\": 4096", "\"hidden_size\": -1");
    assert!(model_spec_from_config(&bad).unwrap_err().contains("hidden_size is not a positive number"));
    let moe = llama.replace("\"num_attention_heads\"", "\"num_local_experts\": 8, \"num_attention_heads\"");
    assert_eq!(model_spec_from_config(&moe).unwrap_err(), "config.json has experts but no num_experts_per_tok");
    let mla = llama.replace("\"num_attention_heads\"", "\"kv_lora_rank\": 512, \"num_attention_heads\"");
    assert_eq!(model_spec_from_config(&mla).unwrap_err(), "config.json has no qk_nope_head_dim");
}
