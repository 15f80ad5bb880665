//! Tables with a fixed look: a set width and no terminal probing, so the same ruling always
//! gives the same bytes. Borders are box-drawing on a terminal and ASCII anywhere else
//! ([`Look`]).
//!
//! Wrapping is linear in the text. comfy-table lays the columns out and wraps each cell, but it
//! splits a word longer than its column one line at a time, measuring the rest of the word
//! again for every line: a word of n characters costs n²/(2 × width), minutes for a megabyte
//! (and a case may hold 8 MiB). A word wider than the whole table can only ever be split, so a
//! [`Grid`] holding one is drawn in two passes: first with each such word replaced by a stand-in
//! just wider than the table, which gives comfy-table the same decisions to make (both must be
//! split in any column) and so the same column widths; then with those widths fixed and the
//! lines holding such words already split by [`split_line`], the same greedy split as
//! comfy-table's, done in one pass. Tables without such a word are drawn in one pass, as before.

use std::fmt;

use comfy_table::{ColumnConstraint, ContentArrangement, Table, Width, presets};
use unicode_segmentation::UnicodeSegmentation;
use unicode_width::UnicodeWidthStr;

use crate::text::shown::{escape, is_hidden};
use crate::text::terminal::Look;

/// Width every table is drawn to: readable at 80 columns.
pub const WIDTH: u16 = 80;

/// A word wider than this cannot fit any column of a table [`WIDTH`] wide.
const LONG_WORD: usize = WIDTH as usize;

/// A table of text cells, drawn at [`WIDTH`] columns.
pub struct Grid {
    table: Table,
    rows: Vec<Vec<String>>,
}

/// A new table with the project's style and the given header.
pub fn new(header: &[&str], look: Look) -> Grid {
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
    Grid {
        table,
        rows: Vec::new(),
    }
}

impl Grid {
    /// Draws the table `width` columns wide instead of [`WIDTH`] (the worklist of `queue`).
    pub fn set_width(&mut self, width: u16) -> &mut Grid {
        self.table.set_width(width);
        self
    }

    /// Adds a row of cells; a cell may hold several lines. Control characters within a line
    /// are escaped ([`crate::text::shown`]), so that no table can carry one to a terminal; a newline
    /// that comes from an input must be escaped by the caller, which alone knows it is not one
    /// of its own line breaks.
    pub fn add_row(&mut self, cells: Vec<String>) -> &mut Grid {
        let cells = cells
            .into_iter()
            .map(|cell| {
                if cell.chars().any(|c| c != '\n' && is_hidden(c)) {
                    cell.split('\n')
                        .map(|line| escape(line).into_owned())
                        .collect::<Vec<_>>()
                        .join("\n")
                } else {
                    cell
                }
            })
            .collect();
        self.rows.push(cells);
        self
    }

    /// The table as comfy-table draws it, with `cell` making each cell's text.
    fn drawn(&self, cell: impl Fn(&str) -> String) -> Table {
        let mut table = self.table.clone();
        for row in &self.rows {
            table.add_row(row.iter().map(|text| cell(text)).collect::<Vec<_>>());
        }
        table
    }
}

/// Keeps the given columns as wide as their widest cell, so that names and ids are never
/// wrapped; the other columns share what is left.
pub fn keep_whole(grid: &mut Grid, columns: &[usize]) {
    for index in columns {
        if let Some(column) = grid.table.column_mut(*index) {
            column.set_constraint(ColumnConstraint::ContentWidth);
        }
    }
}

impl fmt::Display for Grid {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let has_long_word = self
            .rows
            .iter()
            .flatten()
            .any(|text| words(text).any(|word| word.width() > LONG_WORD));
        if !has_long_word {
            return write!(f, "{}", self.drawn(str::to_string));
        }
        // First pass: the column widths, with a stand-in for each long word.
        let stand_in = "x".repeat(LONG_WORD + 1);
        let first = self
            .drawn(|text| {
                map_words(text, |word| {
                    (word.width() > LONG_WORD).then_some(&*stand_in)
                })
            })
            .to_string();
        let widths = column_widths(first.lines().next().unwrap_or(""));
        // Second pass: those widths, and the lines with long words split beforehand.
        let mut table = self.table.clone();
        for (index, width) in widths.iter().enumerate() {
            if let Some(column) = table.column_mut(index) {
                column.set_constraint(ColumnConstraint::Absolute(Width::Fixed(*width as u16)));
            }
        }
        for row in &self.rows {
            let cells: Vec<String> = row
                .iter()
                .enumerate()
                .map(|(index, text)| {
                    let content = widths.get(index).map_or(1, |w| w.saturating_sub(2).max(1));
                    text.split('\n')
                        .map(|line| {
                            if line.split(' ').any(|word| word.width() > LONG_WORD) {
                                split_line(line, content).join("\n")
                            } else {
                                line.to_string()
                            }
                        })
                        .collect::<Vec<_>>()
                        .join("\n")
                })
                .collect();
            table.add_row(cells);
        }
        write!(f, "{table}")
    }
}

/// The words of a cell: its lines split at spaces, as comfy-table splits them.
fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split('\n').flat_map(|line| line.split(' '))
}

/// `text` with each word replaced by what `replace` gives for it, if anything.
fn map_words<'a>(text: &str, replace: impl Fn(&str) -> Option<&'a str>) -> String {
    text.split('\n')
        .map(|line| {
            line.split(' ')
                .map(|word| replace(word).unwrap_or(word))
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// The width of each column, padding included, read off a table's top border
/// (`+-----+---+` or `┌─────┬───┐`).
fn column_widths(top_border: &str) -> Vec<usize> {
    top_border
        .split(|c| !matches!(c, '-' | '─' | '='))
        .filter(|run| !run.is_empty())
        .map(|run| run.chars().count())
        .collect()
}

/// Splits one line into lines at most `width` columns wide, as comfy-table does (words are
/// joined greedily; a line with at most two columns left is closed; a word wider than the
/// line fills what is left of it and goes on below), but keeping the width of the rest of a
/// split word instead of measuring it again: linear in the line.
pub fn split_line(line: &str, width: usize) -> Vec<String> {
    let mut words: Vec<(&str, usize)> = line.split(' ').map(|w| (w, w.width())).collect();
    words.reverse();
    let mut split = Split {
        width,
        lines: Vec::new(),
        current: String::new(),
        current_width: 0,
    };
    while let Some((word, word_width)) = words.pop() {
        let started = !split.current.is_empty();
        if word_width + split.current_width + usize::from(started) <= width {
            split.add(word, word_width);
        } else if started && split.room() <= Split::MIN_FREE {
            // Too little is left of this line: the word starts the next one.
            words.push((word, word_width));
            split.close();
        } else if word_width > width {
            words.push(split.break_word(word, word_width));
        } else {
            split.close();
            split.add(word, word_width);
        }
    }
    if !split.current.is_empty() {
        split.lines.push(split.current);
    }
    split.lines
}

/// A line being split: the lines done, and the one being filled with its width.
struct Split {
    width: usize,
    lines: Vec<String>,
    current: String,
    current_width: usize,
}

impl Split {
    /// A line with at most this many columns left is closed.
    const MIN_FREE: usize = 2;

    /// The columns left on the line being filled for a word (after its space, if the line is
    /// started).
    fn room(&self) -> usize {
        let space = usize::from(!self.current.is_empty());
        self.width
            .saturating_sub(self.current_width)
            .saturating_sub(space)
    }

    /// Ends the line being filled.
    fn close(&mut self) {
        self.lines.push(std::mem::take(&mut self.current));
        self.current_width = 0;
    }

    /// `word` on the line being filled (after a space, if the line is started), closing the
    /// line if at most [`Split::MIN_FREE`] columns are left of it.
    fn add(&mut self, word: &str, word_width: usize) {
        if !self.current.is_empty() {
            self.current.push(' ');
            self.current_width += 1;
        }
        self.current.push_str(word);
        self.current_width += word_width;
        if self.current_width > self.width.saturating_sub(Self::MIN_FREE) {
            self.close();
        }
    }

    /// A word wider than a line: as much of it as fits fills what is left of the line being
    /// filled, which is closed; the rest of the word, and its width, go on below.
    fn break_word<'w>(&mut self, word: &'w str, word_width: usize) -> (&'w str, usize) {
        let started = !self.current.is_empty();
        let (head, head_width) = head_within(word, self.room());
        if started {
            self.current.push(' ');
        }
        let rest = if !started && head.is_empty() {
            // Not even one character fits (a wide character in a column of 1): it goes on the
            // line anyway, as comfy-table does.
            let first = word.graphemes(true).next().unwrap_or("");
            self.current.push_str(first);
            (
                &word[first.len()..],
                word_width.saturating_sub(first.width()),
            )
        } else {
            self.current.push_str(head);
            (&word[head.len()..], word_width - head_width)
        };
        self.close();
        rest
    }
}

/// The longest start of `word` at most `width` columns wide (whole graphemes), and its width.
/// Only that start is looked at.
fn head_within(word: &str, width: usize) -> (&str, usize) {
    // Printable ASCII up to and including the byte after the cut: one column a character, and
    // the cut falls between two graphemes (the next character is no combining mark).
    let bytes = word.as_bytes();
    if bytes.len() > width && bytes[..=width].iter().all(|b| (0x20..0x7f).contains(b)) {
        return (&word[..width], width);
    }
    let mut used = 0;
    for (at, grapheme) in word.grapheme_indices(true) {
        let wide = grapheme.width();
        if used + wide > width {
            return (&word[..at], used);
        }
        used += wide;
    }
    (word, used)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The linear split gives comfy-table's lines: a table drawn with a long word split
    /// beforehand is the table comfy-table draws on its own (checked on words it splits fast
    /// enough: a few thousand characters).
    #[test]
    fn two_passes_draw_what_comfy_table_draws() {
        let texts = [
            format!("crypto {}", "x".repeat(3_000)),
            format!("a b {} c", "é".repeat(500)),
            format!("{} and then {}", "中".repeat(300), "y".repeat(90)),
            format!("ab {}\nsecond line {}", "z".repeat(200), "w".repeat(81)),
        ];
        for text in &texts {
            for look in [Look::PLAIN, Look::decide(true, true)] {
                let mut grid = new(&["clause", "finding", "rests on"], look);
                grid.add_row(vec![
                    "buyer.1c".into(),
                    text.clone(),
                    "payments[0].remarks".into(),
                ]);
                grid.add_row(vec!["buyer.1c".into(), "short".into(), "line 18".into()]);
                let ours = grid.to_string();
                let theirs = grid.drawn(str::to_string).to_string();
                assert_eq!(ours, theirs, "{text:.40}");
            }
        }
    }

    #[test]
    fn column_widths_are_read_off_the_top_border() {
        assert_eq!(column_widths("+----+--+"), [4, 2]);
        assert_eq!(column_widths("┌────┬──┬─┐"), [4, 2, 1]);
    }
}
