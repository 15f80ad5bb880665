//! Reading an input: its bytes ([`source`]), the spanned YAML/TOML tree ([`document`]), typed
//! readers over it ([`decode`]), and every problem found, located ([`diagnostics`], with its
//! JSON form in [`diagnostic_json`] and the fixes they propose in [`fix`]).

pub mod decode;
pub mod diagnostic_json;
pub mod diagnostics;
pub mod document;
pub mod fix;
pub mod source;
