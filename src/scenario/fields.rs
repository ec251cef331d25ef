//! The link keys of an option's numeric fields, their engine field names and their version-1
//! defaults, with one getter and one setter so that encoding, decoding and resetting a field all
//! read the same table.

use super::{defaults, CapacitySpec, OptionSpec};

/// One numeric field of an option.
#[derive(Clone, Copy)]
pub struct NumKey {
    /// Key inside the option's part of a link (`hr` in `o=rent;Lambda;hr:1.79`).
    pub key: &'static str,
    /// The engine's name for the field, as in its errors (`usd_per_gpu_hour`).
    pub field: &'static str,
    /// Value when the link omits the key; `None` for keys that are absent by default.
    pub default: Option<f64>,
    /// Whole numbers only.
    pub integer: bool,
    /// What the page calls it.
    pub label: &'static str,
    /// Its unit, as the page shows it.
    pub unit: &'static str,
}

const fn key(
    key: &'static str,
    field: &'static str,
    default: Option<f64>,
    integer: bool,
    label: &'static str,
    unit: &'static str,
) -> NumKey {
    NumKey { key, field, default, integer, label, unit }
}

const API_KEYS: &[NumKey] = &[
    key("in", "input_usd_per_mtok", Some(0.0), false, "Input price", "$/M tokens"),
    // The output price defaults to the input price (see `get`), so one number covers a blended quote.
    key("out", "output_usd_per_mtok", None, false, "Output price", "$/M tokens"),
    key("cin", "cached_input_usd_per_mtok", None, false, "Cached input price", "$/M tokens"),
    key("bd", "batch_discount", Some(0.0), false, "Batch-API discount", "0–1"),
];

const FLEET_KEYS: [NumKey; 5] = [
    key("n", "gpus_per_replica", Some(defaults::GPUS_PER_REPLICA as f64), true, "GPUs per replica", "GPUs"),
    key("min", "min_replicas", Some(defaults::MIN_REPLICAS as f64), true, "Minimum replicas", "replicas"),
    key("ops", "ops_usd_per_month", Some(0.0), false, "Operations", "$/month"),
    key("cap", "capacity_tokens_per_day", None, false, "Measured capacity per replica", "tokens/day (or N/s)"),
    key("conc", "concurrency", None, true, "Concurrency cap", "requests"),
];

const RENTED_KEYS: &[NumKey] = &[
    key("hr", "usd_per_gpu_hour", Some(defaults::USD_PER_GPU_HOUR), false, "Price", "$/GPU-hour"),
    key("bh", "billed_hours_per_day", Some(defaults::HOURS_PER_DAY), false, "Billed hours", "h/day"),
    key("disc", "discount", Some(0.0), false, "Reserved/spot discount", "0–1"),
    FLEET_KEYS[0],
    FLEET_KEYS[1],
    FLEET_KEYS[2],
    FLEET_KEYS[3],
    FLEET_KEYS[4],
];

const OWNED_KEYS: &[NumKey] = &[
    key("usd", "usd_per_gpu", Some(defaults::USD_PER_GPU), false, "Purchase price", "$/GPU"),
    key("srv", "server_usd_per_gpu", Some(0.0), false, "Server share", "$/GPU"),
    key("yrs", "amortization_years", Some(defaults::AMORTIZATION_YEARS), false, "Written off over", "years"),
    key("pw", "watts_per_gpu", Some(defaults::WATTS_PER_GPU), false, "Power", "W/GPU"),
    key("pue", "pue", Some(defaults::PUE), false, "PUE", "×"),
    key("kwh", "usd_per_kwh", Some(defaults::USD_PER_KWH), false, "Electricity", "$/kWh"),
    key("host", "hosting_usd_per_gpu_month", Some(0.0), false, "Hosting", "$/GPU-month"),
    key("ph", "powered_hours_per_day", Some(defaults::HOURS_PER_DAY), false, "Powered hours", "h/day"),
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
    let as_u32 = |v: f64| v.clamp(0.0, u32::MAX as f64) as u32;
    if let Some(fleet) = spec.fleet_mut() {
        match key {
            "n" => fleet.gpus_per_replica = value.map_or(defaults::GPUS_PER_REPLICA, as_u32),
            "min" => fleet.min_replicas = value.map_or(defaults::MIN_REPLICAS, as_u32),
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
    let default = num_keys(spec).iter().find(|k| k.key == key).and_then(|k| k.default).unwrap_or(0.0);
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
