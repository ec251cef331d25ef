//! Strategies for the option types, shared by the engine's properties (fleets resolved) and the
//! link round trip (fleets as catalog ids): each test gives the ranges its invariants need.
#![allow(dead_code)]

use gpu_or_api::engine::{ApiPricing, OwnedGpus, RentedGpus, ServerlessGpus, Workload};
use proptest::prelude::*;
use std::fmt::Debug;
use std::ops::Range;

/// A workload: tokens per day, input and output tokens per request, cached share, traffic hours,
/// peak over average, and the speed target.
pub fn workload(
    tokens_per_day: Range<f64>,
    input: Range<f64>,
    output: Range<f64>,
    cached_share: Range<f64>,
    traffic_hours: Range<f64>,
    peak_to_average: Range<f64>,
    speed: impl Strategy<Value = Option<f64>>,
) -> impl Strategy<Value = Workload> {
    (tokens_per_day, input, output, cached_share, traffic_hours, peak_to_average, speed).prop_map(|(v, i, o, c, h, p, speed)| Workload {
        tokens_per_day: v,
        input_tokens_per_request: i,
        output_tokens_per_request: o,
        cached_input_share: c,
        traffic_hours_per_day: h,
        peak_to_average: p,
        speed_target_tokens_per_s: speed,
    })
}

/// API prices, $/M tokens, and a batch discount; the cached price may be absent.
pub fn api(input: Range<f64>, output: Range<f64>, cached: Range<f64>, discount: Range<f64>) -> impl Strategy<Value = ApiPricing> {
    (input, output, proptest::option::of(cached), discount).prop_map(|(i, o, c, b)| ApiPricing {
        input_usd_per_mtok: i,
        output_usd_per_mtok: o,
        cached_input_usd_per_mtok: c,
        batch_discount: b,
    })
}

/// Rented GPUs: $/GPU-hour, billed hours per day, discount, and the fleet.
pub fn rented<F: Clone + Debug>(
    usd_per_gpu_hour: Range<f64>,
    billed_hours_per_day: Range<f64>,
    discount: Range<f64>,
    fleet: impl Strategy<Value = F>,
) -> impl Strategy<Value = RentedGpus<F>> {
    (usd_per_gpu_hour, billed_hours_per_day, discount, fleet).prop_map(|(p, h, d, fleet)| RentedGpus {
        usd_per_gpu_hour: p,
        billed_hours_per_day: h,
        discount: d,
        fleet,
    })
}

/// Serverless GPUs: $/GPU-hour, cold start and idle timeout in seconds, the most workers, and the
/// fleet (whose `min_replicas` are the warm workers: callers keep them within the most workers).
pub fn serverless<F: Clone + Debug>(
    usd_per_gpu_hour: Range<f64>,
    cold_start_s: Range<f64>,
    idle_timeout_s: Range<f64>,
    max_workers: impl Strategy<Value = u32>,
    fleet: impl Strategy<Value = F>,
) -> impl Strategy<Value = ServerlessGpus<F>> {
    (usd_per_gpu_hour, cold_start_s, idle_timeout_s, max_workers, fleet).prop_map(|(p, cold, idle, max_workers, fleet)| ServerlessGpus {
        usd_per_gpu_hour: p,
        cold_start_s: cold,
        idle_timeout_s: idle,
        max_workers,
        fleet,
    })
}

/// Owned GPUs' ranges: price, server share, years, watts, PUE, $/kWh, hosting, powered hours;
/// then the resale as a share of the price, and whether the purchase is sunk.
pub struct OwnedRanges {
    pub usd_per_gpu: Range<f64>,
    pub server_usd_per_gpu: Range<f64>,
    pub amortization_years: Range<f64>,
    pub watts_per_gpu: Range<f64>,
    pub pue: Range<f64>,
    pub usd_per_kwh: Range<f64>,
    pub hosting_usd_per_gpu_month: Range<f64>,
    pub powered_hours_per_day: BoxedStrategy<f64>,
    pub resale_share_of_price: BoxedStrategy<f64>,
    pub sunk: BoxedStrategy<bool>,
}

pub fn owned<F: Clone + Debug>(r: OwnedRanges, fleet: impl Strategy<Value = F>) -> impl Strategy<Value = OwnedGpus<F>> {
    (
        (r.usd_per_gpu, r.server_usd_per_gpu, r.amortization_years, r.watts_per_gpu, r.pue),
        (r.usd_per_kwh, r.hosting_usd_per_gpu_month, r.powered_hours_per_day, r.resale_share_of_price, r.sunk, fleet),
    )
        .prop_map(|((usd, srv, yrs, w, pue), (kwh, host, ph, resale, sunk, fleet))| OwnedGpus {
            usd_per_gpu: usd,
            server_usd_per_gpu: srv,
            amortization_years: yrs,
            watts_per_gpu: w,
            pue,
            usd_per_kwh: kwh,
            hosting_usd_per_gpu_month: host,
            powered_hours_per_day: ph,
            resale_usd_per_gpu: resale * usd,
            sunk,
            fleet,
        })
}
