//! What several test files share: the sample cases of `cases/`, and copies of the project's
//! folders to run the binary in.

use std::path::{Path, PathBuf};

/// Every sample case under `cases/` (`.yaml` or `.yml`, in any folder), sorted.
#[allow(dead_code)] // not every test file that shares this module walks the sample cases
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

/// Copies the folder `from`, with everything under it, to `to` (a project's `policy/` and
/// `cases/` in a temporary folder, say).
#[allow(dead_code)] // nor does every one copy a folder
pub fn copy_tree(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_tree(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).unwrap();
        }
    }
}
