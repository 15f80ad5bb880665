## Appeals by the Buyer 1.a, 1.b and 1.c, and refunds the seller owes
## (buyer.1a.*, buyer.1b.*, buyer.1c.*, refund.*, payments.*)

buyer-1a-trace-reference_price = order.reference_price
buyer-1a-trace-reference_missing = missing: the price band cannot be checked
buyer-1a-reference_missing = the platform's reference price at order creation is not in the case; the price band cannot be checked
buyer-1a-ask-reference_price = the platform's reference price at order creation (order.reference_price)
buyer-1a-decide_price = decide the price question by hand: the reference price never reached the case
buyer-1a-deviation = { $deviation } %
buyer-1a-deviation-too_far = too far
buyer-1a-trace-price = price { $price } vs reference { $reference }: { $deviation } of reference, band ±{ $band } %
buyer-1a-trace-inside = inside
buyer-1a-trace-outside = outside
buyer-1a-if_outside = a price outside { $low }–{ $high } { $fiat } would have required a full refund instead of a release
buyer-1a-inside_band = the order price is { $deviation } of the reference price, inside the ±{ $band } % band: the crypto is due to the buyer
buyer-1a-ask-respond = respond or release the crypto
buyer-1a-if_not_released = if the seller has not released by then, release the crypto to the buyer
buyer-1a-not_released = the seller did not release by { $due }
buyer-1a-refused_not_released = the seller refused and did not release by { $due }; a refusal inside the band does not stop the release
buyer-1a-release = release the crypto to the buyer
buyer-1a-if_inside = a price within { $low }–{ $high } { $fiat } would have released the crypto to the buyer
buyer-1a-outside_band = the order price is { $deviation } of the reference price, outside the ±{ $band } % band: no release; the seller must refund the full { $paid }
buyer-1a-trace-payer_names = payer names vs buyer's verified name
buyer-1a-trace-mismatch = mismatch: not eligible for release
buyer-1a-third_party = the payer ({ $payers }) is not the buyer ({ $buyer }): the crypto cannot be released; the { $paid } goes back to the paying account

refund-refunded = the seller refunded the { $owed }: the order is cancelled
refund-cancel_keep = cancel the order; the crypto stays with the seller
refund-ask = refund { $outstanding } to the account it was paid from
refund-if_missed-release = if the refund has not arrived by then and the seller has no valid justification, release the crypto to the buyer
refund-if_missed-stays_owed = if the refund has not arrived by then, it stays owed: press the seller for it; the crypto is not released on this payment
refund-justified = the refund was not complete by { $due }, but support found the seller's reason valid: no release, the refund stays owed
refund-new_date = agree a new refund date with the seller and record it
refund-partly_refunded = the seller refunded only part of the payment by { $due }: neither a release nor a cancellation settles it as it stands
refund-settle_partial = settle it by hand: either the seller refunds the remaining { $outstanding } and the order is cancelled, or the buyer returns the { $returned } already refunded and the crypto is released
refund-missed-release = the seller did not refund by { $due } and gave no valid justification: the crypto goes to the buyer
refund-missed-stays_owed = the refund was not complete by { $due }: { $outstanding } stays owed
refund-now = refund { $outstanding } to the paying account now
refund-press_seller = press the seller for the refund and cancel the order once it is confirmed; the crypto stays in escrow until then
refund-late = money came back to the buyer after the window closed at { $due }: it does not undo the release
refund-send_back = send back to the seller the money returned after the window closed

payments-trace = payments
payments-trace-none_on_file = none on file
payments-none_on_file = the buyer appeals a non-release, but the case holds no payment
payments-after_proof_window = the payments recorded came after the window for proof of payment closed: they do not meet it
payments-ask-proof = proof of payment (an official bank receipt)
payments-no_proof = no proof of payment by { $due }: the order is cancelled

buyer-1b-trace-rail = payment rail
buyer-1b-trace-rail_window = { $rail } → { $parameter } = { $length }
buyer-1b-paid_in_full = the buyer paid the full amount { $method }: the seller has { $length } from support's contact to release
buyer-1b-ask-release = release the crypto
buyer-1b-ask-release_or_statement = release the crypto, or show a bank statement if the money has not arrived
buyer-1b-statement_without_funds = the seller's bank statement does not show the payment: the payment must be traced with both banks
buyer-1b-trace_banks = trace the payment with the buyer's and the seller's banks
buyer-1b-ask-trace = ask the paying bank for a transfer confirmation (trace) and upload it
buyer-1b-if_silent = after { $due } without a release, support releases the crypto
buyer-1b-not_released = the seller did not release within { $length } of support's contact
buyer-1b-no_statement = the seller answered but sent no bank statement by { $due }: the payment counts as received
buyer-1b-no_answer = the seller did not answer within { $length }: the payment counts as received

buyer-1c-remark = { $place } "{ $remarks }" ({ $terms })
buyer-1c-trace-remarks = payment remarks vs sensitive_terms
buyer-1c-trace-no_term = no sensitive word found
buyer-1c-trace-terms = { $remarks }
buyer-1c-no_term = the appeal cites sensitive remarks, but none of the policy's sensitive words is in the payment remarks
buyer-1c-terms = the payment remarks contain sensitive words: { $remarks }
buyer-1c-overpaid = the buyer also paid { $excess } more than the order amount: a refund returns all of it; after a release the excess is still owed back (buyer 2.a)
buyer-1c-underpaid = the buyer also paid { $short } less than the order amount: a release needs the shortfall paid first (seller 2.a)
buyer-1c-released = the seller released the crypto
buyer-1c-released-notice = The seller chose to release despite the sensitive remarks and alone bears any consequences of that release; the platform is not liable for them.
buyer-1c-refunded = the seller refunded the payment
buyer-1c-fees-notice = The buyer bears the fees of the refund.
buyer-1c-cancel = cancel the order
buyer-1c-ask-choice = either refund the buyer or release the crypto
buyer-1c-choice-notice = If the seller releases, the seller alone bears the consequences; if the seller refunds, the buyer bears the refund fees.
buyer-1c-if_neither = if the seller has done neither by then, escalate to a senior agent
buyer-1c-neither = the seller neither refunded nor released by { $due }
buyer-1c-senior_decides = a senior agent decides between refund and release; the rule leaves no default

## Words of the payment rails (rail-*, paid_by-*)

rail-instant = instant
rail-not_instant = not instant
paid_by-instant = by a real-time method
paid_by-non_instant = by a non-instant method
paid_by-partly_instant = and not all of it by a real-time method
