//! Feeds arbitrary bytes to the case reader and, when they form a valid case, to the engine
//! under both shipped policies. Any panic is a bug.

use appeal::engine::{self, Provenance};
use appeal::model::policy::PolicyRef;
use appeal::reading::source::SourceFile;

fn main() {
    let policies: Vec<_> = ["mexc", "bitget"].iter().filter_map(|n| PolicyRef::parse(n, None).load().ok()).collect();
    let provenance = Provenance { tool_version: "fuzz".into(), case_sha256: String::new() };
    afl::fuzz!(|data: &[u8]| {
        let Ok(source) = SourceFile::from_bytes("fuzz.yaml", data) else { return };
        if let Ok(loaded) = appeal::model::case::load(source) {
            for policy in &policies {
                let ruling = engine::judge(&loaded.case, policy, loaded.case.as_of.value, &provenance);
                let _ = appeal::report::render::human::ruling(&ruling, &loaded.case, None, true, appeal::text::terminal::Look::PLAIN, appeal::report::words::english());
            }
        }
    });
}
