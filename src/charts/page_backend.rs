//! The page's one drawing backend: its canvas, or an SVG picture for download. One type, so that
//! the page carries the charts' drawing code once: a second backend type compiles all of it
//! again (12.6 KB gzip).

use plotters::prelude::SVGBackend;
use plotters_backend::{BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingBackend, DrawingErrorKind};
use plotters_canvas::CanvasBackend;
use std::error::Error;
use std::fmt;

pub enum PageBackend<'a> {
    Canvas(CanvasBackend),
    Svg(SVGBackend<'a>),
}

/// What went wrong while drawing, in words.
#[derive(Debug)]
pub struct DrawError(String);

impl fmt::Display for DrawError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl Error for DrawError {}

/// A backend's error as the page backend's, described by `describe`.
fn cast<E: Error + Send + Sync>(error: DrawingErrorKind<E>, describe: fn(E) -> String) -> DrawingErrorKind<DrawError> {
    match error {
        DrawingErrorKind::DrawingError(e) => DrawingErrorKind::DrawingError(DrawError(describe(e))),
        DrawingErrorKind::FontError(e) => DrawingErrorKind::FontError(e),
    }
}

/// Runs `$call` on whichever backend `$self` holds. The SVG backend writes into a `String`, which
/// cannot fail; its error (a `std::io::Error`) is not formatted, which keeps the text of every I/O
/// error kind out of the page (0.9 KB gzip).
macro_rules! on_either {
    ($self:ident, $backend:ident => $call:expr) => {
        match $self {
            PageBackend::Canvas($backend) => $call.map_err(|e| cast(e, |e| e.to_string())),
            PageBackend::Svg($backend) => $call.map_err(|e| cast(e, |_| "the SVG could not be written".into())),
        }
    };
}

impl DrawingBackend for PageBackend<'_> {
    type ErrorType = DrawError;

    fn get_size(&self) -> (u32, u32) {
        match self {
            PageBackend::Canvas(b) => b.get_size(),
            PageBackend::Svg(b) => b.get_size(),
        }
    }

    fn ensure_prepared(&mut self) -> Result<(), DrawingErrorKind<DrawError>> {
        on_either!(self, b => b.ensure_prepared())
    }

    fn present(&mut self) -> Result<(), DrawingErrorKind<DrawError>> {
        on_either!(self, b => b.present())
    }

    fn draw_pixel(&mut self, point: BackendCoord, color: BackendColor) -> Result<(), DrawingErrorKind<DrawError>> {
        on_either!(self, b => b.draw_pixel(point, color))
    }

    fn draw_line<S: BackendStyle>(&mut self, from: BackendCoord, to: BackendCoord, style: &S) -> Result<(), DrawingErrorKind<DrawError>> {
        on_either!(self, b => b.draw_line(from, to, style))
    }

    fn draw_rect<S: BackendStyle>(
        &mut self,
        upper_left: BackendCoord,
        bottom_right: BackendCoord,
        style: &S,
        fill: bool,
    ) -> Result<(), DrawingErrorKind<DrawError>> {
        on_either!(self, b => b.draw_rect(upper_left, bottom_right, style, fill))
    }

    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        path: I,
        style: &S,
    ) -> Result<(), DrawingErrorKind<DrawError>> {
        on_either!(self, b => b.draw_path(path, style))
    }

    fn draw_circle<S: BackendStyle>(
        &mut self,
        center: BackendCoord,
        radius: u32,
        style: &S,
        fill: bool,
    ) -> Result<(), DrawingErrorKind<DrawError>> {
        on_either!(self, b => b.draw_circle(center, radius, style, fill))
    }

    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        vert: I,
        style: &S,
    ) -> Result<(), DrawingErrorKind<DrawError>> {
        on_either!(self, b => b.fill_polygon(vert, style))
    }

    fn draw_text<S: BackendTextStyle>(&mut self, text: &str, style: &S, pos: BackendCoord) -> Result<(), DrawingErrorKind<DrawError>> {
        on_either!(self, b => b.draw_text(text, style, pos))
    }
}
