//! Per-case engine time: each case is read, validated and given its policy once, then
//! `appeal::engine::judge` is called on it in a loop; prints ns per ruling.
//!
//!     cargo run --release --example engine_time -- [--rounds N] [CASE|FOLDER]...
//!
//! Default: `cases/buyer.1b-spec-example.yaml`. With a folder, every `*.yaml` in it (not below).

use std::hint::black_box;
use std::path::PathBuf;
use std::time::Instant;

use appeal::engine::{self, Provenance};
use appeal::hearing::{Bench, PolicyShelf, policy_for};
use appeal::reading::source::SourceFile;
use appeal::vocab::calendar::Clock;

fn main() {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let mut rounds: Option<usize> = None;
    if let Some(i) = args.iter().position(|a| a == "--rounds") {
        rounds = args.get(i + 1).and_then(|n| n.parse().ok());
        args.drain(i..(i + 2).min(args.len()));
    }
    if args.is_empty() {
        args.push(
            concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/cases/buyer.1b-spec-example.yaml"
            )
            .into(),
        );
    }
    let mut paths: Vec<PathBuf> = Vec::new();
    for arg in &args {
        let path = PathBuf::from(arg);
        if path.is_dir() {
            let mut found: Vec<PathBuf> = std::fs::read_dir(&path)
                .expect("a folder of cases")
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
                .collect();
            found.sort();
            paths.extend(found);
        } else {
            paths.push(path);
        }
    }

    let shelf = PolicyShelf::default();
    let mut prepared = Vec::new();
    let load_started = Instant::now();
    for path in &paths {
        let Ok(source) = SourceFile::read(path) else {
            eprintln!("skipped (unreadable): {}", path.display());
            continue;
        };
        let Ok(loaded) = appeal::model::case::load(source) else {
            eprintln!("skipped (invalid): {}", path.display());
            continue;
        };
        let Ok(policy) = policy_for(&loaded, &Bench::default(), &shelf) else {
            eprintln!("skipped (no policy): {}", path.display());
            continue;
        };
        prepared.push((loaded, policy));
    }
    let load = load_started.elapsed();
    assert!(!prepared.is_empty(), "no case could be read");
    let provenance = Provenance {
        tool_version: "bench".into(),
        case_sha256: String::new(),
    };
    // About a second of work unless told otherwise.
    let rounds = rounds.unwrap_or((200_000 / prepared.len()).max(3));
    // Warm up caches and the allocator.
    for (loaded, policy) in &prepared {
        black_box(engine::judge(
            &loaded.case,
            policy,
            loaded.case.as_of.value,
            Clock::Policy,
            &provenance,
        ));
    }
    let started = Instant::now();
    let mut reasons = 0usize;
    for _ in 0..rounds {
        for (loaded, policy) in &prepared {
            let ruling = engine::judge(
                black_box(&loaded.case),
                policy,
                loaded.case.as_of.value,
                Clock::Policy,
                &provenance,
            );
            reasons += black_box(ruling).rationale.len();
        }
    }
    let judged = rounds * prepared.len();
    let per_case = started.elapsed().as_nanos() as f64 / judged as f64;
    println!(
        "engine::judge: {per_case:.0} ns/case over {judged} rulings of {} case(s) ({reasons} reasons); \
         read + validate once: {:.0} ns/case",
        prepared.len(),
        load.as_nanos() as f64 / prepared.len() as f64,
    );
}
