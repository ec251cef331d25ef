//! The domain of every number the engine accepts: its bounds, whether it must be whole, and its
//! unit. The engine validates against these, the link decoder and the page check values against
//! the same entries, and the README's table of domains is generated from them (a test keeps the
//! two equal), so each bound is written once.

use super::error::{check_range, FieldError, Problem};

/// Bounds of one number, both inclusive.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Domain {
    pub min: f64,
    pub max: f64,
    /// Whole numbers only.
    pub integer: bool,
    /// What is counted, as messages show it (`$/GPU-hour`).
    pub unit: &'static str,
}

const fn real(min: f64, max: f64, unit: &'static str) -> Domain {
    Domain { min, max, integer: false, unit }
}

const fn whole(min: f64, max: f64, unit: &'static str) -> Domain {
    Domain { min, max, integer: true, unit }
}

/// A GPU's memory as the device reports it, GiB.
pub const GPU_MEMORY_GIB: Domain = real(1.0, 4096.0, "GiB");
/// A GPU's memory bandwidth, TB/s.
pub const GPU_MEMORY_TB_PER_S: Domain = real(0.01, 100.0, "TB/s");
/// A GPU's dense tensor throughput in one precision, TFLOPS (TOPS for int8).
pub const GPU_TFLOPS: Domain = real(0.1, 100_000.0, "TFLOPS");
/// GPU-to-GPU bandwidth, GB/s, both directions added.
pub const GPU_LINK_GB_PER_S: Domain = real(1.0, 100_000.0, "GB/s");
/// A GPU's board power, W.
pub const GPU_TDP_W: Domain = real(1.0, 10_000.0, "W");

/// A model's parameters (total or active per token), billions.
pub const MODEL_PARAMS_B: Domain = real(0.001, 100_000.0, "billion parameters");
/// A model's transformer layers.
pub const MODEL_LAYERS: Domain = whole(1.0, 10_000.0, "layers");
/// A model's hidden size (width of the residual stream).
pub const MODEL_HIDDEN: Domain = whole(1.0, 1_000_000.0, "dimensions");
/// A model's KV cache per token at 16 bits, summed over its layers, bytes.
pub const MODEL_KV_BYTES_PER_TOKEN: Domain = real(1.0, 1e9, "bytes/token");
/// A sliding-attention window, tokens (0: none).
pub const MODEL_WINDOW_TOKENS: Domain = whole(0.0, 1e8, "tokens");

/// Seconds a cold serverless worker takes to start and load the model (billed).
pub const COLD_START_S: Domain = real(0.0, 3600.0, "s");
/// Seconds a serverless worker stays billed after its last request.
pub const IDLE_TIMEOUT_S: Domain = real(0.0, 86_400.0, "s");
/// Serverless workers kept warm around the clock.
pub const MIN_WORKERS: Domain = whole(0.0, 10_000.0, "workers");
/// Most serverless workers running at once.
pub const MAX_WORKERS: Domain = whole(1.0, 10_000.0, "workers");
/// Resale value of one owned GPU at the end of its write-off, $.
pub const RESALE_USD_PER_GPU: Domain = real(0.0, 1e7, "$");
/// A yes/no setting written as 0 or 1 (the owned option's sunk-cost mode).
pub const SWITCH: Domain = whole(0.0, 1.0, "0 or 1");

/// Tokens per day, input plus output (10^13: about 100 times the largest public services).
pub const TOKENS_PER_DAY: Domain = real(1.0, 1e13, "tokens/day");
/// Mean input tokens per request.
pub const INPUT_TOKENS: Domain = real(0.0, 1e7, "tokens");
/// Mean output tokens per request (at least one: a request produces something).
pub const OUTPUT_TOKENS: Domain = real(1.0, 1e7, "tokens");
/// A share, 0–1.
pub const SHARE: Domain = real(0.0, 1.0, "");
/// Hours per day something happens (traffic, billing, power).
pub const HOURS_PER_DAY: Domain = real(0.1, 24.0, "hours/day");
/// Peak over average request rate.
pub const PEAK_TO_AVERAGE: Domain = real(1.0, 1000.0, "×");
/// Output tokens per second promised to each user.
pub const SPEED_TOKENS_PER_S: Domain = real(0.1, 10_000.0, "tokens/s");
/// API price, $ per million tokens.
pub const USD_PER_MTOK: Domain = real(0.0, 1000.0, "$/M tokens");
/// Batch-API discount.
pub const BATCH_DISCOUNT: Domain = real(0.0, 0.99, "");
/// Rental price, $ per GPU-hour.
pub const USD_PER_GPU_HOUR: Domain = real(0.01, 1000.0, "$/GPU-hour");
/// Reserved or spot discount.
pub const RENTAL_DISCOUNT: Domain = real(0.0, 0.95, "");
/// GPUs in one replica: one machine (8-GPU servers are the largest common node).
pub const GPUS_PER_REPLICA: Domain = whole(1.0, 8.0, "GPUs (one machine)");
/// Fewest replicas kept running.
pub const MIN_REPLICAS: Domain = whole(1.0, 10_000.0, "replicas");
/// Operations cost for a whole option, $ per month.
pub const OPS_USD_PER_MONTH: Domain = real(0.0, 1e9, "$/month");
/// Measured capacity of one replica, tokens per day.
pub const CAPACITY_TOKENS_PER_DAY: Domain = real(1.0, 1e13, "tokens/day");
/// Most requests in flight on one replica.
pub const CONCURRENCY: Domain = whole(1.0, 1e6, "requests");
/// Purchase price of one GPU, $.
pub const USD_PER_GPU: Domain = real(1.0, 1e7, "$");
/// A GPU's share of its server, $.
pub const SERVER_USD_PER_GPU: Domain = real(0.0, 1e7, "$");
/// Write-off period, years.
pub const AMORTIZATION_YEARS: Domain = real(0.25, 20.0, "years");
/// Power per GPU, W.
pub const WATTS_PER_GPU: Domain = real(0.0, 10_000.0, "W");
/// Power usage effectiveness of a facility.
pub const PUE: Domain = real(1.0, 3.0, "");
/// Electricity, $ per kWh.
pub const USD_PER_KWH: Domain = real(0.0, 10.0, "$/kWh");
/// Setups the search for the cheapest way to self-host lists.
pub const CANDIDATES: Domain = whole(1.0, 100.0, "setups");
/// Hosting per GPU, $ per month.
pub const HOSTING_USD_PER_GPU_MONTH: Domain = real(0.0, 1e6, "$/GPU-month");

impl Domain {
    /// `value` if it lies in this domain; otherwise the error, named `field`.
    pub fn check(&self, field: &'static str, value: f64) -> Result<f64, FieldError> {
        check_range(field, value, self.min, self.max, self.unit)?;
        if self.integer && value.fract() != 0.0 {
            return Err(FieldError::new(field, Problem::NotWhole));
        }
        Ok(value)
    }

    /// Whether `value` lies in this domain.
    pub fn contains(&self, value: f64) -> bool {
        self.check("", value).is_ok()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn checks_bounds_finiteness_and_whole_numbers() {
        assert_eq!(GPUS_PER_REPLICA.check("n", 2.0), Ok(2.0));
        assert!(GPUS_PER_REPLICA.check("n", 1.5).unwrap_err().to_string().contains("whole number"));
        assert!(!MIN_REPLICAS.contains(-5.0));
        assert!(!CONCURRENCY.contains(0.0));
        assert!(!SHARE.contains(f64::NAN));
        assert!(SHARE.contains(-0.0), "−0 is 0");
    }
}
