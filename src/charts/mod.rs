//! Charts: pure series built from a report (`series`), and drawing with plotters (`draw`),
//! generic over the backend so tests render SVG natively and the page renders to a canvas.

mod draw;
mod series;
mod theme;

pub use draw::{draw_bars, draw_cost_curves};
pub use series::{bar_chart, cost_chart, sweep_cost_at, sweep_csv, tokens_per_day_at, Bar, BarChart, CostChart, Line, Marker, PlotArea};
pub use theme::{Theme, PALETTE};
