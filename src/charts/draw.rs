//! Drawing the charts with plotters, on any backend (SVG natively, a canvas on the page).

use super::series::{LineChart, LINE_PLOT_AREA};
use super::theme::{Theme, PALETTE};
use crate::display::compact;
use plotters::chart::MeshStyle;
use plotters::coord::ranged1d::Ranged;
use plotters::coord::Shift;
use plotters::prelude::*;

fn rgb(c: (u8, u8, u8)) -> RGBColor {
    RGBColor(c.0, c.1, c.2)
}

fn option_color(index: usize) -> RGBColor {
    rgb(PALETTE[index % PALETTE.len()])
}

fn font<'a>(theme: &Theme, css_px: f64) -> TextStyle<'a> {
    ("sans-serif", theme.px(css_px)).into_font().color(&rgb(theme.text))
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

/// A log-log line chart: one line per series, markers as dots (labelled on the chart when the
/// chart asks for it), and an optional vertical line with its label.
pub fn draw_lines<DB: DrawingBackend>(root: &DrawingArea<DB, Shift>, chart: &LineChart, theme: &Theme) -> Result<(), String> {
    let a = LINE_PLOT_AREA;
    root.fill(&rgb(theme.background)).map_err(|e| e.to_string())?;
    let mut c = ChartBuilder::on(root)
        .margin(theme.px(a.margin))
        .x_label_area_size(theme.px(a.bottom_labels))
        .y_label_area_size(theme.px(a.left_labels))
        .build_cartesian_2d((chart.x_range.0..chart.x_range.1).log_scale(), (chart.y_range.0..chart.y_range.1).log_scale())
        .map_err(|e| e.to_string())?;
    let mut mesh = c.configure_mesh();
    let y_label = |v: &f64| format!("{}{}", chart.y_prefix, compact(*v));
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
    if let Some((x, label)) = &chart.vertical {
        let (y0, y1) = chart.y_range;
        c.draw_series(std::iter::once(PathElement::new(vec![(*x, y0), (*x, y1)], rgb(theme.text).stroke_width(theme.px(1.0)))))
            .map_err(|e| e.to_string())?;
        c.draw_series(std::iter::once(Text::new(label.clone(), (*x, y1), font(theme, 11.0)))).map_err(|e| e.to_string())?;
    }
    c.draw_series(chart.markers.iter().map(|m| Circle::new((m.x, m.y), theme.px(4.0), rgb(theme.text).filled())))
        .map_err(|e| e.to_string())?;
    let text = |m: &super::series::Marker| if chart.label_markers { format!(" {}", m.label) } else { m.tag.clone() };
    c.draw_series(chart.markers.iter().map(|m| Text::new(text(m), (m.x, m.y * 1.15), font(theme, 11.0)))).map_err(|e| e.to_string())?;
    root.present().map_err(|e| e.to_string())
}
