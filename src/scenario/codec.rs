//! The scenario link: a readable, versioned query string.
//!
//! ```text
//! v=1&vol=50M&in=2000&out=500&m=llama-3.3-70b
//!   &o=api;OpenRouter;in:.12
//!   &o=rent;Lambda+A100;gpu:a100-80gb;hr:1.79;cap:1M
//!   &o=own;My+H100s;gpu:h100;usd:25K;n:2;prec:fp8
//! ```
//! Keys equal to their version-1 default are left out. Each `o=` is one option:
//! `kind;label;key:value;…` with kind `api`, `rent`, `sls` (serverless) or `own`; `o=article` is the article's four
//! options, and a lone empty `o=` means no options. Decoding is total: whatever it
//! cannot read it leaves at the default and reports in a [`Notice`].

use super::custom::{
    blank_gpu, blank_model, finish_model, link_word, parse_link_word, Figure, CUSTOM_GPU_ID, CUSTOM_MODEL_ID, GPU_FIGURES, GPU_LINK_KEY,
    MODEL_FIGURES,
};
use super::fields::{default_value, num_keys, option_key, set, SPEED_KEY, WORKLOAD_KEYS};
use super::number::{format_exact, parse_number};
use super::repair::{repair_options, reset_out_of_range};
use super::{defaults, CapacitySpec, OptionSpec, Reasons, Scenario, ScenarioOption};
use crate::catalog;
use crate::engine::domain::{self, Domain};
use crate::engine::throughput::{GpuSpec, Link, ModelSpec, Precision};
use percent_encoding::{percent_decode_str, utf8_percent_encode, AsciiSet, CONTROLS};

/// The link version this build writes. Links without `v` are read as version 1.
pub const LINK_VERSION: u32 = 1;
/// Longest link (query string) the decoder reads; the rest is ignored with a notice.
pub const MAX_LINK_BYTES: usize = 8192;
/// Most options a scenario holds.
pub const MAX_OPTIONS: usize = 12;
pub use crate::engine::option::MAX_LABEL_CHARS;

/// `o=article` stands for the article's four options (the default ones), so that a scenario that
/// adds to them keeps a short link.
pub const ARTICLE_OPTIONS: &str = "article";

/// Something in a link that was ignored or replaced by its default.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Notice {
    /// The key as it appears in the link (`vol`, `o[2].hr`).
    pub key: String,
    pub message: String,
}

/// A decoded link: the scenario and what could not be used.
#[derive(Debug, Clone, PartialEq)]
pub struct Decoded {
    pub scenario: Scenario,
    pub notices: Vec<Notice>,
    /// Keys that are not part of the scenario (such as `embed`), for the page to read.
    pub view_keys: Vec<(String, String)>,
}

/// Characters escaped inside a value: the query's own separators, our `;` and `:`, and anything
/// that is not printable ASCII. Spaces become `+`.
const VALUE: &AsciiSet = &CONTROLS
    .add(b'%')
    .add(b'&')
    .add(b'=')
    .add(b'#')
    .add(b';')
    .add(b':')
    .add(b'+')
    .add(b'?')
    .add(b'"')
    .add(b'<')
    .add(b'>')
    .add(b'\'')
    .add(b'`');

fn escape(text: &str) -> String {
    utf8_percent_encode(text, VALUE).to_string().replace(' ', "+")
}

fn unescape(text: &str) -> String {
    percent_decode_str(&text.replace('+', " ")).decode_utf8_lossy().into_owned()
}

/// Keys of the page's view, not of the scenario; decoding passes them through untouched.
const VIEW_KEYS: &[&str] = &["embed"];

/// The query string (without `?`) for `scenario`, leaving out every default.
pub fn encode(scenario: &Scenario) -> String {
    let d = Scenario::default();
    let mut parts = vec![format!("v={LINK_VERSION}")];
    let mut workload = scenario.workload;
    for k in WORKLOAD_KEYS {
        let value = *(k.slot)(&mut workload);
        if value != k.default {
            parts.push(format!("{}={}", k.key, format_exact(value)));
        }
    }
    if let Some(speed) = scenario.workload.speed_target_tokens_per_s {
        parts.push(format!("{SPEED_KEY}={}", format_exact(speed)));
    }
    if scenario.model != d.model {
        parts.push(format!("m={}", escape(&scenario.model)));
    }
    if let Some(custom) = &scenario.custom_model {
        parts.extend(figure_parts(MODEL_FIGURES, custom, '='));
    }
    let reasons = reason_codes(&scenario.reasons);
    if !reasons.is_empty() {
        parts.push(format!("why={}", reasons.join(",")));
    }
    if scenario.options != d.options {
        let mut rest = scenario.options.as_slice();
        if scenario.options.is_empty() {
            parts.push("o=".into());
        } else if let Some(after) = rest.strip_prefix(d.options.as_slice()) {
            // The article's four options, then more: one short token instead of four options.
            parts.push(format!("o={ARTICLE_OPTIONS}"));
            rest = after;
        }
        parts.extend(rest.iter().map(|o| format!("o={}", encode_option(o))));
    }
    parts.join("&")
}

/// The link keys that make `model` a scenario's model: `m=custom&mp=…&ml=…`.
pub fn custom_model_keys(model: &ModelSpec) -> String {
    let mut parts = vec![format!("m={CUSTOM_MODEL_ID}")];
    parts.extend(figure_parts(MODEL_FIGURES, model, '='));
    parts.join("&")
}

/// The keys, inside an option, that make `gpu` its GPU: `gpu:custom;gmem:…;…`.
pub fn custom_gpu_keys(gpu: &GpuSpec) -> String {
    let mut parts = vec![format!("gpu:{CUSTOM_GPU_ID}")];
    push_gpu_figures(&mut parts, gpu);
    parts.join(";")
}

/// A custom GPU's figures and interconnect, as an option's parts.
fn push_gpu_figures(parts: &mut Vec<String>, gpu: &GpuSpec) {
    parts.extend(figure_parts(GPU_FIGURES, gpu, ':'));
    if gpu.link != Link::Pcie {
        parts.push(format!("{GPU_LINK_KEY}:{}", link_word(gpu.link)));
    }
}

/// `key=value` (or `key:value`) for each figure of a custom model or GPU that is set.
fn figure_parts<T>(figures: &'static [Figure<T>], item: &T, separator: char) -> Vec<String> {
    figures.iter().filter_map(|f| Some(format!("{}{separator}{}", f.key, format_exact((f.get)(item)?)))).collect()
}

fn reason_codes(r: &Reasons) -> Vec<&'static str> {
    [(r.fine_tuned, "ft"), (r.data_in_house, "data"), (r.offline, "edge"), (r.learning, "learn")]
        .into_iter()
        .filter(|(on, _)| *on)
        .map(|(_, code)| code)
        .collect()
}

fn encode_option(option: &ScenarioOption) -> String {
    let spec = &option.spec;
    let kind = match spec {
        OptionSpec::Api(_) => "api",
        OptionSpec::Rented(_) => "rent",
        OptionSpec::Serverless(_) => "sls",
        OptionSpec::Owned(_) => "own",
    };
    let mut parts = vec![kind.to_string(), escape(&option.label)];
    if let Some(provider) = &option.provider {
        parts.push(format!("p:{}", escape(provider)));
    }
    if let Some(model) = &option.model {
        parts.push(format!("m:{}", escape(model)));
    }
    if let Some(fleet) = spec.fleet() {
        parts.push(format!("gpu:{}", escape(&fleet.gpu)));
        if let Some(gpu) = &fleet.custom_gpu {
            push_gpu_figures(&mut parts, gpu);
        }
        if let CapacitySpec::Estimated { weights, kv, .. } = &fleet.capacity {
            if *weights != Precision::Bf16 {
                parts.push(format!("prec:{weights}"));
            }
            if let Some(kv) = kv {
                parts.push(format!("kv:{kv}"));
            }
        }
    }
    let mut copy = spec.clone();
    for k in num_keys(spec) {
        let Some(value) = k.value(&mut copy) else { continue };
        if Some(value) != default_value(spec, k) {
            parts.push(format!("{}:{}", k.key, format_exact(value)));
        }
    }
    parts.join(";")
}

/// Reads a query string (with or without `?`, or a whole URL). Never fails: what it cannot read
/// stays at its default and is named in `notices`.
pub fn decode(link: &str) -> Decoded {
    let mut notices = Vec::new();
    let mut note = |key: &str, message: String| notices.push(Notice { key: key.to_string(), message });
    // A whole URL: the query starts after the first `?` (a query itself has `=` before any `?`).
    let mut query = match link.split_once('?') {
        Some((before, after)) if !before.contains('=') => after,
        _ => link,
    };
    query = query.split_once('#').map_or(query, |(q, _)| q);
    if query.len() > MAX_LINK_BYTES {
        let mut cut = MAX_LINK_BYTES;
        while !query.is_char_boundary(cut) {
            cut -= 1;
        }
        query = &query[..cut];
        note("link", format!("the link is longer than {MAX_LINK_BYTES} characters; the rest was ignored"));
    }

    let mut s = Scenario { options: Vec::new(), ..Scenario::default() };
    let mut saw_options = false;
    let mut view_keys = Vec::new();
    // Read after every key, since the custom model it may name can come later in the link.
    let mut model_id = None;
    for pair in query.split('&').filter(|p| !p.is_empty()) {
        let (raw_key, raw_value) = pair.split_once('=').unwrap_or((pair, ""));
        let key = unescape(raw_key);
        let value = unescape(raw_value);
        let workload_key = WORKLOAD_KEYS.iter().find(|k| k.key == key);
        match key.as_str() {
            "v" => match value.parse::<u32>() {
                Ok(v) if v <= LINK_VERSION => {}
                Ok(v) => note("v", format!("this link is from a newer version ({v}) of the calculator; it was read as version {LINK_VERSION}, so some settings may be missing")),
                Err(_) => note("v", format!("'{}' is not a link version; read as version {LINK_VERSION}", clip(&value))),
            },
            _ if workload_key.is_some() => {
                let k = workload_key.expect("checked");
                match checked_number(&value, k.domain) {
                    Ok(v) => *(k.slot)(&mut s.workload) = v,
                    Err(why) => note(&key, format!("{why}; used the default {}", format_exact(k.default))),
                }
            }
            SPEED_KEY => match checked_number(&value, &domain::SPEED_TOKENS_PER_S) {
                Ok(v) => s.workload.speed_target_tokens_per_s = Some(v),
                Err(why) => note(SPEED_KEY, format!("{why}; no speed target set")),
            },
            "m" => model_id = Some(value),
            _ if MODEL_FIGURES.iter().any(|f| f.key == key) => {
                let f = MODEL_FIGURES.iter().find(|f| f.key == key).expect("checked");
                match checked_number(&value, f.domain) {
                    Ok(v) => (f.set)(s.custom_model.get_or_insert_with(blank_model), Some(v)),
                    Err(why) => note(&key, format!("{why}; ignored")),
                }
            }
            "why" => {
                for code in value.split(',').filter(|c| !c.is_empty()) {
                    match code {
                        "ft" => s.reasons.fine_tuned = true,
                        "data" => s.reasons.data_in_house = true,
                        "edge" => s.reasons.offline = true,
                        "learn" => s.reasons.learning = true,
                        other => note("why", format!("unknown reason '{}' ignored", clip(other))),
                    }
                }
            }
            "o" => {
                saw_options = true;
                if value.is_empty() {
                    continue;
                }
                if value == ARTICLE_OPTIONS {
                    let room = MAX_OPTIONS.saturating_sub(s.options.len());
                    s.options.extend(super::default_options().into_iter().take(room));
                    continue;
                }
                let index = s.options.len();
                if index >= MAX_OPTIONS {
                    note("o", format!("more than {MAX_OPTIONS} options; the rest were ignored"));
                    continue;
                }
                // Split the raw value, so that escaped `;` and `:` inside a label stay in it.
                if let Some(option) = decode_option(raw_value, index, &mut note) {
                    s.options.push(option);
                }
            }
            k if VIEW_KEYS.contains(&k) => view_keys.push((key.clone(), value)),
            _ => note(&key, format!("unknown setting '{}' ignored", clip(&key))),
        }
    }
    if !saw_options {
        s.options = super::default_options();
    }
    check_models(&mut s, model_id, &mut note);
    reset_out_of_range(&mut s, &mut note);
    // Each pass fixes or leaves out at least one option, so this ends; the bound is a guard.
    for _ in 0..=s.options.len() + 1 {
        if !repair_options(&mut s, &mut note) {
            break;
        }
    }
    fit_link_length(&mut s, &mut note);
    Decoded { scenario: s, notices, view_keys }
}

/// Completes the custom model (or leaves it out, saying which figure it lacks), then checks that
/// the scenario's model and each option's are known.
fn check_models(s: &mut Scenario, model_id: Option<String>, note: &mut impl FnMut(&str, String)) {
    if let Some(m) = &mut s.custom_model {
        if m.sliding_window.is_some_and(|w| w.window_tokens == 0 && w.local_layer_share != 1.0) {
            note("mloc", "a share of windowed layers needs the window (mwin); ignored".into());
        }
        finish_model(m);
        if m.active_params_b > m.total_params_b {
            note("ma", format!("more active parameters than parameters ({}B); used all of them", format_exact(m.total_params_b)));
            m.active_params_b = m.total_params_b;
        }
        if let Some(f) = Figure::missing(MODEL_FIGURES, m) {
            note(f.key, format!("the custom model needs {} ({}); it was left out", f.key, f.label));
            s.custom_model = None;
        }
    }
    if let Some(id) = model_id {
        if s.model_spec(&id).is_some() {
            s.model = id;
        } else {
            note("m", format!("unknown model '{}'; used {}", clip(&id), defaults::MODEL));
        }
    }
    for i in 0..s.options.len() {
        let Some(id) = s.options[i].model.clone() else { continue };
        if s.model_spec(&id).is_none() {
            note(&option_key(i, "m"), format!("unknown model '{}'; used the scenario's", clip(&id)));
            s.options[i].model = None;
        }
    }
}

/// `text` as a number within `domain`, or why not (for a notice). −0 reads as 0.
fn checked_number(text: &str, domain: &Domain) -> Result<f64, String> {
    let v = parse_number(text).ok_or_else(|| format!("'{}' is not a number", clip(text)))?;
    domain.check("", v).map_err(|e| format!("{} {}", format_exact(v), e.problem))
}

/// Keeps the canonical link within [`MAX_LINK_BYTES`], so that it opens whole: long labels give
/// way to derived ones first (percent-encoding can make a label twelve times longer), then
/// options from the end.
fn fit_link_length(s: &mut Scenario, note: &mut impl FnMut(&str, String)) {
    while encode(s).len() > MAX_LINK_BYTES {
        let longest = s.options.iter().enumerate().filter(|(_, o)| !o.label.is_empty()).max_by_key(|(_, o)| escape(&o.label).len());
        if let Some((i, _)) = longest {
            s.options[i].label.clear();
            note(
                &option_key(i, "label"),
                format!("label dropped to keep the link under {MAX_LINK_BYTES} characters; named from its settings"),
            );
        } else if s.options.pop().is_some() {
            note(&option_key(s.options.len(), ""), format!("option left out to keep the link under {MAX_LINK_BYTES} characters"));
        } else {
            break;
        }
    }
}

/// The first `max` characters of `text`, without control characters.
fn clip_chars(text: &str, max: usize) -> String {
    text.chars().filter(|c| !c.is_control()).take(max).collect()
}

fn clip(text: &str) -> String {
    const MAX: usize = 40;
    if text.chars().count() <= MAX {
        text.to_string()
    } else {
        format!("{}…", text.chars().take(MAX).collect::<String>())
    }
}

fn decode_option(raw: &str, index: usize, note: &mut impl FnMut(&str, String)) -> Option<ScenarioOption> {
    let at = |key: &str| option_key(index, key);
    let mut parts = raw.split(';');
    let kind = unescape(parts.next().unwrap_or_default());
    let mut spec = match kind.as_str() {
        "api" => OptionSpec::api(0.0, 0.0),
        "rent" => OptionSpec::rented(defaults::GPU, defaults::USD_PER_GPU_HOUR),
        "sls" => OptionSpec::serverless(defaults::GPU, defaults::USD_PER_GPU_HOUR),
        "own" => OptionSpec::owned(defaults::GPU, defaults::USD_PER_GPU, defaults::WATTS_PER_GPU),
        other => {
            note(&at(""), format!("unknown option kind '{}' (expected api, rent, sls or own); option ignored", clip(other)));
            return None;
        }
    };
    let mut label: String = unescape(parts.next().unwrap_or_default()).chars().filter(|c| !c.is_control()).collect();
    if label.chars().count() > MAX_LABEL_CHARS {
        label = clip_chars(&label, MAX_LABEL_CHARS);
        note(&at("label"), format!("label longer than {MAX_LABEL_CHARS} characters was shortened"));
    }

    let mut output_set = false;
    let mut provider = None;
    let mut model = None;
    // A custom GPU's figures, kept until the option's GPU is known.
    let mut custom_gpu = None;
    let (mut weights, mut kv) = (Precision::Bf16, None);
    for part in parts.filter(|p| !p.is_empty()) {
        let (raw_key, raw_value) = part.split_once(':').unwrap_or((part, ""));
        let (key, value) = (unescape(raw_key), unescape(raw_value));
        match key.as_str() {
            "p" if !value.is_empty() => provider = Some(clip_chars(&value, MAX_LABEL_CHARS)),
            "m" => model = Some(value),
            "gpu" => match (spec.fleet_mut(), catalog::gpu(&value).is_some() || value == CUSTOM_GPU_ID) {
                (Some(fleet), true) => fleet.gpu = value,
                (Some(_), false) => note(&at("gpu"), format!("unknown GPU '{}'; used {}", clip(&value), defaults::GPU)),
                (None, _) => note(&at("gpu"), "an API option has no GPU; ignored".into()),
            },
            "prec" | "kv" if spec.fleet().is_some() => match value.parse::<Precision>() {
                Ok(p) if key == "prec" => weights = p,
                Ok(p) => kv = Some(p),
                Err(e) => note(&at(&key), e),
            },
            GPU_LINK_KEY if spec.fleet().is_some() => match parse_link_word(&value) {
                Some(link) => custom_gpu.get_or_insert_with(blank_gpu).link = link,
                None => note(&at(&key), format!("'{}' is not an interconnect (nvlink or pcie); used pcie", clip(&value))),
            },
            _ if spec.fleet().is_some() && GPU_FIGURES.iter().any(|f| f.key == key) => {
                let f = GPU_FIGURES.iter().find(|f| f.key == key).expect("checked");
                match checked_number(&value, f.domain) {
                    Ok(v) => (f.set)(custom_gpu.get_or_insert_with(blank_gpu), Some(v)),
                    Err(why) => note(&at(&key), format!("{why}; ignored")),
                }
            }
            _ => match num_keys(&spec).iter().find(|k| k.key == key).map(|k| checked_number(&value, k.domain)) {
                None => note(&at(&key), format!("unknown setting '{}' for this option ignored", clip(&key))),
                Some(Err(why)) => note(&at(&key), format!("{why}; kept the default")),
                // `conc` with a measured capacity has nothing to cap.
                Some(Ok(v)) if !set(&mut spec, &key, Some(v)) => {
                    note(&at(&key), format!("'{}' does not apply to a measured capacity; ignored", clip(&key)))
                }
                Some(Ok(_)) => output_set |= key == "out",
            },
        }
    }
    if let OptionSpec::Api(p) = &mut spec {
        if !output_set {
            p.output_usd_per_mtok = p.input_usd_per_mtok;
        }
    }
    if let Some(fleet) = spec.fleet_mut() {
        if let CapacitySpec::Estimated { weights: w, kv: k, .. } = &mut fleet.capacity {
            *w = weights;
            *k = kv;
        }
        if fleet.gpu == CUSTOM_GPU_ID {
            let gpu = custom_gpu.unwrap_or_else(blank_gpu);
            match Figure::missing(GPU_FIGURES, &gpu) {
                None => fleet.custom_gpu = Some(gpu),
                Some(f) => {
                    note(&at(f.key), format!("the custom GPU needs {} ({}); used {}", f.key, f.label, defaults::GPU));
                    fleet.gpu = defaults::GPU.into();
                }
            }
        } else if custom_gpu.is_some() {
            note(&at("gpu"), "GPU figures apply only to gpu:custom; ignored".into());
        }
    }
    Some(ScenarioOption { label, provider, model, spec })
}

/// The `?query` for `scenario` followed by view keys such as `embed=1` (not part of the scenario).
pub fn link_with_view(scenario: &Scenario, view_keys: &[(String, String)]) -> String {
    let mut link = format!("?{}", encode(scenario));
    let mut written: Vec<&str> = Vec::new();
    // The last value of a view key wins, as when decoding; each is written once.
    for (key, value) in view_keys.iter().rev().filter(|(k, _)| VIEW_KEYS.contains(&k.as_str())) {
        if !written.contains(&key.as_str()) {
            written.push(key);
            link.push_str(&format!("&{}={}", escape(key), escape(value)));
        }
    }
    link
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_default_scenario_is_just_the_version() {
        assert_eq!(encode(&Scenario::default()), "v=1");
        assert_eq!(decode("").scenario, Scenario::default());
    }

    #[test]
    fn each_problem_is_named_by_its_key() {
        let d = decode("v=1&vol=1X&o=api;X;in:1;prec:fp8&o=rent;Y;n:1.5;cap:1M;conc:4&o=nope;Z&zz=1");
        let keys: Vec<&str> = d.notices.iter().map(|n| n.key.as_str()).collect();
        assert_eq!(keys, ["vol", "o[1].prec", "o[2].n", "o[2].conc", "o[3]", "zz"]);
        assert_eq!(d.scenario.options.len(), 2);
    }

    #[test]
    fn view_keys_pass_through_and_come_back() {
        let d = decode("v=1&vol=5M&embed=1");
        assert!(d.notices.is_empty());
        assert_eq!(link_with_view(&d.scenario, &d.view_keys), "?v=1&vol=5M&embed=1");
    }

    #[test]
    fn custom_models_and_gpus_say_what_they_lack() {
        let d = decode("m=custom&mp=8&ml=32&ma=9&o=rent;A;gpu:custom;gmem:80;hr:2&o=rent;B;gbw:3&o=api;C;m:nope;in:1");
        let keys: Vec<&str> = d.notices.iter().map(|n| n.key.as_str()).collect();
        // Then the 70B model (the default) does not fit on one H100 (the default GPU).
        assert_eq!(keys, ["o[1].gbw", "o[2].gpu", "ma", "mh", "m", "o[3].m", "o[1].n", "o[2].n"], "{:?}", d.notices);
        assert!(d.notices[3].message.contains("needs mh (Hidden size)"), "{}", d.notices[3].message);
        assert_eq!(d.scenario.custom_model, None);
        assert_eq!(d.scenario.model, defaults::MODEL);
        assert!(d.scenario.options.iter().all(|o| o.model.is_none() && o.spec.fleet().is_none_or(|f| f.gpu == defaults::GPU)));
    }

    #[test]
    fn a_custom_model_keeps_its_figures_in_the_link() {
        let link = "v=1&m=custom&mp=8&ml=32&mh=4096&mkv=131072&mwin=4096&mloc=.5&o=api;C;m:llama-3.1-8b;in:1";
        let d = decode(link);
        assert!(d.notices.is_empty(), "{:?}", d.notices);
        let m = d.scenario.custom_model.expect("custom model");
        assert_eq!((m.total_params_b, m.active_params_b, m.layers, m.hidden), (8.0, 8.0, 32, 4096));
        assert_eq!(m.sliding_window.map(|w| (w.window_tokens, w.local_layer_share)), Some((4096, 0.5)));
        assert_eq!(encode(&d.scenario), link);
    }
}
