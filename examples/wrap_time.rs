//! How the time to draw a ruling grows with one long word in a field (issue 11: rendering is
//! linear in the input). Prints, for words of growing size:
//!
//! - comfy-table drawing the table on its own (what the human ruling did before): each doubling
//!   of the word quadruples the time;
//! - `render::table::Grid`, which splits such words itself: each doubling doubles it;
//! - a whole case (the word in a payment's remarks, which the ruling quotes) read, judged and
//!   rendered for people, next to the same as JSON.
//!
//!     cargo run --release --example wrap_time
//!
//! Timing belongs here, not in a test: the tests check that a megabyte field renders and wraps.

use std::time::{Duration, Instant};

use appeal::hearing::{self, Bench, PolicyShelf};
use appeal::reading::source::SourceFile;
use appeal::report::render;
use appeal::text::terminal::Look;

fn time(f: impl Fn() -> usize) -> (Duration, usize) {
    let start = Instant::now();
    let size = f();
    (start.elapsed(), size)
}

fn cell(size: usize) -> String {
    format!(
        "the payment remarks contain sensitive words: {}",
        "x".repeat(size)
    )
}

fn main() {
    println!("table with one word of N bytes in its middle column, drawn at 80 columns");
    println!("{:>10}  {:>14}  {:>14}", "N", "comfy-table", "Grid");
    for size in [10_000, 20_000, 40_000, 80_000, 1 << 20, 8 << 20] {
        let text = cell(size);
        let comfy = (size <= 80_000).then(|| {
            time(|| {
                let mut table = comfy_table::Table::new();
                table
                    .load_style(comfy_table::presets::ASCII_FULL_CONDENSED)
                    .set_content_arrangement(comfy_table::ContentArrangement::Dynamic)
                    .set_width(80)
                    .set_header(["clause", "finding", "rests on"])
                    .add_row(vec!["buyer.1c", &text, "payments[0].remarks"]);
                table.to_string().len()
            })
            .0
        });
        let (grid, _) = time(|| {
            let mut grid = render::table::new(&["clause", "finding", "rests on"], Look::PLAIN);
            grid.add_row(vec![
                "buyer.1c".into(),
                text.clone(),
                "payments[0].remarks".into(),
            ]);
            grid.to_string().len()
        });
        let comfy = comfy.map_or("(not run)".to_string(), |d| format!("{d:.2?}"));
        println!("{size:>10}  {comfy:>14}  {:>14}", format!("{grid:.2?}"));
    }

    println!("\na case with an N-byte word in a payment's remarks: read, judged and rendered");
    println!("{:>10}  {:>14}  {:>14}", "N", "human", "json");
    let sample = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/cases/buyer.1c-not-contacted-yet.yaml"
    ))
    .expect("the sample case");
    for size in [1 << 20, 7 << 20] {
        let case = sample.replace(
            "remarks: \"crypto purchase\"",
            &format!("remarks: \"crypto {}\"", "x".repeat(size)),
        );
        let judge = |human: bool| {
            let source =
                SourceFile::from_bytes("big.yaml", case.as_bytes()).expect("under the cap");
            let shelf = PolicyShelf::default();
            let judged = hearing::hear(source, &Bench::default(), &shelf).expect("a valid case");
            if human {
                render::human::ruling(
                    &judged.ruling,
                    &judged.loaded.case,
                    judged.policy.file(),
                    false,
                    Look::PLAIN,
                    appeal::report::words::english(),
                )
                .len()
            } else {
                serde_json::to_string(&appeal::report::render::json::RulingJson::of(
                    &judged.ruling,
                    appeal::report::words::english(),
                    false,
                ))
                .expect("JSON")
                .len()
            }
        };
        let (human, _) = time(|| judge(true));
        let (json, _) = time(|| judge(false));
        println!(
            "{size:>10}  {:>14}  {:>14}",
            format!("{human:.2?}"),
            format!("{json:.2?}")
        );
    }
}
