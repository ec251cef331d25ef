//! GPU datasheet figures (dense tensor throughput; datasheets often quote 2× sparse figures) and
//! memory as the device reports it (nvidia-smi / rocm-smi), in GiB: the marketing "80GB" of an
//! A100 is 80 GiB, about 85.9 × 10^9 bytes.
//!
//! The rows live in `src/catalog/data/gpus.csv`, citing their sources by id in `sources.csv`;
//! `build.rs` turns them into this constant.

use super::Sourced;
use crate::engine::throughput::{GpuSpec, Link, Precision};

include!(concat!(env!("OUT_DIR"), "/gpus.rs"));
