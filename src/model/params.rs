//! The parameters of the clauses, typed: one struct per clause (or per rule two clauses share),
//! each field named as the policy file writes the key. A policy's clause tables are read and
//! checked once, when the policy is loaded ([`crate::model::policy`]); the engine then reads fields, so a
//! misspelt parameter is a compile error, never a silent zero.
//!
//! Which clause takes which struct is the catalogue's business ([`crate::model::clause`]).
//!
//! Two mistakes are caught by the compiler: a misspelt parameter in the engine
//! (`params.false_claim_sanctoin`: no such field) and a parameter the policy sets but the engine
//! never reads (the fields are the crate's own, so an unread one is dead code, an error under
//! `clippy -D warnings`).

use std::collections::BTreeMap;

use rust_decimal::Decimal;

use crate::vocab::decision::SanctionAction;
use crate::vocab::duration::PolicyDuration;
use crate::vocab::matching::TermList;
use crate::vocab::words::{Choice, word_enum};

/// The kind of value a parameter holds, for validation and for `policy show`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ParamKind {
    /// A duration (`1h`, `2wd`, `18mo`).
    Duration,
    /// A percentage, 0 < p < 100.
    Percent,
    /// A whole number ≥ 0 (counts, days, decimals).
    Count,
    /// A list of words or phrases matched whole-word, case- and accent-insensitively.
    Terms,
    /// Kinds of demand with the terms that name them: a table of term lists
    /// (`{ selfie_with_id = ["selfie"], video_call = ["video call"] }`) or one list, where each
    /// term is a kind of its own.
    Requirements,
    /// A sanction action name.
    Sanction,
    /// One of a fixed set of words.
    Mode(&'static [&'static str]),
}

/// A parameter a clause reads from the policy.
#[derive(Debug)]
pub struct ParamSpec {
    pub name: &'static str,
    pub kind: ParamKind,
    /// The code of its meaning in the catalogues: `param.buyer.1a.price_band_pct`.
    pub code: &'static str,
    /// The value the published rules give it, when they fix it (buyer 1.b's `instant_release`:
    /// 1 hour); `None` when they leave it open. A policy that writes another value is warned.
    pub published: Option<Published>,
    /// The smallest whole number a [`ParamKind::Count`] takes: 1 for a threshold or a number of
    /// days, where 0 would mean nothing (a suspension of no days, a "repeat" of no offence).
    pub minimum: u32,
}

impl ParamSpec {
    /// What the parameter means, in English (a policy schema's description, a policy
    /// diagnostic's help); [`crate::report::words`] says it in the reader's language.
    pub fn meaning(&self) -> String {
        crate::vocab::catalogue::english_plain(&self.code.replace('.', "-"))
    }
}

/// A value the published text fixes, as a policy file writes it (`"1h"`, without the quotes).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Published(pub &'static str);

impl Published {
    /// Whether `value` is the published value: the same, or a duration of the same fixed
    /// length written in another unit (`60m` for `1h`).
    pub fn agrees_with(&self, value: &ParamValue) -> bool {
        match value {
            ParamValue::Duration(written) => {
                PolicyDuration::parse(self.0).is_ok_and(|published| written.same_length(published))
            }
            other => other.to_string() == self.0,
        }
    }

    /// The value in the rules' words: "1 hour", "2 working days", "18 months".
    pub fn words(&self) -> String {
        match PolicyDuration::parse(self.0) {
            Ok(duration) => duration.describe(),
            Err(_) => self.0.to_string(),
        }
    }
}

/// The settings outside the clause tables that the published rules fix, as (table, key,
/// value): `[limits] max_order_age`, the General Terms' 18 months. With the `published` values
/// of the clause parameters (in their declarations below), every value the rules fix is
/// recorded in this file and nowhere else.
pub const PUBLISHED_SETTINGS: &[(&str, &str, Published)] =
    &[("limits", "max_order_age", Published("18mo"))];

/// A parameter's value as it was read from a policy file, before it is put in its struct; what
/// `policy show` and `policy diff` print.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ParamValue {
    Duration(PolicyDuration),
    Percent(Decimal),
    Count(u32),
    Terms(TermList),
    Requirements(Requirements),
    Sanction(SanctionAction),
    Mode(String),
}

impl std::fmt::Display for ParamValue {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ParamValue::Duration(d) => write!(f, "{d}"),
            ParamValue::Percent(p) => write!(f, "{p}"),
            ParamValue::Count(n) => write!(f, "{n}"),
            ParamValue::Terms(terms) => {
                write!(f, "{}", terms.written().collect::<Vec<_>>().join(", "))
            }
            ParamValue::Requirements(requirements) if requirements.listed => {
                write!(
                    f,
                    "{}",
                    requirements.all.written().collect::<Vec<_>>().join(", ")
                )
            }
            ParamValue::Requirements(requirements) => {
                let each: Vec<String> = requirements
                    .kinds
                    .iter()
                    .map(|(name, terms)| {
                        format!("{name}: {}", terms.written().collect::<Vec<_>>().join(", "))
                    })
                    .collect();
                write!(f, "{}", each.join("; "))
            }
            ParamValue::Sanction(s) => write!(f, "{s}"),
            ParamValue::Mode(m) => write!(f, "{m}"),
        }
    }
}

impl ParamValue {
    /// The value as a policy file writes it: `"24h"`, `10`, `3`, `["usdt", "usdc"]`,
    /// `"warning"`, `"top_up_or_refund"`; what `policy show` and `policy diff` print, so that it
    /// can be copied into a policy file as it stands.
    pub fn spelled(&self) -> String {
        match self {
            ParamValue::Duration(d) => spelled_text(&d.to_string()),
            ParamValue::Percent(p) => p.to_string(),
            ParamValue::Count(n) => n.to_string(),
            ParamValue::Terms(terms) => spelled_list(terms.written()),
            ParamValue::Requirements(requirements) if requirements.listed => {
                spelled_list(requirements.all.written())
            }
            ParamValue::Requirements(requirements) => {
                let each: Vec<String> = requirements
                    .kinds
                    .iter()
                    .map(|(name, terms)| format!("{name} = {}", spelled_list(terms.written())))
                    .collect();
                format!("{{ {} }}", each.join(", "))
            }
            ParamValue::Sanction(s) => spelled_text(s.as_str()),
            ParamValue::Mode(m) => spelled_text(m),
        }
    }
}

/// Text as a TOML basic string: `"Asia/Singapore"`, with `"`, `\` and control characters
/// escaped.
pub fn spelled_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c if c.is_control() => out.push_str(&format!("\\u{:04X}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// A list of texts as a TOML array: `["Sat", "Sun"]`, `[]`.
pub fn spelled_list<'a>(items: impl Iterator<Item = &'a str>) -> String {
    let items: Vec<String> = items.map(spelled_text).collect();
    format!("[{}]", items.join(", "))
}

/// Kinds of demand, each with the terms that name it in a text: written as a table of named
/// lists (`{ selfie_with_id = ["selfie", "id card"], video_call = ["video call"] }`), or as one
/// list, where every term is a kind of its own.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Requirements {
    kinds: Vec<(String, TermList)>,
    /// Every term of every kind, each once: what finds a demand of any kind.
    all: TermList,
    /// Written as one list rather than a table.
    listed: bool,
}

impl Requirements {
    /// Named kinds, in the order the policy writes them.
    pub fn named(kinds: Vec<(String, TermList)>) -> Requirements {
        let mut all: Vec<String> = Vec::new();
        for term in kinds.iter().flat_map(|(_, terms)| terms.written()) {
            if !all.iter().any(|t| t == term) {
                all.push(term.to_string());
            }
        }
        Requirements {
            kinds,
            all: TermList::new(all),
            listed: false,
        }
    }

    /// One list: each term is its own kind.
    pub fn listed(terms: Vec<String>) -> Requirements {
        let kinds = terms
            .iter()
            .map(|term| (term.clone(), TermList::new(vec![term.clone()])))
            .collect();
        Requirements {
            listed: true,
            ..Requirements::named(kinds)
        }
    }

    /// Every term of every kind.
    pub fn all_terms(&self) -> &TermList {
        &self.all
    }

    /// The kinds named in `words` (the [`crate::vocab::matching::words`] of a text), in the policy's
    /// order, each with the terms found.
    pub fn found_in(&self, words: &[String]) -> Vec<(&str, Vec<&str>)> {
        self.kinds
            .iter()
            .filter_map(|(name, terms)| {
                let found = terms.found_in(words);
                (!found.is_empty()).then_some((name.as_str(), found))
            })
            .collect()
    }

    /// The kind called `name`, if the policy names one so.
    pub fn kind(&self, name: &str) -> Option<&str> {
        self.kinds
            .iter()
            .map(|(kind, _)| kind.as_str())
            .find(|kind| *kind == name)
    }
}

/// The checked values of one clause table, by parameter name, as the policy reader leaves them.
pub type Values = BTreeMap<&'static str, ParamValue>;

/// A type a parameter can have: its kind (how the policy reader checks it) and how it is taken
/// from the checked value.
pub trait Param: Sized {
    const KIND: ParamKind;
    fn from_value(value: &ParamValue) -> Option<Self>;
}

impl Param for PolicyDuration {
    const KIND: ParamKind = ParamKind::Duration;
    fn from_value(value: &ParamValue) -> Option<Self> {
        match value {
            ParamValue::Duration(d) => Some(*d),
            _ => None,
        }
    }
}

/// A percentage: the only decimal parameters are percentages.
impl Param for Decimal {
    const KIND: ParamKind = ParamKind::Percent;
    fn from_value(value: &ParamValue) -> Option<Self> {
        match value {
            ParamValue::Percent(p) => Some(*p),
            _ => None,
        }
    }
}

impl Param for u32 {
    const KIND: ParamKind = ParamKind::Count;
    fn from_value(value: &ParamValue) -> Option<Self> {
        match value {
            ParamValue::Count(n) => Some(*n),
            _ => None,
        }
    }
}

impl Param for TermList {
    const KIND: ParamKind = ParamKind::Terms;
    fn from_value(value: &ParamValue) -> Option<Self> {
        match value {
            ParamValue::Terms(terms) => Some(terms.clone()),
            _ => None,
        }
    }
}

impl Param for Requirements {
    const KIND: ParamKind = ParamKind::Requirements;
    fn from_value(value: &ParamValue) -> Option<Self> {
        match value {
            ParamValue::Requirements(requirements) => Some(requirements.clone()),
            _ => None,
        }
    }
}

impl Param for SanctionAction {
    const KIND: ParamKind = ParamKind::Sanction;
    fn from_value(value: &ParamValue) -> Option<Self> {
        match value {
            ParamValue::Sanction(s) => Some(*s),
            _ => None,
        }
    }
}

word_enum! {
    /// How seller 2.a settles an underpayment: the buyer may pay the shortfall within
    /// `top_up_window`, else what arrived is refunded; or the part that was paid for is released.
    UnderpaymentMode {
        TopUpOrRefund = "top_up_or_refund",
        PartialRelease = "partial_release",
    }
}

impl Param for UnderpaymentMode {
    const KIND: ParamKind = ParamKind::Mode(&["top_up_or_refund", "partial_release"]);
    fn from_value(value: &ParamValue) -> Option<Self> {
        match value {
            ParamValue::Mode(m) => UnderpaymentMode::parse(m),
            _ => None,
        }
    }
}

/// Declares a parameter struct: its fields (named as the policy's keys), the key of its
/// meanings in the catalogue (`param-KEY-FIELD` in `i18n/en/params.ftl`), and `PARAMS`, the list
/// the policy reader checks a clause table against. A field may say the value the published
/// rules fix (`[published "1h"]`) and, for a count, the smallest it takes (`[from 1]`).
macro_rules! parameters {
    (@published) => { None };
    (@published $value:literal) => { Some(Published($value)) };
    (@minimum) => { 0 };
    (@minimum $minimum:literal) => { $minimum };
    ($(#[$meta:meta])* $name:ident as $key:literal { $($field:ident: $ty:ty
        $([published $value:literal])?
        $([from $minimum:literal])?),+ $(,)? }) => {
        $(#[$meta])*
        ///
        /// What each field means is the message `param.KEY.FIELD` of the catalogues.
        // Fields are the crate's own and no comparison is derived, so a parameter the engine
        // never reads is a dead-code error under `clippy -D warnings`.
        #[derive(Debug, Clone)]
        pub struct $name {
            $(pub(crate) $field: $ty),+
        }

        impl $name {
            /// The parameters, in the order a policy file writes them.
            pub const PARAMS: &'static [ParamSpec] = &[$(ParamSpec {
                name: stringify!($field),
                kind: <$ty as Param>::KIND,
                code: concat!("param.", $key, ".", stringify!($field)),
                published: parameters!(@published $($value)?),
                minimum: parameters!(@minimum $($minimum)?),
            }),+];

            /// The struct from a clause table's checked values; `None` if one is missing or of
            /// another kind (which the policy reader has already reported).
            pub fn read(values: &Values) -> Option<Self> {
                Some($name {
                    $($field: <$ty as Param>::from_value(values.get(stringify!($field))?)?),+
                })
            }
        }
    };
}

parameters! {
    /// Buyer 1.a: the seller refuses to release.
    Buyer1a as "buyer.1a" {
        price_band_pct: Decimal,
        seller_response: PolicyDuration,
        refund_window: PolicyDuration,
    }
}

parameters! {
    /// Buyer 1.b: the seller is slow to release.
    Buyer1b as "buyer.1b" {
        instant_release: PolicyDuration [published "1h"],
        non_instant_release: PolicyDuration [published "2wd"],
    }
}

parameters! {
    /// Buyer 1.c: sensitive words in the payment remarks.
    Buyer1c as "buyer.1c" {
        decision_window: PolicyDuration,
        sensitive_terms: TermList,
    }
}

parameters! {
    /// Buyer 2.a: an overpayment.
    Buyer2a as "buyer.2a" {
        refund_window: PolicyDuration,
    }
}

parameters! {
    /// Buyer 3.a: an order cancelled after payment.
    Buyer3a as "buyer.3a" {
        refund_window: PolicyDuration [published "24h"],
    }
}

parameters! {
    /// Buyer 4.a: demands outside the norm.
    Buyer4a as "buyer.4a" {
        verification_terms: Requirements,
        out_of_policy_terms: TermList,
        seller_sanction: SanctionAction,
        repeat_threshold: u32 [from 1],
        suspension_days: u32 [from 1],
        buyer_response: PolicyDuration,
    }
}

parameters! {
    /// Buyer 5.a and seller 6.a: one rule on offensive language, seen from either side.
    OffensiveLanguage as "offensive_language" {
        offensive_terms: TermList,
        suspension_days: u32 [from 1],
        repeat_threshold: u32 [from 1],
    }
}

parameters! {
    /// Seller 1.a: marked paid without paying.
    Seller1a as "seller.1a" {
        buyer_proof_window: PolicyDuration,
        false_claim_sanction: u32 [from 1],
    }
}

parameters! {
    /// Seller 1.b: the seller says the money did not arrive.
    Seller1b as "seller.1b" {
        seller_statement_window: PolicyDuration,
    }
}

parameters! {
    /// Seller 1.c: paid into an account the seller cannot access.
    Seller1c as "seller.1c" {
        seller_response: PolicyDuration,
        repeat_threshold: u32 [from 1],
    }
}

parameters! {
    /// Seller 2.a: an underpayment.
    Seller2a as "seller.2a" {
        mode: UnderpaymentMode,
        top_up_window: PolicyDuration,
        asset_decimals: u32,
    }
}

parameters! {
    /// Seller 3.a: orders placed with no intent to pay.
    Seller3a as "seller.3a" {
        unpaid_threshold: u32 [from 1],
    }
}

parameters! {
    /// Seller 4.a: the seller's account was blocked after the buyer's payment.
    Seller4a as "seller.4a" {
        evidence_window: PolicyDuration [published "72h"],
        buyer_docs_window: PolicyDuration,
    }
}

parameters! {
    /// Seller 5.a: the seller released without confirming the payment.
    Seller5a as "seller.5a" {
        buyer_response: PolicyDuration,
    }
}

parameters! {
    /// The notice on outside channels.
    Channels as "disclaimers.channels" {
        channel_terms: TermList,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_mode_kind_lists_the_words_of_its_enum() {
        let ParamKind::Mode(words) = UnderpaymentMode::KIND else {
            panic!("the underpayment mode is a mode");
        };
        assert_eq!(words.to_vec(), UnderpaymentMode::names());
    }
}
