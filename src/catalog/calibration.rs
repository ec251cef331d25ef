//! Published serving throughput, to calibrate and test the estimator (total output tokens/s,
//! summed over the replica's GPUs). ShareGPT rows use a mean of 250 input and 200 output tokens.
//!
//! The rows live in `src/catalog/data/calibration.csv`, citing their sources by id in `sources.csv`;
//! `build.rs` turns them into this constant.

use super::CalibrationRow;
use crate::engine::throughput::Precision;

include!(concat!(env!("OUT_DIR"), "/calibration.rs"));
