//! Colours and sizes of the charts, for light and dark pages.

/// Okabe–Ito colours, distinguishable with the common colour-vision deficiencies; option `i`
/// takes `PALETTE[i % 8]` everywhere (lines, bars, table swatches).
pub const PALETTE: [(u8, u8, u8); 8] =
    [(0, 114, 178), (213, 94, 0), (0, 158, 115), (204, 121, 167), (230, 159, 0), (86, 180, 233), (120, 120, 120), (240, 228, 66)];

/// Option `index`'s colour as CSS (`rgb(0,114,178)`), for swatches beside the charts.
pub fn css_colour(index: usize) -> String {
    let (r, g, b) = PALETTE[index % PALETTE.len()];
    format!("rgb({r},{g},{b})")
}

/// Text, grid and background colours, and a scale for high-density screens.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Theme {
    pub background: (u8, u8, u8),
    pub text: (u8, u8, u8),
    pub grid: (u8, u8, u8),
    /// Device pixels per CSS pixel; sizes and fonts are multiplied by it.
    pub scale: f64,
}

impl Theme {
    pub fn light(scale: f64) -> Self {
        Self { background: (255, 255, 255), text: (33, 37, 41), grid: (222, 226, 230), scale }
    }

    pub fn dark(scale: f64) -> Self {
        Self { background: (24, 26, 27), text: (230, 230, 230), grid: (60, 64, 68), scale }
    }

    /// `css_px` in device pixels.
    pub fn px(&self, css_px: f64) -> u32 {
        (css_px * self.scale).round().max(1.0) as u32
    }
}
