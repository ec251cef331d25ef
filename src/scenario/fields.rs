//! The link keys of an option's numeric fields, their engine field names and their version-1
//! defaults, with one getter and one setter so that encoding, decoding and resetting a field all
//! read the same table.

use super::{defaults, CapacitySpec, OptionSpec, Scenario};
use crate::engine::domain::{self, Domain};

/// One numeric field of an option.
#[derive(Clone, Copy)]
pub struct NumKey {
    /// Key inside the option's part of a link (`hr` in `o=rent;Lambda;hr:1.79`).
    pub key: &'static str,
    /// The engine's name for the field, as in its errors (`usd_per_gpu_hour`).
    pub field: &'static str,
    /// Value when the link omits the key; `None` for keys that are absent by default.
    pub default: Option<f64>,
    /// The values the engine accepts.
    pub domain: &'static Domain,
    /// What the page calls it.
    pub label: &'static str,
    /// Its unit, as the page shows it.
    pub unit: &'static str,
}

const fn key(
    key: &'static str,
    field: &'static str,
    default: Option<f64>,
    domain: &'static Domain,
    label: &'static str,
    unit: &'static str,
) -> NumKey {
    NumKey { key, field, default, domain, label, unit }
}

const API_KEYS: &[NumKey] = &[
    key("in", "input_usd_per_mtok", Some(0.0), &domain::USD_PER_MTOK, "Input price", "$/M tokens"),
    // The output price defaults to the input price (see `get`), so one number covers a blended quote.
    key("out", "output_usd_per_mtok", None, &domain::USD_PER_MTOK, "Output price", "$/M tokens"),
    key("cin", "cached_input_usd_per_mtok", None, &domain::USD_PER_MTOK, "Cached input price", "$/M tokens"),
    key("bd", "batch_discount", Some(0.0), &domain::BATCH_DISCOUNT, "Batch-API discount", "0–1"),
];

const FLEET_KEYS: [NumKey; 5] = [
    key("n", "gpus_per_replica", Some(defaults::GPUS_PER_REPLICA as f64), &domain::GPUS_PER_REPLICA, "GPUs per replica", "GPUs"),
    key("min", "min_replicas", Some(defaults::MIN_REPLICAS as f64), &domain::MIN_REPLICAS, "Minimum replicas", "replicas"),
    key("ops", "ops_usd_per_month", Some(0.0), &domain::OPS_USD_PER_MONTH, "Operations", "$/month"),
    key("cap", "capacity_tokens_per_day", None, &domain::CAPACITY_TOKENS_PER_DAY, "Measured capacity per replica", "tokens/day (or N/s)"),
    key("conc", "concurrency", None, &domain::CONCURRENCY, "Concurrency cap", "requests"),
];

const RENTED_KEYS: &[NumKey] = &[
    key("hr", "usd_per_gpu_hour", Some(defaults::USD_PER_GPU_HOUR), &domain::USD_PER_GPU_HOUR, "Price", "$/GPU-hour"),
    key("bh", "billed_hours_per_day", Some(defaults::HOURS_PER_DAY), &domain::HOURS_PER_DAY, "Billed hours", "h/day"),
    key("disc", "discount", Some(0.0), &domain::RENTAL_DISCOUNT, "Reserved/spot discount", "0–1"),
    FLEET_KEYS[0],
    FLEET_KEYS[1],
    FLEET_KEYS[2],
    FLEET_KEYS[3],
    FLEET_KEYS[4],
];

const SERVERLESS_KEYS: &[NumKey] = &[
    key("hr", "usd_per_gpu_hour", Some(defaults::USD_PER_GPU_HOUR), &domain::USD_PER_GPU_HOUR, "Price while billed", "$/GPU-hour"),
    key("cold", "cold_start_s", Some(defaults::COLD_START_S), &domain::COLD_START_S, "Cold start", "s"),
    key("idle", "idle_timeout_s", Some(defaults::IDLE_TIMEOUT_S), &domain::IDLE_TIMEOUT_S, "Idle timeout", "s"),
    key("max", "max_workers", Some(defaults::MAX_WORKERS as f64), &domain::MAX_WORKERS, "Most workers", "workers"),
    key("min", "min_replicas", Some(defaults::MIN_WORKERS as f64), &domain::MIN_WORKERS, "Warm workers", "workers"),
    FLEET_KEYS[0],
    FLEET_KEYS[2],
    FLEET_KEYS[3],
    FLEET_KEYS[4],
];

const OWNED_KEYS: &[NumKey] = &[
    key("usd", "usd_per_gpu", Some(defaults::USD_PER_GPU), &domain::USD_PER_GPU, "Purchase price", "$/GPU"),
    key("srv", "server_usd_per_gpu", Some(0.0), &domain::SERVER_USD_PER_GPU, "Server share", "$/GPU"),
    key("yrs", "amortization_years", Some(defaults::AMORTIZATION_YEARS), &domain::AMORTIZATION_YEARS, "Written off over", "years"),
    key("pw", "watts_per_gpu", Some(defaults::WATTS_PER_GPU), &domain::WATTS_PER_GPU, "Power", "W/GPU"),
    key("pue", "pue", Some(defaults::PUE), &domain::PUE, "PUE", "×"),
    key("kwh", "usd_per_kwh", Some(defaults::USD_PER_KWH), &domain::USD_PER_KWH, "Electricity", "$/kWh"),
    key("host", "hosting_usd_per_gpu_month", Some(0.0), &domain::HOSTING_USD_PER_GPU_MONTH, "Hosting", "$/GPU-month"),
    key("ph", "powered_hours_per_day", Some(defaults::HOURS_PER_DAY), &domain::HOURS_PER_DAY, "Powered hours", "h/day"),
    key("resale", "resale_usd_per_gpu", Some(0.0), &domain::RESALE_USD_PER_GPU, "Resale value", "$/GPU"),
    key("sunk", "sunk", Some(0.0), &domain::SWITCH, "Already owned (sunk cost)", "0 or 1"),
    FLEET_KEYS[0],
    FLEET_KEYS[1],
    FLEET_KEYS[2],
    FLEET_KEYS[3],
    FLEET_KEYS[4],
];

/// The numeric keys of `spec`'s kind, in link order.
pub fn num_keys(spec: &OptionSpec) -> &'static [NumKey] {
    match spec {
        OptionSpec::Api { .. } => API_KEYS,
        OptionSpec::Rented { .. } => RENTED_KEYS,
        OptionSpec::Serverless { .. } => SERVERLESS_KEYS,
        OptionSpec::Owned { .. } => OWNED_KEYS,
    }
}

/// The key whose engine field name is `field`, for `spec`'s kind.
pub fn key_for_field(spec: &OptionSpec, field: &str) -> Option<&'static NumKey> {
    num_keys(spec).iter().find(|k| k.field == field)
}

/// The value of `key` in `spec`, if set.
pub fn get(spec: &OptionSpec, key: &str) -> Option<f64> {
    if let Some(fleet) = spec.fleet() {
        match (key, &fleet.capacity) {
            ("n", _) => return Some(fleet.gpus_per_replica as f64),
            ("min", _) => return Some(fleet.min_replicas as f64),
            ("ops", _) => return Some(fleet.ops_usd_per_month),
            ("cap", CapacitySpec::Measured { tokens_per_day }) => return Some(*tokens_per_day),
            ("conc", CapacitySpec::Estimated { concurrency, .. }) => return concurrency.map(f64::from),
            ("cap" | "conc", _) => return None,
            _ => {}
        }
    }
    match (spec, key) {
        (OptionSpec::Api { input_usd_per_mtok, .. }, "in") => Some(*input_usd_per_mtok),
        (OptionSpec::Api { output_usd_per_mtok, .. }, "out") => Some(*output_usd_per_mtok),
        (OptionSpec::Api { cached_input_usd_per_mtok, .. }, "cin") => *cached_input_usd_per_mtok,
        (OptionSpec::Api { batch_discount, .. }, "bd") => Some(*batch_discount),
        (OptionSpec::Rented { usd_per_gpu_hour, .. }, "hr") => Some(*usd_per_gpu_hour),
        (OptionSpec::Rented { billed_hours_per_day, .. }, "bh") => Some(*billed_hours_per_day),
        (OptionSpec::Rented { discount, .. }, "disc") => Some(*discount),
        (OptionSpec::Serverless { usd_per_gpu_hour, .. }, "hr") => Some(*usd_per_gpu_hour),
        (OptionSpec::Serverless { cold_start_s, .. }, "cold") => Some(*cold_start_s),
        (OptionSpec::Serverless { idle_timeout_s, .. }, "idle") => Some(*idle_timeout_s),
        (OptionSpec::Serverless { max_workers, .. }, "max") => Some(*max_workers as f64),
        (OptionSpec::Owned { resale_usd_per_gpu, .. }, "resale") => Some(*resale_usd_per_gpu),
        (OptionSpec::Owned { sunk, .. }, "sunk") => Some(f64::from(u8::from(*sunk))),
        (OptionSpec::Owned { usd_per_gpu, .. }, "usd") => Some(*usd_per_gpu),
        (OptionSpec::Owned { server_usd_per_gpu, .. }, "srv") => Some(*server_usd_per_gpu),
        (OptionSpec::Owned { amortization_years, .. }, "yrs") => Some(*amortization_years),
        (OptionSpec::Owned { watts_per_gpu, .. }, "pw") => Some(*watts_per_gpu),
        (OptionSpec::Owned { pue, .. }, "pue") => Some(*pue),
        (OptionSpec::Owned { usd_per_kwh, .. }, "kwh") => Some(*usd_per_kwh),
        (OptionSpec::Owned { hosting_usd_per_gpu_month, .. }, "host") => Some(*hosting_usd_per_gpu_month),
        (OptionSpec::Owned { powered_hours_per_day, .. }, "ph") => Some(*powered_hours_per_day),
        _ => None,
    }
}

/// Sets `key` in `spec` to `value` (`None` clears an optional key). Returns false for a key this
/// kind does not have. Setting `cap` switches capacity to measured; clearing it, to estimated.
pub fn set(spec: &mut OptionSpec, key: &str, value: Option<f64>) -> bool {
    // Callers check values against the key's domain first; the clamp only keeps a stray value
    // from wrapping.
    let as_u32 = |v: f64| v.clamp(0.0, u32::MAX as f64) as u32;
    let default = num_keys(spec).iter().find(|k| k.key == key).and_then(|k| k.default).unwrap_or(0.0);
    if let Some(fleet) = spec.fleet_mut() {
        match key {
            "n" => fleet.gpus_per_replica = as_u32(value.unwrap_or(default)),
            "min" => fleet.min_replicas = as_u32(value.unwrap_or(default)),
            "ops" => fleet.ops_usd_per_month = value.unwrap_or(0.0),
            "cap" => {
                fleet.capacity = match value {
                    Some(tokens_per_day) => CapacitySpec::Measured { tokens_per_day },
                    None => CapacitySpec::default(),
                }
            }
            "conc" => match &mut fleet.capacity {
                CapacitySpec::Estimated { concurrency, .. } => *concurrency = value.map(as_u32),
                CapacitySpec::Measured { .. } => return value.is_none(),
            },
            _ => return set_own(spec, key, value),
        }
        return true;
    }
    set_own(spec, key, value)
}

fn set_own(spec: &mut OptionSpec, key: &str, value: Option<f64>) -> bool {
    let default = match spec {
        // The output price defaults to the input price: one number covers a blended quote.
        OptionSpec::Api { input_usd_per_mtok, .. } if key == "out" => *input_usd_per_mtok,
        _ => num_keys(spec).iter().find(|k| k.key == key).and_then(|k| k.default).unwrap_or(0.0),
    };
    let v = value.unwrap_or(default);
    let slot = match (spec, key) {
        (OptionSpec::Api { cached_input_usd_per_mtok, .. }, "cin") => {
            *cached_input_usd_per_mtok = value;
            return true;
        }
        (OptionSpec::Api { input_usd_per_mtok, .. }, "in") => input_usd_per_mtok,
        (OptionSpec::Api { output_usd_per_mtok, .. }, "out") => output_usd_per_mtok,
        (OptionSpec::Api { batch_discount, .. }, "bd") => batch_discount,
        (OptionSpec::Rented { usd_per_gpu_hour, .. }, "hr") => usd_per_gpu_hour,
        (OptionSpec::Rented { billed_hours_per_day, .. }, "bh") => billed_hours_per_day,
        (OptionSpec::Rented { discount, .. }, "disc") => discount,
        (OptionSpec::Serverless { max_workers, .. }, "max") => {
            *max_workers = (v.clamp(1.0, u32::MAX as f64)) as u32;
            return true;
        }
        (OptionSpec::Owned { sunk, .. }, "sunk") => {
            *sunk = v != 0.0;
            return true;
        }
        (OptionSpec::Serverless { usd_per_gpu_hour, .. }, "hr") => usd_per_gpu_hour,
        (OptionSpec::Serverless { cold_start_s, .. }, "cold") => cold_start_s,
        (OptionSpec::Serverless { idle_timeout_s, .. }, "idle") => idle_timeout_s,
        (OptionSpec::Owned { resale_usd_per_gpu, .. }, "resale") => resale_usd_per_gpu,
        (OptionSpec::Owned { usd_per_gpu, .. }, "usd") => usd_per_gpu,
        (OptionSpec::Owned { server_usd_per_gpu, .. }, "srv") => server_usd_per_gpu,
        (OptionSpec::Owned { amortization_years, .. }, "yrs") => amortization_years,
        (OptionSpec::Owned { watts_per_gpu, .. }, "pw") => watts_per_gpu,
        (OptionSpec::Owned { pue, .. }, "pue") => pue,
        (OptionSpec::Owned { usd_per_kwh, .. }, "kwh") => usd_per_kwh,
        (OptionSpec::Owned { hosting_usd_per_gpu_month, .. }, "host") => hosting_usd_per_gpu_month,
        (OptionSpec::Owned { powered_hours_per_day, .. }, "ph") => powered_hours_per_day,
        _ => return false,
    };
    *slot = v;
    true
}

/// One number of the workload, as the link and the page name it.
pub struct WorkloadKey {
    /// Key in the link (`vol`).
    pub key: &'static str,
    /// The engine's name for the field (`workload.tokens_per_day`).
    pub field: &'static str,
    pub default: f64,
    pub domain: &'static Domain,
    /// What the page calls it.
    pub label: &'static str,
    /// Its unit, as the page shows it.
    pub unit: &'static str,
    /// The field in a scenario.
    pub slot: fn(&mut Scenario) -> &mut f64,
}

/// The workload's numbers in link order (the speed target, optional, is handled beside them).
pub const WORKLOAD_KEYS: &[WorkloadKey] = &[
    WorkloadKey {
        key: "vol",
        field: "workload.tokens_per_day",
        default: defaults::TOKENS_PER_DAY,
        domain: &domain::TOKENS_PER_DAY,
        label: "Volume",
        unit: "tokens/day",
        slot: |s| &mut s.tokens_per_day,
    },
    WorkloadKey {
        key: "in",
        field: "workload.input_tokens_per_request",
        default: defaults::INPUT_TOKENS,
        domain: &domain::INPUT_TOKENS,
        label: "Mean input",
        unit: "tokens/request",
        slot: |s| &mut s.input_tokens,
    },
    WorkloadKey {
        key: "out",
        field: "workload.output_tokens_per_request",
        default: defaults::OUTPUT_TOKENS,
        domain: &domain::OUTPUT_TOKENS,
        label: "Mean output",
        unit: "tokens/request",
        slot: |s| &mut s.output_tokens,
    },
    WorkloadKey {
        key: "cache",
        field: "workload.cached_input_share",
        default: defaults::CACHED_SHARE,
        domain: &domain::SHARE,
        label: "Cached input share",
        unit: "0–1",
        slot: |s| &mut s.cached_share,
    },
    WorkloadKey {
        key: "hrs",
        field: "workload.traffic_hours_per_day",
        default: defaults::TRAFFIC_HOURS,
        domain: &domain::HOURS_PER_DAY,
        label: "Traffic hours",
        unit: "h/day",
        slot: |s| &mut s.traffic_hours,
    },
    WorkloadKey {
        key: "peak",
        field: "workload.peak_to_average",
        default: defaults::PEAK_TO_AVERAGE,
        domain: &domain::PEAK_TO_AVERAGE,
        label: "Peak / average",
        unit: "×",
        slot: |s| &mut s.peak_to_average,
    },
];

/// The speed target's link key and domain (optional: absent means none).
pub const SPEED_KEY: &str = "speed";

/// The README's table of every number's domain, generated from the tables above so that the
/// two cannot drift apart (`tests/domains.rs` compares them).
pub fn domains_markdown() -> String {
    let mut rows = vec!["| key | field | min | max | whole | unit |".to_string(), "|---|---|---|---|---|---|".to_string()];
    let mut row = |key: String, field: &str, d: &Domain| {
        let unit = match d.unit {
            "" if d.max <= 1.0 => "share",
            "" => "ratio",
            unit => unit,
        };
        let whole = if d.integer { "yes" } else { "" };
        let (min, max) = (crate::display::editable(d.min), crate::display::editable(d.max));
        rows.push(format!("| `{key}` | {field} | {min} | {max} | {whole} | {unit} |"));
    };
    for k in WORKLOAD_KEYS {
        row(k.key.to_string(), k.field, k.domain);
    }
    row(SPEED_KEY.to_string(), "workload.speed_target_tokens_per_s", &domain::SPEED_TOKENS_PER_S);
    let kinds = [
        ("api", API_KEYS),
        ("rent", &RENTED_KEYS[..3]),
        ("sls", &SERVERLESS_KEYS[..5]),
        ("own", &OWNED_KEYS[..10]),
        ("rent, sls, own", &FLEET_KEYS[..]),
    ];
    for (kind, keys) in kinds {
        for k in keys {
            row(format!("{kind}: {}", k.key), k.field, k.domain);
        }
    }
    rows.join("\n")
}
