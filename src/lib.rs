//! GPU or API? — what an open LLM costs through a pay-per-token API or on GPUs rented or owned.
//!
//! Data flows one way: link → [`scenario`] → [`engine`] → report → `ui` / [`charts`].
//! [`catalog`] holds the shipped, sourced data; [`display`], [`describe`] and [`verdict`] turn numbers into words.

pub mod catalog;
pub mod charts;
pub mod describe;
pub mod display;
pub mod engine;
pub mod scenario;
pub mod verdict;

#[cfg(target_arch = "wasm32")]
pub mod ui;
