//! What an agent reads: `appeal mcp` driven over stdio by a client (initialize, list tools,
//! judge, a bad case, a path outside the project), the JSON of the commands that gained
//! `--format json`, their line schemas, usage errors as JSON, and fixes as data.

use std::io::{BufRead, BufReader, Write};
use std::process::{Command as Process, Stdio};

use assert_cmd::Command;
use serde_json::{Value, json};

fn appeal() -> Command {
    let mut command = Command::cargo_bin("appeal").expect("the binary");
    command
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("NO_COLOR", "1");
    command
}

/// A client of `appeal mcp`: one JSON-RPC message a line each way.
struct Session {
    child: std::process::Child,
    input: std::process::ChildStdin,
    output: BufReader<std::process::ChildStdout>,
    next: u64,
}

impl Session {
    fn start() -> Session {
        let mut child = Process::new(assert_cmd::cargo::cargo_bin("appeal"))
            .arg("mcp")
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("appeal mcp starts");
        let input = child.stdin.take().unwrap();
        let output = BufReader::new(child.stdout.take().unwrap());
        Session {
            child,
            input,
            output,
            next: 1,
        }
    }

    fn send(&mut self, message: Value) {
        writeln!(self.input, "{message}").unwrap();
        self.input.flush().unwrap();
    }

    /// Sends a request and returns its response.
    fn request(&mut self, method: &str, params: Value) -> Value {
        let id = self.next;
        self.next += 1;
        self.send(json!({ "jsonrpc": "2.0", "id": id, "method": method, "params": params }));
        loop {
            let mut line = String::new();
            assert!(self.output.read_line(&mut line).unwrap() > 0, "no answer");
            let message: Value = serde_json::from_str(&line).expect("each line is JSON");
            if message["id"] == id {
                return message;
            }
        }
    }

    fn call(&mut self, tool: &str, arguments: Value) -> Value {
        let response = self.request(
            "tools/call",
            json!({ "name": tool, "arguments": arguments }),
        );
        response["result"].clone()
    }

    fn end(mut self) -> std::process::ExitStatus {
        drop(self.input);
        self.child.wait().unwrap()
    }
}

fn initialized() -> Session {
    let mut session = Session::start();
    let response = session.request(
        "initialize",
        json!({
            "protocolVersion": "2025-06-18",
            "capabilities": {},
            "clientInfo": { "name": "tests/agents.rs", "version": "0" }
        }),
    );
    assert_eq!(response["result"]["serverInfo"]["name"], "appeal");
    assert!(response["result"]["capabilities"]["tools"].is_object());
    assert!(response["result"]["capabilities"]["resources"].is_object());
    session.send(json!({ "jsonrpc": "2.0", "method": "notifications/initialized" }));
    session
}

const SAMPLE: &str = "cases/buyer.1b-spec-example.yaml";

#[test]
fn an_mcp_session_lists_the_tools_and_judges_as_the_command_line_does() {
    let mut session = initialized();
    let tools = session.request("tools/list", json!({}));
    let mut names: Vec<&str> = tools["result"]["tools"]
        .as_array()
        .unwrap()
        .iter()
        .map(|tool| tool["name"].as_str().unwrap())
        .collect();
    names.sort();
    assert_eq!(
        names,
        ["check", "explain", "judge", "new", "queue", "schema"]
    );
    // The input schema of judge names the command line's options, described as --help does.
    let judge = tools["result"]["tools"]
        .as_array()
        .unwrap()
        .iter()
        .find(|tool| tool["name"] == "judge")
        .unwrap();
    for key in ["case", "path", "as_of", "clock", "lang", "policy"] {
        assert!(
            judge["inputSchema"]["properties"][key]["description"].is_string(),
            "{key}"
        );
    }

    // The case as text: the same ruling as `appeal judge --format json`, as structured content.
    let text =
        std::fs::read_to_string(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(SAMPLE))
            .unwrap();
    let result = session.call("judge", json!({ "case": text }));
    assert_eq!(result["isError"], false);
    let cli = appeal()
        .args(["judge", "--format", "json", "-"])
        .write_stdin(text.clone())
        .output()
        .unwrap();
    let cli: Value = serde_json::from_slice(&cli.stdout).unwrap();
    assert_eq!(result["structuredContent"], cli);
    assert_eq!(result["structuredContent"]["decision"], "release_to_buyer");
    // The text content is the command line's own line.
    let line: Value = serde_json::from_str(result["content"][0]["text"].as_str().unwrap()).unwrap();
    assert_eq!(line, cli);

    // The same case by path, in the project.
    let by_path = session.call("judge", json!({ "path": SAMPLE }));
    assert_eq!(by_path["structuredContent"]["decision"], "release_to_buyer");
    assert_eq!(session.end().code(), Some(0));
}

#[test]
fn a_bad_case_is_a_tool_error_carrying_the_json_diagnostics() {
    let mut session = initialized();
    let text = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/bad-inputs/case/misspelt-nested-key.yaml"),
    )
    .unwrap();
    let result = session.call("judge", json!({ "case": text }));
    assert_eq!(result["isError"], true);
    let diagnostics = result["structuredContent"]["diagnostics"]
        .as_array()
        .unwrap();
    assert_eq!(diagnostics[0]["code"], "appeal::unknown_key");
    assert_eq!(diagnostics[0]["suggestion"]["replacement"], "payer_name");
    let checked = session.call("check", json!({ "case": text }));
    assert_eq!(checked["isError"], true);

    // Paths stay in the project; a language that is not served is refused with the list.
    let outside = session.call("check", json!({ "path": "/etc/hostname" }));
    assert_eq!(outside["isError"], true);
    let code = &outside["structuredContent"]["diagnostics"][0]["code"];
    assert!(
        code == "appeal::mcp::outside_project" || code == "appeal::mcp::unreadable_path",
        "{code}"
    );
    let lang = session.call("judge", json!({ "path": SAMPLE, "lang": "tlh" }));
    assert_eq!(
        lang["structuredContent"]["diagnostics"][0]["code"],
        "appeal::mcp::lang"
    );
    // A tag is resolved as `--lang` resolves it, for every built-in language.
    for tag in appeal::report::words::languages() {
        let judged = session.call("judge", json!({ "path": SAMPLE, "lang": tag }));
        assert_eq!(judged["isError"], false, "{tag}: {judged}");
        let prevails = &judged["structuredContent"]["english_prevails"];
        assert_eq!(prevails.is_null(), tag == "en", "{tag}: {prevails}");
    }
    let both = session.call("judge", json!({ "path": SAMPLE, "case": "x" }));
    assert_eq!(
        both["structuredContent"]["diagnostics"][0]["code"],
        "appeal::mcp::case_or_path"
    );
    session.end();
}

#[test]
fn the_other_tools_and_the_clause_resources_answer_in_json() {
    let mut session = initialized();
    let explained = session.call("explain", json!({ "clause": "buyer.1a" }));
    assert_eq!(explained["structuredContent"]["kind"], "clause");
    let new = session.call("new", json!({ "type": "fraud", "by": "seller" }));
    assert_eq!(new["structuredContent"]["by"], "seller");
    assert!(new["structuredContent"]["file"].is_null());
    let schema = session.call("schema", json!({ "kind": "ruling" }));
    assert!(schema["structuredContent"]["properties"]["decision"].is_object());
    let queue = session.call("queue", json!({ "cases": ["cases"] }));
    assert!(
        queue["structuredContent"]["summary"]["judged"]
            .as_u64()
            .unwrap()
            > 100
    );
    let resources = session.request("resources/list", json!({}));
    let uris: Vec<&str> = resources["result"]["resources"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["uri"].as_str().unwrap())
        .collect();
    assert!(uris.contains(&"appeal://clause/seller.2a"));
    assert!(uris.contains(&"appeal://appeal-type/fraud"));
    let read = session.request(
        "resources/read",
        json!({ "uri": "appeal://clause/seller.2a" }),
    );
    let text = read["result"]["contents"][0]["text"].as_str().unwrap();
    let clause: Value = serde_json::from_str(text).unwrap();
    assert_eq!(clause["clause"], "seller.2a");
    session.end();
}

/// Every line of `lines` fits one branch of `schema`'s `anyOf`: its required keys present, no key
/// the branch does not name.
fn fits(schema: &Value, lines: &str) {
    let resolve = |node: &Value| -> Value {
        match node.get("$ref").and_then(Value::as_str) {
            Some(reference) => {
                let name = reference.trim_start_matches("#/$defs/");
                schema["$defs"][name].clone()
            }
            None => node.clone(),
        }
    };
    let branches: Vec<Value> = schema["anyOf"]
        .as_array()
        .expect("a line schema is an anyOf")
        .iter()
        .map(resolve)
        .collect();
    let mut count = 0;
    for line in lines.lines() {
        count += 1;
        let value: Value = serde_json::from_str(line).expect("each line is JSON");
        let object = value.as_object().unwrap();
        let fitting = branches.iter().any(|branch| {
            let properties = branch["properties"].as_object().unwrap();
            let required = branch["required"].as_array().cloned().unwrap_or_default();
            required
                .iter()
                .all(|key| object.contains_key(key.as_str().unwrap()))
                && object.keys().all(|key| properties.contains_key(key))
        });
        assert!(fitting, "{line} fits no branch of the schema");
    }
    assert!(count > 1);
}

fn schema(kind: &str) -> Value {
    serde_json::from_slice(&appeal().args(["schema", kind]).output().unwrap().stdout).unwrap()
}

#[test]
fn the_json_lines_of_check_test_queue_and_policy_check_fit_their_schemas() {
    for (kind, args) in [
        ("check", vec!["check", "--format", "json", "cases/"]),
        ("test", vec!["test", "--format", "json", "cases/"]),
        ("queue", vec!["queue", "--format", "json", "cases/"]),
        ("policy-check", vec!["policy", "check", "--format", "json"]),
    ] {
        let output = appeal().args(&args).output().unwrap();
        let stdout = String::from_utf8(output.stdout).unwrap();
        fits(&schema(kind), &stdout);
        let last: Value = serde_json::from_str(stdout.lines().last().unwrap()).unwrap();
        assert!(last["summary"].is_object(), "{kind} ends with a summary");
    }
}

#[test]
fn explain_new_and_policy_show_print_one_json_object() {
    let explained = appeal()
        .args(["explain", "seller_not_releasing", "--format", "json"])
        .output()
        .unwrap();
    let explained: Value = serde_json::from_slice(&explained.stdout).unwrap();
    assert_eq!(explained["kind"], "appeal_type");
    assert_eq!(explained["filed_by"], "buyer");
    let shown = appeal()
        .args(["policy", "show", "bitget", "--format", "json"])
        .output()
        .unwrap();
    let shown: Value = serde_json::from_slice(&shown.stdout).unwrap();
    assert_eq!(shown["id"], "bitget");
    assert!(shown["settings"].as_array().unwrap().len() > 3);
    let new = appeal()
        .args(["new", "--type", "overpaid", "--format", "json"])
        .output()
        .unwrap();
    let new: Value = serde_json::from_slice(&new.stdout).unwrap();
    // The case as data is the case as text: both pass `appeal check`.
    for text in [
        new["text"].as_str().unwrap().to_string(),
        new["case"].to_string(),
    ] {
        appeal()
            .args(["check", "-"])
            .write_stdin(text)
            .assert()
            .success();
    }
    let unknown = appeal()
        .args(["explain", "buyer.9z", "--format", "json"])
        .output()
        .unwrap();
    assert_eq!(unknown.status.code(), Some(2));
    let diagnostic: Value = serde_json::from_slice(&unknown.stderr).unwrap();
    assert_eq!(diagnostic["code"], "appeal::explain::unknown");
}

#[test]
fn a_usage_error_under_format_json_is_a_json_diagnostic() {
    let output = appeal()
        .args(["judge", "--format", "json", "--as-off", "x", SAMPLE])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    let diagnostic: Value = serde_json::from_slice(&output.stderr).expect("one JSON line");
    assert_eq!(diagnostic["code"], "appeal::usage::unknown_argument");
    assert_eq!(diagnostic["severity"], "error");
    assert_eq!(diagnostic["suggestion"]["replacement"], "--as-of");
    assert_eq!(diagnostic["suggestion"]["replaces"], "--as-off");
    // The same shape as every other diagnostic: every key of the schema.
    let keys = schema("diagnostic")["properties"]
        .as_object()
        .unwrap()
        .clone();
    for key in keys.keys() {
        assert!(diagnostic.get(key).is_some(), "{key}");
    }
    // Without --format json, clap's own text.
    let human = appeal().args(["judge", "--as-off", "x"]).output().unwrap();
    assert!(String::from_utf8_lossy(&human.stderr).starts_with("error: unexpected argument"));
}

/// Applies a diagnostic's fix to `text`.
fn apply(text: &str, diagnostic: &Value) -> String {
    let mut fixed = text.to_string();
    if let Some(suggestion) = diagnostic["suggestion"].as_object() {
        let offset = suggestion["span"]["offset"].as_u64().unwrap() as usize;
        let length = suggestion["span"]["length"].as_u64().unwrap() as usize;
        assert_eq!(&text[offset..offset + length], suggestion["replaces"]);
        fixed.replace_range(
            offset..offset + length,
            suggestion["replacement"].as_str().unwrap(),
        );
    } else if let Some(missing) = diagnostic["missing_key"].as_object() {
        let offset = missing["at"]["offset"].as_u64().unwrap() as usize;
        fixed.insert_str(offset, missing["insert"].as_str().unwrap());
    }
    fixed
}

#[test]
fn a_fix_given_as_data_makes_the_problem_go_away_when_applied() {
    for file in [
        "tests/bad-inputs/case/misspelt-nested-key.yaml",
        "tests/bad-inputs/case/missing-required-key.yaml",
        "tests/bad-inputs/case/chat-item-missing-key.yaml",
        "tests/bad-inputs/case/unknown-party.yaml",
    ] {
        let output = appeal()
            .args(["check", "--format", "json", file])
            .output()
            .unwrap();
        let stderr = String::from_utf8(output.stderr).unwrap();
        let diagnostics: Vec<Value> = stderr
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
        let fixable = diagnostics
            .iter()
            .find(|d| !d["suggestion"].is_null() || !d["missing_key"].is_null())
            .unwrap_or_else(|| panic!("{file} proposes a fix"));
        let text =
            std::fs::read_to_string(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(file))
                .unwrap();
        let fixed = apply(&text, fixable);
        let again = appeal()
            .args(["check", "--format", "json", "-"])
            .write_stdin(fixed)
            .output()
            .unwrap();
        let after = String::from_utf8(again.stderr).unwrap();
        assert!(
            !after.contains(fixable["message"].as_str().unwrap()),
            "{file}: still {after}"
        );
        assert!(after.lines().count() < diagnostics.len() || again.status.success());
    }
}
