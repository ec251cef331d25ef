//! Chart series and drawing.
