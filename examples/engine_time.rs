//! Per-case engine time: every case under a folder is read once and judged in a loop.
//!
//!     cargo run --release --example engine_time -- cases/

use std::time::Instant;

use appeal::engine::{self, Provenance};
use appeal::hearing::{Bench, PolicyShelf, policy_for};
use appeal::source::SourceFile;

fn main() {
    let folder = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "cases".to_string());
    let shelf = PolicyShelf::default();
    let mut prepared = Vec::new();
    let mut paths: Vec<_> = std::fs::read_dir(&folder)
        .expect("a folder of cases")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
        .collect();
    paths.sort();
    let parse_started = Instant::now();
    for path in &paths {
        let Ok(source) = SourceFile::read(path) else {
            continue;
        };
        let Ok(loaded) = appeal::case::load(source) else {
            continue;
        };
        let Ok(policy) = policy_for(&loaded, &Bench::default(), &shelf) else {
            continue;
        };
        prepared.push((loaded, policy));
    }
    let parse = parse_started.elapsed();
    let provenance = Provenance {
        tool_version: "bench".into(),
        case_sha256: String::new(),
    };
    let rounds = 200;
    let started = Instant::now();
    let mut decisions = 0usize;
    for _ in 0..rounds {
        for (loaded, policy) in &prepared {
            let ruling = engine::judge(&loaded.case, policy, loaded.case.as_of.value, &provenance);
            decisions += ruling.rationale.len();
        }
    }
    let judged = rounds * prepared.len();
    let per_case = started.elapsed().as_nanos() as f64 / judged as f64;
    println!(
        "{} cases: read and validate {:.1} µs/case; judge {:.1} µs/case over {judged} rulings ({decisions} reasons)",
        prepared.len(),
        parse.as_micros() as f64 / prepared.len().max(1) as f64,
        per_case / 1000.0
    );
}
