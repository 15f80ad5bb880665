//! What `appeal new` marks in a template: the fields the ruling of the chosen type reads.
//!
//! The template is valid as written, so it is judged (under the built-in policy it names, else
//! mexc) and every line its findings rest on — the clause it goes to and the gates on the way —
//! gets a ◆ in its comment, and the header says which clause that is. Those are the facts to get
//! right first; the others change the ruling only on other paths (`appeal explain TYPE` lists
//! them).

use crate::hearing::evidence_files;
use crate::model::policy::PolicyRef;
use crate::reading::source::SourceFile;
use crate::vocab::calendar::Clock;

/// The marker put into the comment of each field read.
pub const MARK: &str = "◆";

/// `text` with the fields its ruling reads marked, and a line of the header saying so; the
/// text unchanged if it cannot be judged (a policy file that is not built in is not read).
pub fn mark(text: &str, policy: Option<&str>) -> String {
    let Some(lines) = read_lines(text, policy) else {
        return text.to_string();
    };
    let (clause, read) = lines;
    let mut out = String::with_capacity(text.len() + read.len() * 4 + 120);
    let mut legend_written = false;
    for (number, line) in text.split_inclusive('\n').enumerate() {
        let (body, ending) = match line.strip_suffix('\n') {
            Some(body) => (body, "\n"),
            None => (line, ""),
        };
        if !legend_written && body.starts_with("case:") {
            out.push_str(&format!(
                "# {MARK} marks the fields the ruling of this type reads (it goes to {clause}): \
                 get them right first.\n"
            ));
            legend_written = true;
        }
        if read.contains(&(number + 1)) {
            out.push_str(&marked(body));
        } else {
            out.push_str(body);
        }
        out.push_str(ending);
    }
    out
}

/// The line with the marker at the start of its comment (a comment added if it has none).
fn marked(line: &str) -> String {
    match line.find(" # ") {
        Some(at) if !line.trim_start().starts_with('#') => {
            format!("{}# {MARK} {}", &line[..at + 1], &line[at + 3..])
        }
        _ if line.trim_start().starts_with('#') => line.to_string(),
        _ => format!("{line}  # {MARK}"),
    }
}

/// The clause the template's ruling goes to and the lines its findings rest on.
fn read_lines(text: &str, policy: Option<&str>) -> Option<(String, Vec<usize>)> {
    let source = SourceFile::from_bytes("template", text.as_bytes()).ok()?;
    let loaded = evidence_files::load(source).ok()?;
    let reference = match policy {
        Some(id) if crate::hearing::project::is_policy_id(id) => PolicyRef::parse(id, None),
        Some(_) => return None,
        None => PolicyRef::parse("mexc", None),
    };
    let PolicyRef::Builtin(_) = reference else {
        return None;
    };
    let policy = reference.load().ok()?;
    let ruling =
        crate::hearing::judge_under(&loaded, &policy, loaded.case.as_of.value, Clock::Policy);
    let mut lines: Vec<usize> = ruling
        .rationale
        .iter()
        .flat_map(|reason| reason.lines.iter().flatten().copied())
        .collect();
    lines.sort_unstable();
    lines.dedup();
    Some((ruling.clause.to_string(), lines))
}
