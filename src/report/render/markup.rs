//! Text inside HTML and SVG markup: the one escaper of the HTML page and its chart.

use std::fmt::Write as _;

/// `text` safe inside HTML and SVG text and attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            // Control characters as every renderer shows them (`crate::text::shown`).
            c if crate::text::shown::is_hidden(c) && c != '\n' && c != '\t' => {
                let _ = write!(
                    out,
                    "{}",
                    crate::text::shown::Shown(c.encode_utf8(&mut [0; 4]))
                );
            }
            c => out.push(c),
        }
    }
    out
}
