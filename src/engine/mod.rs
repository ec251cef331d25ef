//! The cost engine: pure functions from a workload and options to a report. No web, DOM,
//! plotting or URL code lives here; every cost the product shows is computed here.

pub mod batching;
pub mod break_even;
pub mod cheapest;
pub mod comparison;
pub mod cost_model;
pub mod domain;
pub mod energy;
pub mod error;
pub mod flips;
pub mod option;
pub mod report;
pub mod results;
pub mod serverless;
pub mod throughput;
pub mod units;
pub mod workload;

pub use batching::{batch_economics, BatchPoint};
pub use error::{FieldError, FieldPath, Problem};
pub use option::{ApiPricing, Capacity, Fleet, OptionInput, OptionKind, OwnedGpus, RentedGpus, ServerlessGpus};
pub use report::{evaluate, EngineInput, OptionReport, Report};
pub use workload::Workload;
