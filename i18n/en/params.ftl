## What each parameter of a clause means (`appeal explain`, `appeal policy show`, the policy
## schema): `param-`, the clause (or the rule two clauses share), and the parameter's key.

param-buyer-1a-price_band_pct = acceptable deviation of the order price from the reference price, ± percent
param-buyer-1a-seller_response = time the seller has to answer after support contacts them
param-buyer-1a-refund_window = time the seller has to refund when the price is out of band
param-buyer-1b-instant_release = release window after an instant (real-time) payment
param-buyer-1b-non_instant_release = release window after a non-instant payment
param-buyer-1c-decision_window = time the seller has to choose refund or release
param-buyer-1c-sensitive_terms = words in payment remarks that trigger this clause
param-buyer-2a-refund_window = time the seller has to refund the excess
param-buyer-3a-refund_window = time the seller has to refund
param-buyer-4a-verification_terms = each kind of extra verification, with the words that name it in the seller's chat and in the ad's terms; a demand is disclosed only by the ad's terms naming the same kind
param-buyer-4a-out_of_policy_terms = words in the seller's chat that mean an out-of-policy demand
param-buyer-4a-seller_sanction = sanction for an out-of-policy demand, first offence
param-buyer-4a-repeat_threshold = earlier violations at which the demand counts as repeated (suspension)
param-buyer-4a-suspension_days = days of suspension for a repeated out-of-policy demand
param-buyer-4a-buyer_response = time the buyer has to agree to or refuse a disclosed verification after support contacts them; silence until then is no refusal
param-offensive_language-offensive_terms = words in chat that support must review as offensive
param-offensive_language-suspension_days = days of P2P suspension for a confirmed offence
param-offensive_language-repeat_threshold = earlier confirmed offences at which a new one leads to a permanent ban
param-seller-1a-buyer_proof_window = time the buyer has to produce valid proof after support contacts them
param-seller-1a-false_claim_sanction = days of P2P suspension for a buyer who marked paid without paying
param-seller-1b-seller_statement_window = time the seller has to submit a bank statement
param-seller-1c-seller_response = time the seller has to show the funds bounced back
param-seller-1c-repeat_threshold = earlier violations at which the buyer is banned
param-seller-2a-mode = how an underpayment is settled
param-seller-2a-top_up_window = time the buyer has to pay the shortfall
param-seller-2a-asset_decimals = decimal places the released asset quantity is rounded down to
param-seller-3a-unpaid_threshold = unpaid orders in the platform's history that open an investigation
param-seller-4a-evidence_window = time the seller has to prove the buyer caused the block
param-seller-4a-buyer_docs_window = time the buyer has to submit documents once the seller's evidence is in
param-seller-5a-buyer_response = time the buyer has to answer support after it contacts them before counting as unresponsive
param-disclaimers-channels-channel_terms = names of outside channels that draw this notice when they appear in chat
