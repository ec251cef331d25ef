//! A model's architecture from its Hugging Face `config.json`: what the estimator needs
//! ([`ModelSpec`]) computed from the published configuration. Reads the Llama, Qwen2 and Qwen3
//! (dense and MoE), Mistral and Mixtral, Gemma 2 and 3, Phi, DeepSeek V3 (MLA and MoE) and
//! gpt-oss layouts; the catalog's models agree with it (`tests/model_config.rs`).
//!
//! Parameters count every weight, embedding tables included (untied output head counted
//! again); active parameters count the experts a token uses instead of all of them.

use crate::engine::throughput::{ModelSpec, SlidingWindow};

/// The id and name a model read from a config carries.
pub const CUSTOM_MODEL_ID: &str = "custom";
pub const CUSTOM_MODEL_NAME: &str = "Custom model";

/// One setting of a parsed `config.json`, as far as the reader looks into it.
#[derive(Debug, Clone, PartialEq)]
pub enum Setting {
    Number(f64),
    Bool(bool),
    Text(String),
    /// A list, with its text entries (others as empty text).
    List(Vec<String>),
    /// An object or anything else.
    Other,
}

/// A parsed `config.json`: the command-line tool reads it with serde_json, the page with the
/// browser's `JSON.parse` (which keeps a JSON parser out of the page).
pub trait ConfigSource {
    /// The setting `key` of the top level, or of the nested `text_config` when `nested`; `None`
    /// when absent or null.
    fn setting(&self, nested: bool, key: &str) -> Option<Setting>;
}

/// The configuration's settings, with those of a nested `text_config` (Gemma 3 and other
/// multimodal models keep the language model's there) taking precedence.
struct Config<'a>(&'a dyn ConfigSource);

impl Config<'_> {
    fn value(&self, key: &str) -> Option<Setting> {
        self.0.setting(true, key).or_else(|| self.0.setting(false, key))
    }

    fn number(&self, key: &str) -> Option<f64> {
        match self.value(key)? {
            Setting::Number(v) if v.is_finite() && v >= 0.0 => Some(v),
            _ => None,
        }
    }

    fn required(&self, key: &str) -> Result<f64, String> {
        match self.value(key) {
            None => Err(format!("config.json has no {key}")),
            Some(Setting::Number(v)) if v.is_finite() && v > 0.0 => Ok(v),
            Some(_) => Err(format!("config.json's {key} is not a positive number")),
        }
    }

    /// The first of `keys` the config has.
    fn first(&self, keys: &[&str]) -> Option<f64> {
        keys.iter().find_map(|k| self.number(k))
    }

    fn flag(&self, key: &str) -> Option<bool> {
        match self.value(key)? {
            Setting::Bool(b) => Some(b),
            _ => None,
        }
    }

    fn text(&self, key: &str) -> String {
        match self.value(key) {
            Some(Setting::Text(t)) => t,
            _ => String::new(),
        }
    }
}

mod from_serde {
    use super::{ConfigSource, Setting};
    use serde_json::{Map, Value};

    /// A config.json parsed by serde_json: its top level and its `text_config`, if any.
    pub(super) struct Parsed(pub Map<String, Value>);

    impl ConfigSource for Parsed {
        fn setting(&self, nested: bool, key: &str) -> Option<Setting> {
            let map = if nested { self.0.get("text_config")?.as_object()? } else { &self.0 };
            Some(match map.get(key)? {
                Value::Null => return None,
                Value::Number(n) => n.as_f64().map_or(Setting::Other, Setting::Number),
                Value::Bool(b) => Setting::Bool(*b),
                Value::String(t) => Setting::Text(t.clone()),
                Value::Array(items) => Setting::List(items.iter().map(|i| i.as_str().unwrap_or_default().to_string()).collect()),
                Value::Object(_) => Setting::Other,
            })
        }
    }
}

/// The model `json` (a `config.json`) describes, or which field is missing or not understood.
pub fn model_spec_from_config(json: &str) -> Result<ModelSpec, String> {
    let value: serde_json::Value = serde_json::from_str(json).map_err(|e| format!("not a config.json: {e}"))?;
    match value {
        serde_json::Value::Object(top) => model_spec_from_settings(&from_serde::Parsed(top)),
        _ => Err("not a config.json: expected an object of settings".into()),
    }
}

/// The model a parsed `config.json` describes, or which field is missing or not understood.
pub fn model_spec_from_settings(source: &dyn ConfigSource) -> Result<ModelSpec, String> {
    let c = Config(source);
    let model_type = c.text("model_type");
    let model_type = model_type.as_str();

    let layers = c.required("num_hidden_layers")?;
    let hidden = c.required("hidden_size")?;
    let vocab = c.required("vocab_size")?;
    let heads = c.required("num_attention_heads")?;
    let kv_heads = c.number("num_key_value_heads").unwrap_or(heads);
    let head_dim = c.number("head_dim").unwrap_or(hidden / heads);

    // Attention weights per layer, and the KV cache per token at 16 bits over all layers.
    let (attention, kv_bytes_per_token_16bit) = if let Some(kv_rank) = c.number("kv_lora_rank") {
        // Multi-head latent attention (DeepSeek V3): a compressed KV latent and a shared rope key.
        let (nope, rope, v_dim) = (c.required("qk_nope_head_dim")?, c.required("qk_rope_head_dim")?, c.required("v_head_dim")?);
        let q = match c.number("q_lora_rank") {
            Some(q_rank) => hidden * q_rank + q_rank + q_rank * heads * (nope + rope),
            None => hidden * heads * (nope + rope),
        };
        let attention = q + hidden * (kv_rank + rope) + kv_rank + kv_rank * heads * (nope + v_dim) + heads * v_dim * hidden;
        (attention, layers * (kv_rank + rope) * 2.0)
    } else {
        let mut attention = 2.0 * hidden * heads * head_dim + 2.0 * hidden * kv_heads * head_dim;
        if c.flag("attention_bias") == Some(true) || model_type == "qwen2" {
            attention += (heads + 2.0 * kv_heads) * head_dim;
        }
        (attention, 2.0 * layers * kv_heads * head_dim * 2.0)
    };

    // Feed-forward weights over all layers, all experts and the ones a token uses.
    let intermediate = c.number("intermediate_size").unwrap_or(0.0);
    let (ffn_total, ffn_active) = match c.first(&["num_local_experts", "num_experts", "n_routed_experts"]) {
        Some(experts) if experts > 1.0 => {
            let per_token =
                c.first(&["num_experts_per_tok", "experts_per_token"]).ok_or("config.json has experts but no num_experts_per_tok")?;
            let expert_size = c.number("moe_intermediate_size").unwrap_or(intermediate);
            if expert_size <= 0.0 {
                return Err("config.json has no intermediate_size or moe_intermediate_size".into());
            }
            let shared = c.number("n_shared_experts").unwrap_or(0.0) * 3.0 * hidden * expert_size
                + c.number("shared_expert_intermediate_size").map_or(0.0, |s| 3.0 * hidden * s);
            let dense_layers = c.number("first_k_dense_replace").unwrap_or(0.0).min(layers);
            let (moe_layers, dense) = (layers - dense_layers, dense_layers * 3.0 * hidden * intermediate);
            let router = hidden * experts;
            let expert = 3.0 * hidden * expert_size;
            (moe_layers * (experts * expert + router + shared) + dense, moe_layers * (per_token * expert + router + shared) + dense)
        }
        _ if intermediate <= 0.0 => return Err("config.json has no intermediate_size".into()),
        _ => (layers * 3.0 * hidden * intermediate, layers * 3.0 * hidden * intermediate),
    };

    // Gemma ties the output head to the embeddings unless it says otherwise; the others untie it.
    let tied = c.flag("tie_word_embeddings").unwrap_or(model_type.starts_with("gemma"));
    let embeddings = vocab * hidden * if tied { 1.0 } else { 2.0 };
    let norms = layers * 2.0 * hidden + hidden;
    let shared_weights = layers * attention + norms + embeddings;

    Ok(ModelSpec {
        id: CUSTOM_MODEL_ID,
        name: CUSTOM_MODEL_NAME,
        total_params_b: (shared_weights + ffn_total) / 1e9,
        active_params_b: (shared_weights + ffn_active) / 1e9,
        layers: layers as u32,
        hidden: hidden as u32,
        kv_bytes_per_token_16bit,
        sliding_window: sliding_window(&c, model_type)?,
    })
}

/// Sliding-window attention: the window and the share of layers that use it. From `layer_types`
/// where the config lists them; Gemma 2 alternates; Gemma 3 has one global layer in every
/// `sliding_window_pattern` (6); any other model with a window applies it to every layer, unless
/// `use_sliding_window` is false (Qwen).
fn sliding_window(c: &Config, model_type: &str) -> Result<Option<SlidingWindow>, String> {
    let Some(window) = c.number("sliding_window").filter(|w| *w > 0.0) else { return Ok(None) };
    if c.flag("use_sliding_window") == Some(false) {
        return Ok(None);
    }
    let share = if let Some(Setting::List(types)) = c.value("layer_types") {
        if types.is_empty() {
            return Err("config.json's layer_types is empty".into());
        }
        types.iter().filter(|t| *t == "sliding_attention").count() as f64 / types.len() as f64
    } else if model_type == "gemma2" {
        0.5
    } else if model_type.starts_with("gemma3") {
        let pattern = c.number("sliding_window_pattern").unwrap_or(6.0).max(1.0);
        (pattern - 1.0) / pattern
    } else {
        1.0
    };
    Ok((share > 0.0).then_some(SlidingWindow { window_tokens: window as u32, local_layer_share: share }))
}
