//! Words: a ruling's messages put into the reader's language, from the message catalogues.
//!
//! The catalogues are Project Fluent files, `i18n/LANG/*.ftl`, one folder per language; English
//! (`en`) is the source and every other language translates each of its messages. They are
//! built into the binary (`build.rs` joins each language's files and indexes its messages), and a
//! project may carry its own `i18n/LANG/*.ftl` beside its `policy/` folder whose messages replace
//! the built-in wording message by message ([`Words::with_project`]).
//!
//! A ruling says a few dozen of the catalogue's several hundred messages, so each message is
//! parsed the first time it is said, not the whole catalogue at start.

mod values;

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use unic_langid::LanguageIdentifier;

use crate::model::message::{Message, Said};

use crate::hearing::remembered::Remembered;
use crate::vocab::catalogue::catalogue;
pub use crate::vocab::catalogue::{CATALOGUES, Catalogue};

/// English as built in, made once a process.
pub fn english() -> &'static Words {
    static ENGLISH: std::sync::OnceLock<Words> = std::sync::OnceLock::new();
    ENGLISH.get_or_init(Words::english)
}

pub use crate::vocab::language::{UnknownLanguage, languages, resolve};

pub use crate::hearing::wording::ProjectWording;

/// A project's root (`None` for the built-in wording) and a language's tag.
type LexiconKey = (Option<std::path::PathBuf>, &'static str);

/// The languages made so far in a run, by project (its root, `None` for the built-in wording)
/// and tag: the cases of a project share their words, and each message is parsed once.
#[derive(Default)]
pub struct Lexicon {
    made: Remembered<LexiconKey, Arc<Words>>,
}

impl Lexicon {
    /// The words of language `tag` (as [`resolve`] gives it) with the wording of the project
    /// rooted at `root` over them; English when the tag has no catalogue.
    pub fn words(
        &self,
        tag: &'static str,
        project: Option<(&std::path::Path, &ProjectWording)>,
    ) -> Arc<Words> {
        let project = project.filter(|(_, wording)| !wording.texts.is_empty());
        let key = (project.map(|(root, _)| root.to_path_buf()), tag);
        self.made.get(&key, || {
            let wording = project.map(|(_, w)| w.clone()).unwrap_or_default();
            Arc::new(Words::with_project(tag, &wording).unwrap_or_else(Words::english))
        })
    }
}

/// The messages of one language, said as they are asked for.
pub struct Words {
    tag: &'static str,
    catalogue: &'static Catalogue,
    /// The project's entries for this language, by id: they come first.
    project: HashMap<String, String>,
    bundle: Mutex<Loaded>,
    /// English, for a message this language does not have (a project's partial catalogue).
    english: Option<Box<Words>>,
}

/// The bundle of a language with the messages added so far.
struct Loaded {
    bundle: FluentBundle<Arc<FluentResource>>,
    /// Each message looked up so far, and whether a catalogue had it.
    added: HashMap<String, bool>,
}

impl Words {
    /// English, as built in.
    pub fn english() -> Words {
        Words::built_in("en").expect("English is the source catalogue and always built in")
    }

    /// A built-in language by its exact tag (see [`resolve`] for a BCP 47 tag).
    pub fn built_in(tag: &str) -> Option<Words> {
        Words::with_project(tag, &ProjectWording::default())
    }

    /// The language `tag` (as [`resolve`] gives it), with the project's wording over it, and
    /// over the English its missing messages fall back to.
    pub fn with_project(tag: &str, wording: &ProjectWording) -> Option<Words> {
        let entries = |tag: &str| {
            wording
                .texts
                .get(tag)
                .map(|text| project_entries(text))
                .unwrap_or_default()
        };
        let english = match tag {
            "en" => None,
            _ => Some(Box::new(Words::new(catalogue("en")?, entries("en"), None))),
        };
        Some(Words::new(catalogue(tag)?, entries(tag), english))
    }

    fn new(
        catalogue: &'static Catalogue,
        project: HashMap<String, String>,
        english: Option<Box<Words>>,
    ) -> Words {
        let tag = catalogue.tag;
        let langid: LanguageIdentifier = tag.parse().unwrap_or_default();
        let mut bundle = FluentBundle::new_concurrent(vec![langid]);
        // Terminal and JSON text carry no bidi isolation marks; HTML marks direction with `dir`.
        bundle.set_use_isolating(false);
        let terms = catalogue.terms_source();
        if !terms.is_empty()
            && let Ok(resource) = FluentResource::try_new(terms)
        {
            let _ = bundle.add_resource(Arc::new(resource));
        }
        Words {
            tag,
            catalogue,
            project,
            bundle: Mutex::new(Loaded {
                bundle,
                added: HashMap::new(),
            }),
            english,
        }
    }

    /// The language's tag: `en`, `pt-BR`.
    pub fn tag(&self) -> &'static str {
        self.tag
    }

    /// Whether the language is written right to left.
    pub fn right_to_left(&self) -> bool {
        crate::vocab::language::right_to_left(self.tag)
    }

    /// What a ruling says at one place, in this language.
    pub fn said(&self, said: &Said) -> String {
        self.say(said)
    }

    /// `message` in this language.
    pub fn say(&self, message: &Message) -> String {
        let args = values::args(self, message);
        self.format(message.code.as_str(), &args)
            .unwrap_or_else(|| fallback(message))
    }

    /// The message `id` (a code, or a word of the catalogue such as `party-buyer`) with `args`,
    /// in this language, else in English; `None` if neither has it.
    pub fn format(&self, id: &str, args: &FluentArgs) -> Option<String> {
        let id = fluent_id(id);
        if let Some(text) = self.format_here(&id, args) {
            return Some(text);
        }
        self.english.as_ref()?.format_here(&id, args)
    }

    /// The message `id` with text values: a label of the renderers ("order { $order }").
    pub fn phrase(&self, id: &str, args: &[(&str, &str)]) -> String {
        let mut values = FluentArgs::new();
        for (name, value) in args {
            values.set(*name, value.to_string());
        }
        self.format(id, &values).unwrap_or_else(|| id.to_string())
    }

    /// The message `id` with a count (for its plural form) and text values.
    pub fn counted(&self, id: &str, count: usize, args: &[(&str, &str)]) -> String {
        let mut values = FluentArgs::new();
        values.set("count", fluent_bundle::FluentValue::from(count));
        for (name, value) in args {
            values.set(*name, value.to_string());
        }
        self.format(id, &values).unwrap_or_else(|| id.to_string())
    }

    /// A message without values: a heading, a word.
    pub fn word(&self, id: &str) -> String {
        self.format(id, &FluentArgs::new())
            .unwrap_or_else(|| id.to_string())
    }

    fn format_here(&self, id: &str, args: &FluentArgs) -> Option<String> {
        let mut said = self.bundle.lock().ok()?;
        if !said.added.contains_key(id) {
            let source = self
                .project
                .get(id)
                .cloned()
                .or_else(|| self.catalogue.entry(id).map(str::to_string));
            let resource = source.and_then(|source| FluentResource::try_new(source).ok());
            let present = resource.is_some();
            if let Some(resource) = resource {
                said.bundle.add_resource_overriding(Arc::new(resource));
            }
            said.added.insert(id.to_string(), present);
        }
        let message = said.bundle.get_message(id)?;
        let pattern = message.value()?;
        let mut errors = Vec::new();
        let text = said
            .bundle
            .format_pattern(pattern, Some(args), &mut errors)
            .into_owned();
        Some(text)
    }
}

/// A project's FTL text as entries by id, as `build.rs` splits the built-in ones.
fn project_entries(text: &str) -> HashMap<String, String> {
    let mut out = HashMap::new();
    let mut current: Option<(String, String)> = None;
    for line in text.split_inclusive('\n') {
        let first = line.chars().next().unwrap_or('\n');
        if first.is_ascii_alphabetic() {
            if let Some((id, entry)) = current.take() {
                out.insert(id, entry);
            }
            let id: String = line
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
                .collect();
            current = Some((id, line.to_string()));
        } else if matches!(first, ' ' | '\t' | '}' | '[' | '*' | '.') || line.trim().is_empty() {
            if let Some((_, entry)) = current.as_mut() {
                entry.push_str(line);
            }
        } else if let Some((id, entry)) = current.take() {
            out.insert(id, entry);
        }
    }
    if let Some((id, entry)) = current.take() {
        out.insert(id, entry);
    }
    out
}

/// A code as a Fluent identifier: dots become dashes (`buyer.1a.inside_band` →
/// `buyer-1a-inside_band`).
pub fn fluent_id(code: &str) -> String {
    code.replace('.', "-")
}

/// What is said when no catalogue has the message: its code and values, so nothing is lost.
fn fallback(message: &Message) -> String {
    let values: Vec<String> = message
        .values
        .iter()
        .map(|(name, value)| format!("{name}={}", values::plain(value)))
        .collect();
    format!("[{}] {}", message.code, values.join(" "))
}
