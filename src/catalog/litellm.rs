//! Comparing the catalog's API prices with LiteLLM's price file
//! (`model_prices_and_context_window.json`; the `litellm` wheel on PyPI ships a copy as
//! `litellm/model_prices_and_context_window_backup.json`). Its prices are $ per token; the
//! catalog's are $ per million tokens. Command-line only (`llmcost catalog import --litellm`).

use super::{model_ids, API_PRICES};
use serde::Serialize;

/// LiteLLM's `litellm_provider` values (prefixes) for each catalog provider.
const PROVIDERS: &[(&str, &[&str])] = &[
    ("OpenRouter", &["openrouter"]),
    ("Fireworks", &["fireworks_ai"]),
    ("DeepInfra", &["deepinfra"]),
    ("AWS Bedrock", &["bedrock"]),
    ("Novita", &["novita"]),
    ("Together", &["together_ai"]),
    ("Google Vertex", &["vertex_ai"]),
    ("Azure AI Foundry", &["azure_ai"]),
    ("Hyperbolic", &["hyperbolic"]),
    ("Groq", &["groq"]),
    ("Nebius", &["nebius"]),
    ("Cerebras", &["cerebras"]),
    ("DeepSeek (first-party)", &["deepseek"]),
    ("Mistral (first-party)", &["mistral"]),
];

/// One chat model's price in LiteLLM's file, converted to $ per million tokens.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LiteLlmPrice {
    /// The file's key, e.g. `together_ai/meta-llama/Llama-3.3-70B-Instruct-Turbo`.
    pub key: String,
    /// LiteLLM's provider, e.g. `together_ai`.
    pub litellm_provider: String,
    pub input_usd_per_mtok: f64,
    pub output_usd_per_mtok: f64,
    pub cached_input_usd_per_mtok: Option<f64>,
}

/// $ per token to $ per million tokens, without float noise (0.00000104 → 1.04).
fn per_mtok(usd_per_token: f64) -> f64 {
    (usd_per_token * 1e6 * 1e9).round() / 1e9
}

/// Reads the chat models with an input and an output price from LiteLLM's file.
pub fn parse(json: &str) -> Result<Vec<LiteLlmPrice>, String> {
    let value: serde_json::Value = serde_json::from_str(json).map_err(|e| format!("not LiteLLM's price file: {e}"))?;
    let entries = value.as_object().ok_or("not LiteLLM's price file: expected an object of models")?;
    let mut prices: Vec<LiteLlmPrice> = entries
        .iter()
        .filter(|(_, v)| v.get("mode").and_then(|m| m.as_str()) == Some("chat"))
        .filter_map(|(key, v)| {
            let number = |field: &str| v.get(field).and_then(|x| x.as_f64()).filter(|x| x.is_finite() && *x >= 0.0);
            Some(LiteLlmPrice {
                key: key.clone(),
                litellm_provider: v.get("litellm_provider")?.as_str()?.to_string(),
                input_usd_per_mtok: per_mtok(number("input_cost_per_token")?),
                output_usd_per_mtok: per_mtok(number("output_cost_per_token")?),
                cached_input_usd_per_mtok: number("cache_read_input_token_cost").map(per_mtok),
            })
        })
        .collect();
    prices.sort_by(|a, b| a.key.cmp(&b.key));
    Ok(prices)
}

/// A catalog row, as the diff names it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Row {
    pub provider: &'static str,
    pub provider_model_id: &'static str,
    pub input_usd_per_mtok: f64,
    pub output_usd_per_mtok: f64,
    pub source: &'static str,
}

/// A catalog row against LiteLLM's price for the same model.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Change {
    pub row: Row,
    pub litellm: LiteLlmPrice,
}

/// A LiteLLM price the catalog has no row for, for a provider and a model the catalog knows.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct NewRow {
    pub provider: &'static str,
    /// The estimator's model it maps to.
    pub estimator_model: String,
    pub litellm: LiteLlmPrice,
}

/// What LiteLLM's file would change in the catalog.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Diff {
    /// Rows taken from LiteLLM whose price it now gives differently (old → new).
    pub changed: Vec<Change>,
    /// LiteLLM prices for catalog models and providers that the catalog has no row for.
    pub new: Vec<NewRow>,
    /// Rows taken from LiteLLM that it no longer lists.
    pub unlisted: Vec<Row>,
    /// Rows from another source whose price LiteLLM gives differently.
    pub conflicts: Vec<Change>,
}

fn litellm_providers(provider: &str) -> &'static [&'static str] {
    PROVIDERS.iter().find(|(p, _)| *p == provider).map_or(&[], |(_, l)| l)
}

/// Whether `price` is LiteLLM's entry for the provider's model id `id`.
fn is_entry_for(price: &LiteLlmPrice, provider: &str, id: &str) -> bool {
    let (key, id) = (price.key.to_lowercase(), id.to_lowercase());
    litellm_providers(provider).iter().any(|p| price.litellm_provider.starts_with(p)) && (key == id || key.ends_with(&format!("/{id}")))
}

/// The estimator's model a LiteLLM key names, if any: the longest catalog model id found in the
/// key once spellings are evened out (`Llama-3.3-70B` and `llama-v3p3-70b` both read `llama-3.3-70b`).
fn estimator_model_of(key: &str) -> Option<String> {
    let mut text = key.to_lowercase().replace('_', "-");
    // Fireworks writes versions as `v3p3`.
    let bytes: Vec<char> = text.chars().collect();
    let mut evened = String::with_capacity(text.len());
    for (i, c) in bytes.iter().enumerate() {
        let digit_at = |j: usize| bytes.get(j).is_some_and(|c| c.is_ascii_digit());
        match c {
            'p' if i > 0 && digit_at(i - 1) && digit_at(i + 1) => evened.push('.'),
            'v' if i > 0 && bytes[i - 1] == '-' && digit_at(i + 1) => {}
            _ => evened.push(*c),
        }
    }
    text = evened;
    model_ids().into_iter().filter(|id| text.contains(id.as_str())).max_by_key(|id| id.len())
}

/// The differences between the catalog's API prices and `prices`. Prices equal to a millionth
/// of a dollar per million tokens count as equal.
pub fn diff(prices: &[LiteLlmPrice]) -> Diff {
    let same = |a: f64, b: f64| (a - b).abs() < 1e-6;
    let mut d = Diff::default();
    for r in API_PRICES {
        let row = Row {
            provider: r.provider,
            provider_model_id: r.provider_model_id,
            input_usd_per_mtok: r.input_usd_per_mtok,
            output_usd_per_mtok: r.output_usd_per_mtok,
            source: r.source,
        };
        let from_litellm = r.source.starts_with("LiteLLM");
        match prices.iter().find(|p| is_entry_for(p, r.provider, r.provider_model_id)) {
            Some(p) if !(same(p.input_usd_per_mtok, r.input_usd_per_mtok) && same(p.output_usd_per_mtok, r.output_usd_per_mtok)) => {
                let change = Change { row, litellm: p.clone() };
                if from_litellm {
                    d.changed.push(change);
                } else {
                    d.conflicts.push(change);
                }
            }
            Some(_) => {}
            None if from_litellm => d.unlisted.push(row),
            None => {}
        }
    }
    for p in prices {
        let Some((provider, _)) = PROVIDERS.iter().find(|(_, l)| l.iter().any(|x| p.litellm_provider.starts_with(x))) else { continue };
        let known = API_PRICES.iter().any(|r| r.provider == *provider && is_entry_for(p, r.provider, r.provider_model_id));
        if let (false, Some(model)) = (known, estimator_model_of(&p.key)) {
            d.new.push(NewRow { provider, estimator_model: model, litellm: p.clone() });
        }
    }
    d
}

impl Diff {
    /// The diff for people: one line per row, prices in $ per million tokens (input/output).
    pub fn readable(&self) -> String {
        let pair = |i: f64, o: f64| format!("{i}/{o}");
        let mut lines = vec![format!(
            "{} changed, {} new, {} no longer listed, {} conflicting with other sources ($ per million tokens, input/output)",
            self.changed.len(),
            self.new.len(),
            self.unlisted.len(),
            self.conflicts.len()
        )];
        let change = |what: &str, c: &Change, catalog_source: bool| {
            let (r, l) = (&c.row, &c.litellm);
            let catalog = pair(r.input_usd_per_mtok, r.output_usd_per_mtok);
            let catalog =
                if catalog_source { format!("catalog {catalog} ({}) against LiteLLM", r.source) } else { format!("{catalog} →") };
            format!("{what} {} {}: {catalog} {}", r.provider, r.provider_model_id, pair(l.input_usd_per_mtok, l.output_usd_per_mtok))
        };
        lines.extend(self.changed.iter().map(|c| change("changed  ", c, false)));
        for n in &self.new {
            let l = &n.litellm;
            lines.push(format!(
                "new       {} {} ({}): {}",
                n.provider,
                l.key,
                n.estimator_model,
                pair(l.input_usd_per_mtok, l.output_usd_per_mtok)
            ));
        }
        for r in &self.unlisted {
            lines.push(format!("unlisted  {} {}: {}", r.provider, r.provider_model_id, pair(r.input_usd_per_mtok, r.output_usd_per_mtok)));
        }
        lines.extend(self.conflicts.iter().map(|c| change("conflict ", c, true)));
        lines.join("\n")
    }
}
