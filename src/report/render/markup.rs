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

/// [`escape`], with every run of figures (a date, a time, an offset such as `+08:00`, a signed
/// amount or percentage) isolated left to right in `<bdi dir="ltr">`: on a page written right
/// to left, `2025-06-03 10:40 +08:00` then reads as written, not as `08:00+ 10:40 2025-06-03`.
/// Figures inside a word (`buyer.1a`, `APL-2025-0133`, `c3`) are left alone: their letters
/// already set their direction.
pub fn escape_isolating(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len() + 16);
    let mut start = 0;
    let mut i = 0;
    while i < chars.len() {
        if starts_figures(&chars, i) {
            let end = figures_end(&chars, i);
            out.push_str(&escape(&chars[start..i].iter().collect::<String>()));
            let run: String = chars[i..end].iter().collect();
            let _ = write!(out, "<bdi dir=\"ltr\">{}</bdi>", escape(&run));
            start = end;
            i = end;
        } else {
            i += 1;
        }
    }
    out.push_str(&escape(&chars[start..].iter().collect::<String>()));
    out
}

fn digit_at(chars: &[char], i: usize) -> bool {
    chars.get(i).is_some_and(char::is_ascii_digit)
}

/// Whether a run of figures starts at `i`: a digit, or a sign before one, not inside a word.
fn starts_figures(chars: &[char], i: usize) -> bool {
    let starts =
        digit_at(chars, i) || (matches!(chars[i], '+' | '-' | '±') && digit_at(chars, i + 1));
    let inside_word = i > 0
        && (chars[i - 1].is_alphanumeric()
            || matches!(chars[i - 1], '.' | '_' | '-' | '+' | ':' | '/'));
    starts && !inside_word
}

/// Where the run of figures that starts at `i` ends: digits joined by `:`, `.`, `-` or `/`,
/// spaces before more figures or a sign, and a closing `%`.
fn figures_end(chars: &[char], i: usize) -> usize {
    let mut j = i + 1;
    while j < chars.len() {
        let c = chars[j];
        let next_is_figure = digit_at(chars, j + 1)
            || (matches!(chars.get(j + 1), Some('+' | '-')) && digit_at(chars, j + 2));
        let joined = c.is_ascii_digit()
            || c == '%'
            || (matches!(c, ':' | '.' | '-' | '/') && digit_at(chars, j + 1))
            || (c == ' ' && next_is_figure)
            || (matches!(c, '+' | '-') && chars[j - 1] == ' ' && digit_at(chars, j + 1));
        if joined {
            j += 1;
        } else if c == ' ' && chars.get(j + 1) == Some(&'%') {
            j += 2;
        } else {
            break;
        }
    }
    j
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn figures_are_isolated_left_to_right_and_words_are_not() {
        assert_eq!(
            escape_isolating("حتى 2025-06-03 10:40 +08:00: مهلة"),
            "حتى <bdi dir=\"ltr\">2025-06-03 10:40 +08:00</bdi>: مهلة"
        );
        assert_eq!(
            escape_isolating("+12.46 % من buyer.1a و APL-2025-0133"),
            "<bdi dir=\"ltr\">+12.46 %</bdi> من buyer.1a و APL-2025-0133"
        );
        assert_eq!(escape_isolating("a <b> & c3"), "a &lt;b&gt; &amp; c3");
    }
}
