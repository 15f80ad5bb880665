//! Tables with a fixed look: a set width and no terminal probing, so the same ruling always
//! gives the same bytes. Borders are box-drawing on a terminal and ASCII anywhere else
//! ([`Look`]).

use comfy_table::{ColumnConstraint, ContentArrangement, Table, presets};

use crate::terminal::Look;

/// Width every table is drawn to: readable at 80 columns.
pub const WIDTH: u16 = 80;

/// A new table with the project's style and the given header.
pub fn new(header: &[&str], look: Look) -> Table {
    let mut table = Table::new();
    let style = if look.unicode {
        presets::UTF8_FULL_CONDENSED
    } else {
        presets::ASCII_FULL_CONDENSED
    };
    table
        .load_style(style)
        .set_content_arrangement(ContentArrangement::Dynamic)
        .set_width(WIDTH);
    if !header.is_empty() {
        table.set_header(header.iter().copied());
    }
    table
}

/// Keeps the given columns as wide as their widest cell, so that names and ids are never
/// wrapped; the other columns share what is left.
pub fn keep_whole(table: &mut Table, columns: &[usize]) {
    for index in columns {
        if let Some(column) = table.column_mut(*index) {
            column.set_constraint(ColumnConstraint::ContentWidth);
        }
    }
}
