//! GPU or API? — what an open LLM costs through a pay-per-token API or on GPUs rented or owned.
//!
//! Data flows one way: link → [`scenario`] → [`engine`] → report → `ui` / [`charts`].
//! [`catalog`] holds the shipped, sourced data.

pub mod catalog;
pub mod charts;
pub mod engine;
pub mod scenario;

#[cfg(target_arch = "wasm32")]
pub mod ui;
