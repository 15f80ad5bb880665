//! The decision vocabulary: what a ruling can decide, its status, the parties, who a follow-up
//! is for, and the measures that can be taken against a party.

use crate::vocab::words::word_enum;

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
    /// Who a follow-up is for.
    Actor {
        Buyer = "buyer",
        Seller = "seller",
        Support = "support",
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
