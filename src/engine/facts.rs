//! The case as it stood at the moment of the ruling, with the derived facts every clause needs.
//!
//! Entries later than `as_of` (a replay with `--as-of`) are left out and counted. Lists are
//! sorted by time (stable on file order), so the order they were written in never matters.

use rust_decimal::Decimal;

use crate::model::case::{
    AccountPaid, Case, ChatLine, Event, EventKind, Evidence, EvidenceKind, Payment, Stance,
};
use crate::model::case_ref::{CaseRef, Field};

use crate::model::case::AccountHolder;
use crate::model::policy::Policy;
use crate::vocab::decision::{Actor, Party};
use crate::vocab::identity::Identity;
use crate::vocab::identity::accounts::{self, AccountComparison};
use crate::vocab::identity::names::{self, NameComparison};
use crate::vocab::matching::{self, TermList};
use crate::vocab::time::Time;

/// What was known at `as_of`.
#[derive(Debug)]
pub struct Facts<'a> {
    pub case: &'a Case,
    pub as_of: Time,
    pub payments: Vec<&'a Payment>,
    pub timeline: Vec<&'a Event>,
    pub evidence: Vec<&'a Evidence>,
    pub chat: Vec<&'a ChatLine>,
    /// Entries left out because they are later than `as_of`.
    pub ignored: usize,
    /// Sum of the payments.
    pub paid: Decimal,
    /// The folded words of each chat line and of each payment's remarks (empty without
    /// remarks), in the order of `chat` and `payments`: folded once, searched for every term list.
    chat_words: Vec<Vec<String>>,
    remark_words: Vec<Vec<String>>,
    /// Each payment's payer name compared with the buyer's verified name, in the order of
    /// `payments`.
    payer_names: Vec<NameComparison>,
}

fn sorted_until<'a, T>(
    items: &'a [T],
    at: impl Fn(&T) -> Time,
    index: impl Fn(&T) -> usize,
    as_of: Time,
    ignored: &mut usize,
) -> Vec<&'a T> {
    let mut kept: Vec<&T> = items.iter().filter(|item| at(item) <= as_of).collect();
    *ignored += items.len() - kept.len();
    kept.sort_by(|a, b| at(a).cmp(&at(b)).then(index(a).cmp(&index(b))));
    kept
}

impl<'a> Facts<'a> {
    pub fn new(case: &'a Case, as_of: Time) -> Facts<'a> {
        let mut ignored = 0;
        let payments = sorted_until(
            &case.payments,
            |p| p.at.value,
            |p| p.index,
            as_of,
            &mut ignored,
        );
        let timeline = sorted_until(
            &case.timeline,
            |e| e.at.value,
            |e| e.index,
            as_of,
            &mut ignored,
        );
        let evidence = sorted_until(
            &case.evidence,
            |e| e.at.value,
            |e| e.index,
            as_of,
            &mut ignored,
        );
        let chat = sorted_until(&case.chat, |c| c.at.value, |c| c.index, as_of, &mut ignored);
        let paid = payments.iter().map(|p| p.amount.value).sum();
        let chat_words = chat
            .iter()
            .map(|line| matching::words(&line.text))
            .collect();
        let remark_words = payments
            .iter()
            .map(|p| {
                p.remarks
                    .as_ref()
                    .map(|r| matching::words(&r.value))
                    .unwrap_or_default()
            })
            .collect();
        let buyer = &case.buyer.verified_name.value;
        let payer_names = payments
            .iter()
            .map(|p| names::compare(&p.payer_name.value, buyer))
            .collect();
        Facts {
            case,
            as_of,
            payments,
            timeline,
            evidence,
            chat,
            ignored,
            paid,
            chat_words,
            remark_words,
            payer_names,
        }
    }

    pub fn appeal_at(&self) -> Time {
        self.case.appeal.at.value
    }

    /// The first event matching `pred`.
    pub fn first(&self, pred: impl Fn(&EventKind) -> bool) -> Option<&'a Event> {
        self.timeline.iter().copied().find(|e| pred(&e.kind))
    }

    /// Every event matching `pred`.
    pub fn all(&self, pred: impl Fn(&EventKind) -> bool) -> Vec<&'a Event> {
        self.timeline
            .iter()
            .copied()
            .filter(|e| pred(&e.kind))
            .collect()
    }

    /// Support's first attempt to reach `party` at or after the appeal: a `cs_contacted` event,
    /// or an `unreachable` one (support tried and could not). Windows "from support's contact"
    /// run from it (docs/case-format.md, "contact"): a party who cannot be reached does not hold
    /// a window open, and "cannot be reached within the timeframe" is known when it ends.
    pub fn contact(&self, party: Party) -> Option<&'a Event> {
        let appeal_at = self.appeal_at();
        self.timeline.iter().copied().find(|e| {
            e.at.value >= appeal_at
                && (e.kind == EventKind::CsContacted { party }
                    || e.kind == EventKind::Unreachable { party })
        })
    }

    /// The first `evidence_requested` event for `party` at or after the appeal.
    pub fn evidence_requested(&self, party: Party) -> Option<&'a Event> {
        let appeal_at = self.appeal_at();
        self.timeline
            .iter()
            .copied()
            .find(|e| e.at.value >= appeal_at && e.kind == EventKind::EvidenceRequested { party })
    }

    pub fn released(&self) -> Option<&'a Event> {
        self.first(|k| matches!(k, EventKind::Released { .. }))
    }

    pub fn cancelled(&self) -> Option<&'a Event> {
        self.first(|k| matches!(k, EventKind::Cancelled { .. }))
    }

    pub fn marked_paid(&self) -> Option<&'a Event> {
        self.first(|k| matches!(k, EventKind::MarkedPaid))
    }

    /// The first `unreachable` event for `party` at or after the appeal: support tried to reach
    /// the party about this appeal and could not. (An earlier one is history, not this dispute.)
    pub fn unreachable(&self, party: Party) -> Option<&'a Event> {
        let appeal_at = self.appeal_at();
        self.timeline
            .iter()
            .copied()
            .find(|e| e.at.value >= appeal_at && e.kind == EventKind::Unreachable { party })
    }

    pub fn agreement(&self) -> Option<&'a Event> {
        self.first(|k| matches!(k, EventKind::Agreement))
    }

    /// `responded` events by `party` with the given stance (any stance when `None`).
    pub fn responses(&self, party: Party, stance: Option<Stance>) -> Vec<&'a Event> {
        self.all(|k| matches!(k, EventKind::Responded { by, stance: s } if *by == party && stance.is_none_or(|want| want == *s)))
    }

    /// How far the seller's refunds so far go towards `owed`. A refund recorded without an
    /// amount counts as the full refund that was asked for.
    pub fn refund_of(&self, owed: Decimal) -> Refund<'a> {
        self.refund_by(owed, None)
    }

    /// [`Facts::refund_of`], counting only the refunds made by `due` (all, without one): a
    /// refund after the window it was owed in does not meet it.
    pub fn refund_by(&self, owed: Decimal, due: Option<Time>) -> Refund<'a> {
        let events: Vec<&Event> = self
            .all(|k| matches!(k, EventKind::RefundCompleted { .. }))
            .into_iter()
            .filter(|e| due.is_none_or(|due| e.at.value <= due))
            .collect();
        let without_amount = events
            .iter()
            .any(|e| matches!(e.kind, EventKind::RefundCompleted { amount: None }));
        let returned: Decimal = events
            .iter()
            .filter_map(|e| match e.kind {
                EventKind::RefundCompleted { amount } => amount,
                _ => None,
            })
            .sum();
        let complete = !events.is_empty() && (without_amount || returned >= owed);
        Refund {
            outstanding: if complete {
                Decimal::ZERO
            } else {
                owed - returned
            },
            returned,
            complete,
            events,
        }
    }

    /// Evidence submitted by `party` of one of `kinds`, tampered or not (what was uploaded).
    pub fn evidence_of(&self, party: Party, kinds: &[EvidenceKind]) -> Vec<&'a Evidence> {
        self.evidence
            .iter()
            .copied()
            .filter(|e| e.by == party && kinds.contains(&e.kind))
            .collect()
    }

    /// Evidence by `party` of one of `kinds` that support found tampered with.
    pub fn forged_evidence_of(&self, party: Party, kinds: &[EvidenceKind]) -> Option<&'a Evidence> {
        self.evidence_of(party, kinds)
            .into_iter()
            .find(|e| e.tampered)
    }

    /// Evidence by `party` of one of `kinds` that can support a claim: not found tampered.
    /// Forged evidence proves nothing; it only counts against the party who submitted it
    /// (buyer 6.a / seller 7.a).
    pub fn sound_evidence_of(&self, party: Party, kinds: &[EvidenceKind]) -> Vec<&'a Evidence> {
        self.evidence_of(party, kinds)
            .into_iter()
            .filter(|e| !e.tampered)
            .collect()
    }

    pub fn evidence_by_id(&self, id: &str) -> Option<&'a Evidence> {
        self.evidence.iter().copied().find(|e| e.id.value == id)
    }

    /// Valid proof: the payment's `proof` is official and untampered.
    pub fn has_valid_proof(&self, payment: &Payment) -> bool {
        payment
            .proof
            .as_ref()
            .and_then(|id| self.evidence_by_id(&id.value))
            .is_some_and(|e| e.official_source && !e.tampered)
    }

    /// Payments with valid proof.
    pub fn proven_payments(&self) -> Vec<&'a Payment> {
        self.proven_payments_by(None)
    }

    /// Payments with valid proof uploaded by `due` (any time, without one): proof after the
    /// window it was asked for does not meet it.
    pub fn proven_payments_by(&self, due: Option<Time>) -> Vec<&'a Payment> {
        self.payments
            .iter()
            .copied()
            .filter(|p| self.has_valid_proof(p))
            .filter(|p| {
                due.is_none_or(|due| {
                    p.proof
                        .as_ref()
                        .and_then(|id| self.evidence_by_id(&id.value))
                        .is_some_and(|e| e.at.value <= due)
                })
            })
            .collect()
    }

    /// Each payment with its payer's name compared with the buyer's verified name.
    pub fn payer_names(&self) -> impl Iterator<Item = (&'a Payment, &NameComparison)> {
        self.payments.iter().copied().zip(&self.payer_names)
    }

    /// Payments from someone other than the buyer: the payer's name is another person's, or
    /// it could not tell and support found the paying account someone else's.
    pub fn third_party_payments(&self) -> Vec<&'a Payment> {
        let verified = self.case.findings.paying_account_holder;
        self.payer_names()
            .filter(|(_, names)| match names.outcome {
                Identity::Different => true,
                Identity::CannotTell => verified == Some(AccountHolder::SomeoneElse),
                Identity::Same => false,
            })
            .map(|(p, _)| p)
            .collect()
    }

    /// Payments whose payer's name neither matches nor rules out the buyer, while support has
    /// not yet found who holds the paying account.
    pub fn unverified_payers(&self) -> Vec<&'a Payment> {
        if self.case.findings.paying_account_holder.is_some() {
            return Vec::new();
        }
        self.payer_names()
            .filter(|(_, names)| names.outcome == Identity::CannotTell)
            .map(|(p, _)| p)
            .collect()
    }

    /// Each payment's account compared with the order page's (the country of the order reads
    /// national phone numbers), and where support's finding or the seller's own answer says the
    /// money went.
    pub fn account_checks(&self) -> Vec<AccountCheck<'a>> {
        let order = &self.case.order;
        let page = &order.payment_method.account.value;
        let country = order.phone_country();
        let finding = self.case.findings.account_paid;
        let confirmed = !self
            .responses(Party::Seller, Some(Stance::AccountAccessible))
            .is_empty();
        self.payments
            .iter()
            .copied()
            .map(|payment| {
                let comparison = accounts::compare(page, &payment.to_account.value, country);
                let went = match (comparison.outcome, finding) {
                    (Identity::Same, _) | (_, Some(AccountPaid::OrderPage)) => {
                        Destination::OrderPage
                    }
                    (_, Some(AccountPaid::Other)) => Destination::Elsewhere,
                    _ if confirmed => Destination::OrderPage,
                    (Identity::Different, None) => Destination::Elsewhere,
                    (Identity::CannotTell, None) => Destination::Unverified,
                };
                AccountCheck {
                    payment,
                    comparison,
                    went,
                }
            })
            .collect()
    }

    /// Payments that went to an account other than the one on the order page.
    pub fn misdirected_payments(&self) -> Vec<&'a Payment> {
        self.payments_that_went(Destination::Elsewhere)
    }

    /// Payments whose account cannot be told from the order page's as written, and that nobody
    /// has verified yet.
    pub fn unverified_payments(&self) -> Vec<&'a Payment> {
        self.payments_that_went(Destination::Unverified)
    }

    fn payments_that_went(&self, went: Destination) -> Vec<&'a Payment> {
        self.account_checks()
            .into_iter()
            .filter(|check| check.went == went)
            .map(|check| check.payment)
            .collect()
    }

    /// The seller's answer that the account paid is inaccessible (seller 1.c's claim), at or
    /// after the appeal.
    pub fn seller_claims_inaccessible(&self) -> Option<&'a Event> {
        let appeal_at = self.appeal_at();
        self.responses(Party::Seller, Some(Stance::AccountInaccessible))
            .into_iter()
            .find(|e| e.at.value >= appeal_at)
    }

    /// Where the case shows the account `payment` went to given other than on the order page:
    /// a seller's chat line or the ad terms that write it (seller 1.c: only the order page
    /// binds).
    pub fn instructions_for(&self, payment: &Payment) -> Option<CaseRef> {
        let country = self.case.order.phone_country();
        let key = accounts::parse(&payment.to_account.value, country)
            .map(|a| a.form.trim_start_matches('+').to_string())
            .unwrap_or_default();
        let written = matching::account_key(&payment.to_account.value);
        let mentions = |text: &str| {
            let text = matching::account_key(text);
            (key.len() >= 6 && text.contains(&key))
                || (written.len() >= 6 && text.contains(&written))
        };
        if let Some(line) = self
            .chat
            .iter()
            .find(|line| line.from == Actor::Seller && mentions(&line.text))
        {
            return Some(CaseRef::chat(line));
        }
        self.case
            .order
            .ad_terms
            .as_ref()
            .filter(|terms| mentions(&terms.value))
            .map(|_| CaseRef::field(Field::OrderAdTerms))
    }

    /// Whether every payment went over an instant rail (a payment's own flag, else the order's).
    pub fn instant(&self) -> bool {
        let default = self.case.order.payment_method.instant;
        !self.payments.is_empty() && self.payments.iter().all(|p| p.instant.unwrap_or(default))
    }

    /// Chat lines by `speaker` that contain any of `terms`, with the terms found.
    pub fn chat_terms<'t>(
        &self,
        speaker: Option<Actor>,
        terms: &'t TermList,
    ) -> Vec<(&'a ChatLine, Vec<&'t str>)> {
        self.chat
            .iter()
            .zip(&self.chat_words)
            .filter(|(line, _)| speaker.is_none_or(|s| s == line.from))
            .filter_map(|(line, words)| {
                let found = terms.found_in(words);
                (!found.is_empty()).then_some((*line, found))
            })
            .collect()
    }

    /// Payment remarks that contain any of `terms`.
    pub fn remark_terms<'t>(&self, terms: &'t TermList) -> Vec<(&'a Payment, Vec<&'t str>)> {
        self.payments
            .iter()
            .zip(&self.remark_words)
            .filter_map(|(payment, words)| {
                let found = terms.found_in(words);
                (!found.is_empty()).then_some((*payment, found))
            })
            .collect()
    }

    /// Whether `party` released the crypto or support did.
    pub fn released_by(&self) -> Option<Actor> {
        self.released().and_then(|e| match e.kind {
            EventKind::Released { by } => Some(by),
            _ => None,
        })
    }

    /// The wall-clock "now" of the ruling.
    pub fn now(&self) -> Time {
        self.as_of
    }

    /// The policy's amount tolerance applied: is `paid` the order amount?
    pub fn amount_check(&self, policy: &Policy) -> AmountCheck {
        let amount = self.case.order.amount.value;
        let tolerance = policy.limits.amount_tolerance;
        if self.paid > amount + tolerance {
            AmountCheck::Over(self.paid - amount)
        } else if self.paid < amount - tolerance {
            AmountCheck::Under(amount - self.paid)
        } else {
            AmountCheck::Exact
        }
    }
}

/// Where a payment went: its account against the order page's.
#[derive(Debug, Clone)]
pub struct AccountCheck<'a> {
    pub payment: &'a Payment,
    /// The two accounts compared as written.
    pub comparison: AccountComparison,
    /// Where the money went, with support's finding or the seller's answer taken in.
    pub went: Destination,
}

/// Where a payment went.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Destination {
    /// The order page's account (or one the seller confirmed, or support found, is it).
    OrderPage,
    /// Another account.
    Elsewhere,
    /// Cannot be told from what is written, and not verified yet.
    Unverified,
}

/// The refunds on file measured against what is owed.
#[derive(Debug)]
pub struct Refund<'a> {
    /// The `refund_completed` events.
    pub events: Vec<&'a Event>,
    /// What they state, added up.
    pub returned: Decimal,
    /// Whether they cover what is owed.
    pub complete: bool,
    /// What is still owed.
    pub outstanding: Decimal,
}

impl Refund<'_> {
    /// Some money came back, but not all of it.
    pub fn partial(&self) -> bool {
        !self.complete && !self.events.is_empty()
    }

    pub fn refs(&self) -> Vec<CaseRef> {
        self.events.iter().map(|e| CaseRef::event(e)).collect()
    }
}

/// How the payments compare with the order amount.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AmountCheck {
    Exact,
    Over(Decimal),
    Under(Decimal),
}
