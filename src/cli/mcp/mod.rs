//! `appeal mcp`: the commands served to agents over MCP (the Model Context Protocol), JSON-RPC on
//! stdin and stdout, with the official Rust SDK (rmcp).
//!
//! The tools are the commands an agent needs: `judge`, `check`, `explain`, `new`, `schema` and
//! `queue`. Each answers with the JSON its command prints under `--format json`, as structured
//! content; a case, a policy or an argument that cannot be used is a tool error whose structured
//! content is `{"diagnostics": [...]}`, the JSON diagnostics of the command line. Every clause is
//! a resource (`appeal://clause/ID`), as is every appeal type (`appeal://appeal-type/TYPE`).
//!
//! Paths are confined to the project the server runs in ([`confine`]) and the server writes no
//! file: `new` has no `-o`, `schema` no `--output`, and `test` (whose `--bless` rewrites cases)
//! is not served. The runtime (one thread) is started here, for `appeal mcp` alone.

mod capture;
mod confine;
mod params;

use std::io::Write;

use rmcp::handler::server::router::tool::ToolRouter;
use rmcp::handler::server::wrapper::Parameters;
use rmcp::model::{
    CallToolResult, ContentBlock, Implementation, ListResourcesResult, PaginatedRequestParams,
    ReadResourceRequestParams, ReadResourceResponse, ReadResourceResult, Resource,
    ResourceContents, ServerCapabilities, ServerConfig,
};
use rmcp::service::RequestContext;
use rmcp::{ErrorData, RoleServer, ServerHandler, ServiceExt, tool, tool_handler, tool_router};
use serde_json::{Value, json};

use self::confine::Confinement;
use self::params::{CaseOrPath, CaseParams, SchemaParams};
use super::args::{ExplainArgs, Format, NewArgs, QueueArgs};
use super::{Output, exit};
use crate::hearing::{self, PolicyShelf};
use crate::model::case::AppealType;
use crate::model::clause::ClauseId;
use crate::reading::diagnostic_json::{DiagnosticJson, render_file};
use crate::reading::diagnostics::FileProblems;
use crate::reading::source::SourceFile;
use crate::report::render::explain_json::Explained;
use crate::text::terminal::Look;
use crate::vocab::words::Choice;

/// Serves MCP on stdin and stdout until the client closes stdin; the exit code.
pub fn serve(out: &mut Output) -> u8 {
    let desk = match Confinement::here() {
        Ok(confinement) => Desk::new(confinement),
        Err(error) => {
            let _ = writeln!(out.stderr, "error: cannot find the project here: {error}");
            return exit::INVALID;
        }
    };
    let runtime = match tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
    {
        Ok(runtime) => runtime,
        Err(error) => {
            let _ = writeln!(out.stderr, "error: cannot start the MCP server: {error}");
            return exit::INVALID;
        }
    };
    let session = runtime.block_on(async {
        let running = desk
            .serve(rmcp::transport::stdio())
            .await
            .map_err(|e| e.to_string())?;
        running.waiting().await.map_err(|e| e.to_string())
    });
    match session {
        Ok(_) => exit::OK,
        Err(error) => {
            let _ = writeln!(out.stderr, "error: the MCP session ended: {error}");
            exit::INVALID
        }
    }
}

/// JSON diagnostics: why a tool could not do what it was asked.
struct Diagnostics(Vec<Value>);

impl From<FileProblems> for Diagnostics {
    fn from(file: FileProblems) -> Diagnostics {
        Diagnostics(capture::json_lines(&render_file(&file)))
    }
}

impl From<Vec<FileProblems>> for Diagnostics {
    fn from(files: Vec<FileProblems>) -> Diagnostics {
        Diagnostics(
            files
                .iter()
                .flat_map(|file| capture::json_lines(&render_file(file)))
                .collect(),
        )
    }
}

impl Diagnostics {
    fn of(error: &dyn miette::Diagnostic) -> Diagnostics {
        let json = DiagnosticJson::of(error, None, None);
        Diagnostics(serde_json::to_value(json).into_iter().collect())
    }
}

/// A tool's answer: its JSON as structured content, or a tool error carrying the diagnostics.
fn answer(result: Result<Value, Diagnostics>) -> Result<CallToolResult, ErrorData> {
    Ok(match result {
        Ok(value) => CallToolResult::structured(value),
        Err(Diagnostics(diagnostics)) => {
            CallToolResult::structured_error(json!({ "diagnostics": diagnostics }))
        }
    })
}

/// The server: the project it serves and its tools.
#[derive(Clone)]
pub struct Desk {
    confinement: Confinement,
    tool_router: ToolRouter<Desk>,
}

#[tool_router]
impl Desk {
    fn new(confinement: Confinement) -> Desk {
        Desk {
            confinement,
            tool_router: Self::tool_router(),
        }
    }

    #[tool(
        description = "Judge one P2P appeal case: the ruling as `appeal judge --format json` prints it (`appeal schema ruling`). Give the case's YAML or JSON text as `case`, or a file as `path`."
    )]
    fn judge(
        &self,
        Parameters(params): Parameters<CaseParams>,
    ) -> Result<CallToolResult, ErrorData> {
        // The text is the command line's own line, byte for byte; the structured content is
        // the same object.
        Ok(match self.ruling(&params) {
            Ok((line, value)) => {
                let mut result = CallToolResult::structured(value);
                result.content = vec![ContentBlock::text(line.trim_end().to_string())];
                result
            }
            Err(diagnostics) => return answer(Err(diagnostics)),
        })
    }

    #[tool(
        description = "Validate one case file (and the policy it names) without judging it: {file, valid, warnings}, or a tool error with every problem of the file as JSON diagnostics (`appeal schema diagnostic`), each with its fix as data where it proposes one."
    )]
    fn check(
        &self,
        Parameters(params): Parameters<CaseParams>,
    ) -> Result<CallToolResult, ErrorData> {
        answer(self.checked(&params))
    }

    #[tool(
        description = "Explain a clause (its rule in the project's words, citation, parameters in force, decisions, sample cases) or an appeal type (who files it, where it goes, what moves it), as `appeal explain --format json` (`appeal schema explain`)."
    )]
    fn explain(
        &self,
        Parameters(args): Parameters<ExplainArgs>,
    ) -> Result<CallToolResult, ErrorData> {
        answer(self.explained(&args))
    }

    #[tool(
        name = "new",
        description = "A new case file for an appeal type, valid as it is, as `appeal new --format json`: the YAML text (each field commented) and the same case as JSON. Nothing is written to disk."
    )]
    fn new_case(&self, Parameters(args): Parameters<NewArgs>) -> Result<CallToolResult, ErrorData> {
        answer(self.template(&args))
    }

    #[tool(
        description = "The JSON Schema (draft 2020-12) of a case file, a policy file, a ruling, a diagnostic, or the JSON of a command (check, test, queue, policy-check, policy-show, explain, new, diff)."
    )]
    fn schema(
        &self,
        Parameters(params): Parameters<SchemaParams>,
    ) -> Result<CallToolResult, ErrorData> {
        let text = crate::report::schema::render(params.kind);
        answer(serde_json::from_str(&text).map_err(|e| Diagnostics(vec![json!(e.to_string())])))
    }

    #[tool(
        description = "The worklist of folders of cases: every pending ruling by next deadline, overdue first, as `appeal queue --format json` (`appeal schema queue`): {rows, summary, diagnostics}."
    )]
    fn queue(&self, Parameters(args): Parameters<QueueArgs>) -> Result<CallToolResult, ErrorData> {
        answer(self.worklist(&args))
    }
}

impl Desk {
    /// The case's text, from `case` or from the file `path` inside the project.
    fn source(&self, params: &CaseParams) -> Result<SourceFile, Diagnostics> {
        match (&params.case, &params.path) {
            (Some(text), None) => SourceFile::from_bytes("<case>", text.as_bytes())
                .map_err(|p| FileProblems::single("<case>", p).into()),
            (None, Some(path)) => {
                let path = self
                    .confinement
                    .path(path)
                    .map_err(|e| Diagnostics::of(&e))?;
                let name = crate::text::shown::escape(&path.display().to_string()).into_owned();
                SourceFile::read(&path).map_err(|p| FileProblems::single(name, p).into())
            }
            (Some(_), Some(_)) => Err(Diagnostics::of(&CaseOrPath(
                "both `case` and `path` are given",
            ))),
            (None, None) => Err(Diagnostics::of(&CaseOrPath(
                "neither `case` nor `path` is given",
            ))),
        }
    }

    /// The checks every case tool makes first: the language, the policy's place, the case.
    fn hearing(
        &self,
        params: &CaseParams,
    ) -> Result<(SourceFile, hearing::Bench, PolicyShelf, &'static str), Diagnostics> {
        let lang = params::language(params.lang.as_deref()).map_err(|e| Diagnostics::of(&e))?;
        if let Some(policy) = &params.policy.policy {
            self.confinement
                .policy(policy)
                .map_err(|e| Diagnostics::of(&e))?;
        }
        let source = self.source(params)?;
        let shelf = PolicyShelf::default();
        let bench = super::judge::bench(
            params.policy.policy.as_deref(),
            params.as_of.as_deref(),
            params
                .clock
                .clock
                .unwrap_or(crate::vocab::calendar::Clock::Policy),
            &shelf,
        )?;
        Ok((source, bench, shelf, lang))
    }

    /// The ruling's JSON line, as `appeal judge --format json` prints it, and its value.
    fn ruling(&self, params: &CaseParams) -> Result<(String, Value), Diagnostics> {
        let (source, bench, shelf, lang) = self.hearing(params)?;
        let mut judged = hearing::hear(source, &bench, &shelf)?;
        if !params.explain {
            judged.ruling.trace.clear();
        }
        let (words, told) = super::judge::Speech::default().of(&judged, lang, &shelf)?;
        let line = super::judge::render_one(
            &judged,
            Format::Json,
            params.explain,
            Look::PLAIN,
            false,
            &words,
            &told,
        );
        let value =
            serde_json::from_str(&line).map_err(|e| Diagnostics(vec![json!(e.to_string())]))?;
        Ok((line, value))
    }

    fn checked(&self, params: &CaseParams) -> Result<Value, Diagnostics> {
        let (source, bench, shelf, _) = self.hearing(params)?;
        let loaded = crate::hearing::evidence_files::load(source)?;
        hearing::judge_loaded(&loaded, &bench, &shelf)?;
        let warnings = if loaded.warnings.is_empty() {
            Vec::new()
        } else {
            Diagnostics::from(FileProblems::new(
                loaded.source.clone(),
                loaded.warnings.clone(),
            ))
            .0
        };
        Ok(json!({ "file": loaded.source.name, "valid": true, "warnings": warnings }))
    }

    fn explained(&self, args: &ExplainArgs) -> Result<Value, Diagnostics> {
        if let Some(policy) = &args.policy {
            self.confinement
                .policy(policy)
                .map_err(|e| Diagnostics::of(&e))?;
        }
        if let Some(folder) = &args.cases {
            self.confinement
                .path(folder)
                .map_err(|e| Diagnostics::of(&e))?;
        }
        one_object(capture::run(|out| super::explain::run(args, out)))
    }

    fn template(&self, args: &NewArgs) -> Result<Value, Diagnostics> {
        if AppealType::parse(&args.kind).is_none() {
            return Err(Diagnostics::of(&UnknownType {
                name: args.kind.clone(),
                help: crate::reading::diagnostics::suggest(
                    &args.kind,
                    AppealType::names().into_iter(),
                    "appeal types",
                ),
            }));
        }
        if let Some(by) = &args.by
            && crate::vocab::decision::Party::parse(by).is_none()
        {
            return Err(Diagnostics::of(&UnknownType {
                name: by.clone(),
                help: "`by` is `buyer` or `seller`".to_string(),
            }));
        }
        one_object(capture::run(|out| super::new::run(args, out)))
    }

    fn worklist(&self, args: &QueueArgs) -> Result<Value, Diagnostics> {
        if let Some(policy) = &args.policy.policy {
            self.confinement
                .policy(policy)
                .map_err(|e| Diagnostics::of(&e))?;
        }
        for folder in &args.cases {
            self.confinement
                .path(folder)
                .map_err(|e| Diagnostics::of(&e))?;
        }
        let captured = capture::run(|out| super::queue::run(args, out));
        let mut rows = capture::json_lines(&captured.stdout);
        let diagnostics = capture::json_lines(&captured.stderr);
        match rows.pop() {
            Some(Value::Object(mut last)) if last.contains_key("summary") => Ok(json!({
                "rows": rows,
                "summary": last.remove("summary"),
                "diagnostics": diagnostics,
            })),
            _ => Err(Diagnostics(diagnostics)),
        }
    }
}

/// A command's single JSON object, or its diagnostics.
fn one_object(captured: capture::Captured) -> Result<Value, Diagnostics> {
    let diagnostics = capture::json_lines(&captured.stderr);
    match capture::json_lines(&captured.stdout).pop() {
        Some(value) if captured.code == exit::OK => Ok(value),
        _ => Err(Diagnostics(diagnostics)),
    }
}

/// An argument of `new` that names no appeal type or party.
#[derive(Debug, thiserror::Error, miette::Diagnostic)]
#[error("`{name}` is not a value `new` takes")]
#[diagnostic(code(appeal::mcp::new), help("{help}"))]
struct UnknownType {
    name: String,
    help: String,
}

/// The resource of a clause or an appeal type, by URI.
const CLAUSE_URI: &str = "appeal://clause/";
const APPEAL_TYPE_URI: &str = "appeal://appeal-type/";

#[tool_handler(router = self.tool_router)]
impl ServerHandler for Desk {
    fn get_info(&self) -> ServerConfig {
        ServerConfig::new(
            ServerCapabilities::builder()
                .enable_tools()
                .enable_resources()
                .build(),
        )
        .with_server_info(Implementation::new("appeal", crate::hearing::TOOL_VERSION))
        .with_instructions(format!(
            "Adjudicates P2P crypto trading appeals: a case (YAML or JSON, `schema` kind `case`) \
             and a policy in, a ruling out. Start a case with `new`, validate it with \
             `check`, judge it with `judge`; `explain` a clause or appeal type; `queue` lists \
             what is due in folders of cases. Files are read inside {} only.",
            self.confinement.root().display()
        ))
    }

    async fn list_resources(
        &self,
        _request: Option<PaginatedRequestParams>,
        _context: RequestContext<RoleServer>,
    ) -> Result<ListResourcesResult, ErrorData> {
        let clauses = ClauseId::all().map(|id| {
            Resource::new(format!("{CLAUSE_URI}{id}"), id.to_string())
                .with_description(id.summary())
                .with_mime_type("application/json")
        });
        let types = AppealType::names().into_iter().map(|name| {
            Resource::new(format!("{APPEAL_TYPE_URI}{name}"), name)
                .with_description(format!("the appeal type `{name}`"))
                .with_mime_type("application/json")
        });
        Ok(ListResourcesResult::with_all_items(
            clauses.chain(types).collect(),
        ))
    }

    async fn read_resource(
        &self,
        request: ReadResourceRequestParams,
        _context: RequestContext<RoleServer>,
    ) -> Result<ReadResourceResponse, ErrorData> {
        let uri = request.uri.as_str();
        let explained = if let Some(id) = uri.strip_prefix(CLAUSE_URI).and_then(ClauseId::parse) {
            let (_, policy) = PolicyShelf::default()
                .command_line("mexc")
                .map_err(|p| ErrorData::internal_error(p.name, None))?;
            Explained::clause(id, &policy, None, crate::report::words::english())
        } else if let Some(kind) = uri
            .strip_prefix(APPEAL_TYPE_URI)
            .and_then(AppealType::parse)
        {
            Explained::appeal_type(kind, crate::report::words::english())
        } else {
            return Err(ErrorData::resource_not_found(
                format!(
                    "no resource `{uri}`: clauses are {CLAUSE_URI}ID, appeal types {APPEAL_TYPE_URI}TYPE"
                ),
                None,
            ));
        };
        let text = crate::text::json::text(&explained);
        Ok(ReadResourceResult::new(vec![
            ResourceContents::text(text, uri).with_mime_type("application/json"),
        ])
        .into())
    }
}
