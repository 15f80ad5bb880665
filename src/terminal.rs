//! How output is drawn (SPEC §2: colour and Unicode follow the terminal).
//!
//! The one place that decides, per stream: box-drawing borders only when the stream is a
//! terminal, colour only when it is a terminal and `NO_COLOR` is unset. A pipe, a file, a test
//! or a snapshot always gets [`Look::PLAIN`], so the same input gives the same bytes out.

use std::io::IsTerminal;

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

    /// The look for a stream that is (or is not) a terminal, with `NO_COLOR` set or not.
    pub fn decide(is_terminal: bool, no_color: bool) -> Look {
        Look {
            unicode: is_terminal,
            colour: is_terminal && !no_color,
        }
    }

    /// The look of stdout, where results go.
    pub fn of_stdout() -> Look {
        Look::decide(std::io::stdout().is_terminal(), no_color())
    }

    /// The look of stderr, where diagnostics go.
    pub fn of_stderr() -> Look {
        Look::decide(std::io::stderr().is_terminal(), no_color())
    }
}

/// Whether `NO_COLOR` asks for no colour (set and not empty, per no-color.org).
fn no_color() -> bool {
    std::env::var_os("NO_COLOR").is_some_and(|value| !value.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

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
