//! How text reaches a reader: control characters made visible ([`shown`]), JSON written with them escaped ([`json`]), and what the output
//! stream can draw ([`terminal`]). Beside the vocabulary at the bottom; used by every layer that
//! prints.

pub mod json;
pub mod shown;
pub mod terminal;
