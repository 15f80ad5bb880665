//! A command run into memory: the same code that writes a command's stdout and stderr, with both
//! kept as bytes, so that a tool answers with exactly what the command line prints.

use std::io::Write;
use std::sync::{Arc, Mutex};

use crate::cli::{Output, Stream};
use crate::reading::diagnostics::Reporter;
use crate::text::terminal::Look;

/// Bytes written by a command, shared with the stream that writes them.
#[derive(Clone, Default)]
struct Buffer(Arc<Mutex<Vec<u8>>>);

impl Write for Buffer {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        match self.0.lock() {
            Ok(mut kept) => kept.extend_from_slice(bytes),
            Err(poisoned) => poisoned.into_inner().extend_from_slice(bytes),
        }
        Ok(bytes.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl Buffer {
    fn text(&self) -> String {
        let bytes = match self.0.lock() {
            Ok(kept) => kept.clone(),
            Err(poisoned) => poisoned.into_inner().clone(),
        };
        String::from_utf8_lossy(&bytes).into_owned()
    }
}

/// What a command printed, and its exit code.
pub struct Captured {
    pub code: u8,
    pub stdout: String,
    pub stderr: String,
}

/// Runs `command` against an [`Output`] that keeps what it writes (results escaped as on a
/// terminal, no colour, diagnostics as JSON Lines).
pub fn run(command: impl FnOnce(&mut Output) -> std::io::Result<u8>) -> Captured {
    let (stdout, stderr) = (Buffer::default(), Buffer::default());
    let mut out = Output {
        reporter: Reporter::new(Look::PLAIN),
        stdout: Stream::new(stdout.clone()).escaping(),
        stderr: Stream::new(stderr.clone()),
        look: Look::PLAIN,
        json_diagnostics: true,
    };
    let code = match command(&mut out) {
        Ok(code) => code,
        Err(error) => {
            let _ = writeln!(out.stderr, "error: {error}");
            crate::cli::exit::INVALID
        }
    };
    let code = out.finish(code);
    Captured {
        code,
        stdout: stdout.text(),
        stderr: stderr.text(),
    }
}

/// The JSON values of JSON Lines, each line that is one.
pub fn json_lines(text: &str) -> Vec<serde_json::Value> {
    text.lines()
        .filter_map(|line| serde_json::from_str(line).ok())
        .collect()
}
