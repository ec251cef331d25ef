//! Open models: architecture from each model's published config.json (Hugging Face), as of 2026-08.
//! KV bytes per token are GQA- and MLA-aware (2 × layers × KV heads × head dim × 2 bytes at 16-bit).
//!
//! The rows live in `src/catalog/data/models.csv`, citing their sources by id in `sources.csv`;
//! `build.rs` turns them into this constant.

use super::Sourced;
use crate::engine::throughput::{ModelSpec, SlidingWindow};

include!(concat!(env!("OUT_DIR"), "/models.rs"));
