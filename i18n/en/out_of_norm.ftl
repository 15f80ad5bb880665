## Appeals by the Buyer, 4.a: the seller's demands outside the norm (buyer.4a.*)

buyer-4a-chat_line = "{ $text }" ({ $terms })
buyer-4a-off_platform = the seller proposed to trade or pay off the platform
buyer-4a-verification-request = a verification request on the order ({ $kind })
buyer-4a-demands-trace = seller chat and timeline vs verification_terms and out_of_policy_terms
buyer-4a-demands-count = { $verification } verification demand(s), { $out_of_policy } out-of-policy demand(s)
buyer-4a-out_of_policy = out-of-policy demand by the seller: { $what }
buyer-4a-verification-as_well = extra verification demanded as well: { $what }
buyer-4a-offence-trace = seller's earlier violations { $violations } vs repeat_threshold { $threshold }
buyer-4a-offence-repeat = repeat offence
buyer-4a-offence-first = first offence
buyer-4a-offence-if_fewer = with fewer than { $threshold } earlier violations the sanction would have been `{ $sanction }`
buyer-4a-offence-if_repeat = with { $threshold } or more earlier violations the seller would have been suspended
buyer-4a-offence-suspended = the seller has { $violations } earlier violation(s): suspended from P2P for { $days } days
buyer-4a-no_demand = no out-of-the-norm demand by the seller is on file (chat or timeline)
buyer-4a-ask-review_chat = review the full order chat for the demand the buyer describes
buyer-4a-verification-demanded = extra verification demanded: { $what }
buyer-4a-kind_named = { $kind } ({ $terms })
buyer-4a-kinds = { $kinds }
buyer-4a-kinds-none = none
buyer-4a-kinds-none_named = none the policy names
buyer-4a-kinds-requested = the kind requested
buyer-4a-disclosure-trace = ad terms disclose each kind of verification demanded ({ $demanded }); buyer's answer
buyer-4a-disclosure-outcome = disclosed: { $disclosed }; not disclosed: { $undisclosed }; buyer { $answer }
buyer-4a-ad_asks = { " " }(they ask only for: { $kinds })
buyer-4a-ad_asks-nothing = { "" }
buyer-4a-unnamed_kind = the verification requested is of a kind the policy does not name, so the ad's terms cannot be shown to have disclosed it before the order{ $ad_asks }
buyer-4a-undisclosed = the ad's terms did not disclose the { $kinds } demanded before the order{ $ad_asks }
buyer-4a-ask-answer = agree to or refuse the verification the ad's terms disclosed
buyer-4a-agreed = the ad's terms disclosed the verification before the order and the buyer agreed: the trade goes on
buyer-4a-ask-provide = provide the verification the ad's terms ask for
buyer-4a-ask-complete = complete the trade once the verification is in
buyer-4a-refused = the buyer refused the verification
buyer-4a-awaiting_answer = the ad's terms disclosed the verification; the buyer has not answered yet, and silence while the window runs is not a refusal
buyer-4a-if_no_answer = if the buyer has not agreed by then, cancel the order (refunding the buyer first if they paid)
buyer-4a-never_agreed = the ad's terms disclosed the verification, but the buyer did not agree to it by { $due }: the trade cannot go on
buyer-4a-ask-cancel = cancel the order
buyer-4a-refunded = the buyer's { $paid } was refunded
buyer-4a-paid = the buyer has paid { $paid }: it is refunded before the order is cancelled
buyer-4a-ask-refund = refund { $amount } to the buyer
buyer-4a-ask-cancel_after_refund = cancel the order once the refund is confirmed

## Kinds of verification a request on the order names

verification_kind-payment_screenshot = a payment screenshot
verification_kind-selfie_with_id = a selfie with ID
verification_kind-other = a check of another kind

## How the buyer answered a demand for verification

verification_answer-agreed = agreed
verification_answer-refused = refused
verification_answer-none = has not answered
