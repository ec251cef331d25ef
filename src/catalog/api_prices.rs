//! Pay-per-token API prices per provider and model, $ per million tokens.
//! Compiled from LiteLLM's price file, pydantic/genai-prices and models.dev (all MIT) and provider pages.

use super::ApiPrice;

/// Every API price the catalog ships.
pub const API_PRICES: &[ApiPrice] = &[
    ApiPrice {
        #[cfg(not(target_arch = "wasm32"))]
        model: "llama-3.3-70b-instruct",
        estimator_model: Some("llama-3.3-70b"),
        provider: "OpenRouter",
        #[cfg(not(target_arch = "wasm32"))]
        provider_model_id: "meta-llama/llama-3.3-70b-instruct",
        input_usd_per_mtok: 0.05,
        output_usd_per_mtok: 0.24,
        cached_input_usd_per_mtok: None,
        source: "pydantic/genai-prices@47df840a prices/providers/*.yml (2026-08-21)",
        as_of: "2026-06-15",
        #[cfg(not(target_arch = "wasm32"))]
        note: "OpenRouter API sync in genai-prices; models.dev had 0.10/0.32 on 2026-06-03 (route prices move)",
        low_confidence: false,
    },
    ApiPrice {
        #[cfg(not(target_arch = "wasm32"))]
        model: "llama-3.3-70b-instruct",
        estimator_model: Some("llama-3.3-70b"),
        provider: "Together",
        #[cfg(not(target_arch = "wasm32"))]
        provider_model_id: "meta-llama/Llama-3.3-70B-Instruct-Turbo",
        input_usd_per_mtok: 1.04,
        output_usd_per_mtok: 1.04,
        cached_input_usd_per_mtok: None,
        source: "LiteLLM model_prices_and_context_window_backup.json in the litellm 1.110.2 wheel (PyPI)",
        as_of: "2026-11-27",
        #[cfg(not(target_arch = "wasm32"))]
        note: "was 0.88/0.88 in LiteLLM as of 2026-07-24; unchanged since <=2025-02-06; models.dev agrees (2026-02-10)",
        low_confidence: false,
    },
    ApiPrice {
        #[cfg(not(target_arch = "wasm32"))]
        model: "llama-3.3-70b-instruct",
        estimator_model: Some("llama-3.3-70b"),
        provider: "Fireworks",
        #[cfg(not(target_arch = "wasm32"))]
        provider_model_id: "accounts/fireworks/models/llama-v3p3-70b-instruct",
        input_usd_per_mtok: 0.9,
        output_usd_per_mtok: 0.9,
        cached_input_usd_per_mtok: None,
        source: "LiteLLM model_prices_and_context_window.json (BerriAI/litellm main, mirrored at RoCry/llm-api-price@8442b939, 2026-07-24)",
        as_of: "2026-07-24",
        #[cfg(not(target_arch = "wasm32"))]
        note: "since 2025-12-09",
        low_confidence: false,
    },
    ApiPrice {
        #[cfg(not(target_arch = "wasm32"))]
        model: "llama-3.3-70b-instruct",
        estimator_model: Some("llama-3.3-70b"),
        provider: "DeepInfra",
        #[cfg(not(target_arch = "wasm32"))]
        provider_model_id: "meta-llama/Llama-3.3-70B-Instruct-Turbo",
        input_usd_per_mtok: 0.1,
        output_usd_per_mtok: 0.32,
        cached_input_usd_per_mtok: None,
        source: "anomalyco/models.dev@f3fc6922 providers/*/models/*.toml (2026-07-02)",
        as_of: "2026-06-10",
        #[cfg(not(target_arch = "wasm32"))]
        note: "LiteLLM still 0.13/0.39; non-Turbo 0.23/0.40 (L)",
        low_confidence: false,
    },
    ApiPrice {
        #[cfg(not(target_arch = "wasm32"))]
        model: "llama-3.3-70b-instruct",
        estimator_model: Some("llama-3.3-70b"),
        provider: "Groq",
        #[cfg(not(target_arch = "wasm32"))]
        provider_model_id: "llama-3.3-70b-versatile",
        input_usd_per_mtok: 0.59,
        output_usd_per_mtok: 0.79,
        cached_input_usd_per_mtok: None,
        source: "LiteLLM model_prices_and_context_window.json (BerriAI/litellm main, mirrored at RoCry/llm-api-price@8442b939, 2026-07-24)",
        as_of: "2026-07-24",
        #[cfg(not(target_arch = "wasm32"))]
        note: "L, G, M agree",
        low_confidence: false,
    },
    ApiPrice {
        #[cfg(not(target_arch = "wasm32"))]
        model: "llama-3.3-70b-instruct",
        estimator_model: Some("llama-3.3-70b"),
        provider: "Cerebras",
        #[cfg(not(target_arch = "wasm32"))]
        provider_model_id: "llama-3.3-70b",
        input_usd_per_mtok: 0.85,
        output_usd_per_mtok: 1.2,
        cached_input_usd_per_mtok: None,
        source: "LiteLLM model_prices_and_context_window.json (BerriAI/litellm main, mirrored at RoCry/llm-api-price@8442b939, 2026-07-24)",
        as_of: "2026-07-24",
        #[cfg(not(target_arch = "wasm32"))]
        note: "since 2025-05-08; G checked 2025-11-07; absent from models.dev cerebras (check availability)",
        low_confidence: false,
    },
    ApiPrice {
        #[cfg(not(target_arch = "wasm32"))]
        model: "llama-3.3-70b-instruct",
        estimator_model: Some("llama-3.3-70b"),
        provider: "Azure AI Foundry",
        #[cfg(not(target_arch = "wasm32"))]
        provider_model_id: "Llama-3.3-70B-Instruct",
        input_usd_per_mtok: 0.71,
        output_usd_per_mtok: 0.71,
        cached_input_usd_per_mtok: None,
        source: "LiteLLM model_prices_and_context_window.json (BerriAI/litellm main, mirrored at RoCry/llm-api-price@8442b939, 2026-07-24)",
        as_of: "2026-07-24",
        #[cfg(not(target_arch = "wasm32"))]
        note: "M agrees (2026-01-13)",
        low_confidence: false,
    },
    ApiPrice {
        #[cfg(not(target_arch = "wasm32"))]
        model: "llama-3.3-70b-instruct",
        estimator_model: Some("llama-3.3-70b"),
        provider: "AWS Bedrock",
        #[cfg(not(target_arch = "wasm32"))]
        provider_model_id: "meta.llama3-3-70b-instruct-v1:0",
        input_usd_per_mtok: 0.72,
        output_usd_per_mtok: 0.72,
        cached_input_usd_per_mtok: None,
        source: "LiteLLM model_prices_and_context_window.json (BerriAI/litellm main, mirrored at RoCry/llm-api-price@8442b939, 2026-07-24)",
        as_of: "2026-07-24",
        #[cfg(not(target_arch = "wasm32"))]
        note: "us-east-1 on-demand; M agrees",
        low_confidence: false,
    },
    ApiPrice {
        #[cfg(not(target_arch = "wasm32"))]
        model: "llama-3.3-70b-instruct",
        estimator_model: Some("llama-3.3-70b"),
        provider: "Google Vertex",
        #[cfg(not(target_arch = "wasm32"))]
        provider_model_id: "meta/llama-3.3-70b-instruct-maas",
        input_usd_per_mtok: 0.72,
        output_usd_per_mtok: 0.72,
        cached_input_usd_per_mtok: None,
        source: "anomalyco/models.dev@f3fc6922 providers/*/models/*.toml (2026-07-02)",
        as_of: "2026-06-26",
        #[cfg(not(target_arch = "wasm32"))]
        note: "",
        low_confidence: false,
    },
    ApiPrice {
        #[cfg(not(target_arch = "wasm32"))]
        model: "llama-3.3-70b-instruct",
        estimator_model: Some("llama-3.3-70b"),
        provider: "Hyperbolic",
        #[cfg(not(target_arch = "wasm32"))]
        provider_model_id: "meta-llama/Llama-3.3-70B-Instruct",
        input_usd_per_mtok: 0.12,
        output_usd_per_mtok: 0.3,
        cached_input_usd_per_mtok: None,
        source: "LiteLLM model_prices_and_context_window.json (BerriAI/litellm main, mirrored at RoCry/llm-api-price@8442b939, 2026-07-24)",
        as_of: "2026-07-24",
        #[cfg(not(target_arch = "wasm32"))]
        note: "LOW CONFIDENCE: LiteLLM uses 0.12/0.30 for many Hyperbolic models; genai-prices (HF router) lists 0.40/0.40",
        low_confidence: true,
    },
    ApiPrice {
        #[cfg(not(target_arch = "wasm32"))]
        model: "llama-3.3-70b-instruct",
        estimator_model: Some("llama-3.3-70b"),
        provider: "Novita",
        #[cfg(not(target_arch = "wasm32"))]
        provider_model_id: "meta-llama/llama-3.3-70b-instruct",
        input_usd_per_mtok: 0.135,
        output_usd_per_mtok: 0.4,
        cached_input_usd_per_mtok: None,
        source: "LiteLLM model_prices_and_context_window.json (BerriAI/litellm main, mirrored at RoCry/llm-api-price@8442b939, 2026-07-24)",
        as_of: "2026-07-24",
        #[cfg(not(target_arch = "wasm32"))]
        note: "since 2026-01-13; M agrees",
        low_confidence: false,
    },
    ApiPrice {
        #[cfg(not(target_arch = "wasm32"))]
        model: "llama-3.3-70b-instruct",
        estimator_model: Some("llama-3.3-70b"),
        provider: "Nebius",
        #[cfg(not(target_arch = "wasm32"))]
        provider_model_id: "meta-llama/Llama-3.3-70B-Instruct",
        input_usd_per_mtok: 0.13,
        output_usd_per_mtok: 0.4,
        cached_input_usd_per_mtok: Some(0.013),
        source: "anomalyco/models.dev@f3fc6922 providers/*/models/*.toml (2026-07-02)",
        as_of: "2026-02-13",
        #[cfg(not(target_arch = "wasm32"))]
        note: "extra provider",
        low_confidence: false,
    },
    ApiPrice {
        #[cfg(not(target_arch = "wasm32"))]
        model: "llama-3.1-8b-instruct",
        estimator_model: Some("llama-3.1-8b"),
        provider: "OpenRouter",
        #[cfg(not(target_arch = "wasm32"))]
        provider_model_id: "meta-llama/llama-3.1-8b-instruct",
        input_usd_per_mtok: 0.02,
        output_usd_per_mtok: 0.03,
        cached_input_usd_per_mtok: None,
        source: "anomalyco/models.dev@f3fc6922 providers/*/models/*.toml (2026-07-02)",
        as_of: "2026-06-05",
        #[cfg(not(target_arch = "wasm32"))]
        note: "G agrees",
        low_confidence: false,
    },
    ApiPrice {
        #[cfg(not(target_arch = "wasm32"))]
        model: "llama-3.1-8b-instruct",
        estimator_model: Some("llama-3.1-8b"),
        provider: "Together",
        #[cfg(not(target_arch = "wasm32"))]
        provider_model_id: "meta-llama/Meta-Llama-3.1-8B-Instruct-Turbo",
        input_usd_per_mtok: 0.18,
        output_usd_per_mtok: 0.18,
        cached_input_usd_per_mtok: None,
        source: "LiteLLM model_prices_and_context_window.json (BerriAI/litellm main, mirrored at RoCry/llm-api-price@8442b939, 2026-07-24)",
        as_of: "2026-07-24",
        #[cfg(not(target_arch = "wasm32"))]
        note: "unchanged since <=2025-02-06",
        low_confidence: false,
    },
    ApiPrice {
        #[cfg(not(target_arch = "wasm32"))]
        model: "llama-3.1-8b-instruct",
        estimator_model: Some("llama-3.1-8b"),
        provider: "Fireworks",
        #[cfg(not(target_arch = "wasm32"))]
        provider_model_id: "accounts/fireworks/models/llama-v3p1-8b-instruct",
        input_usd_per_mtok: 0.2,
        output_usd_per_mtok: 0.2,
        cached_input_usd_per_mtok: None,
        source: "pydantic/genai-prices@47df840a prices/providers/*.yml (2026-08-21)",
        as_of: "2025-07-13",
        #[cfg(not(target_arch = "wasm32"))]
        note: "LiteLLM still lists 0.10; Fireworks 4B-16B size tier is 0.20",
        low_confidence: false,
    },
    ApiPrice {
        #[cfg(not(target_arch = "wasm32"))]
        model: "llama-3.1-8b-instruct",
        estimator_model: Some("llama-3.1-8b"),
        provider: "DeepInfra",
        #[cfg(not(target_arch = "wasm32"))]
        provider_model_id: "meta-llama/Meta-Llama-3.1-8B-Instruct-Turbo",
        input_usd_per_mtok: 0.02,
        output_usd_per_mtok: 0.04,
        cached_input_usd_per_mtok: None,
        source: "LiteLLM model_prices_and_context_window_backup.json in the litellm 1.110.2 wheel (PyPI)",
        as_of: "2026-11-27",
        #[cfg(not(target_arch = "wasm32"))]
        note: "was 0.02/0.03 in LiteLLM as of 2026-07-24; non-Turbo 0.03/0.05",
        low_confidence: false,
    },
    ApiPrice {
        #[cfg(not(target_arch = "wasm32"))]
        model: "llama-3.1-8b-instruct",
        estimator_model: Some("llama-3.1-8b"),
        provider: "Groq",
        #[cfg(not(target_arch = "wasm32"))]
        provider_model_id: "llama-3.1-8b-instant",
        input_usd_per_mtok: 0.05,
        output_usd_per_mtok: 0.08,
        cached_input_usd_per_mtok: None,
        source: "LiteLLM model_prices_and_context_window.json (BerriAI/litellm main, mirrored at RoCry/llm-api-price@8442b939, 2026-07-24)",
        as_of: "2026-07-24",
        #[cfg(not(target_arch = "wasm32"))]
        note: "L, G, M agree",
        low_confidence: false,
    },
    ApiPrice {
        #[cfg(not(target_arch = "wasm32"))]
        model: "llama-3.1-8b-instruct",
        estimator_model: Some("llama-3.1-8b"),
        provider: "Cerebras",
        #[cfg(not(target_arch = "wasm32"))]
        provider_model_id: "llama3.1-8b",
        input_usd_per_mtok: 0.1,
        output_usd_per_mtok: 0.1,
        cached_input_usd_per_mtok: None,
        source: "LiteLLM model_prices_and_context_window.json (BerriAI/litellm main, mirrored at RoCry/llm-api-price@8442b939, 2026-07-24)",
        as_of: "2026-07-24",
        #[cfg(not(target_arch = "wasm32"))]
        note: "G checked 2025-11-07",
        low_confidence: false,
    },
    ApiPrice {
        #[cfg(not(target_arch = "wasm32"))]
        model: "llama-3.1-8b-instruct",
        estimator_model: Some("llama-3.1-8b"),
        provider: "Azure AI Foundry",
        #[cfg(not(target_arch = "wasm32"))]
        provider_model_id: "Meta-Llama-3.1-8B-Instruct",
        input_usd_per_mtok: 0.3,
        output_usd_per_mtok: 0.61,
        cached_input_usd_per_mtok: None,
        source: "LiteLLM model_prices_and_context_window.json (BerriAI/litellm main, mirrored at RoCry/llm-api-price@8442b939, 2026-07-24)",
        as_of: "2026-07-24",
        #[cfg(not(target_arch = "wasm32"))]
        note: "M agrees",
        low_confidence: false,
    },
    ApiPrice {
        #[cfg(not(target_arch = "wasm32"))]
        model: "llama-3.1-8b-instruct",
        estimator_model: Some("llama-3.1-8b"),
        provider: "AWS Bedrock",
        #[cfg(not(target_arch = "wasm32"))]
        provider_model_id: "meta.llama3-1-8b-instruct-v1:0",
        input_usd_per_mtok: 0.22,
        output_usd_per_mtok: 0.22,
        cached_input_usd_per_mtok: None,
        source: "LiteLLM model_prices_and_context_window.json (BerriAI/litellm main, mirrored at RoCry/llm-api-price@8442b939, 2026-07-24)",
        as_of: "2026-07-24",
        #[cfg(not(target_arch = "wasm32"))]
        note: "",
        low_confidence: false,
    },
    ApiPrice {
        #[cfg(not(target_arch = "wasm32"))]
        model: "llama-3.1-8b-instruct",
        estimator_model: Some("llama-3.1-8b"),
        provider: "Hyperbolic",
        #[cfg(not(target_arch = "wasm32"))]
        provider_model_id: "meta-llama/Meta-Llama-3.1-8B-Instruct",
        input_usd_per_mtok: 0.12,
        output_usd_per_mtok: 0.3,
        cached_input_usd_per_mtok: None,
        source: "LiteLLM model_prices_and_context_window.json (BerriAI/litellm main, mirrored at RoCry/llm-api-price@8442b939, 2026-07-24)",
        as_of: "2026-07-24",
        #[cfg(not(target_arch = "wasm32"))]
        note: "LOW CONFIDENCE placeholder pattern",
        low_confidence: true,
    },
    ApiPrice {
        #[cfg(not(target_arch = "wasm32"))]
        model: "llama-3.1-8b-instruct",
        estimator_model: Some("llama-3.1-8b"),
        provider: "Novita",
        #[cfg(not(target_arch = "wasm32"))]
        provider_model_id: "meta-llama/llama-3.1-8b-instruct",
        input_usd_per_mtok: 0.02,
        output_usd_per_mtok: 0.05,
        cached_input_usd_per_mtok: None,
        source: "LiteLLM model_prices_and_context_window.json (BerriAI/litellm main, mirrored at RoCry/llm-api-price@8442b939, 2026-07-24)",
        as_of: "2026-07-24",
        #[cfg(not(target_arch = "wasm32"))]
        note: "M agrees",
        low_confidence: false,
    },
    ApiPrice {
        #[cfg(not(target_arch = "wasm32"))]
        model: "llama-3.1-405b-instruct",
        estimator_model: Some("llama-3.1-405b"),
        provider: "OpenRouter",
        #[cfg(not(target_arch = "wasm32"))]
        provider_model_id: "meta-llama/llama-3.1-405b-instruct",
        input_usd_per_mtok: 0.8,
        output_usd_per_mtok: 0.8,
        cached_input_usd_per_mtok: None,
        source: "pydantic/genai-prices@47df840a prices/providers/*.yml (2026-08-21)",
        as_of: "2025-06-22",
        #[cfg(not(target_arch = "wasm32"))]
        note: "value unchanged since 2025-06-22 in genai-prices; may be delisted",
        low_confidence: false,
    },
    ApiPrice {
        #[cfg(not(target_arch = "wasm32"))]
        model: "llama-3.1-405b-instruct",
        estimator_model: Some("llama-3.1-405b"),
        provider: "Together",
        #[cfg(not(target_arch = "wasm32"))]
        provider_model_id: "meta-llama/Meta-Llama-3.1-405B-Instruct-Turbo",
        input_usd_per_mtok: 3.5,
        output_usd_per_mtok: 3.5,
        cached_input_usd_per_mtok: None,
        source: "LiteLLM model_prices_and_context_window.json (BerriAI/litellm main, mirrored at RoCry/llm-api-price@8442b939, 2026-07-24)",
        as_of: "2026-07-24",
        #[cfg(not(target_arch = "wasm32"))]
        note: "G checked 2025-07-03",
        low_confidence: false,
    },
    ApiPrice {
        #[cfg(not(target_arch = "wasm32"))]
        model: "llama-3.1-405b-instruct",
        estimator_model: Some("llama-3.1-405b"),
        provider: "Fireworks",
        #[cfg(not(target_arch = "wasm32"))]
        provider_model_id: "accounts/fireworks/models/llama-v3p1-405b-instruct",
        input_usd_per_mtok: 3.0,
        output_usd_per_mtok: 3.0,
        cached_input_usd_per_mtok: None,
        source: "LiteLLM model_prices_and_context_window.json (BerriAI/litellm main, mirrored at RoCry/llm-api-price@8442b939, 2026-07-24)",
        as_of: "2026-07-24",
        #[cfg(not(target_arch = "wasm32"))]
        note: "since 2025-04-30",
        low_confidence: false,
    },
    ApiPrice {
        #[cfg(not(target_arch = "wasm32"))]
        model: "llama-3.1-405b-instruct",
        estimator_model: Some("llama-3.1-405b"),
        provider: "Azure AI Foundry",
        #[cfg(not(target_arch = "wasm32"))]
        provider_model_id: "Meta-Llama-3.1-405B-Instruct",
        input_usd_per_mtok: 5.33,
        output_usd_per_mtok: 16.0,
        cached_input_usd_per_mtok: None,
        source: "LiteLLM model_prices_and_context_window.json (BerriAI/litellm main, mirrored at RoCry/llm-api-price@8442b939, 2026-07-24)",
        as_of: "2026-07-24",
        #[cfg(not(target_arch = "wasm32"))]
        note: "M agrees",
        low_confidence: false,
    },
    ApiPrice {
        #[cfg(not(target_arch = "wasm32"))]
        model: "llama-3.1-405b-instruct",
        estimator_model: Some("llama-3.1-405b"),
        provider: "AWS Bedrock",
        #[cfg(not(target_arch = "wasm32"))]
        provider_model_id: "meta.llama3-1-405b-instruct-v1:0",
        input_usd_per_mtok: 2.4,
        output_usd_per_mtok: 2.4,
        cached_input_usd_per_mtok: None,
        source: "LiteLLM model_prices_and_context_window_backup.json in the litellm 1.110.2 wheel (PyPI)",
        as_of: "2026-11-27",
        #[cfg(not(target_arch = "wasm32"))]
        note: "was 5.32/16.0 in LiteLLM as of 2026-07-24",
        low_confidence: false,
    },
    ApiPrice {
        #[cfg(not(target_arch = "wasm32"))]
        model: "llama-3.1-405b-instruct",
        estimator_model: Some("llama-3.1-405b"),
        provider: "Google Vertex",
        #[cfg(not(target_arch = "wasm32"))]
        provider_model_id: "meta/llama-3.1-405b-instruct-maas",
        input_usd_per_mtok: 5.0,
        output_usd_per_mtok: 16.0,
        cached_input_usd_per_mtok: None,
        source: "LiteLLM model_prices_and_context_window.json (BerriAI/litellm main, mirrored at RoCry/llm-api-price@8442b939, 2026-07-24)",
        as_of: "2026-07-24",
        #[cfg(not(target_arch = "wasm32"))]
        note: "",
        low_confidence: false,
    },
    ApiPrice {
        #[cfg(not(target_arch = "wasm32"))]
        model: "llama-3.1-405b-instruct",
        estimator_model: Some("llama-3.1-405b"),
        provider: "Hyperbolic",
        #[cfg(not(target_arch = "wasm32"))]
        provider_model_id: "meta-llama/Meta-Llama-3.1-405B-Instruct",
        input_usd_per_mtok: 0.12,
        output_usd_per_mtok: 0.3,
        cached_input_usd_per_mtok: None,
        source: "LiteLLM model_prices_and_context_window.json (BerriAI/litellm main, mirrored at RoCry/llm-api-price@8442b939, 2026-07-24)",
        as_of: "2026-07-24",
        #[cfg(not(target_arch = "wasm32"))]
        note: "ALMOST CERTAINLY WRONG (placeholder); do not ship without verifying",
        low_confidence: true,
    },
    ApiPrice {
        #[cfg(not(target_arch = "wasm32"))]
        model: "llama-3.1-405b-instruct",
        estimator_model: Some("llama-3.1-405b"),
        provider: "Nebius",
        #[cfg(not(target_arch = "wasm32"))]
        provider_model_id: "meta-llama/Meta-Llama-3.1-405B-Instruct",
        input_usd_per_mtok: 1.0,
        output_usd_per_mtok: 3.0,
        cached_input_usd_per_mtok: None,
        source: "LiteLLM model_prices_and_context_window.json (BerriAI/litellm main, mirrored at RoCry/llm-api-price@8442b939, 2026-07-24)",
        as_of: "2026-07-24",
        #[cfg(not(target_arch = "wasm32"))]
        note: "extra provider",
        low_confidence: false,
    },
    ApiPrice {
        #[cfg(not(target_arch = "wasm32"))]
        model: "llama-4-scout-17b-16e",
        estimator_model: None,
        provider: "OpenRouter",
        #[cfg(not(target_arch = "wasm32"))]
        provider_model_id: "meta-llama/llama-4-scout",
        input_usd_per_mtok: 0.1,
        output_usd_per_mtok: 0.3,
        cached_input_usd_per_mtok: None,
        source: "anomalyco/models.dev@f3fc6922 providers/*/models/*.toml (2026-07-02)",
        as_of: "2026-06-07",
        #[cfg(not(target_arch = "wasm32"))]
        note: "G has 0.08/0.30",
        low_confidence: false,
    },
    ApiPrice {
        #[cfg(not(target_arch = "wasm32"))]
        model: "llama-4-scout-17b-16e",
        estimator_model: None,
        provider: "Together",
        #[cfg(not(target_arch = "wasm32"))]
        provider_model_id: "meta-llama/Llama-4-Scout-17B-16E-Instruct",
        input_usd_per_mtok: 0.18,
        output_usd_per_mtok: 0.59,
        cached_input_usd_per_mtok: None,
        source: "LiteLLM model_prices_and_context_window.json (BerriAI/litellm main, mirrored at RoCry/llm-api-price@8442b939, 2026-07-24)",
        as_of: "2026-07-24",
        #[cfg(not(target_arch = "wasm32"))]
        note: "",
        low_confidence: false,
    },
    ApiPrice {
        #[cfg(not(target_arch = "wasm32"))]
        model: "llama-4-scout-17b-16e",
        estimator_model: None,
        provider: "Fireworks",
        #[cfg(not(target_arch = "wasm32"))]
        provider_model_id: "accounts/fireworks/models/llama4-scout-instruct-basic",
        input_usd_per_mtok: 0.15,
        output_usd_per_mtok: 0.6,
        cached_input_usd_per_mtok: None,
        source: "LiteLLM model_prices_and_context_window.json (BerriAI/litellm main, mirrored at RoCry/llm-api-price@8442b939, 2026-07-24)",
        as_of: "2026-07-24",
        #[cfg(not(target_arch = "wasm32"))]
        note: "",
        low_confidence: false,
    },
    ApiPrice {
        #[cfg(not(target_arch = "wasm32"))]
        model: "llama-4-scout-17b-16e",
        estimator_model: None,
        provider: "DeepInfra",
        #[cfg(not(target_arch = "wasm32"))]
        provider_model_id: "meta-llama/Llama-4-Scout-17B-16E-Instruct",
        input_usd_per_mtok: 0.1,
        output_usd_per_mtok: 0.3,
        cached_input_usd_per_mtok: None,
        source: "anomalyco/models.dev@f3fc6922 providers/*/models/*.toml (2026-07-02)",
        as_of: "2026-06-10",
        #[cfg(not(target_arch = "wasm32"))]
        note: "LiteLLM 0.08/0.30",
        low_confidence: false,
    },
    ApiPrice {
        #[cfg(not(target_arch = "wasm32"))]
        model: "llama-4-scout-17b-16e",
        estimator_model: None,
        provider: "Groq",
        #[cfg(not(target_arch = "wasm32"))]
        provider_model_id: "meta-llama/llama-4-scout-17b-16e-instruct",
        input_usd_per_mtok: 0.11,
        output_usd_per_mtok: 0.34,
        cached_input_usd_per_mtok: None,
        source: "LiteLLM model_prices_and_context_window.json (BerriAI/litellm main, mirrored at RoCry/llm-api-price@8442b939, 2026-07-24)",
        as_of: "2026-07-24",
        #[cfg(not(target_arch = "wasm32"))]
        note: "L, G, M agree",
        low_confidence: false,
    },
    ApiPrice {
        #[cfg(not(target_arch = "wasm32"))]
        model: "llama-4-scout-17b-16e",
        estimator_model: None,
        provider: "Azure AI Foundry",
        #[cfg(not(target_arch = "wasm32"))]
        provider_model_id: "Llama-4-Scout-17B-16E-Instruct",
        input_usd_per_mtok: 0.2,
        output_usd_per_mtok: 0.78,
        cached_input_usd_per_mtok: None,
        source: "LiteLLM model_prices_and_context_window.json (BerriAI/litellm main, mirrored at RoCry/llm-api-price@8442b939, 2026-07-24)",
        as_of: "2026-07-24",
        #[cfg(not(target_arch = "wasm32"))]
        note: "M agrees",
        low_confidence: false,
    },
    ApiPrice {
        #[cfg(not(target_arch = "wasm32"))]
        model: "llama-4-scout-17b-16e",
        estimator_model: None,
        provider: "AWS Bedrock",
        #[cfg(not(target_arch = "wasm32"))]
        provider_model_id: "meta.llama4-scout-17b-instruct-v1:0",
        input_usd_per_mtok: 0.17,
        output_usd_per_mtok: 0.66,
        cached_input_usd_per_mtok: None,
        source: "LiteLLM model_prices_and_context_window.json (BerriAI/litellm main, mirrored at RoCry/llm-api-price@8442b939, 2026-07-24)",
        as_of: "2026-07-24",
        #[cfg(not(target_arch = "wasm32"))]
        note: "",
        low_confidence: false,
    },
    ApiPrice {
        #[cfg(not(target_arch = "wasm32"))]
        model: "llama-4-scout-17b-16e",
        estimator_model: None,
        provider: "Google Vertex",
        #[cfg(not(target_arch = "wasm32"))]
        provider_model_id: "meta/llama-4-scout-17b-16e-instruct-maas",
        input_usd_per_mtok: 0.25,
        output_usd_per_mtok: 0.7,
        cached_input_usd_per_mtok: None,
        source: "LiteLLM model_prices_and_context_window.json (BerriAI/litellm main, mirrored at RoCry/llm-api-price@8442b939, 2026-07-24)",
        as_of: "2026-07-24",
        #[cfg(not(target_arch = "wasm32"))]
        note: "",
        low_confidence: false,
    },
    ApiPrice {
        #[cfg(not(target_arch = "wasm32"))]
        model: "llama-4-scout-17b-16e",
        estimator_model: None,
        provider: "Novita",
        #[cfg(not(target_arch = "wasm32"))]
        provider_model_id: "meta-llama/llama-4-scout-17b-16e-instruct",
        input_usd_per_mtok: 0.18,
        output_usd_per_mtok: 0.59,
        cached_input_usd_per_mtok: None,
        source: "LiteLLM model_prices_and_context_window.json (BerriAI/litellm main, mirrored at RoCry/llm-api-price@8442b939, 2026-07-24)",
        as_of: "2026-07-24",
        #[cfg(not(target_arch = "wasm32"))]
        note: "",
        low_confidence: false,
    },
    ApiPrice {
        #[cfg(not(target_arch = "wasm32"))]
        model: "llama-4-maverick-17b-128e",
        estimator_model: None,
        provider: "OpenRouter",
        #[cfg(not(target_arch = "wasm32"))]
        provider_model_id: "meta-llama/llama-4-maverick",
        input_usd_per_mtok: 0.15,
        output_usd_per_mtok: 0.6,
        cached_input_usd_per_mtok: None,
        source: "anomalyco/models.dev@f3fc6922 providers/*/models/*.toml (2026-07-02)",
        as_of: "2026-05-30",
        #[cfg(not(target_arch = "wasm32"))]
        note: "G agrees",
        low_confidence: false,
    },
    ApiPrice {
        #[cfg(not(target_arch = "wasm32"))]
        model: "llama-4-maverick-17b-128e",
        estimator_model: None,
        provider: "Together",
        #[cfg(not(target_arch = "wasm32"))]
        provider_model_id: "meta-llama/Llama-4-Maverick-17B-128E-Instruct-FP8",
        input_usd_per_mtok: 0.27,
        output_usd_per_mtok: 0.85,
        cached_input_usd_per_mtok: None,
        source: "LiteLLM model_prices_and_context_window.json (BerriAI/litellm main, mirrored at RoCry/llm-api-price@8442b939, 2026-07-24)",
        as_of: "2026-07-24",
        #[cfg(not(target_arch = "wasm32"))]
        note: "",
        low_confidence: false,
    },
    ApiPrice {
        #[cfg(not(target_arch = "wasm32"))]
        model: "llama-4-maverick-17b-128e",
        estimator_model: None,
        provider: "Fireworks",
        #[cfg(not(target_arch = "wasm32"))]
        provider_model_id: "accounts/fireworks/models/llama4-maverick-instruct-basic",
        input_usd_per_mtok: 0.22,
        output_usd_per_mtok: 0.88,
        cached_input_usd_per_mtok: None,
        source: "LiteLLM model_prices_and_context_window.json (BerriAI/litellm main, mirrored at RoCry/llm-api-price@8442b939, 2026-07-24)",
        as_of: "2026-07-24",
        #[cfg(not(target_arch = "wasm32"))]
        note: "",
        low_confidence: false,
    },
    ApiPrice {
        #[cfg(not(target_arch = "wasm32"))]
        model: "llama-4-maverick-17b-128e",
        estimator_model: None,
        provider: "DeepInfra",
        #[cfg(not(target_arch = "wasm32"))]
        provider_model_id: "meta-llama/Llama-4-Maverick-17B-128E-Instruct-FP8",
        input_usd_per_mtok: 0.2,
        output_usd_per_mtok: 0.8,
        cached_input_usd_per_mtok: None,
        source: "LiteLLM model_prices_and_context_window_backup.json in the litellm 1.110.2 wheel (PyPI)",
        as_of: "2026-11-27",
        #[cfg(not(target_arch = "wasm32"))]
        note: "was 0.15/0.6 in LiteLLM as of 2026-07-24; M agrees",
        low_confidence: false,
    },
    ApiPrice {
        #[cfg(not(target_arch = "wasm32"))]
        model: "llama-4-maverick-17b-128e",
        estimator_model: None,
        provider: "Groq",
        #[cfg(not(target_arch = "wasm32"))]
        provider_model_id: "meta-llama/llama-4-maverick-17b-128e-instruct",
        input_usd_per_mtok: 0.2,
        output_usd_per_mtok: 0.6,
        cached_input_usd_per_mtok: None,
        source: "LiteLLM model_prices_and_context_window.json (BerriAI/litellm main, mirrored at RoCry/llm-api-price@8442b939, 2026-07-24)",
        as_of: "2026-07-24",
        #[cfg(not(target_arch = "wasm32"))]
        note: "not in models.dev groq list - may be retired",
        low_confidence: false,
    },
    ApiPrice {
        #[cfg(not(target_arch = "wasm32"))]
        model: "llama-4-maverick-17b-128e",
        estimator_model: None,
        provider: "Azure AI Foundry",
        #[cfg(not(target_arch = "wasm32"))]
        provider_model_id: "llama-4-maverick-17b-128e-instruct-fp8",
        input_usd_per_mtok: 0.25,
        output_usd_per_mtok: 1.0,
        cached_input_usd_per_mtok: None,
        source: "anomalyco/models.dev@f3fc6922 providers/*/models/*.toml (2026-07-02)",
        as_of: "2026-01-13",
        #[cfg(not(target_arch = "wasm32"))]
        note: "LiteLLM entry 1.41/0.35 looks swapped",
        low_confidence: true,
    },
    ApiPrice {
        #[cfg(not(target_arch = "wasm32"))]
        model: "llama-4-maverick-17b-128e",
        estimator_model: None,
        provider: "AWS Bedrock",
        #[cfg(not(target_arch = "wasm32"))]
        provider_model_id: "meta.llama4-maverick-17b-instruct-v1:0",
        input_usd_per_mtok: 0.24,
        output_usd_per_mtok: 0.97,
        cached_input_usd_per_mtok: None,
        source: "LiteLLM model_prices_and_context_window.json (BerriAI/litellm main, mirrored at RoCry/llm-api-price@8442b939, 2026-07-24)",
        as_of: "2026-07-24",
        #[cfg(not(target_arch = "wasm32"))]
        note: "",
        low_confidence: false,
    },
    ApiPrice {
        #[cfg(not(target_arch = "wasm32"))]
        model: "llama-4-maverick-17b-128e",
        estimator_model: None,
        provider: "Google Vertex",
        #[cfg(not(target_arch = "wasm32"))]
        provider_model_id: "meta/llama-4-maverick-17b-128e-instruct-maas",
        input_usd_per_mtok: 0.35,
        output_usd_per_mtok: 1.15,
        cached_input_usd_per_mtok: None,
        source: "LiteLLM model_prices_and_context_window.json (BerriAI/litellm main, mirrored at RoCry/llm-api-price@8442b939, 2026-07-24)",
        as_of: "2026-07-24",
        #[cfg(not(target_arch = "wasm32"))]
        note: "M agrees",
        low_confidence: false,
    },
    ApiPrice {
        #[cfg(not(target_arch = "wasm32"))]
        model: "llama-4-maverick-17b-128e",
        estimator_model: None,
        provider: "Novita",
        #[cfg(not(target_arch = "wasm32"))]
        provider_model_id: "meta-llama/llama-4-maverick-17b-128e-instruct-fp8",
        input_usd_per_mtok: 0.27,
        output_usd_per_mtok: 0.85,
        cached_input_usd_per_mtok: None,
        source: "LiteLLM model_prices_and_context_window.json (BerriAI/litellm main, mirrored at RoCry/llm-api-price@8442b939, 2026-07-24)",
        as_of: "2026-07-24",
        #[cfg(not(target_arch = "wasm32"))]
        note: "",
        low_confidence: false,
    },
    ApiPrice {
        #[cfg(not(target_arch = "wasm32"))]
        model: "qwen2.5-72b-instruct",
        estimator_model: Some("qwen2.5-72b"),
        provider: "OpenRouter",
        #[cfg(not(target_arch = "wasm32"))]
        provider_model_id: "qwen/qwen-2.5-72b-instruct",
        input_usd_per_mtok: 0.12,
        output_usd_per_mtok: 0.39,
        cached_input_usd_per_mtok: None,
        source: "pydantic/genai-prices@47df840a prices/providers/*.yml (2026-08-21)",
        as_of: "2026-06-15",
        #[cfg(not(target_arch = "wasm32"))]
        note: "genai-prices OpenRouter file",
        low_confidence: false,
    },
    ApiPrice {
        #[cfg(not(target_arch = "wasm32"))]
        model: "qwen2.5-72b-instruct",
        estimator_model: Some("qwen2.5-72b"),
        provider: "Fireworks",
        #[cfg(not(target_arch = "wasm32"))]
        provider_model_id: "accounts/fireworks/models/qwen2p5-72b-instruct",
        input_usd_per_mtok: 0.9,
        output_usd_per_mtok: 0.9,
        cached_input_usd_per_mtok: None,
        source: "LiteLLM model_prices_and_context_window.json (BerriAI/litellm main, mirrored at RoCry/llm-api-price@8442b939, 2026-07-24)",
        as_of: "2026-07-24",
        #[cfg(not(target_arch = "wasm32"))]
        note: "",
        low_confidence: false,
    },
    ApiPrice {
        #[cfg(not(target_arch = "wasm32"))]
        model: "qwen2.5-72b-instruct",
        estimator_model: Some("qwen2.5-72b"),
        provider: "DeepInfra",
        #[cfg(not(target_arch = "wasm32"))]
        provider_model_id: "Qwen/Qwen2.5-72B-Instruct",
        input_usd_per_mtok: 0.36,
        output_usd_per_mtok: 0.4,
        cached_input_usd_per_mtok: None,
        source: "LiteLLM model_prices_and_context_window_backup.json in the litellm 1.110.2 wheel (PyPI)",
        as_of: "2026-11-27",
        #[cfg(not(target_arch = "wasm32"))]
        note: "was 0.12/0.39 in LiteLLM as of 2026-07-24",
        low_confidence: false,
    },
    ApiPrice {
        #[cfg(not(target_arch = "wasm32"))]
        model: "qwen2.5-72b-instruct",
        estimator_model: Some("qwen2.5-72b"),
        provider: "Hyperbolic",
        #[cfg(not(target_arch = "wasm32"))]
        provider_model_id: "Qwen/Qwen2.5-72B-Instruct",
        input_usd_per_mtok: 0.12,
        output_usd_per_mtok: 0.3,
        cached_input_usd_per_mtok: None,
        source: "LiteLLM model_prices_and_context_window.json (BerriAI/litellm main, mirrored at RoCry/llm-api-price@8442b939, 2026-07-24)",
        as_of: "2026-07-24",
        #[cfg(not(target_arch = "wasm32"))]
        note: "LOW CONFIDENCE placeholder pattern",
        low_confidence: true,
    },
    ApiPrice {
        #[cfg(not(target_arch = "wasm32"))]
        model: "qwen2.5-72b-instruct",
        estimator_model: Some("qwen2.5-72b"),
        provider: "Novita",
        #[cfg(not(target_arch = "wasm32"))]
        provider_model_id: "qwen/qwen-2.5-72b-instruct",
        input_usd_per_mtok: 0.38,
        output_usd_per_mtok: 0.4,
        cached_input_usd_per_mtok: None,
        source: "LiteLLM model_prices_and_context_window.json (BerriAI/litellm main, mirrored at RoCry/llm-api-price@8442b939, 2026-07-24)",
        as_of: "2026-07-24",
        #[cfg(not(target_arch = "wasm32"))]
        note: "G (HF router) agrees",
        low_confidence: false,
    },
    ApiPrice {
        #[cfg(not(target_arch = "wasm32"))]
        model: "qwen2.5-72b-instruct",
        estimator_model: Some("qwen2.5-72b"),
        provider: "Nebius",
        #[cfg(not(target_arch = "wasm32"))]
        provider_model_id: "Qwen/Qwen2.5-72B-Instruct",
        input_usd_per_mtok: 0.13,
        output_usd_per_mtok: 0.4,
        cached_input_usd_per_mtok: None,
        source: "LiteLLM model_prices_and_context_window.json (BerriAI/litellm main, mirrored at RoCry/llm-api-price@8442b939, 2026-07-24)",
        as_of: "2026-07-24",
        #[cfg(not(target_arch = "wasm32"))]
        note: "extra provider",
        low_confidence: false,
    },
    ApiPrice {
        #[cfg(not(target_arch = "wasm32"))]
        model: "qwen3-32b",
        estimator_model: Some("qwen3-32b"),
        provider: "OpenRouter",
        #[cfg(not(target_arch = "wasm32"))]
        provider_model_id: "qwen/qwen3-32b",
        input_usd_per_mtok: 0.08,
        output_usd_per_mtok: 0.28,
        cached_input_usd_per_mtok: None,
        source: "anomalyco/models.dev@f3fc6922 providers/*/models/*.toml (2026-07-02)",
        as_of: "2026-06-12",
        #[cfg(not(target_arch = "wasm32"))]
        note: "G has 0.10/0.30",
        low_confidence: false,
    },
    ApiPrice {
        #[cfg(not(target_arch = "wasm32"))]
        model: "qwen3-32b",
        estimator_model: Some("qwen3-32b"),
        provider: "Fireworks",
        #[cfg(not(target_arch = "wasm32"))]
        provider_model_id: "accounts/fireworks/models/qwen3-32b",
        input_usd_per_mtok: 0.9,
        output_usd_per_mtok: 0.9,
        cached_input_usd_per_mtok: None,
        source: "LiteLLM model_prices_and_context_window.json (BerriAI/litellm main, mirrored at RoCry/llm-api-price@8442b939, 2026-07-24)",
        as_of: "2026-07-24",
        #[cfg(not(target_arch = "wasm32"))]
        note: "",
        low_confidence: false,
    },
    ApiPrice {
        #[cfg(not(target_arch = "wasm32"))]
        model: "qwen3-32b",
        estimator_model: Some("qwen3-32b"),
        provider: "DeepInfra",
        #[cfg(not(target_arch = "wasm32"))]
        provider_model_id: "Qwen/Qwen3-32B",
        input_usd_per_mtok: 0.08,
        output_usd_per_mtok: 0.28,
        cached_input_usd_per_mtok: None,
        source: "LiteLLM model_prices_and_context_window_backup.json in the litellm 1.110.2 wheel (PyPI)",
        as_of: "2026-11-27",
        #[cfg(not(target_arch = "wasm32"))]
        note: "was 0.1/0.28 in LiteLLM as of 2026-07-24",
        low_confidence: false,
    },
    ApiPrice {
        #[cfg(not(target_arch = "wasm32"))]
        model: "qwen3-32b",
        estimator_model: Some("qwen3-32b"),
        provider: "Groq",
        #[cfg(not(target_arch = "wasm32"))]
        provider_model_id: "qwen/qwen3-32b",
        input_usd_per_mtok: 0.29,
        output_usd_per_mtok: 0.59,
        cached_input_usd_per_mtok: None,
        source: "LiteLLM model_prices_and_context_window.json (BerriAI/litellm main, mirrored at RoCry/llm-api-price@8442b939, 2026-07-24)",
        as_of: "2026-07-24",
        #[cfg(not(target_arch = "wasm32"))]
        note: "L, G, M agree",
        low_confidence: false,
    },
    ApiPrice {
        #[cfg(not(target_arch = "wasm32"))]
        model: "qwen3-32b",
        estimator_model: Some("qwen3-32b"),
        provider: "Cerebras",
        #[cfg(not(target_arch = "wasm32"))]
        provider_model_id: "qwen-3-32b",
        input_usd_per_mtok: 0.4,
        output_usd_per_mtok: 0.8,
        cached_input_usd_per_mtok: None,
        source: "LiteLLM model_prices_and_context_window.json (BerriAI/litellm main, mirrored at RoCry/llm-api-price@8442b939, 2026-07-24)",
        as_of: "2026-07-24",
        #[cfg(not(target_arch = "wasm32"))]
        note: "upstream: inference-docs.cerebras.ai/support/pricing",
        low_confidence: false,
    },
    ApiPrice {
        #[cfg(not(target_arch = "wasm32"))]
        model: "qwen3-32b",
        estimator_model: Some("qwen3-32b"),
        provider: "AWS Bedrock",
        #[cfg(not(target_arch = "wasm32"))]
        provider_model_id: "qwen.qwen3-32b-v1:0",
        input_usd_per_mtok: 0.15,
        output_usd_per_mtok: 0.6,
        cached_input_usd_per_mtok: None,
        source: "LiteLLM model_prices_and_context_window.json (BerriAI/litellm main, mirrored at RoCry/llm-api-price@8442b939, 2026-07-24)",
        as_of: "2026-07-24",
        #[cfg(not(target_arch = "wasm32"))]
        note: "M agrees",
        low_confidence: false,
    },
    ApiPrice {
        #[cfg(not(target_arch = "wasm32"))]
        model: "qwen3-32b",
        estimator_model: Some("qwen3-32b"),
        provider: "Novita",
        #[cfg(not(target_arch = "wasm32"))]
        provider_model_id: "qwen/qwen3-32b-fp8",
        input_usd_per_mtok: 0.1,
        output_usd_per_mtok: 0.45,
        cached_input_usd_per_mtok: None,
        source: "LiteLLM model_prices_and_context_window.json (BerriAI/litellm main, mirrored at RoCry/llm-api-price@8442b939, 2026-07-24)",
        as_of: "2026-07-24",
        #[cfg(not(target_arch = "wasm32"))]
        note: "",
        low_confidence: false,
    },
    ApiPrice {
        #[cfg(not(target_arch = "wasm32"))]
        model: "qwen3-32b",
        estimator_model: Some("qwen3-32b"),
        provider: "Nebius",
        #[cfg(not(target_arch = "wasm32"))]
        provider_model_id: "Qwen/Qwen3-32B",
        input_usd_per_mtok: 0.1,
        output_usd_per_mtok: 0.3,
        cached_input_usd_per_mtok: Some(0.01),
        source: "anomalyco/models.dev@f3fc6922 providers/*/models/*.toml (2026-07-02)",
        as_of: "2026-03-03",
        #[cfg(not(target_arch = "wasm32"))]
        note: "extra provider",
        low_confidence: false,
    },
    ApiPrice {
        #[cfg(not(target_arch = "wasm32"))]
        model: "qwen3-235b-a22b-instruct-2507",
        estimator_model: Some("qwen3-235b-a22b"),
        provider: "OpenRouter",
        #[cfg(not(target_arch = "wasm32"))]
        provider_model_id: "qwen/qwen3-235b-a22b-2507",
        input_usd_per_mtok: 0.071,
        output_usd_per_mtok: 0.1,
        cached_input_usd_per_mtok: None,
        source: "LiteLLM model_prices_and_context_window.json (BerriAI/litellm main, mirrored at RoCry/llm-api-price@8442b939, 2026-07-24)",
        as_of: "2026-07-24",
        #[cfg(not(target_arch = "wasm32"))]
        note: "since 2026-02-05; M/G show 0.09/0.10",
        low_confidence: false,
    },
    ApiPrice {
        #[cfg(not(target_arch = "wasm32"))]
        model: "qwen3-235b-a22b-instruct-2507",
        estimator_model: Some("qwen3-235b-a22b"),
        provider: "Together",
        #[cfg(not(target_arch = "wasm32"))]
        provider_model_id: "Qwen/Qwen3-235B-A22B-Instruct-2507-tput",
        input_usd_per_mtok: 0.2,
        output_usd_per_mtok: 0.6,
        cached_input_usd_per_mtok: None,
        source: "anomalyco/models.dev@f3fc6922 providers/*/models/*.toml (2026-07-02)",
        as_of: "2026-06-10",
        #[cfg(not(target_arch = "wasm32"))]
        note: "LiteLLM output 6.0 looks like a typo",
        low_confidence: true,
    },
    ApiPrice {
        #[cfg(not(target_arch = "wasm32"))]
        model: "qwen3-235b-a22b-instruct-2507",
        estimator_model: Some("qwen3-235b-a22b"),
        provider: "Fireworks",
        #[cfg(not(target_arch = "wasm32"))]
        provider_model_id: "accounts/fireworks/models/qwen3-235b-a22b-instruct-2507",
        input_usd_per_mtok: 0.22,
        output_usd_per_mtok: 0.88,
        cached_input_usd_per_mtok: None,
        source: "LiteLLM model_prices_and_context_window.json (BerriAI/litellm main, mirrored at RoCry/llm-api-price@8442b939, 2026-07-24)",
        as_of: "2026-07-24",
        #[cfg(not(target_arch = "wasm32"))]
        note: "",
        low_confidence: false,
    },
    ApiPrice {
        #[cfg(not(target_arch = "wasm32"))]
        model: "qwen3-235b-a22b-instruct-2507",
        estimator_model: Some("qwen3-235b-a22b"),
        provider: "DeepInfra",
        #[cfg(not(target_arch = "wasm32"))]
        provider_model_id: "Qwen/Qwen3-235B-A22B-Instruct-2507",
        input_usd_per_mtok: 0.09,
        output_usd_per_mtok: 0.55,
        cached_input_usd_per_mtok: None,
        source: "LiteLLM model_prices_and_context_window_backup.json in the litellm 1.110.2 wheel (PyPI)",
        as_of: "2026-11-27",
        #[cfg(not(target_arch = "wasm32"))]
        note: "was 0.09/0.6 in LiteLLM as of 2026-07-24",
        low_confidence: false,
    },
    ApiPrice {
        #[cfg(not(target_arch = "wasm32"))]
        model: "qwen3-235b-a22b-instruct-2507",
        estimator_model: Some("qwen3-235b-a22b"),
        provider: "AWS Bedrock",
        #[cfg(not(target_arch = "wasm32"))]
        provider_model_id: "qwen.qwen3-235b-a22b-2507-v1:0",
        input_usd_per_mtok: 0.22,
        output_usd_per_mtok: 0.88,
        cached_input_usd_per_mtok: None,
        source: "LiteLLM model_prices_and_context_window.json (BerriAI/litellm main, mirrored at RoCry/llm-api-price@8442b939, 2026-07-24)",
        as_of: "2026-07-24",
        #[cfg(not(target_arch = "wasm32"))]
        note: "M agrees",
        low_confidence: false,
    },
    ApiPrice {
        #[cfg(not(target_arch = "wasm32"))]
        model: "qwen3-235b-a22b-instruct-2507",
        estimator_model: Some("qwen3-235b-a22b"),
        provider: "Google Vertex",
        #[cfg(not(target_arch = "wasm32"))]
        provider_model_id: "qwen/qwen3-235b-a22b-instruct-2507-maas",
        input_usd_per_mtok: 0.22,
        output_usd_per_mtok: 0.88,
        cached_input_usd_per_mtok: None,
        source: "anomalyco/models.dev@f3fc6922 providers/*/models/*.toml (2026-07-02)",
        as_of: "2026-06-26",
        #[cfg(not(target_arch = "wasm32"))]
        note: "LiteLLM 0.25/1.00",
        low_confidence: false,
    },
    ApiPrice {
        #[cfg(not(target_arch = "wasm32"))]
        model: "qwen3-235b-a22b-instruct-2507",
        estimator_model: Some("qwen3-235b-a22b"),
        provider: "Hyperbolic",
        #[cfg(not(target_arch = "wasm32"))]
        provider_model_id: "Qwen/Qwen3-235B-A22B",
        input_usd_per_mtok: 2.0,
        output_usd_per_mtok: 2.0,
        cached_input_usd_per_mtok: None,
        source: "LiteLLM model_prices_and_context_window.json (BerriAI/litellm main, mirrored at RoCry/llm-api-price@8442b939, 2026-07-24)",
        as_of: "2026-07-24",
        #[cfg(not(target_arch = "wasm32"))]
        note: "original (non-2507) release; G (HF) 2.00/2.00 for 2507",
        low_confidence: false,
    },
    ApiPrice {
        #[cfg(not(target_arch = "wasm32"))]
        model: "qwen3-235b-a22b-instruct-2507",
        estimator_model: Some("qwen3-235b-a22b"),
        provider: "Novita",
        #[cfg(not(target_arch = "wasm32"))]
        provider_model_id: "qwen/qwen3-235b-a22b-instruct-2507",
        input_usd_per_mtok: 0.09,
        output_usd_per_mtok: 0.58,
        cached_input_usd_per_mtok: None,
        source: "LiteLLM model_prices_and_context_window.json (BerriAI/litellm main, mirrored at RoCry/llm-api-price@8442b939, 2026-07-24)",
        as_of: "2026-07-24",
        #[cfg(not(target_arch = "wasm32"))]
        note: "M agrees",
        low_confidence: false,
    },
    ApiPrice {
        #[cfg(not(target_arch = "wasm32"))]
        model: "qwen3-235b-a22b-instruct-2507",
        estimator_model: Some("qwen3-235b-a22b"),
        provider: "Nebius",
        #[cfg(not(target_arch = "wasm32"))]
        provider_model_id: "Qwen/Qwen3-235B-A22B-Instruct-2507",
        input_usd_per_mtok: 0.2,
        output_usd_per_mtok: 0.6,
        cached_input_usd_per_mtok: None,
        source: "anomalyco/models.dev@f3fc6922 providers/*/models/*.toml (2026-07-02)",
        as_of: "2026-06-10",
        #[cfg(not(target_arch = "wasm32"))]
        note: "extra provider",
        low_confidence: false,
    },
    ApiPrice {
        #[cfg(not(target_arch = "wasm32"))]
        model: "qwen3-30b-a3b",
        estimator_model: Some("qwen3-30b-a3b"),
        provider: "OpenRouter",
        #[cfg(not(target_arch = "wasm32"))]
        provider_model_id: "qwen/qwen3-30b-a3b-instruct-2507",
        input_usd_per_mtok: 0.04815,
        output_usd_per_mtok: 0.19305,
        cached_input_usd_per_mtok: None,
        source: "anomalyco/models.dev@f3fc6922 providers/*/models/*.toml (2026-07-02)",
        as_of: "2026-06-26",
        #[cfg(not(target_arch = "wasm32"))]
        note: "original qwen3-30b-a3b: 0.12/0.50 (M, 2026-06-11)",
        low_confidence: false,
    },
    ApiPrice {
        #[cfg(not(target_arch = "wasm32"))]
        model: "qwen3-30b-a3b",
        estimator_model: Some("qwen3-30b-a3b"),
        provider: "Fireworks",
        #[cfg(not(target_arch = "wasm32"))]
        provider_model_id: "accounts/fireworks/models/qwen3-30b-a3b",
        input_usd_per_mtok: 0.15,
        output_usd_per_mtok: 0.6,
        cached_input_usd_per_mtok: None,
        source: "LiteLLM model_prices_and_context_window.json (BerriAI/litellm main, mirrored at RoCry/llm-api-price@8442b939, 2026-07-24)",
        as_of: "2026-07-24",
        #[cfg(not(target_arch = "wasm32"))]
        note: "instruct-2507 listed 0.50/0.50",
        low_confidence: false,
    },
    ApiPrice {
        #[cfg(not(target_arch = "wasm32"))]
        model: "qwen3-30b-a3b",
        estimator_model: Some("qwen3-30b-a3b"),
        provider: "DeepInfra",
        #[cfg(not(target_arch = "wasm32"))]
        provider_model_id: "Qwen/Qwen3-30B-A3B",
        input_usd_per_mtok: 0.12,
        output_usd_per_mtok: 0.5,
        cached_input_usd_per_mtok: None,
        source: "LiteLLM model_prices_and_context_window_backup.json in the litellm 1.110.2 wheel (PyPI)",
        as_of: "2026-11-27",
        #[cfg(not(target_arch = "wasm32"))]
        note: "was 0.08/0.29 in LiteLLM as of 2026-07-24",
        low_confidence: false,
    },
    ApiPrice {
        #[cfg(not(target_arch = "wasm32"))]
        model: "qwen3-30b-a3b",
        estimator_model: Some("qwen3-30b-a3b"),
        provider: "Novita",
        #[cfg(not(target_arch = "wasm32"))]
        provider_model_id: "qwen/qwen3-30b-a3b-fp8",
        input_usd_per_mtok: 0.09,
        output_usd_per_mtok: 0.45,
        cached_input_usd_per_mtok: None,
        source: "LiteLLM model_prices_and_context_window.json (BerriAI/litellm main, mirrored at RoCry/llm-api-price@8442b939, 2026-07-24)",
        as_of: "2026-07-24",
        #[cfg(not(target_arch = "wasm32"))]
        note: "",
        low_confidence: false,
    },
    ApiPrice {
        #[cfg(not(target_arch = "wasm32"))]
        model: "qwen3-30b-a3b",
        estimator_model: Some("qwen3-30b-a3b"),
        provider: "Nebius",
        #[cfg(not(target_arch = "wasm32"))]
        provider_model_id: "Qwen/Qwen3-30B-A3B-Instruct-2507",
        input_usd_per_mtok: 0.1,
        output_usd_per_mtok: 0.3,
        cached_input_usd_per_mtok: Some(0.01),
        source: "anomalyco/models.dev@f3fc6922 providers/*/models/*.toml (2026-07-02)",
        as_of: "2026-03-03",
        #[cfg(not(target_arch = "wasm32"))]
        note: "extra provider",
        low_confidence: false,
    },
    ApiPrice {
        #[cfg(not(target_arch = "wasm32"))]
        model: "deepseek-v3-0324",
        estimator_model: Some("deepseek-v3"),
        provider: "OpenRouter",
        #[cfg(not(target_arch = "wasm32"))]
        provider_model_id: "deepseek/deepseek-chat-v3-0324",
        input_usd_per_mtok: 0.2,
        output_usd_per_mtok: 0.77,
        cached_input_usd_per_mtok: Some(0.135),
        source: "anomalyco/models.dev@f3fc6922 providers/*/models/*.toml (2026-07-02)",
        as_of: "2026-06-12",
        #[cfg(not(target_arch = "wasm32"))]
        note: "G sync 2026-06-15: 0.30/0.88",
        low_confidence: false,
    },
    ApiPrice {
        #[cfg(not(target_arch = "wasm32"))]
        model: "deepseek-v3.2",
        estimator_model: Some("deepseek-v3"),
        provider: "OpenRouter",
        #[cfg(not(target_arch = "wasm32"))]
        provider_model_id: "deepseek/deepseek-v3.2",
        input_usd_per_mtok: 0.2288,
        output_usd_per_mtok: 0.3432,
        cached_input_usd_per_mtok: Some(0.02288),
        source: "anomalyco/models.dev@f3fc6922 providers/*/models/*.toml (2026-07-02)",
        as_of: "2026-06-26",
        #[cfg(not(target_arch = "wasm32"))]
        note: "G agrees",
        low_confidence: false,
    },
    ApiPrice {
        #[cfg(not(target_arch = "wasm32"))]
        model: "deepseek-v3.2",
        estimator_model: Some("deepseek-v3"),
        provider: "DeepSeek (first-party)",
        #[cfg(not(target_arch = "wasm32"))]
        provider_model_id: "deepseek-v3.2",
        input_usd_per_mtok: 0.28,
        output_usd_per_mtok: 0.4,
        cached_input_usd_per_mtok: None,
        source: "LiteLLM model_prices_and_context_window.json (BerriAI/litellm main, mirrored at RoCry/llm-api-price@8442b939, 2026-07-24)",
        as_of: "2026-07-24",
        #[cfg(not(target_arch = "wasm32"))]
        note: "first-party API; G lists 0.2288/0.3432 checked 2026-06-09",
        low_confidence: false,
    },
    ApiPrice {
        #[cfg(not(target_arch = "wasm32"))]
        model: "deepseek-v3",
        estimator_model: Some("deepseek-v3"),
        provider: "Together",
        #[cfg(not(target_arch = "wasm32"))]
        provider_model_id: "deepseek-ai/DeepSeek-V3",
        input_usd_per_mtok: 1.25,
        output_usd_per_mtok: 1.25,
        cached_input_usd_per_mtok: None,
        source: "LiteLLM model_prices_and_context_window.json (BerriAI/litellm main, mirrored at RoCry/llm-api-price@8442b939, 2026-07-24)",
        as_of: "2026-07-24",
        #[cfg(not(target_arch = "wasm32"))]
        note: "V3.1: 0.60/1.70",
        low_confidence: false,
    },
    ApiPrice {
        #[cfg(not(target_arch = "wasm32"))]
        model: "deepseek-v3-0324",
        estimator_model: Some("deepseek-v3"),
        provider: "Fireworks",
        #[cfg(not(target_arch = "wasm32"))]
        provider_model_id: "accounts/fireworks/models/deepseek-v3-0324",
        input_usd_per_mtok: 0.9,
        output_usd_per_mtok: 0.9,
        cached_input_usd_per_mtok: None,
        source: "LiteLLM model_prices_and_context_window.json (BerriAI/litellm main, mirrored at RoCry/llm-api-price@8442b939, 2026-07-24)",
        as_of: "2026-07-24",
        #[cfg(not(target_arch = "wasm32"))]
        note: "",
        low_confidence: false,
    },
    ApiPrice {
        #[cfg(not(target_arch = "wasm32"))]
        model: "deepseek-v3.2",
        estimator_model: Some("deepseek-v3"),
        provider: "Fireworks",
        #[cfg(not(target_arch = "wasm32"))]
        provider_model_id: "accounts/fireworks/models/deepseek-v3p2",
        input_usd_per_mtok: 0.56,
        output_usd_per_mtok: 1.68,
        cached_input_usd_per_mtok: Some(0.28),
        source: "pydantic/genai-prices@47df840a prices/providers/*.yml (2026-08-21)",
        as_of: "2026-02-03",
        #[cfg(not(target_arch = "wasm32"))]
        note: "cached from G",
        low_confidence: false,
    },
    ApiPrice {
        #[cfg(not(target_arch = "wasm32"))]
        model: "deepseek-v3-0324",
        estimator_model: Some("deepseek-v3"),
        provider: "DeepInfra",
        #[cfg(not(target_arch = "wasm32"))]
        provider_model_id: "deepseek-ai/DeepSeek-V3-0324",
        input_usd_per_mtok: 0.24,
        output_usd_per_mtok: 0.9,
        cached_input_usd_per_mtok: Some(0.135),
        source: "LiteLLM model_prices_and_context_window_backup.json in the litellm 1.110.2 wheel (PyPI)",
        as_of: "2026-11-27",
        #[cfg(not(target_arch = "wasm32"))]
        note: "was 0.25/0.88 in LiteLLM as of 2026-07-24",
        low_confidence: false,
    },
    ApiPrice {
        #[cfg(not(target_arch = "wasm32"))]
        model: "deepseek-v3.2",
        estimator_model: Some("deepseek-v3"),
        provider: "DeepInfra",
        #[cfg(not(target_arch = "wasm32"))]
        provider_model_id: "deepseek-ai/DeepSeek-V3.2",
        input_usd_per_mtok: 0.26,
        output_usd_per_mtok: 0.38,
        cached_input_usd_per_mtok: Some(0.13),
        source: "anomalyco/models.dev@f3fc6922 providers/*/models/*.toml (2026-07-02)",
        as_of: "2026-06-08",
        #[cfg(not(target_arch = "wasm32"))]
        note: "",
        low_confidence: false,
    },
    ApiPrice {
        #[cfg(not(target_arch = "wasm32"))]
        model: "deepseek-v3-0324",
        estimator_model: Some("deepseek-v3"),
        provider: "Azure AI Foundry",
        #[cfg(not(target_arch = "wasm32"))]
        provider_model_id: "deepseek-v3-0324",
        input_usd_per_mtok: 1.14,
        output_usd_per_mtok: 4.56,
        cached_input_usd_per_mtok: None,
        source: "LiteLLM model_prices_and_context_window.json (BerriAI/litellm main, mirrored at RoCry/llm-api-price@8442b939, 2026-07-24)",
        as_of: "2026-07-24",
        #[cfg(not(target_arch = "wasm32"))]
        note: "V3.2: 0.58/1.68",
        low_confidence: false,
    },
    ApiPrice {
        #[cfg(not(target_arch = "wasm32"))]
        model: "deepseek-v3",
        estimator_model: Some("deepseek-v3"),
        provider: "AWS Bedrock",
        #[cfg(not(target_arch = "wasm32"))]
        provider_model_id: "deepseek.v3-v1:0",
        input_usd_per_mtok: 0.58,
        output_usd_per_mtok: 1.68,
        cached_input_usd_per_mtok: None,
        source: "LiteLLM model_prices_and_context_window.json (BerriAI/litellm main, mirrored at RoCry/llm-api-price@8442b939, 2026-07-24)",
        as_of: "2026-07-24",
        #[cfg(not(target_arch = "wasm32"))]
        note: "V3.2: 0.62/1.85 (us regions)",
        low_confidence: false,
    },
    ApiPrice {
        #[cfg(not(target_arch = "wasm32"))]
        model: "deepseek-v3.2",
        estimator_model: Some("deepseek-v3"),
        provider: "Google Vertex",
        #[cfg(not(target_arch = "wasm32"))]
        provider_model_id: "deepseek-ai/deepseek-v3.2-maas",
        input_usd_per_mtok: 0.56,
        output_usd_per_mtok: 1.68,
        cached_input_usd_per_mtok: Some(0.056),
        source: "anomalyco/models.dev@f3fc6922 providers/*/models/*.toml (2026-07-02)",
        as_of: "2026-06-26",
        #[cfg(not(target_arch = "wasm32"))]
        note: "LiteLLM agrees on in/out",
        low_confidence: false,
    },
    ApiPrice {
        #[cfg(not(target_arch = "wasm32"))]
        model: "deepseek-v3-0324",
        estimator_model: Some("deepseek-v3"),
        provider: "Hyperbolic",
        #[cfg(not(target_arch = "wasm32"))]
        provider_model_id: "deepseek-ai/DeepSeek-V3-0324",
        input_usd_per_mtok: 0.4,
        output_usd_per_mtok: 0.4,
        cached_input_usd_per_mtok: None,
        source: "LiteLLM model_prices_and_context_window.json (BerriAI/litellm main, mirrored at RoCry/llm-api-price@8442b939, 2026-07-24)",
        as_of: "2026-07-24",
        #[cfg(not(target_arch = "wasm32"))]
        note: "LOW CONFIDENCE; G (HF) says 1.25/1.25",
        low_confidence: true,
    },
    ApiPrice {
        #[cfg(not(target_arch = "wasm32"))]
        model: "deepseek-v3-0324",
        estimator_model: Some("deepseek-v3"),
        provider: "Novita",
        #[cfg(not(target_arch = "wasm32"))]
        provider_model_id: "deepseek/deepseek-v3-0324",
        input_usd_per_mtok: 0.27,
        output_usd_per_mtok: 1.12,
        cached_input_usd_per_mtok: Some(0.135),
        source: "LiteLLM model_prices_and_context_window.json (BerriAI/litellm main, mirrored at RoCry/llm-api-price@8442b939, 2026-07-24)",
        as_of: "2026-07-24",
        #[cfg(not(target_arch = "wasm32"))]
        note: "V3.2: 0.269/0.40 (cached 0.1345)",
        low_confidence: false,
    },
    ApiPrice {
        #[cfg(not(target_arch = "wasm32"))]
        model: "deepseek-r1-0528",
        estimator_model: Some("deepseek-v3"),
        provider: "OpenRouter",
        #[cfg(not(target_arch = "wasm32"))]
        provider_model_id: "deepseek/deepseek-r1-0528",
        input_usd_per_mtok: 0.5,
        output_usd_per_mtok: 2.15,
        cached_input_usd_per_mtok: Some(0.35),
        source: "anomalyco/models.dev@f3fc6922 providers/*/models/*.toml (2026-07-02)",
        as_of: "2026-06-26",
        #[cfg(not(target_arch = "wasm32"))]
        note: "LiteLLM & G agree on in/out",
        low_confidence: false,
    },
    ApiPrice {
        #[cfg(not(target_arch = "wasm32"))]
        model: "deepseek-r1",
        estimator_model: Some("deepseek-v3"),
        provider: "DeepSeek (first-party)",
        #[cfg(not(target_arch = "wasm32"))]
        provider_model_id: "deepseek-r1 / deepseek-reasoner",
        input_usd_per_mtok: 0.55,
        output_usd_per_mtok: 2.19,
        cached_input_usd_per_mtok: None,
        source: "LiteLLM model_prices_and_context_window.json (BerriAI/litellm main, mirrored at RoCry/llm-api-price@8442b939, 2026-07-24)",
        as_of: "2026-07-24",
        #[cfg(not(target_arch = "wasm32"))]
        note: "historic list price; first-party now routes reasoner to V3.x",
        low_confidence: false,
    },
    ApiPrice {
        #[cfg(not(target_arch = "wasm32"))]
        model: "deepseek-r1-0528",
        estimator_model: Some("deepseek-v3"),
        provider: "Together",
        #[cfg(not(target_arch = "wasm32"))]
        provider_model_id: "deepseek-ai/DeepSeek-R1-0528-tput",
        input_usd_per_mtok: 0.55,
        output_usd_per_mtok: 2.19,
        cached_input_usd_per_mtok: None,
        source: "LiteLLM model_prices_and_context_window.json (BerriAI/litellm main, mirrored at RoCry/llm-api-price@8442b939, 2026-07-24)",
        as_of: "2026-07-24",
        #[cfg(not(target_arch = "wasm32"))]
        note: "full-speed DeepSeek-R1: 3.00/7.00",
        low_confidence: false,
    },
    ApiPrice {
        #[cfg(not(target_arch = "wasm32"))]
        model: "deepseek-r1-0528",
        estimator_model: Some("deepseek-v3"),
        provider: "Fireworks",
        #[cfg(not(target_arch = "wasm32"))]
        provider_model_id: "accounts/fireworks/models/deepseek-r1-0528",
        input_usd_per_mtok: 3.0,
        output_usd_per_mtok: 8.0,
        cached_input_usd_per_mtok: None,
        source: "LiteLLM model_prices_and_context_window.json (BerriAI/litellm main, mirrored at RoCry/llm-api-price@8442b939, 2026-07-24)",
        as_of: "2026-07-24",
        #[cfg(not(target_arch = "wasm32"))]
        note: "G checked 2025-07-13; basic tier 0.55/2.19",
        low_confidence: false,
    },
    ApiPrice {
        #[cfg(not(target_arch = "wasm32"))]
        model: "deepseek-r1-0528",
        estimator_model: Some("deepseek-v3"),
        provider: "DeepInfra",
        #[cfg(not(target_arch = "wasm32"))]
        provider_model_id: "deepseek-ai/DeepSeek-R1-0528",
        input_usd_per_mtok: 0.5,
        output_usd_per_mtok: 2.15,
        cached_input_usd_per_mtok: Some(0.4),
        source: "LiteLLM model_prices_and_context_window.json (BerriAI/litellm main, mirrored at RoCry/llm-api-price@8442b939, 2026-07-24)",
        as_of: "2026-07-24",
        #[cfg(not(target_arch = "wasm32"))]
        note: "M lists cached 0.35",
        low_confidence: false,
    },
    ApiPrice {
        #[cfg(not(target_arch = "wasm32"))]
        model: "deepseek-r1",
        estimator_model: Some("deepseek-v3"),
        provider: "Azure AI Foundry",
        #[cfg(not(target_arch = "wasm32"))]
        provider_model_id: "deepseek-r1",
        input_usd_per_mtok: 1.35,
        output_usd_per_mtok: 5.4,
        cached_input_usd_per_mtok: None,
        source: "LiteLLM model_prices_and_context_window.json (BerriAI/litellm main, mirrored at RoCry/llm-api-price@8442b939, 2026-07-24)",
        as_of: "2026-07-24",
        #[cfg(not(target_arch = "wasm32"))]
        note: "M agrees",
        low_confidence: false,
    },
    ApiPrice {
        #[cfg(not(target_arch = "wasm32"))]
        model: "deepseek-r1",
        estimator_model: Some("deepseek-v3"),
        provider: "AWS Bedrock",
        #[cfg(not(target_arch = "wasm32"))]
        provider_model_id: "us.deepseek.r1-v1:0",
        input_usd_per_mtok: 1.35,
        output_usd_per_mtok: 5.4,
        cached_input_usd_per_mtok: None,
        source: "LiteLLM model_prices_and_context_window.json (BerriAI/litellm main, mirrored at RoCry/llm-api-price@8442b939, 2026-07-24)",
        as_of: "2026-07-24",
        #[cfg(not(target_arch = "wasm32"))]
        note: "",
        low_confidence: false,
    },
    ApiPrice {
        #[cfg(not(target_arch = "wasm32"))]
        model: "deepseek-r1-0528",
        estimator_model: Some("deepseek-v3"),
        provider: "Google Vertex",
        #[cfg(not(target_arch = "wasm32"))]
        provider_model_id: "deepseek-ai/deepseek-r1-0528-maas",
        input_usd_per_mtok: 1.35,
        output_usd_per_mtok: 5.4,
        cached_input_usd_per_mtok: None,
        source: "LiteLLM model_prices_and_context_window.json (BerriAI/litellm main, mirrored at RoCry/llm-api-price@8442b939, 2026-07-24)",
        as_of: "2026-07-24",
        #[cfg(not(target_arch = "wasm32"))]
        note: "",
        low_confidence: false,
    },
    ApiPrice {
        #[cfg(not(target_arch = "wasm32"))]
        model: "deepseek-r1-0528",
        estimator_model: Some("deepseek-v3"),
        provider: "Hyperbolic",
        #[cfg(not(target_arch = "wasm32"))]
        provider_model_id: "deepseek-ai/DeepSeek-R1-0528",
        input_usd_per_mtok: 0.25,
        output_usd_per_mtok: 0.25,
        cached_input_usd_per_mtok: None,
        source: "LiteLLM model_prices_and_context_window.json (BerriAI/litellm main, mirrored at RoCry/llm-api-price@8442b939, 2026-07-24)",
        as_of: "2026-07-24",
        #[cfg(not(target_arch = "wasm32"))]
        note: "LOW CONFIDENCE; G (HF) says 3.00/3.00",
        low_confidence: true,
    },
    ApiPrice {
        #[cfg(not(target_arch = "wasm32"))]
        model: "deepseek-r1-0528",
        estimator_model: Some("deepseek-v3"),
        provider: "Novita",
        #[cfg(not(target_arch = "wasm32"))]
        provider_model_id: "deepseek/deepseek-r1-0528",
        input_usd_per_mtok: 0.7,
        output_usd_per_mtok: 2.5,
        cached_input_usd_per_mtok: Some(0.35),
        source: "LiteLLM model_prices_and_context_window.json (BerriAI/litellm main, mirrored at RoCry/llm-api-price@8442b939, 2026-07-24)",
        as_of: "2026-07-24",
        #[cfg(not(target_arch = "wasm32"))]
        note: "M agrees",
        low_confidence: false,
    },
    ApiPrice {
        #[cfg(not(target_arch = "wasm32"))]
        model: "mistral-small-3.2-24b",
        estimator_model: Some("mistral-small-24b"),
        provider: "OpenRouter",
        #[cfg(not(target_arch = "wasm32"))]
        provider_model_id: "mistralai/mistral-small-3.2-24b-instruct",
        input_usd_per_mtok: 0.075,
        output_usd_per_mtok: 0.2,
        cached_input_usd_per_mtok: None,
        source: "anomalyco/models.dev@f3fc6922 providers/*/models/*.toml (2026-07-02)",
        as_of: "2026-05-15",
        #[cfg(not(target_arch = "wasm32"))]
        note: "G agrees; LiteLLM 0.10/0.30",
        low_confidence: false,
    },
    ApiPrice {
        #[cfg(not(target_arch = "wasm32"))]
        model: "mistral-small-3.2-24b",
        estimator_model: Some("mistral-small-24b"),
        provider: "Mistral (first-party)",
        #[cfg(not(target_arch = "wasm32"))]
        provider_model_id: "mistral-small-latest / mistral-small-3-2-2506",
        input_usd_per_mtok: 0.06,
        output_usd_per_mtok: 0.18,
        cached_input_usd_per_mtok: None,
        source: "LiteLLM model_prices_and_context_window.json (BerriAI/litellm main, mirrored at RoCry/llm-api-price@8442b939, 2026-07-24)",
        as_of: "2026-07-24",
        #[cfg(not(target_arch = "wasm32"))]
        note: "since 2026-03-02; G lists newer mistral-small-2603 at 0.15/0.60",
        low_confidence: false,
    },
    ApiPrice {
        #[cfg(not(target_arch = "wasm32"))]
        model: "mistral-small-3.2-24b",
        estimator_model: Some("mistral-small-24b"),
        provider: "DeepInfra",
        #[cfg(not(target_arch = "wasm32"))]
        provider_model_id: "mistralai/Mistral-Small-3.2-24B-Instruct-2506",
        input_usd_per_mtok: 0.075,
        output_usd_per_mtok: 0.2,
        cached_input_usd_per_mtok: None,
        source: "LiteLLM model_prices_and_context_window.json (BerriAI/litellm main, mirrored at RoCry/llm-api-price@8442b939, 2026-07-24)",
        as_of: "2026-07-24",
        #[cfg(not(target_arch = "wasm32"))]
        note: "",
        low_confidence: false,
    },
    ApiPrice {
        #[cfg(not(target_arch = "wasm32"))]
        model: "mistral-small-3-24b-2501",
        estimator_model: Some("mistral-small-24b"),
        provider: "Fireworks",
        #[cfg(not(target_arch = "wasm32"))]
        provider_model_id: "accounts/fireworks/models/mistral-small-24b-instruct-2501",
        input_usd_per_mtok: 0.9,
        output_usd_per_mtok: 0.9,
        cached_input_usd_per_mtok: None,
        source: "LiteLLM model_prices_and_context_window.json (BerriAI/litellm main, mirrored at RoCry/llm-api-price@8442b939, 2026-07-24)",
        as_of: "2026-07-24",
        #[cfg(not(target_arch = "wasm32"))]
        note: "",
        low_confidence: false,
    },
    ApiPrice {
        #[cfg(not(target_arch = "wasm32"))]
        model: "mistral-small-3.1-2503",
        estimator_model: Some("mistral-small-24b"),
        provider: "Azure AI Foundry",
        #[cfg(not(target_arch = "wasm32"))]
        provider_model_id: "mistral-small-2503",
        input_usd_per_mtok: 0.1,
        output_usd_per_mtok: 0.3,
        cached_input_usd_per_mtok: None,
        source: "LiteLLM model_prices_and_context_window.json (BerriAI/litellm main, mirrored at RoCry/llm-api-price@8442b939, 2026-07-24)",
        as_of: "2026-07-24",
        #[cfg(not(target_arch = "wasm32"))]
        note: "M agrees",
        low_confidence: false,
    },
    ApiPrice {
        #[cfg(not(target_arch = "wasm32"))]
        model: "mistral-small-3.1-2503",
        estimator_model: Some("mistral-small-24b"),
        provider: "Google Vertex",
        #[cfg(not(target_arch = "wasm32"))]
        provider_model_id: "mistral-small-2503",
        input_usd_per_mtok: 0.1,
        output_usd_per_mtok: 0.3,
        cached_input_usd_per_mtok: None,
        source: "LiteLLM model_prices_and_context_window_backup.json in the litellm 1.110.2 wheel (PyPI)",
        as_of: "2026-11-27",
        #[cfg(not(target_arch = "wasm32"))]
        note: "was 1.0/3.0 in LiteLLM as of 2026-07-24; suspect (matches legacy Mistral Small price) - verify",
        low_confidence: true,
    },
    ApiPrice {
        #[cfg(not(target_arch = "wasm32"))]
        model: "mistral-small-2402(legacy)",
        estimator_model: None,
        provider: "AWS Bedrock",
        #[cfg(not(target_arch = "wasm32"))]
        provider_model_id: "mistral.mistral-small-2402-v1:0",
        input_usd_per_mtok: 1.0,
        output_usd_per_mtok: 3.0,
        cached_input_usd_per_mtok: None,
        source: "LiteLLM model_prices_and_context_window.json (BerriAI/litellm main, mirrored at RoCry/llm-api-price@8442b939, 2026-07-24)",
        as_of: "2026-07-24",
        #[cfg(not(target_arch = "wasm32"))]
        note: "legacy model",
        low_confidence: false,
    },
    ApiPrice {
        #[cfg(not(target_arch = "wasm32"))]
        model: "mixtral-8x7b-instruct",
        estimator_model: Some("mixtral-8x7b"),
        provider: "OpenRouter",
        #[cfg(not(target_arch = "wasm32"))]
        provider_model_id: "mistralai/mixtral-8x7b-instruct",
        input_usd_per_mtok: 0.24,
        output_usd_per_mtok: 0.24,
        cached_input_usd_per_mtok: None,
        source: "pydantic/genai-prices@47df840a prices/providers/*.yml (2026-08-21)",
        as_of: "2025-06-22",
        #[cfg(not(target_arch = "wasm32"))]
        note: "stale - may be delisted",
        low_confidence: false,
    },
    ApiPrice {
        #[cfg(not(target_arch = "wasm32"))]
        model: "mixtral-8x7b-instruct",
        estimator_model: Some("mixtral-8x7b"),
        provider: "Together",
        #[cfg(not(target_arch = "wasm32"))]
        provider_model_id: "mistralai/Mixtral-8x7B-Instruct-v0.1",
        input_usd_per_mtok: 0.6,
        output_usd_per_mtok: 0.6,
        cached_input_usd_per_mtok: None,
        source: "LiteLLM model_prices_and_context_window.json (BerriAI/litellm main, mirrored at RoCry/llm-api-price@8442b939, 2026-07-24)",
        as_of: "2026-07-24",
        #[cfg(not(target_arch = "wasm32"))]
        note: "unchanged since <=2025-02-06; G says 0.90",
        low_confidence: false,
    },
    ApiPrice {
        #[cfg(not(target_arch = "wasm32"))]
        model: "mixtral-8x7b-instruct",
        estimator_model: Some("mixtral-8x7b"),
        provider: "Fireworks",
        #[cfg(not(target_arch = "wasm32"))]
        provider_model_id: "accounts/fireworks/models/mixtral-8x7b-instruct",
        input_usd_per_mtok: 0.5,
        output_usd_per_mtok: 0.5,
        cached_input_usd_per_mtok: None,
        source: "LiteLLM model_prices_and_context_window.json (BerriAI/litellm main, mirrored at RoCry/llm-api-price@8442b939, 2026-07-24)",
        as_of: "2026-07-24",
        #[cfg(not(target_arch = "wasm32"))]
        note: "",
        low_confidence: false,
    },
    ApiPrice {
        #[cfg(not(target_arch = "wasm32"))]
        model: "mixtral-8x7b-instruct",
        estimator_model: Some("mixtral-8x7b"),
        provider: "DeepInfra",
        #[cfg(not(target_arch = "wasm32"))]
        provider_model_id: "mistralai/Mixtral-8x7B-Instruct-v0.1",
        input_usd_per_mtok: 0.4,
        output_usd_per_mtok: 0.4,
        cached_input_usd_per_mtok: None,
        source: "LiteLLM model_prices_and_context_window.json (BerriAI/litellm main, mirrored at RoCry/llm-api-price@8442b939, 2026-07-24)",
        as_of: "2026-07-24",
        #[cfg(not(target_arch = "wasm32"))]
        note: "",
        low_confidence: false,
    },
    ApiPrice {
        #[cfg(not(target_arch = "wasm32"))]
        model: "mixtral-8x7b-instruct",
        estimator_model: Some("mixtral-8x7b"),
        provider: "AWS Bedrock",
        #[cfg(not(target_arch = "wasm32"))]
        provider_model_id: "mistral.mixtral-8x7b-instruct-v0:1",
        input_usd_per_mtok: 0.59,
        output_usd_per_mtok: 0.91,
        cached_input_usd_per_mtok: None,
        source: "LiteLLM model_prices_and_context_window_backup.json in the litellm 1.110.2 wheel (PyPI)",
        as_of: "2026-11-27",
        #[cfg(not(target_arch = "wasm32"))]
        note: "was 0.45/0.7 in LiteLLM as of 2026-07-24",
        low_confidence: false,
    },
    ApiPrice {
        #[cfg(not(target_arch = "wasm32"))]
        model: "mixtral-8x7b-instruct",
        estimator_model: Some("mixtral-8x7b"),
        provider: "Mistral (first-party)",
        #[cfg(not(target_arch = "wasm32"))]
        provider_model_id: "open-mixtral-8x7b",
        input_usd_per_mtok: 0.7,
        output_usd_per_mtok: 0.7,
        cached_input_usd_per_mtok: None,
        source: "LiteLLM model_prices_and_context_window.json (BerriAI/litellm main, mirrored at RoCry/llm-api-price@8442b939, 2026-07-24)",
        as_of: "2026-07-24",
        #[cfg(not(target_arch = "wasm32"))]
        note: "legacy/deprecated",
        low_confidence: false,
    },
    ApiPrice {
        #[cfg(not(target_arch = "wasm32"))]
        model: "mixtral-8x22b-instruct",
        estimator_model: None,
        provider: "OpenRouter",
        #[cfg(not(target_arch = "wasm32"))]
        provider_model_id: "mistralai/mixtral-8x22b-instruct",
        input_usd_per_mtok: 0.65,
        output_usd_per_mtok: 0.65,
        cached_input_usd_per_mtok: None,
        source: "LiteLLM model_prices_and_context_window.json (BerriAI/litellm main, mirrored at RoCry/llm-api-price@8442b939, 2026-07-24)",
        as_of: "2026-07-24",
        #[cfg(not(target_arch = "wasm32"))]
        note: "M lists 2.00/6.00 - conflicting",
        low_confidence: true,
    },
    ApiPrice {
        #[cfg(not(target_arch = "wasm32"))]
        model: "gpt-oss-120b",
        estimator_model: Some("gpt-oss-120b"),
        provider: "OpenRouter",
        #[cfg(not(target_arch = "wasm32"))]
        provider_model_id: "openai/gpt-oss-120b",
        input_usd_per_mtok: 0.039,
        output_usd_per_mtok: 0.18,
        cached_input_usd_per_mtok: None,
        source: "pydantic/genai-prices@47df840a prices/providers/*.yml (2026-08-21)",
        as_of: "2026-06-15",
        #[cfg(not(target_arch = "wasm32"))]
        note: "M: 0.03/0.15 (2026-06-27); LiteLLM still lists older 0.18/0.80",
        low_confidence: false,
    },
    ApiPrice {
        #[cfg(not(target_arch = "wasm32"))]
        model: "gpt-oss-120b",
        estimator_model: Some("gpt-oss-120b"),
        provider: "Together",
        #[cfg(not(target_arch = "wasm32"))]
        provider_model_id: "openai/gpt-oss-120b",
        input_usd_per_mtok: 0.15,
        output_usd_per_mtok: 0.6,
        cached_input_usd_per_mtok: None,
        source: "LiteLLM model_prices_and_context_window.json (BerriAI/litellm main, mirrored at RoCry/llm-api-price@8442b939, 2026-07-24)",
        as_of: "2026-07-24",
        #[cfg(not(target_arch = "wasm32"))]
        note: "M agrees",
        low_confidence: false,
    },
    ApiPrice {
        #[cfg(not(target_arch = "wasm32"))]
        model: "gpt-oss-120b",
        estimator_model: Some("gpt-oss-120b"),
        provider: "Fireworks",
        #[cfg(not(target_arch = "wasm32"))]
        provider_model_id: "accounts/fireworks/models/gpt-oss-120b",
        input_usd_per_mtok: 0.15,
        output_usd_per_mtok: 0.6,
        cached_input_usd_per_mtok: Some(0.015),
        source: "LiteLLM model_prices_and_context_window.json (BerriAI/litellm main, mirrored at RoCry/llm-api-price@8442b939, 2026-07-24)",
        as_of: "2026-07-24",
        #[cfg(not(target_arch = "wasm32"))]
        note: "G checked 2026-08-04 (cached 0.014)",
        low_confidence: false,
    },
    ApiPrice {
        #[cfg(not(target_arch = "wasm32"))]
        model: "gpt-oss-120b",
        estimator_model: Some("gpt-oss-120b"),
        provider: "DeepInfra",
        #[cfg(not(target_arch = "wasm32"))]
        provider_model_id: "openai/gpt-oss-120b",
        input_usd_per_mtok: 0.039,
        output_usd_per_mtok: 0.19,
        cached_input_usd_per_mtok: None,
        source: "anomalyco/models.dev@f3fc6922 providers/*/models/*.toml (2026-07-02)",
        as_of: "2026-06-26",
        #[cfg(not(target_arch = "wasm32"))]
        note: "LiteLLM 0.05/0.45",
        low_confidence: false,
    },
    ApiPrice {
        #[cfg(not(target_arch = "wasm32"))]
        model: "gpt-oss-120b",
        estimator_model: Some("gpt-oss-120b"),
        provider: "Groq",
        #[cfg(not(target_arch = "wasm32"))]
        provider_model_id: "openai/gpt-oss-120b",
        input_usd_per_mtok: 0.15,
        output_usd_per_mtok: 0.6,
        cached_input_usd_per_mtok: Some(0.075),
        source: "LiteLLM model_prices_and_context_window.json (BerriAI/litellm main, mirrored at RoCry/llm-api-price@8442b939, 2026-07-24)",
        as_of: "2026-07-24",
        #[cfg(not(target_arch = "wasm32"))]
        note: "L, G, M agree",
        low_confidence: false,
    },
    ApiPrice {
        #[cfg(not(target_arch = "wasm32"))]
        model: "gpt-oss-120b",
        estimator_model: Some("gpt-oss-120b"),
        provider: "Cerebras",
        #[cfg(not(target_arch = "wasm32"))]
        provider_model_id: "gpt-oss-120b",
        input_usd_per_mtok: 0.35,
        output_usd_per_mtok: 0.75,
        cached_input_usd_per_mtok: None,
        source: "LiteLLM model_prices_and_context_window.json (BerriAI/litellm main, mirrored at RoCry/llm-api-price@8442b939, 2026-07-24)",
        as_of: "2026-07-24",
        #[cfg(not(target_arch = "wasm32"))]
        note: "M agrees (2026-06-27)",
        low_confidence: false,
    },
    ApiPrice {
        #[cfg(not(target_arch = "wasm32"))]
        model: "gpt-oss-120b",
        estimator_model: Some("gpt-oss-120b"),
        provider: "Azure AI Foundry",
        #[cfg(not(target_arch = "wasm32"))]
        provider_model_id: "gpt-oss-120b",
        input_usd_per_mtok: 0.15,
        output_usd_per_mtok: 0.6,
        cached_input_usd_per_mtok: None,
        source: "LiteLLM model_prices_and_context_window.json (BerriAI/litellm main, mirrored at RoCry/llm-api-price@8442b939, 2026-07-24)",
        as_of: "2026-07-24",
        #[cfg(not(target_arch = "wasm32"))]
        note: "",
        low_confidence: false,
    },
    ApiPrice {
        #[cfg(not(target_arch = "wasm32"))]
        model: "gpt-oss-120b",
        estimator_model: Some("gpt-oss-120b"),
        provider: "AWS Bedrock",
        #[cfg(not(target_arch = "wasm32"))]
        provider_model_id: "openai.gpt-oss-120b-1:0",
        input_usd_per_mtok: 0.18,
        output_usd_per_mtok: 0.72,
        cached_input_usd_per_mtok: None,
        source: "LiteLLM model_prices_and_context_window_backup.json in the litellm 1.110.2 wheel (PyPI)",
        as_of: "2026-11-27",
        #[cfg(not(target_arch = "wasm32"))]
        note: "was 0.15/0.6 in LiteLLM as of 2026-07-24; M agrees",
        low_confidence: false,
    },
    ApiPrice {
        #[cfg(not(target_arch = "wasm32"))]
        model: "gpt-oss-120b",
        estimator_model: Some("gpt-oss-120b"),
        provider: "Google Vertex",
        #[cfg(not(target_arch = "wasm32"))]
        provider_model_id: "openai/gpt-oss-120b-maas",
        input_usd_per_mtok: 0.09,
        output_usd_per_mtok: 0.36,
        cached_input_usd_per_mtok: None,
        source: "anomalyco/models.dev@f3fc6922 providers/*/models/*.toml (2026-07-02)",
        as_of: "2026-06-11",
        #[cfg(not(target_arch = "wasm32"))]
        note: "LiteLLM 0.15/0.60",
        low_confidence: false,
    },
    ApiPrice {
        #[cfg(not(target_arch = "wasm32"))]
        model: "gpt-oss-120b",
        estimator_model: Some("gpt-oss-120b"),
        provider: "Hyperbolic",
        #[cfg(not(target_arch = "wasm32"))]
        provider_model_id: "openai/gpt-oss-120b",
        input_usd_per_mtok: 0.3,
        output_usd_per_mtok: 0.3,
        cached_input_usd_per_mtok: None,
        source: "pydantic/genai-prices@47df840a prices/providers/*.yml (2026-08-21)",
        as_of: "2026-08-21",
        #[cfg(not(target_arch = "wasm32"))]
        note: "via HF router list (huggingface_hyperbolic); unverified",
        low_confidence: true,
    },
    ApiPrice {
        #[cfg(not(target_arch = "wasm32"))]
        model: "gpt-oss-120b",
        estimator_model: Some("gpt-oss-120b"),
        provider: "Novita",
        #[cfg(not(target_arch = "wasm32"))]
        provider_model_id: "openai/gpt-oss-120b",
        input_usd_per_mtok: 0.05,
        output_usd_per_mtok: 0.25,
        cached_input_usd_per_mtok: None,
        source: "LiteLLM model_prices_and_context_window.json (BerriAI/litellm main, mirrored at RoCry/llm-api-price@8442b939, 2026-07-24)",
        as_of: "2026-07-24",
        #[cfg(not(target_arch = "wasm32"))]
        note: "M agrees",
        low_confidence: false,
    },
    ApiPrice {
        #[cfg(not(target_arch = "wasm32"))]
        model: "gpt-oss-20b",
        estimator_model: Some("gpt-oss-20b"),
        provider: "OpenRouter",
        #[cfg(not(target_arch = "wasm32"))]
        provider_model_id: "openai/gpt-oss-20b",
        input_usd_per_mtok: 0.029,
        output_usd_per_mtok: 0.14,
        cached_input_usd_per_mtok: None,
        source: "anomalyco/models.dev@f3fc6922 providers/*/models/*.toml (2026-07-02)",
        as_of: "2026-06-08",
        #[cfg(not(target_arch = "wasm32"))]
        note: "G agrees",
        low_confidence: false,
    },
    ApiPrice {
        #[cfg(not(target_arch = "wasm32"))]
        model: "gpt-oss-20b",
        estimator_model: Some("gpt-oss-20b"),
        provider: "Together",
        #[cfg(not(target_arch = "wasm32"))]
        provider_model_id: "openai/gpt-oss-20b",
        input_usd_per_mtok: 0.05,
        output_usd_per_mtok: 0.2,
        cached_input_usd_per_mtok: None,
        source: "LiteLLM model_prices_and_context_window.json (BerriAI/litellm main, mirrored at RoCry/llm-api-price@8442b939, 2026-07-24)",
        as_of: "2026-07-24",
        #[cfg(not(target_arch = "wasm32"))]
        note: "M agrees",
        low_confidence: false,
    },
    ApiPrice {
        #[cfg(not(target_arch = "wasm32"))]
        model: "gpt-oss-20b",
        estimator_model: Some("gpt-oss-20b"),
        provider: "Fireworks",
        #[cfg(not(target_arch = "wasm32"))]
        provider_model_id: "accounts/fireworks/models/gpt-oss-20b",
        input_usd_per_mtok: 0.07,
        output_usd_per_mtok: 0.3,
        cached_input_usd_per_mtok: Some(0.035),
        source: "LiteLLM model_prices_and_context_window.json (BerriAI/litellm main, mirrored at RoCry/llm-api-price@8442b939, 2026-07-24)",
        as_of: "2026-07-24",
        #[cfg(not(target_arch = "wasm32"))]
        note: "G checked 2026-08-04",
        low_confidence: false,
    },
    ApiPrice {
        #[cfg(not(target_arch = "wasm32"))]
        model: "gpt-oss-20b",
        estimator_model: Some("gpt-oss-20b"),
        provider: "DeepInfra",
        #[cfg(not(target_arch = "wasm32"))]
        provider_model_id: "openai/gpt-oss-20b",
        input_usd_per_mtok: 0.03,
        output_usd_per_mtok: 0.14,
        cached_input_usd_per_mtok: None,
        source: "anomalyco/models.dev@f3fc6922 providers/*/models/*.toml (2026-07-02)",
        as_of: "2026-06-26",
        #[cfg(not(target_arch = "wasm32"))]
        note: "LiteLLM 0.04/0.15",
        low_confidence: false,
    },
    ApiPrice {
        #[cfg(not(target_arch = "wasm32"))]
        model: "gpt-oss-20b",
        estimator_model: Some("gpt-oss-20b"),
        provider: "Groq",
        #[cfg(not(target_arch = "wasm32"))]
        provider_model_id: "openai/gpt-oss-20b",
        input_usd_per_mtok: 0.075,
        output_usd_per_mtok: 0.3,
        cached_input_usd_per_mtok: Some(0.0375),
        source: "LiteLLM model_prices_and_context_window.json (BerriAI/litellm main, mirrored at RoCry/llm-api-price@8442b939, 2026-07-24)",
        as_of: "2026-07-24",
        #[cfg(not(target_arch = "wasm32"))]
        note: "L, G, M agree",
        low_confidence: false,
    },
    ApiPrice {
        #[cfg(not(target_arch = "wasm32"))]
        model: "gpt-oss-20b",
        estimator_model: Some("gpt-oss-20b"),
        provider: "AWS Bedrock",
        #[cfg(not(target_arch = "wasm32"))]
        provider_model_id: "openai.gpt-oss-20b-1:0",
        input_usd_per_mtok: 0.084,
        output_usd_per_mtok: 0.36,
        cached_input_usd_per_mtok: None,
        source: "LiteLLM model_prices_and_context_window_backup.json in the litellm 1.110.2 wheel (PyPI)",
        as_of: "2026-11-27",
        #[cfg(not(target_arch = "wasm32"))]
        note: "was 0.07/0.3 in LiteLLM as of 2026-07-24; M agrees",
        low_confidence: false,
    },
    ApiPrice {
        #[cfg(not(target_arch = "wasm32"))]
        model: "gpt-oss-20b",
        estimator_model: Some("gpt-oss-20b"),
        provider: "Google Vertex",
        #[cfg(not(target_arch = "wasm32"))]
        provider_model_id: "openai/gpt-oss-20b-maas",
        input_usd_per_mtok: 0.07,
        output_usd_per_mtok: 0.25,
        cached_input_usd_per_mtok: None,
        source: "anomalyco/models.dev@f3fc6922 providers/*/models/*.toml (2026-07-02)",
        as_of: "2026-06-11",
        #[cfg(not(target_arch = "wasm32"))]
        note: "LiteLLM 0.075/0.30",
        low_confidence: false,
    },
    ApiPrice {
        #[cfg(not(target_arch = "wasm32"))]
        model: "gpt-oss-20b",
        estimator_model: Some("gpt-oss-20b"),
        provider: "Hyperbolic",
        #[cfg(not(target_arch = "wasm32"))]
        provider_model_id: "openai/gpt-oss-20b",
        input_usd_per_mtok: 0.1,
        output_usd_per_mtok: 0.1,
        cached_input_usd_per_mtok: None,
        source: "pydantic/genai-prices@47df840a prices/providers/*.yml (2026-08-21)",
        as_of: "2026-08-21",
        #[cfg(not(target_arch = "wasm32"))]
        note: "via HF router list; unverified",
        low_confidence: true,
    },
    ApiPrice {
        #[cfg(not(target_arch = "wasm32"))]
        model: "gpt-oss-20b",
        estimator_model: Some("gpt-oss-20b"),
        provider: "Novita",
        #[cfg(not(target_arch = "wasm32"))]
        provider_model_id: "openai/gpt-oss-20b",
        input_usd_per_mtok: 0.04,
        output_usd_per_mtok: 0.15,
        cached_input_usd_per_mtok: None,
        source: "LiteLLM model_prices_and_context_window.json (BerriAI/litellm main, mirrored at RoCry/llm-api-price@8442b939, 2026-07-24)",
        as_of: "2026-07-24",
        #[cfg(not(target_arch = "wasm32"))]
        note: "M agrees",
        low_confidence: false,
    },
    ApiPrice {
        #[cfg(not(target_arch = "wasm32"))]
        model: "gemma-3-27b-it",
        estimator_model: Some("gemma-3-27b"),
        provider: "OpenRouter",
        #[cfg(not(target_arch = "wasm32"))]
        provider_model_id: "google/gemma-3-27b-it",
        input_usd_per_mtok: 0.08,
        output_usd_per_mtok: 0.16,
        cached_input_usd_per_mtok: None,
        source: "anomalyco/models.dev@f3fc6922 providers/*/models/*.toml (2026-07-02)",
        as_of: "2026-05-15",
        #[cfg(not(target_arch = "wasm32"))]
        note: "G 0.10/0.20",
        low_confidence: false,
    },
    ApiPrice {
        #[cfg(not(target_arch = "wasm32"))]
        model: "gemma-3-27b-it",
        estimator_model: Some("gemma-3-27b"),
        provider: "Fireworks",
        #[cfg(not(target_arch = "wasm32"))]
        provider_model_id: "accounts/fireworks/models/gemma-3-27b-it",
        input_usd_per_mtok: 0.9,
        output_usd_per_mtok: 0.9,
        cached_input_usd_per_mtok: None,
        source: "LiteLLM model_prices_and_context_window.json (BerriAI/litellm main, mirrored at RoCry/llm-api-price@8442b939, 2026-07-24)",
        as_of: "2026-07-24",
        #[cfg(not(target_arch = "wasm32"))]
        note: "CONFLICT: G says 0.10/0.10 (checked 2025-07-13)",
        low_confidence: true,
    },
    ApiPrice {
        #[cfg(not(target_arch = "wasm32"))]
        model: "gemma-3-27b-it",
        estimator_model: Some("gemma-3-27b"),
        provider: "DeepInfra",
        #[cfg(not(target_arch = "wasm32"))]
        provider_model_id: "google/gemma-3-27b-it",
        input_usd_per_mtok: 0.08,
        output_usd_per_mtok: 0.16,
        cached_input_usd_per_mtok: None,
        source: "LiteLLM model_prices_and_context_window_backup.json in the litellm 1.110.2 wheel (PyPI)",
        as_of: "2026-11-27",
        #[cfg(not(target_arch = "wasm32"))]
        note: "was 0.09/0.16 in LiteLLM as of 2026-07-24",
        low_confidence: false,
    },
    ApiPrice {
        #[cfg(not(target_arch = "wasm32"))]
        model: "gemma-3-27b-it",
        estimator_model: Some("gemma-3-27b"),
        provider: "AWS Bedrock",
        #[cfg(not(target_arch = "wasm32"))]
        provider_model_id: "google.gemma-3-27b-it",
        input_usd_per_mtok: 0.23,
        output_usd_per_mtok: 0.38,
        cached_input_usd_per_mtok: None,
        source: "pydantic/genai-prices@47df840a prices/providers/*.yml (2026-08-21)",
        as_of: "2026-06-03",
        #[cfg(not(target_arch = "wasm32"))]
        note: "LiteLLM agrees; M 0.12/0.20",
        low_confidence: false,
    },
    ApiPrice {
        #[cfg(not(target_arch = "wasm32"))]
        model: "gemma-3-27b-it",
        estimator_model: Some("gemma-3-27b"),
        provider: "Novita",
        #[cfg(not(target_arch = "wasm32"))]
        provider_model_id: "google/gemma-3-27b-it",
        input_usd_per_mtok: 0.119,
        output_usd_per_mtok: 0.2,
        cached_input_usd_per_mtok: None,
        source: "LiteLLM model_prices_and_context_window.json (BerriAI/litellm main, mirrored at RoCry/llm-api-price@8442b939, 2026-07-24)",
        as_of: "2026-07-24",
        #[cfg(not(target_arch = "wasm32"))]
        note: "M agrees",
        low_confidence: false,
    },
    ApiPrice {
        #[cfg(not(target_arch = "wasm32"))]
        model: "gemma-3-27b-it",
        estimator_model: Some("gemma-3-27b"),
        provider: "Nebius",
        #[cfg(not(target_arch = "wasm32"))]
        provider_model_id: "google/gemma-3-27b-it",
        input_usd_per_mtok: 0.1,
        output_usd_per_mtok: 0.3,
        cached_input_usd_per_mtok: Some(0.01),
        source: "anomalyco/models.dev@f3fc6922 providers/*/models/*.toml (2026-07-02)",
        as_of: "2026-03-11",
        #[cfg(not(target_arch = "wasm32"))]
        note: "LiteLLM 0.06/0.20",
        low_confidence: false,
    },
    ApiPrice {
        #[cfg(not(target_arch = "wasm32"))]
        model: "llama-3.3-70b-instruct",
        estimator_model: Some("llama-3.3-70b"),
        provider: "OpenRouter (as quoted in the article)",
        #[cfg(not(target_arch = "wasm32"))]
        provider_model_id: "meta-llama/llama-3.3-70b-instruct",
        input_usd_per_mtok: 0.12,
        output_usd_per_mtok: 0.12,
        cached_input_usd_per_mtok: None,
        source: "Article \"LLM GPU or API? The Cost Will Surprise You\" (2025-03-30), citing openrouter.ai",
        as_of: "2025-03-30",
        #[cfg(not(target_arch = "wasm32"))]
        note: "one blended price as the article quotes it; OpenRouter routes move, see the current row",
        low_confidence: false,
    },
];
