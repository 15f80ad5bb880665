//! Writes a corpus of valid, varied case files for benchmarks, deterministically from a seed:
//!
//!     cargo run --release --example corpus -- --count 10000 --seed 7 --out /tmp/corpus
//!
//! Each case takes the shape of one of the sample cases in `cases/` (so every clause and most of
//! its branches appear), with a fresh case id and order number, its times moved by a random
//! number of days and minutes (relations between them kept), and its quantity, amounts and
//! refunds scaled by a random whole factor (so thresholds and outcomes are kept).

use std::path::PathBuf;

/// xorshift64*: small, fast and reproducible; no cryptographic use.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }
}

fn argument(args: &[String], flag: &str, default: &str) -> String {
    args.iter()
        .position(|a| a == flag)
        .and_then(|i| args.get(i + 1))
        .cloned()
        .unwrap_or_else(|| default.to_string())
}

/// Moves every RFC 3339 time in `text` by `minutes`, keeping its offset.
fn shift_times(text: &str, minutes: i64) -> String {
    let mut out = String::with_capacity(text.len());
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        // A time starts with YYYY-MM-DDTHH:MM:SS and ends with Z or ±HH:MM.
        if i + 25 <= bytes.len()
            && bytes[i + 4] == b'-'
            && bytes[i + 10] == b'T'
            && bytes[i..i + 4].iter().all(u8::is_ascii_digit)
        {
            let candidate = &text[i..i + 25];
            if let Ok(time) = chrono::DateTime::parse_from_rfc3339(candidate) {
                let moved = time + chrono::Duration::minutes(minutes);
                out.push_str(&moved.to_rfc3339());
                i += 25;
                continue;
            }
        }
        let c = text[i..].chars().next().unwrap_or(' ');
        out.push(c);
        i += c.len_utf8();
    }
    out
}

/// Multiplies the number after `key: ` on a line by `factor`, keeping its decimals.
fn scale_line(line: &str, key: &str, factor: u64) -> Option<String> {
    let at = line.find(key)?;
    let start = at + key.len();
    let rest = &line[start..];
    let quoted = rest.starts_with('"');
    let digits_start = if quoted { 1 } else { 0 };
    let end = rest[digits_start..]
        .find(|c: char| !(c.is_ascii_digit() || c == '.'))
        .map(|e| e + digits_start)
        .unwrap_or(rest.len());
    let number: rust_decimal::Decimal = rest[digits_start..end].parse().ok()?;
    let scaled = number * rust_decimal::Decimal::from(factor);
    Some(format!(
        "{}{}{}",
        &line[..start + digits_start],
        scaled,
        &rest[end..]
    ))
}

fn vary(template: &str, rng: &mut Rng, index: usize) -> String {
    let days = rng.below(400) as i64;
    let minutes = rng.below(24 * 60) as i64;
    let factor = 1 + rng.below(5);
    let mut text = shift_times(template, days * 24 * 60 + minutes);
    text = text
        .lines()
        .map(|line| {
            let trimmed = line.trim_start();
            if trimmed.starts_with("case: ") {
                return format!("case: GEN-{index:06}");
            }
            if trimmed.starts_with("id: \"") && line.starts_with("  id:") {
                return format!("  id: \"{:016}\"", 2_000_000_000_000_000u64 + index as u64);
            }
            // Quantities, amounts and refunds scale together; prices and references stay.
            for key in ["quantity: ", "amount: "] {
                if line.contains(key) && !line.contains("price") {
                    let mut scaled = line.to_string();
                    let mut from = 0;
                    while let Some(pos) = scaled[from..].find(key) {
                        let absolute = from + pos;
                        match scale_line(&scaled[absolute..], key, factor) {
                            Some(new_tail) => {
                                scaled = format!("{}{}", &scaled[..absolute], new_tail);
                                from = absolute + key.len();
                            }
                            None => break,
                        }
                    }
                    return scaled;
                }
            }
            line.to_string()
        })
        .collect::<Vec<_>>()
        .join("\n");
    text.push('\n');
    // Expectations belong to the sample case, not to the variant.
    match text.find("\nexpect:") {
        Some(at) => {
            let mut cut = text[..at + 1].to_string();
            cut.truncate(at + 1);
            cut
        }
        None => text,
    }
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let count: usize = argument(&args, "--count", "1000")
        .parse()
        .expect("--count N");
    let seed: u64 = argument(&args, "--seed", "7").parse().expect("--seed S");
    let out = PathBuf::from(argument(&args, "--out", "corpus"));
    let samples = PathBuf::from(argument(
        &args,
        "--from",
        concat!(env!("CARGO_MANIFEST_DIR"), "/cases"),
    ));
    let mut templates: Vec<(String, String)> = std::fs::read_dir(&samples)
        .expect("the sample cases folder")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
        .filter_map(|p| {
            let text = std::fs::read_to_string(&p).ok()?;
            // Cases with a policy file of their own would need it copied along; skip them.
            let name = p.file_stem()?.to_string_lossy().to_string();
            (!text.contains("\npolicy: policies/")).then_some((name, text))
        })
        .collect();
    templates.sort();
    std::fs::create_dir_all(&out).expect("output folder");
    let mut rng = Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1);
    for index in 0..count {
        let (name, template) = &templates[rng.below(templates.len() as u64) as usize];
        let text = vary(template, &mut rng, index);
        let path = out.join(format!("{index:06}-{name}.yaml"));
        std::fs::write(&path, text).expect("write a case");
    }
    eprintln!(
        "wrote {count} cases from {} templates to {}",
        templates.len(),
        out.display()
    );
}
