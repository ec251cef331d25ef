//! Charts: pure series built from a report (`series`), and drawing with plotters (`draw`),
//! generic over the backend so tests render SVG natively and the page renders to a canvas.

mod draw;
#[cfg(target_arch = "wasm32")]
mod page_backend;
mod series;
mod theme;

pub use draw::{draw_lines, line_chart_svg, plot_box, PlotBox, VerticalMark, SVG_SIZE_PX};
#[cfg(target_arch = "wasm32")]
pub use page_backend::PageBackend;
pub use series::{
    colour_index, cost_chart, cost_title, speed_chart, sweep_cost_at, sweep_csv, titled_cost_chart, volume_line, with_estimate, x_at, Band,
    Line, LineChart, Marker, PlotArea, MAX_DECADES,
};
pub use theme::{css_colour, Theme, PALETTE};
