//! The decision vocabulary: what a ruling can decide, its status, the parties, who a follow-up
//! is for, and the measures that can be taken against a party.

use crate::vocab::words::{spelling, word_enum};

word_enum! {
    /// What happens to the order and the escrowed crypto.
    Decision {
        ReleaseToBuyer = "release_to_buyer",
        RefundBuyer = "refund_buyer",
        RefundExcess = "refund_excess",
        CancelOrder = "cancel_order",
        SellerChoice = "seller_choice",
        Proceed = "proceed",
        NoIntervention = "no_intervention",
        LiftRestrictions = "lift_restrictions",
        RequestEvidence = "request_evidence",
        Escalate = "escalate",
        Closed = "closed",
        RefusedOutOfTime = "refused_out_of_time",
        Inadmissible = "inadmissible",
    }
}

word_enum! {
    /// `pending`: waiting for a party's action before `next_deadline`; `final`: no later fact
    /// changes it, its own carrying out aside; `awaiting_review`: an escalation, waiting on a
    /// person's finding, which then decides the case.
    Status {
        Pending = "pending",
        Final = "final",
        AwaitingReview = "awaiting_review",
    }
}

word_enum! {
    /// A party to the order.
    Party {
        Buyer = "buyer",
        Seller = "seller",
    }
}

impl Party {
    pub fn other(self) -> Party {
        match self {
            Party::Buyer => Party::Seller,
            Party::Seller => Party::Buyer,
        }
    }
}

word_enum! {
    /// Who takes part in an order's story: its two parties, support (the platform's people) and
    /// the platform itself (what its system does on its own). A follow-up is for a party or
    /// support; the timeline's events and the chart's lanes use all four. Files spell them in
    /// their own words (a case file writes support as `cs`): see the spellings in
    /// `model::case` and `model::ruling`.
    Actor {
        Buyer = "buyer",
        Seller = "seller",
        Support = "support",
        Platform = "platform",
    }
}

impl Actor {
    /// Every actor, in the order the chart draws their lanes.
    pub const ALL: [Actor; 4] = [Actor::Buyer, Actor::Seller, Actor::Support, Actor::Platform];

    /// The party this actor is, if a party.
    pub fn party(self) -> Option<Party> {
        match self {
            Actor::Buyer => Some(Party::Buyer),
            Actor::Seller => Some(Party::Seller),
            Actor::Support | Actor::Platform => None,
        }
    }
}

impl From<Party> for Actor {
    fn from(party: Party) -> Actor {
        match party {
            Party::Buyer => Actor::Buyer,
            Party::Seller => Actor::Seller,
        }
    }
}

spelling! {
    /// Who a follow-up is for.
    FollowUpOwner as "Actor" for Actor {
        "buyer" => Buyer,
        "seller" => Seller,
        "support" => Support,
    }
}

word_enum! {
    /// A measure taken against a party.
    SanctionAction {
        Warning = "warning",
        SuspendP2p = "suspend_p2p",
        PermanentBan = "permanent_ban",
        FreezeP2p = "freeze_p2p",
        FreezeAssets = "freeze_assets",
        RemoveAds = "remove_ads",
        DisableWithdrawals = "disable_withdrawals",
    }
}
