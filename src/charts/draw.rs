//! Drawing the charts with plotters, on any backend (SVG natively, a canvas on the page).

use super::series::{Line, LineChart, LINE_PLOT_AREA};
use super::theme::{Theme, PALETTE};
use crate::display::compact;
use plotters::chart::MeshStyle;
use plotters::coord::combinators::LogCoord;
use plotters::coord::ranged1d::Ranged;
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

fn rgb(c: (u8, u8, u8)) -> RGBColor {
    RGBColor(c.0, c.1, c.2)
}

fn option_color(index: usize) -> RGBColor {
    rgb(PALETTE[index % PALETTE.len()])
}

/// The family by its variant, not its name: plotters reads a name through `to_lowercase`, which
/// would bring Unicode's case tables into the page.
fn sans_serif<'a>(theme: &Theme, css_px: f64, style: FontStyle) -> FontDesc<'a> {
    FontDesc::new(FontFamily::SansSerif, theme.px(css_px) as f64, style)
}

fn font<'a>(theme: &Theme, css_px: f64) -> TextStyle<'a> {
    sans_serif(theme, css_px, FontStyle::Normal).color(&rgb(theme.text))
}

/// Fonts, grid and axis colours of the theme on a chart's mesh.
fn themed<'m, 'a, 'b, X: Ranged, Y: Ranged, DB: DrawingBackend>(
    mesh: &'m mut MeshStyle<'a, 'b, X, Y, DB>,
    theme: &Theme,
) -> &'m mut MeshStyle<'a, 'b, X, Y, DB> {
    mesh.label_style(font(theme, 12.0))
        .axis_desc_style(font(theme, 12.0))
        .bold_line_style(rgb(theme.grid))
        .light_line_style(rgb(theme.grid).mix(0.3))
        .axis_style(rgb(theme.text))
}

/// Height of one legend row, CSS pixels.
const LEGEND_ROW_CSS_PX: f64 = 18.0;
/// Length of a legend entry's line sample, CSS pixels.
const LEGEND_SAMPLE_CSS_PX: f64 = 18.0;

/// Height of a line of the title, and its font size, CSS pixels.
const TITLE_LINE_CSS_PX: f64 = 18.0;
const TITLE_FONT_CSS_PX: f64 = 14.0;
/// Font size of the legend, CSS pixels.
const LEGEND_FONT_CSS_PX: f64 = 12.0;

/// Width of `text` set at `font_px` device pixels, estimated from an average sans-serif glyph
/// (slightly generous). Measuring instead would differ between the page and the SVG picture, and
/// plotters measures text in a browser by inserting an inline-styled element, which the page's
/// Content-Security-Policy forbids and which forces a layout on every draw.
fn text_width(text: &str, font_px: u32) -> u32 {
    (text.chars().count() as f64 * 0.6 * font_px as f64).ceil() as u32
}

/// `text` broken at spaces into lines at most `width` device pixels wide at `font_px` (a word
/// longer than that gets a line of its own).
fn wrap(text: &str, font_px: u32, width: u32) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for word in text.split_whitespace() {
        let joined = lines.last().map(|l| format!("{l} {word}"));
        match joined {
            Some(candidate) if text_width(&candidate, font_px) <= width => {
                *lines.last_mut().expect("a last line") = candidate;
            }
            _ => lines.push(word.to_string()),
        }
    }
    lines
}

/// A legend entry: its line, and its top-left corner in device pixels within the legend.
type LegendEntry<'c> = (&'c Line, (i32, i32));

/// Where each legend entry goes, in rows that wrap at `width`; and the number of rows.
fn legend_layout<'c>(lines: &'c [Line], theme: &Theme, width: u32) -> (Vec<LegendEntry<'c>>, u32) {
    let left = theme.px(LINE_PLOT_AREA.margin) as i32;
    let gap = theme.px(14.0) as i32;
    let (mut x, mut row) = (left, 0);
    let mut placed = Vec::with_capacity(lines.len());
    for line in lines {
        let text = text_width(&line.label, theme.px(LEGEND_FONT_CSS_PX)) as i32;
        let entry = theme.px(LEGEND_SAMPLE_CSS_PX + 4.0) as i32 + text;
        if x > left && x + entry > width as i32 - left {
            (x, row) = (left, row + 1);
        }
        placed.push((line, (x, row * theme.px(LEGEND_ROW_CSS_PX) as i32)));
        x += entry + gap;
    }
    let rows = if lines.is_empty() { 0 } else { row as u32 + 1 };
    (placed, rows)
}

/// A line chart's title in lines and their height, and its legend and its height, on a drawing
/// `width` device pixels wide (heights in device pixels).
fn title_and_legend<'c>(chart: &'c LineChart, theme: &Theme, width: u32) -> (Vec<String>, u32, Vec<LegendEntry<'c>>, u32) {
    let title_lines = wrap(&chart.title, theme.px(TITLE_FONT_CSS_PX), width.saturating_sub(2 * theme.px(LINE_PLOT_AREA.margin)));
    let title_height = if title_lines.is_empty() { 0 } else { title_lines.len() as u32 * theme.px(TITLE_LINE_CSS_PX) + theme.px(6.0) };
    let (legend, rows) = legend_layout(&chart.lines, theme, width);
    let legend_height = rows * theme.px(LEGEND_ROW_CSS_PX) + if rows > 0 { theme.px(6.0) } else { 0 };
    (title_lines, title_height, legend, legend_height)
}

/// Where `x` lies between the ends of the chart's x axis (log scale), 0–1.
fn x_fraction(chart: &LineChart, x: f64) -> f64 {
    let (lo, hi) = (chart.x_range.0.ln(), chart.x_range.1.ln());
    (x.ln() - lo) / (hi - lo)
}

/// A chart's vertical line on a drawing, in device pixels: its x, and the plot's top and bottom.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct VerticalMark {
    pub x: f64,
    pub top: f64,
    pub bottom: f64,
    /// In the plot's right half, where the label goes left of the line so that it is never cut off.
    pub label_left: bool,
}

/// Where [`draw_lines`] puts a chart's plot on a drawing, in device pixels: the ends of its x
/// axis, its top and its bottom.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PlotBox {
    left: f64,
    right: f64,
    top: f64,
    bottom: f64,
}

/// The plot's box of `chart` on a drawing `width` × `height` device pixels. The page draws the
/// cost chart without its vertical line and shows the line as an element over the canvas, placed
/// by the box kept from the draw, so that a change of volume moves an element instead of drawing
/// the chart, or laying out its title and legend, again.
pub fn plot_box(chart: &LineChart, theme: &Theme, (width, height): (u32, u32)) -> PlotBox {
    let a = LINE_PLOT_AREA;
    let (_, title_height, _, legend_height) = title_and_legend(chart, theme, width);
    let margin = theme.px(a.margin) as f64;
    let top = title_height as f64 + margin;
    let bottom = height as f64 - legend_height as f64 - margin - theme.px(a.bottom_labels) as f64;
    PlotBox { left: margin + theme.px(a.left_labels) as f64, right: width as f64 - margin, top, bottom: bottom.max(top) }
}

impl PlotBox {
    /// Where [`draw_lines`] draws a vertical line at `x` on `chart` (the chart's own vertical
    /// line aside).
    pub fn mark(&self, chart: &LineChart, x: f64) -> VerticalMark {
        let t = x_fraction(chart, x);
        VerticalMark { x: self.left + t * (self.right - self.left), top: self.top, bottom: self.bottom, label_left: t > 0.5 }
    }
}

/// A log-log line chart: its title, one line per series with a legend under the plot, markers as
/// dots (labelled on the chart when the chart asks for it), and an optional vertical line with
/// its label.
pub fn draw_lines<DB: DrawingBackend>(root: &DrawingArea<DB, Shift>, chart: &LineChart, theme: &Theme) -> Result<(), String> {
    let a = LINE_PLOT_AREA;
    root.fill(&rgb(theme.background)).map_err(|e| e.to_string())?;
    let (width, height) = root.dim_in_pixel();
    let title_font = sans_serif(theme, TITLE_FONT_CSS_PX, FontStyle::Bold).color(&rgb(theme.text));
    let (title_lines, title_height, legend, legend_height) = title_and_legend(chart, theme, width);
    let (top, rest) = root.split_vertically(title_height);
    let (plot, bottom) = rest.split_vertically(height.saturating_sub(title_height + legend_height));
    for (i, line) in title_lines.iter().enumerate() {
        let y = theme.px(6.0) as i32 + i as i32 * theme.px(TITLE_LINE_CSS_PX) as i32;
        top.draw_text(line, &title_font, (theme.px(a.margin) as i32, y)).map_err(|e| e.to_string())?;
    }
    for (line, (x, y)) in legend {
        // A bar as thick as the line (dashed: two), so the legend reads like the lines it names.
        let mid = y + theme.px(LEGEND_ROW_CSS_PX / 2.0) as i32;
        let (sample, thick) = (theme.px(LEGEND_SAMPLE_CSS_PX) as i32, theme.px(1.0) as i32);
        let segments = if line.dashed { vec![(x, x + sample / 3), (x + 2 * sample / 3, x + sample)] } else { vec![(x, x + sample)] };
        for (from, to) in segments {
            bottom
                .draw(&Rectangle::new([(from, mid - thick), (to, mid + thick)], option_color(line.index).filled()))
                .map_err(|e| e.to_string())?;
        }
        let text_y = y + theme.px(3.0) as i32;
        bottom
            .draw_text(&line.label, &font(theme, 12.0), (x + theme.px(LEGEND_SAMPLE_CSS_PX + 4.0) as i32, text_y))
            .map_err(|e| e.to_string())?;
    }
    let mut c = ChartBuilder::on(&plot)
        .margin(theme.px(a.margin))
        .x_label_area_size(theme.px(a.bottom_labels))
        .y_label_area_size(theme.px(a.left_labels))
        .build_cartesian_2d((chart.x_range.0..chart.x_range.1).log_scale(), (chart.y_range.0..chart.y_range.1).log_scale())
        .map_err(|e| e.to_string())?;
    draw_body(&mut c, chart, theme)?;
    if let Some((x, label)) = chart.vertical.as_ref() {
        let (y0, y1) = chart.y_range;
        c.draw_series(std::iter::once(PathElement::new(vec![(*x, y0), (*x, y1)], rgb(theme.text).stroke_width(theme.px(1.0)))))
            .map_err(|e| e.to_string())?;
        // In the title's font, as the page shows it.
        let (text, anchor) =
            if x_fraction(chart, *x) > 0.5 { (format!("{} ", label.trim()), HPos::Right) } else { (label.clone(), HPos::Left) };
        let (y, v) = if chart.vertical_label_low { (y0, VPos::Bottom) } else { (y1, VPos::Top) };
        let style = title_font.clone().pos(Pos::new(anchor, v));
        c.draw_series(std::iter::once(Text::new(text, (*x, y), style))).map_err(|e| e.to_string())?;
    }
    root.present().map_err(|e| e.to_string())
}

/// The mesh, bands, lines and markers of a line chart.
fn draw_body<DB: DrawingBackend>(
    c: &mut ChartContext<DB, Cartesian2d<LogCoord<f64>, LogCoord<f64>>>,
    chart: &LineChart,
    theme: &Theme,
) -> Result<(), String> {
    // About one x label per 64 CSS pixels, so that they never run into each other on a phone.
    let plot_css_px = c.plotting_area().dim_in_pixel().0 as f64 / theme.scale;
    let mut mesh = c.configure_mesh();
    let y_label = |v: &f64| format!("{}{}", chart.y_prefix, compact(*v));
    mesh.x_labels((plot_css_px / 64.0).max(2.0) as usize);
    mesh.x_desc(chart.x_desc).y_desc(chart.y_desc).x_label_formatter(&|v| compact(*v)).y_label_formatter(&y_label);
    themed(&mut mesh, theme).draw().map_err(|e| e.to_string())?;
    for band in &chart.bands {
        // The area between the band's low and high lines: along the top, then back along the bottom.
        let outline = band.points.iter().map(|p| (p.0, p.2)).chain(band.points.iter().rev().map(|p| (p.0, p.1)));
        c.draw_series(std::iter::once(Polygon::new(outline.collect::<Vec<_>>(), option_color(band.index).mix(0.18).filled())))
            .map_err(|e| e.to_string())?;
    }
    for line in &chart.lines {
        let style = option_color(line.index).stroke_width(theme.px(2.0));
        let points = line.points.iter().copied();
        if line.dashed {
            c.draw_series(DashedLineSeries::new(points, theme.px(6.0) as i32, theme.px(4.0) as i32, style))
        } else {
            c.draw_series(LineSeries::new(points, style))
        }
        .map_err(|e| e.to_string())?;
    }
    c.draw_series(chart.markers.iter().map(|m| Circle::new((m.x, m.y), theme.px(4.0), rgb(theme.text).filled())))
        .map_err(|e| e.to_string())?;
    let text = |m: &super::series::Marker| if chart.label_markers { format!(" {}", m.label) } else { m.tag.clone() };
    // A label that would cover an earlier one (two break-evens at nearly one volume) is left out;
    // its dot stays, and the table gives its figure. Boxes in device pixels, as `text_width`
    // estimates them.
    let font_px = theme.px(11.0) as i32;
    let mut placed: Vec<(i32, i32, i32)> = Vec::new();
    let labelled: Vec<_> = chart
        .markers
        .iter()
        .filter(|m| {
            let (left, top) = c.backend_coord(&(m.x, m.y * 1.15));
            let right = left + text_width(&text(m), font_px as u32) as i32;
            let clear = placed.iter().all(|&(l, r, t)| right <= l || left >= r || (top - t).abs() >= font_px);
            if clear {
                placed.push((left, right, top));
            }
            clear
        })
        .collect();
    c.draw_series(labelled.into_iter().map(|m| Text::new(text(m), (m.x, m.y * 1.15), font(theme, 11.0)))).map_err(|e| e.to_string())?;
    Ok(())
}

/// Size of the chart as a picture (`llmcost chart --svg`, the page's SVG download), pixels: the
/// width of a blog post's column.
pub const SVG_SIZE_PX: (u32, u32) = (760, 480);

/// `chart` as an SVG document `width` × `height` pixels, light theme: the picture `llmcost chart
/// --svg` writes and the page downloads, drawn by the same code as the page's canvas.
pub fn line_chart_svg(chart: &LineChart, width: u32, height: u32) -> Result<String, String> {
    let mut svg = String::new();
    {
        let backend = SVGBackend::with_string(&mut svg, (width, height));
        // On the page, through the type the canvas is drawn with, so the drawing code is there once.
        #[cfg(target_arch = "wasm32")]
        let backend = super::PageBackend::Svg(backend);
        draw_lines(&backend.into_drawing_area(), chart, &Theme::light(1.0))?;
    }
    Ok(svg)
}
