//! The shipped data: every row sourced and dated, units and ranges sane, no duplicates, and every
//! id that one table uses defined in another.
// Some catalog fields exist only in native builds (the page leaves out what only the command line shows).
#![cfg(not(target_arch = "wasm32"))]

use gpu_or_api::catalog::{
    self, Pricing, API_PRICES, CALIBRATION, GPUS, MODELS, PRESETS, PURCHASE_PRICES, RENTAL_PRICES, SERVERLESS_PRICES,
};
use gpu_or_api::scenario::decode;
use std::collections::HashSet;

fn dated(as_of: &str) -> bool {
    as_of.starts_with("20") || as_of.starts_with("undated snapshot (20")
}

#[test]
fn every_row_has_a_source_and_a_date() {
    for r in API_PRICES {
        assert!(!r.source.trim().is_empty() && dated(r.as_of), "{} {}: {:?}", r.provider, r.model, r.as_of);
    }
    for r in RENTAL_PRICES.iter().chain(SERVERLESS_PRICES) {
        assert!(!r.source.trim().is_empty() && dated(r.as_of), "{} {}: {:?}", r.provider, r.gpu, r.as_of);
        // An undated price is low confidence by definition.
        assert!(r.as_of.starts_with("20") || r.low_confidence, "{} {}", r.provider, r.gpu);
    }
    for r in PURCHASE_PRICES {
        assert!(!r.source.is_empty() && !r.power_source.is_empty() && dated(r.as_of), "{}", r.gpu);
    }
    for r in MODELS.iter().map(|m| (m.source, m.as_of)).chain(GPUS.iter().map(|g| (g.source, g.as_of))) {
        assert!(!r.0.is_empty() && dated(r.1));
    }
    for p in PRESETS {
        assert!(!p.source.is_empty(), "{}", p.id);
    }
}

#[test]
fn a_note_that_doubts_a_row_marks_it_low_confidence() {
    let doubts = |note: &str| ["LOW CONFIDENCE", "WRONG", "PLACEHOLDER", "UNVERIFIED"].iter().any(|w| note.to_uppercase().contains(w));
    for r in API_PRICES {
        assert!(!doubts(r.note) || r.low_confidence, "{} {}: note {:?} but not marked", r.provider, r.model, r.note);
    }
    for r in RENTAL_PRICES.iter().chain(SERVERLESS_PRICES) {
        assert!(!doubts(r.note) || r.low_confidence, "{} {}: note {:?} but not marked", r.provider, r.gpu, r.note);
    }
}

#[test]
fn prices_and_specs_are_in_sane_ranges() {
    for r in API_PRICES {
        assert!(
            (0.0..=200.0).contains(&r.input_usd_per_mtok) && (0.0..=200.0).contains(&r.output_usd_per_mtok),
            "{} {}",
            r.provider,
            r.model
        );
        assert!(r.input_usd_per_mtok + r.output_usd_per_mtok > 0.0);
        if let Some(c) = r.cached_input_usd_per_mtok {
            assert!(c <= r.input_usd_per_mtok, "cached input dearer than input: {} {}", r.provider, r.model);
        }
    }
    for r in RENTAL_PRICES.iter().chain(SERVERLESS_PRICES) {
        assert!((0.1..=20.0).contains(&r.usd_per_gpu_hour), "{} {} {}", r.provider, r.gpu, r.usd_per_gpu_hour);
        assert!((1..=8).contains(&r.gpus_per_instance));
    }
    for r in PURCHASE_PRICES {
        assert!(r.usd_low >= 500.0 && r.usd_low <= r.usd_high && r.usd_high <= 100_000.0, "{}", r.gpu);
        assert!((50.0..=1500.0).contains(&r.watts), "{}", r.gpu);
    }
    for g in GPUS.iter().map(|g| g.item) {
        assert!(
            (16.0..=300.0).contains(&g.memory_gib) && (0.2..=10.0).contains(&g.memory_tb_per_s) && (50.0..=3000.0).contains(&g.bf16_tflops),
            "{}",
            g.id
        );
        if let Some(fp8) = g.fp8_tflops {
            assert!(fp8 >= g.bf16_tflops, "{}", g.id);
        }
    }
    for m in MODELS.iter().map(|m| m.item) {
        assert!(m.active_params_b <= m.total_params_b && m.active_params_b > 0.5 && m.layers >= 8, "{}", m.id);
        assert!((16_000.0..=600_000.0).contains(&m.kv_bytes_per_token_16bit), "{}", m.id);
    }
}

#[test]
fn no_duplicate_rows_and_every_reference_resolves() {
    let mut seen = HashSet::new();
    for r in API_PRICES {
        assert!(seen.insert(format!("{}|{}|{}", r.model, r.provider, r.provider_model_id)), "duplicate API row {} {}", r.provider, r.model);
        if let Some(id) = r.estimator_model {
            assert!(catalog::model(id).is_some(), "{id}");
        }
    }
    for table in [RENTAL_PRICES, SERVERLESS_PRICES] {
        seen.clear();
        for r in table {
            assert!(
                seen.insert(format!("{}|{}|{}|{:?}|{}", r.gpu, r.provider, r.instance, r.pricing, r.region)),
                "duplicate rental row {} {}",
                r.provider,
                r.instance
            );
            assert!(catalog::gpu(r.gpu).is_some(), "{}", r.gpu);
        }
    }
    for r in PURCHASE_PRICES {
        assert!(catalog::gpu(r.gpu).is_some(), "{}", r.gpu);
    }
    for ids in [
        MODELS.iter().map(|m| m.item.id).collect::<Vec<_>>(),
        GPUS.iter().map(|g| g.item.id).collect(),
        PRESETS.iter().map(|p| p.id).collect(),
    ] {
        assert_eq!(ids.iter().collect::<HashSet<_>>().len(), ids.len(), "{ids:?}");
    }
    for r in CALIBRATION {
        assert!(catalog::model(r.model).is_some() && catalog::gpu(r.gpu).is_some(), "{} {}", r.model, r.gpu);
    }
}

#[test]
fn the_article_comes_first_and_presets_open_cleanly() {
    assert_eq!(PRESETS[0].id, "blog-2025-03");
    for p in PRESETS {
        let decoded = decode(p.query);
        assert!(decoded.notices.is_empty(), "{}: {:?}", p.id, decoded.notices);
    }
}

#[test]
fn the_data_files_keep_the_form_the_importer_writes() {
    // Reading and writing back each file changes nothing, so a refresh's diff shows only its prices.
    let dir = std::env::temp_dir().join(format!("catalog-form-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    for entry in std::fs::read_dir("src/catalog/data").unwrap() {
        let path = entry.unwrap().path();
        let copy = dir.join(path.file_name().unwrap());
        std::fs::copy(&path, &copy).unwrap();
        gpu_or_api::catalog::data_files::rewrite_unchanged(&copy).unwrap();
        assert_eq!(std::fs::read(&copy).unwrap(), std::fs::read(&path).unwrap(), "{}", path.display());
    }
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn rows_that_look_alike_name_their_instance_on_the_page() {
    for table in [RENTAL_PRICES, SERVERLESS_PRICES] {
        for r in table {
            let alike: Vec<_> = table.iter().filter(|o| (o.provider, o.gpu, o.pricing) == (r.provider, r.gpu, r.pricing)).collect();
            if alike.len() > 1 {
                assert_eq!(r.distinguishing_instance, r.instance, "{} {}", r.provider, r.gpu);
                assert_eq!(
                    alike.iter().filter(|o| o.instance == r.instance).count(),
                    1,
                    "{} {} {}: instances tell them apart",
                    r.provider,
                    r.gpu,
                    r.instance
                );
            } else {
                assert_eq!(r.distinguishing_instance, "", "{} {}", r.provider, r.gpu);
            }
        }
    }
    let aws_l40s: Vec<_> =
        RENTAL_PRICES.iter().filter(|r| r.provider == "AWS" && r.gpu == "l40s" && r.pricing == Pricing::OnDemand).collect();
    assert_eq!(aws_l40s.len(), 3);
    assert!(aws_l40s.iter().all(|r| r.distinguishing_instance.starts_with("g6e.")));
}
