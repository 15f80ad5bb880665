//! The message catalogues (`i18n/LANG/*.ftl`) against the codes the engine says: every code has
//! a message in every language, every catalogue parses, a translation has no message English
//! lacks, and a message uses only the values its code states.

use std::collections::BTreeSet;

use appeal::report::words::{CATALOGUES, fluent_id};
use fluent_syntax::ast;

/// The variables a message uses: `$name` anywhere in its value, selectors included.
fn variables(pattern: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_variables(expression, out);
        }
    }
}

fn expression_variables(expression: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            inline_variables(selector, out);
            for variant in variants {
                variables(&variant.value, out);
            }
        }
        ast::Expression::Inline(inline) => inline_variables(inline, out),
    }
}

fn inline_variables(inline: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_string());
        }
        ast::InlineExpression::Placeable { expression } => expression_variables(expression, out),
        _ => {}
    }
}

/// Each message of a catalogue, by id, with the variables it uses.
fn messages(source: &str) -> Vec<(String, BTreeSet<String>)> {
    let resource = fluent_syntax::parser::parse(source)
        .unwrap_or_else(|(_, errors)| panic!("a catalogue does not parse: {errors:?}"));
    resource
        .body
        .iter()
        .filter_map(|entry| match entry {
            ast::Entry::Message(message) => {
                let mut used = BTreeSet::new();
                if let Some(value) = &message.value {
                    variables(value, &mut used);
                }
                Some((message.id.name.to_string(), used))
            }
            _ => None,
        })
        .collect()
}

#[test]
fn every_code_has_a_message_in_every_language() {
    let codes: Vec<&str> = appeal::engine::codes()
        .map(|spec| spec.code.as_str())
        .collect();
    every_catalogue_has(&codes);
}

/// Fails naming the language and the codes when a catalogue has no message for one of `codes`.
fn every_catalogue_has<S: AsRef<str> + std::fmt::Debug>(codes: &[S]) {
    for catalogue in CATALOGUES {
        let ids: BTreeSet<&str> = catalogue.ids().collect();
        let missing: Vec<&S> = codes
            .iter()
            .filter(|code| !ids.contains(fluent_id(code.as_ref()).as_str()))
            .collect();
        assert!(
            missing.is_empty(),
            "i18n/{}/ has no message for {missing:?}",
            catalogue.tag
        );
    }
}

/// The words the catalogue is asked for besides the engine's codes: each clause's summary
/// (`appeal explain`, `policy show`, the schema's descriptions) and each appeal type's filing
/// (what it is about, where it goes, what re-routes it). A clause or appeal type added without
/// them would print its bare code (`clause.buyer.7a`) instead of words.
#[test]
fn every_clause_and_appeal_type_has_its_words_in_every_language() {
    let wanted: Vec<String> = appeal::model::clause::ClauseId::ALL
        .iter()
        .map(|clause| clause.summary_code())
        .chain(appeal::model::filing::all().flat_map(|filing| {
            [filing.about, filing.goes_to]
                .into_iter()
                .chain(filing.rerouted_when.iter().copied())
                .map(str::to_string)
        }))
        .collect();
    every_catalogue_has(&wanted);
}

#[test]
fn every_catalogue_parses_and_translates_only_what_english_says() {
    let english = CATALOGUES.iter().find(|c| c.tag == "en").expect("English");
    let english_ids: BTreeSet<String> = messages(english.source())
        .into_iter()
        .map(|(id, _)| id)
        .collect();
    for catalogue in CATALOGUES {
        let found = messages(catalogue.source());
        assert_eq!(
            found.len(),
            catalogue.ids().count(),
            "i18n/{}/: the index and Fluent's parser disagree on the messages",
            catalogue.tag
        );
        for (id, _) in &found {
            assert!(
                english_ids.contains(id),
                "i18n/{}/ has `{id}`, which English does not",
                catalogue.tag
            );
        }
    }
}

#[test]
fn a_message_uses_only_the_values_its_code_states() {
    for catalogue in CATALOGUES {
        let found = messages(catalogue.source());
        for spec in appeal::engine::codes() {
            let id = fluent_id(spec.code.as_str());
            let Some((_, used)) = found.iter().find(|(found, _)| *found == id) else {
                continue;
            };
            for variable in used {
                let name = variable.strip_suffix("_id").unwrap_or(variable);
                assert!(
                    spec.values.contains(&name),
                    "i18n/{}/: `{id}` uses ${variable}, which {} does not state (it states {:?})",
                    catalogue.tag,
                    spec.code,
                    spec.values
                );
            }
        }
    }
}

#[test]
fn every_language_has_every_message_english_has() {
    let english = CATALOGUES.iter().find(|c| c.tag == "en").expect("English");
    let english_ids: BTreeSet<&str> = english.ids().collect();
    for catalogue in CATALOGUES {
        let ids: BTreeSet<&str> = catalogue.ids().collect();
        let missing: Vec<&&str> = english_ids.difference(&ids).collect();
        assert!(
            missing.is_empty(),
            "i18n/{}/ lacks {} of English's messages: {missing:?}",
            catalogue.tag,
            missing.len()
        );
    }
}
