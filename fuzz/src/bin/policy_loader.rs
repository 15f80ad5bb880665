//! Feeds arbitrary bytes to the policy reader. Any panic is a bug.

use appeal::reading::source::SourceFile;

fn main() {
    afl::fuzz!(|data: &[u8]| {
        if let Ok(source) = SourceFile::from_bytes("fuzz.toml", data) {
            let _ = appeal::model::policy::load(source, "fuzz".into());
        }
    });
}
