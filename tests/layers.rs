//! The crate's layers, checked: no `use crate::…` runs back up.
//!
//! Every file of `src/` is a module; a reference to `crate::a::b::…` in it (a `use`, or a path
//! written inline) is an edge to the deepest file module it names. Two rules hold:
//! - each top-level module sits in one layer of [`LAYERS`], and an edge never goes to a higher
//!   layer than its own;
//! - the edges between files have no cycle (a folder's `mod.rs` and its own children aside: a
//!   module may re-export its children and they may use what it declares).
//!
//! A file's unit tests (its `#[cfg(test)]` module) are not part of the layers.
//!
//! This is the tool that checks the README's "How it is built": when a file moves or a new
//! top-level module appears, this table says where it belongs.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::Path;

/// Top-level modules of the library, bottom layer first. A module may use its own layer and
/// the ones below.
const LAYERS: &[(&str, &[&str])] = &[
    ("vocabulary", &["vocab", "text"]),
    ("reading", &["reading"]),
    ("models", &["model"]),
    ("engine", &["engine"]),
    ("hearing", &["hearing"]),
    ("reports", &["report"]),
    ("command line", &["cli"]),
];

/// Module path of a source file: `src/engine/gates.rs` → `engine::gates`, `src/engine/mod.rs`
/// → `engine`, `src/lib.rs` → `` (the crate root).
fn module_of(relative: &Path) -> String {
    let mut parts: Vec<String> = relative
        .iter()
        .map(|p| p.to_string_lossy().into_owned())
        .collect();
    let file = parts.pop().unwrap_or_default();
    let stem = file.trim_end_matches(".rs");
    if stem != "mod" && stem != "lib" && stem != "main" {
        parts.push(stem.to_string());
    }
    parts.join("::")
}

fn sources(dir: &Path, root: &Path, out: &mut BTreeMap<String, String>) {
    let mut entries: Vec<_> = fs::read_dir(dir)
        .expect("src/ is readable")
        .map(|e| e.expect("entry").path())
        .collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            sources(&path, root, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            let relative = path.strip_prefix(root).expect("under src/");
            if relative == Path::new("main.rs") {
                continue; // the binary: a client of the library, not part of it
            }
            let text = fs::read_to_string(&path).expect("source is UTF-8");
            // A file's unit tests (its `#[cfg(test)]` module, at its end) may build what they
            // test from any layer: only the library itself is layered.
            let library = text.split("#[cfg(test)]").next().unwrap_or_default();
            out.insert(module_of(relative), strip_comments(library));
        }
    }
}

/// Source text without comments and string literals, so that a path in a doc comment or a
/// message is not an edge.
fn strip_comments(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i..].starts_with(b"//") {
            while i < bytes.len() && bytes[i] != b'\n' {
                i += 1;
            }
        } else if bytes[i..].starts_with(b"/*") {
            let mut depth = 0;
            while i < bytes.len() {
                if bytes[i..].starts_with(b"/*") {
                    depth += 1;
                    i += 2;
                } else if bytes[i..].starts_with(b"*/") {
                    depth -= 1;
                    i += 2;
                    if depth == 0 {
                        break;
                    }
                } else {
                    i += 1;
                }
            }
        } else if bytes[i] == b'"' && !(i > 0 && bytes[i - 1] == b'\'') {
            // A string literal (raw strings with # are rare here and hold no `crate::`).
            i += 1;
            while i < bytes.len() && bytes[i] != b'"' {
                if bytes[i] == b'\\' {
                    i += 1;
                }
                i += 1;
            }
            i += 1;
        } else {
            out.push(bytes[i] as char);
            i += 1;
        }
    }
    out
}

/// Every `crate::…` path a file names, with `use crate::{a::b, c}` groups expanded.
fn crate_paths(text: &str) -> Vec<Vec<String>> {
    paths_after(text, "crate::", |_| Some(Vec::new()))
}

/// Every `super::…` path the file of `module` names, as a path from the crate root
/// (`super` of `engine::gates` and of `engine`'s own `mod.rs` alike is the module above).
fn super_paths(text: &str, module: &str) -> Vec<Vec<String>> {
    paths_after(text, "super::", |rest| {
        let mut base: Vec<String> = module
            .split("::")
            .filter(|p| !p.is_empty())
            .map(str::to_string)
            .collect();
        base.pop()?;
        let mut rest = rest;
        while let Some(next) = rest.strip_prefix("super::") {
            base.pop()?;
            rest = next;
        }
        Some(base)
    })
}

/// The paths that follow each `marker` standing as a word of its own (not `$crate::`, not the
/// second `super::` of a chain), each prefixed as `base` says from the text after the marker.
fn paths_after(
    text: &str,
    marker: &str,
    base: impl Fn(&str) -> Option<Vec<String>>,
) -> Vec<Vec<String>> {
    let mut paths = Vec::new();
    let mut from = 0;
    while let Some(found) = text[from..].find(marker) {
        let at = from + found;
        from = at + marker.len();
        let before = text[..at].chars().last();
        if before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '$' || c == ':') {
            continue; // `$crate::`, part of another word, or inside a chain already read
        }
        let rest = &text[from..];
        if let Some(prefix) = base(rest) {
            let mut after = rest;
            while let Some(next) = after.strip_prefix(marker) {
                after = next;
            }
            expand(after, prefix, &mut paths);
        }
    }
    paths
}

/// Reads one path (or a `{…}` group of them) at the start of `text`, prefixed by `prefix`.
fn expand(text: &str, prefix: Vec<String>, out: &mut Vec<Vec<String>>) {
    let mut path = prefix;
    let mut rest = text.trim_start();
    loop {
        if let Some(group) = rest.strip_prefix('{') {
            for item in split_group(group) {
                expand(item, path.clone(), out);
            }
            return;
        }
        let end = rest
            .find(|c: char| !(c.is_alphanumeric() || c == '_'))
            .unwrap_or(rest.len());
        if end == 0 {
            break;
        }
        path.push(rest[..end].to_string());
        rest = &rest[end..];
        match rest.strip_prefix("::") {
            Some(next) => rest = next.trim_start(),
            None => break,
        }
    }
    if !path.is_empty() {
        out.push(path);
    }
}

/// The items of a `{…}` group, split at top-level commas, up to its closing brace.
fn split_group(group: &str) -> Vec<&str> {
    let mut items = Vec::new();
    let mut depth = 0;
    let mut start = 0;
    for (i, c) in group.char_indices() {
        match c {
            '{' => depth += 1,
            '}' if depth == 0 => {
                items.push(&group[start..i]);
                return items;
            }
            '}' => depth -= 1,
            ',' if depth == 0 => {
                items.push(&group[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    items
}

/// The deepest file module that a path names.
fn target(modules: &BTreeSet<String>, path: &[String]) -> Option<String> {
    (1..=path.len())
        .rev()
        .map(|n| path[..n].join("::"))
        .find(|m| modules.contains(m))
}

fn is_parent(parent: &str, child: &str) -> bool {
    child
        .strip_prefix(parent)
        .is_some_and(|rest| rest.starts_with("::") && !rest[2..].contains("::"))
}

fn layer_of(module: &str) -> Option<usize> {
    let top = module.split("::").next().unwrap_or("");
    LAYERS
        .iter()
        .position(|(_, modules)| modules.contains(&top))
}

fn edges() -> BTreeMap<String, BTreeSet<String>> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = BTreeMap::new();
    sources(&root, &root, &mut files);
    let modules: BTreeSet<String> = files.keys().cloned().collect();
    files
        .iter()
        .map(|(module, text)| {
            let targets = crate_paths(text)
                .iter()
                .chain(super_paths(text, module).iter())
                .filter_map(|p| target(&modules, p))
                .filter(|t| t != module && !t.is_empty())
                .collect();
            (module.clone(), targets)
        })
        .collect()
}

#[test]
fn every_top_level_module_has_a_layer() {
    let unplaced: Vec<String> = edges()
        .keys()
        .filter(|m| !m.is_empty() && layer_of(m).is_none())
        .cloned()
        .collect();
    assert!(
        unplaced.is_empty(),
        "modules outside every layer of tests/layers.rs (add them to LAYERS): {unplaced:?}"
    );
}

#[test]
fn no_import_runs_up_a_layer() {
    let mut upward = Vec::new();
    for (from, targets) in edges() {
        let Some(own) = layer_of(&from) else { continue };
        for to in targets {
            if let Some(theirs) = layer_of(&to)
                && theirs > own
            {
                upward.push(format!(
                    "{from} ({}) uses {to} ({})",
                    LAYERS[own].0, LAYERS[theirs].0
                ));
            }
        }
    }
    assert!(
        upward.is_empty(),
        "imports that run back up:\n{}",
        upward.join("\n")
    );
}

#[test]
fn no_two_files_import_each_other() {
    let graph = edges();
    // Depth-first search for a cycle, skipping the edges between a mod.rs and its children.
    fn visit(
        node: &str,
        graph: &BTreeMap<String, BTreeSet<String>>,
        state: &mut BTreeMap<String, u8>,
        stack: &mut Vec<String>,
    ) -> Option<Vec<String>> {
        state.insert(node.to_string(), 1);
        stack.push(node.to_string());
        for next in graph.get(node).into_iter().flatten() {
            if is_parent(node, next) || is_parent(next, node) {
                continue;
            }
            match state.get(next.as_str()) {
                Some(1) => {
                    let at = stack.iter().position(|m| m == next).unwrap_or(0);
                    let mut cycle = stack[at..].to_vec();
                    cycle.push(next.clone());
                    return Some(cycle);
                }
                Some(_) => {}
                None => {
                    if let Some(cycle) = visit(next, graph, state, stack) {
                        return Some(cycle);
                    }
                }
            }
        }
        stack.pop();
        state.insert(node.to_string(), 2);
        None
    }
    let mut state = BTreeMap::new();
    for node in graph.keys() {
        if !state.contains_key(node.as_str()) {
            let mut stack = Vec::new();
            if let Some(cycle) = visit(node, &graph, &mut state, &mut stack) {
                panic!("import loop: {}", cycle.join(" → "));
            }
        }
    }
}

#[test]
fn the_checker_sees_grouped_and_inline_paths() {
    let text = strip_comments(
        "use crate::a::{b::C, d};\n// crate::commented::Out\nfn f() { crate::e::f(); \"crate::quoted\"; }",
    );
    let paths = crate_paths(&text);
    let joined: Vec<String> = paths.iter().map(|p| p.join("::")).collect();
    assert_eq!(joined, ["a::b::C", "a::d", "e::f"]);
    let from_gates: Vec<String> = super_paths(
        "use super::facts::Facts; super::super::model::X",
        "engine::gates",
    )
    .iter()
    .map(|p| p.join("::"))
    .collect();
    assert_eq!(from_gates, ["engine::facts::Facts", "model::X"]);
    assert_eq!(module_of(Path::new("engine/mod.rs")), "engine");
    assert_eq!(module_of(Path::new("engine/gates.rs")), "engine::gates");
    assert!(is_parent("engine", "engine::gates"));
    assert!(!is_parent("engine", "engine::a::b"));
}
