//! Tables with a fixed look: plain ASCII-safe borders, a set width, no terminal probing, so the
//! same ruling always gives the same bytes.

use comfy_table::{ContentArrangement, Table, presets};

/// Width every table is drawn to: readable at 80 columns.
pub const WIDTH: u16 = 80;

/// A new table with the project's style and the given header.
pub fn new(header: &[&str]) -> Table {
    let mut table = Table::new();
    table
        .load_style(presets::UTF8_FULL_CONDENSED)
        .set_content_arrangement(ContentArrangement::Dynamic)
        .set_width(WIDTH);
    if !header.is_empty() {
        table.set_header(header.iter().copied());
    }
    table
}
