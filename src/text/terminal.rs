//! How output is drawn (colour and Unicode follow the terminal, per stream).
//!
//! The one place that decides, per stream: box-drawing borders only when the stream is a
//! terminal; colour as `--color` says ([`ColorWhen`]), which by default (`auto`) means only on
//! a terminal that supports it, without `NO_COLOR`. The decision for `auto` is anstream's (the
//! crate clap draws its own help with), so `NO_COLOR`, `CLICOLOR=0`, `CLICOLOR_FORCE` and
//! `TERM=dumb` are honoured as by cargo and ripgrep. A pipe, a file, a test or a snapshot gets
//! [`Look::PLAIN`] unless `--color always` asks otherwise, so the same input gives the same
//! bytes out.

use std::ffi::OsString;
use std::io::IsTerminal;

/// When to colour diagnostics: the global `--color` flag, as ripgrep, cargo and uv spell it.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum ColorWhen {
    /// Colour on a terminal that supports it, unless `NO_COLOR` is set (not empty).
    #[default]
    Auto,
    /// Colour even into a pipe or a file, whatever `NO_COLOR` says.
    Always,
    /// Never colour.
    Never,
}

impl ColorWhen {
    /// The `--color` of a raw command line, read before the parser runs so that its own help
    /// and usage errors follow it too: the last `--color WHEN` or `--color=WHEN` before a
    /// bare `--`; `auto` when there is none (or its value is not one of the three, which the
    /// parser then reports).
    pub fn from_args(args: impl IntoIterator<Item = OsString>) -> ColorWhen {
        let mut found = ColorWhen::Auto;
        let mut args = args.into_iter().skip(1);
        while let Some(arg) = args.next() {
            let value = match arg.to_str() {
                Some("--") => break,
                Some("--color") => args.next(),
                Some(other) => other.strip_prefix("--color=").map(OsString::from),
                None => None,
            };
            if let Some(value) = value {
                found = match value.to_str() {
                    Some("always") => ColorWhen::Always,
                    Some("never") => ColorWhen::Never,
                    _ => ColorWhen::Auto,
                };
            }
        }
        found
    }

    /// Makes this the choice of every stream the process writes (anstream's global choice,
    /// which [`Look`] and the help text follow).
    pub fn apply(self) {
        anstream::ColorChoice::write_global(match self {
            ColorWhen::Auto => anstream::ColorChoice::Auto,
            ColorWhen::Always => anstream::ColorChoice::Always,
            ColorWhen::Never => anstream::ColorChoice::Never,
        });
    }
}

/// How one output stream is drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Look {
    /// Box-drawing characters for table borders and diagnostic frames; ASCII otherwise.
    pub unicode: bool,
    /// ANSI colour in diagnostics.
    pub colour: bool,
}

impl Look {
    /// ASCII borders, no colour: what pipes, files and tests get.
    pub const PLAIN: Look = Look {
        unicode: false,
        colour: false,
    };

    /// The look for a stream that is (or is not) a terminal, with `NO_COLOR` set or not, under
    /// `--color auto`.
    pub fn decide(is_terminal: bool, no_color: bool) -> Look {
        Look {
            unicode: is_terminal,
            colour: is_terminal && !no_color,
        }
    }

    /// The look of stdout, where results go.
    pub fn of_stdout() -> Look {
        let stdout = std::io::stdout();
        Look {
            unicode: stdout.is_terminal(),
            colour: colours(&stdout),
        }
    }

    /// The look of stderr, where diagnostics go.
    pub fn of_stderr() -> Look {
        let stderr = std::io::stderr();
        Look {
            unicode: stderr.is_terminal(),
            colour: colours(&stderr),
        }
    }
}

/// Whether `stream` gets colour under the choice [`ColorWhen::apply`] made.
fn colours<S: anstream::stream::RawStream>(stream: &S) -> bool {
    anstream::AutoStream::choice(stream) != anstream::ColorChoice::Never
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_last_color_flag_before_a_double_dash_wins() {
        let args = |list: &[&str]| -> Vec<OsString> {
            std::iter::once("appeal")
                .chain(list.iter().copied())
                .map(OsString::from)
                .collect()
        };
        assert_eq!(ColorWhen::from_args(args(&[])), ColorWhen::Auto);
        assert_eq!(
            ColorWhen::from_args(args(&["--color", "never", "check", "x"])),
            ColorWhen::Never
        );
        assert_eq!(
            ColorWhen::from_args(args(&["check", "--color=never", "--color=always"])),
            ColorWhen::Always
        );
        assert_eq!(
            ColorWhen::from_args(args(&["check", "--", "--color=never"])),
            ColorWhen::Auto
        );
    }

    #[test]
    fn only_a_terminal_gets_box_drawing_and_only_without_no_color_gets_colour() {
        assert_eq!(Look::decide(false, false), Look::PLAIN);
        assert_eq!(Look::decide(false, true), Look::PLAIN);
        assert_eq!(
            Look::decide(true, true),
            Look {
                unicode: true,
                colour: false
            }
        );
        assert_eq!(
            Look::decide(true, false),
            Look {
                unicode: true,
                colour: true
            }
        );
    }
}
