//! What several test files share: the sample cases of `cases/`.

use std::path::{Path, PathBuf};

/// Every sample case under `cases/` (`.yaml` or `.yml`, in any folder), sorted.
pub fn sample_cases() -> Vec<PathBuf> {
    let mut found = Vec::new();
    let mut stack = vec![Path::new(env!("CARGO_MANIFEST_DIR")).join("cases")];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).expect("cases/ is readable") {
            let path = entry.expect("entry").path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "yaml" || e == "yml") {
                found.push(path);
            }
        }
    }
    found.sort();
    found
}
