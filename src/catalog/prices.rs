//! The price tables: pay-per-token APIs ($ per million tokens), GPU rentals ($ per GPU-hour:
//! instance price ÷ GPUs in the instance), serverless GPUs ($ per GPU-hour while a worker is
//! billed: the per-second price × 3,600; billing runs from a worker's start, cold start
//! included, until it stops after its idle timeout, see `engine::serverless`), and GPU purchases
//! with their power draw.
//!
//! The rows live in `src/catalog/data/*.csv`, one per line, each citing its source by id in
//! `sources.csv` there; `build.rs` turns them into these constants. API prices are compiled from
//! LiteLLM's price file, pydantic/genai-prices and models.dev (all MIT) and provider pages;
//! `llmcost catalog import --litellm FILE --write` refreshes them.

use super::{ApiPrice, Pricing, PurchasePrice, RentalPrice};

include!(concat!(env!("OUT_DIR"), "/api_prices.rs"));
include!(concat!(env!("OUT_DIR"), "/rental_prices.rs"));
include!(concat!(env!("OUT_DIR"), "/serverless_prices.rs"));
include!(concat!(env!("OUT_DIR"), "/purchase_prices.rs"));
