//! The project's own reference of the case format (`docs/case-format.md`) against the format
//! the binary accepts: every field of `appeal schema case` and every allowed value is named in
//! it, so the two cannot drift apart. User-facing text never points at a document the user
//! does not have.

use std::collections::BTreeSet;

use assert_cmd::Command;
use serde_json::Value;

fn reference() -> String {
    std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/case-format.md"))
        .expect("docs/case-format.md exists")
}

fn case_schema() -> Value {
    let out = Command::cargo_bin("appeal")
        .unwrap()
        .args(["schema", "case"])
        .output()
        .unwrap();
    assert!(out.status.success());
    serde_json::from_slice(&out.stdout).expect("the case schema is JSON")
}

/// Follows `$ref`s into `$defs`.
fn resolve<'a>(root: &'a Value, node: &'a Value) -> &'a Value {
    match node.get("$ref").and_then(Value::as_str) {
        Some(reference) => {
            let name = reference.rsplit('/').next().unwrap_or_default();
            &root["$defs"][name]
        }
        None => node,
    }
}

/// Every field path (`order.payment_method.kind`, `payments[].amount`) and every allowed word
/// (`enum` and `const` values) below `node`.
fn walk(
    root: &Value,
    node: &Value,
    prefix: &str,
    depth: usize,
    fields: &mut BTreeSet<String>,
    words: &mut BTreeSet<String>,
) {
    assert!(depth < 40, "the case schema nests too deep at {prefix}");
    let node = resolve(root, node);
    for key in ["enum"] {
        for value in node
            .get(key)
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            if let Some(word) = value.as_str() {
                words.insert(word.to_string());
            }
        }
    }
    if let Some(word) = node.get("const").and_then(Value::as_str) {
        words.insert(word.to_string());
    }
    if let Some(properties) = node.get("properties").and_then(Value::as_object) {
        for (key, value) in properties {
            let path = format!("{prefix}{key}");
            fields.insert(path.clone());
            walk(root, value, &format!("{path}."), depth + 1, fields, words);
        }
    }
    if let Some(items) = node.get("items") {
        let prefix = prefix.strip_suffix('.').unwrap_or(prefix);
        walk(
            root,
            items,
            &format!("{prefix}[]."),
            depth + 1,
            fields,
            words,
        );
    }
    for key in ["anyOf", "oneOf", "allOf"] {
        for variant in node
            .get(key)
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            walk(root, variant, prefix, depth + 1, fields, words);
        }
    }
}

#[test]
fn the_reference_names_every_field_and_value_of_the_case_schema() {
    let schema = case_schema();
    let (mut fields, mut words) = (BTreeSet::new(), BTreeSet::new());
    walk(&schema, &schema, "", 0, &mut fields, &mut words);
    assert!(
        fields.len() > 60,
        "the walk found too few fields: {fields:?}"
    );
    assert!(fields.contains("timeline[].stance"), "{fields:?}");
    assert!(
        fields.contains("order.payment_method.instant"),
        "{fields:?}"
    );
    let text = reference();
    let missing_fields: Vec<&String> = fields
        .iter()
        .filter(|f| !text.contains(&format!("`{f}`")))
        .collect();
    let missing_words: Vec<&String> = words
        .iter()
        .filter(|w| !text.contains(&format!("`{w}`")))
        .collect();
    assert!(
        missing_fields.is_empty() && missing_words.is_empty(),
        "docs/case-format.md does not name these fields of `appeal schema case`: {missing_fields:?}\n\
         nor these allowed values: {missing_words:?}\n\
         describe each (in backquotes, fields by their full path such as `payments[].amount`)"
    );
}

#[test]
fn every_appeal_type_has_a_row_in_the_routing_table() {
    let schema = case_schema();
    let types = schema["$defs"]["AppealType"]["enum"]
        .as_array()
        .or_else(|| schema["$defs"]["AppealType"]["oneOf"].as_array())
        .expect("appeal types are listed in the schema");
    let text = reference();
    let table = text
        .split("## Which clause decides")
        .nth(1)
        .expect("the reference has a section on routing");
    for value in types {
        let name = value
            .as_str()
            .or_else(|| value["const"].as_str())
            .expect("a type name");
        assert!(
            table.contains(&format!("| `{name}` |")),
            "no routing row for `{name}` in docs/case-format.md"
        );
    }
}

/// No user-facing text refers to the team's internal specification, which users do not have.
#[test]
fn user_facing_text_refers_to_no_document_the_user_does_not_have() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = vec![root.join("README.md"), root.join("cases/README.md")];
    for folder in ["cases", "schema", "docs", "policy"] {
        let mut stack = vec![root.join(folder)];
        while let Some(dir) = stack.pop() {
            for entry in std::fs::read_dir(&dir).unwrap().flatten() {
                let path = entry.path();
                if path.is_dir() {
                    stack.push(path);
                } else if matches!(
                    path.extension().and_then(|e| e.to_str()),
                    Some("yaml" | "yml" | "json" | "md" | "toml")
                ) {
                    files.push(path);
                }
            }
        }
    }
    let mut offenders = Vec::new();
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap_or_default();
        for (number, line) in text.lines().enumerate() {
            if line.contains("SPEC") {
                offenders.push(format!("{}:{}: {line}", file.display(), number + 1));
            }
        }
    }
    assert!(offenders.is_empty(), "{}", offenders.join("\n"));
}

#[test]
fn the_readme_links_the_reference() {
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    assert!(readme.contains("(docs/case-format.md)"));
}

/// `docs/ruling-codes.md` as `appeal schema ruling` lists the codes: each with its meaning and
/// the values it carries.
fn ruling_codes_reference() -> String {
    let out = Command::cargo_bin("appeal")
        .unwrap()
        .args(["schema", "ruling"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let schema: Value = serde_json::from_slice(&out.stdout).expect("the ruling schema is JSON");
    let codes = schema["$defs"]["MessageCode"]["oneOf"]
        .as_array()
        .expect("the ruling schema lists the message codes");
    let mut text = String::from(
        "# The codes of a ruling\n\n\
         Every reason (`rationale[]`), follow-up (`follow_ups[]`), notice (`notices[]`) and step of\n\
         the trace of a JSON ruling carries a `code` and the `values` it states, beside its text in\n\
         the reader's language. A program acts on the code and the values, never on the text: the\n\
         codes are the same in every language and stay stable from release to release (a code is\n\
         added, never renamed; one that goes away is listed here as withdrawn). `appeal schema\n\
         ruling` lists the same codes under `$defs.MessageCode`.\n\n\
         Values are typed: times are RFC 3339 strings on the ruling's clock, amounts are objects\n\
         `{amount, currency}` (or `{amount, asset}`) with the amount a decimal string, durations\n\
         are written as the policy writes them (`24h`, `2wd`), parties and other words are their\n\
         ids, lists are arrays, and a message inside a message is `{code, values}`.\n\n\
         | code | meaning | values |\n|---|---|---|\n",
    );
    for code in codes {
        let values: Vec<String> = code["x-values"]
            .as_array()
            .map(|values| {
                values
                    .iter()
                    .filter_map(Value::as_str)
                    .map(|v| format!("`{v}`"))
                    .collect()
            })
            .unwrap_or_default();
        text.push_str(&format!(
            "| `{}` | {} | {} |\n",
            code["const"].as_str().unwrap_or_default(),
            code["description"].as_str().unwrap_or_default(),
            values.join(", ")
        ));
    }
    text
}

#[test]
fn the_reference_of_ruling_codes_is_current() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/docs/ruling-codes.md");
    let expected = ruling_codes_reference();
    if std::env::var_os("UPDATE_DOCS").is_some() {
        std::fs::write(path, &expected).unwrap();
    }
    let committed = std::fs::read_to_string(path).unwrap_or_default();
    assert!(
        committed == expected,
        "docs/ruling-codes.md is not what `appeal schema ruling` lists: \
         run `UPDATE_DOCS=1 cargo test --test docs` and commit the file"
    );
}
