//! The placeholder values `appeal new` writes into a template, which a real case replaces: a
//! case that still has them is most likely the template itself, judged by mistake, and its
//! ruling is the template's (a warning, `appeal::warning::placeholders`).

use crate::model::case::LoadedCase;
use crate::reading::diagnostics::Problem;

/// The case id of a template.
pub const CASE_ID: &str = "APL-2025-0420";
/// Its order number.
pub const ORDER_NUMBER: &str = "2025061500042117";
/// The buyer's and the seller's uids.
pub const BUYER_UID: &str = "B-20250615";
pub const SELLER_UID: &str = "S-20250615";

/// The warning for a case that kept at least two of the template's identifying placeholders
/// (one could be chance), at its case id.
pub fn check(loaded: &LoadedCase) -> Option<Problem> {
    let case = &loaded.case;
    let kept: Vec<&str> = [
        ("case", case.id.value == CASE_ID),
        ("order.id", case.order.id.value == ORDER_NUMBER),
        ("buyer.uid", case.buyer.uid == BUYER_UID),
        ("seller.uid", case.seller.uid == SELLER_UID),
    ]
    .into_iter()
    .filter(|(_, kept)| *kept)
    .map(|(field, _)| field)
    .collect();
    (kept.len() >= 2).then(|| Problem::template_placeholders(&kept, &case.id.span))
}
