## Appeals by the Seller 1.a, 1.b, 1.c and 2.a (seller.1a.*, seller.1b.*, seller.1c.*, seller.2a.*)

seller-1a-trace-valid_proof = payments with valid proof
seller-1a-trace-none_of = none of { $payments }
seller-1a-no_payment = no payment by the buyer is on file
seller-1a-no_valid_proof = the buyer's payment has no valid proof (an untampered receipt from an official banking source)
seller-1a-cancel_return = cancel the order; the crypto returns to the seller
seller-1a-forged_proof = the proof of { $payment } was found tampered with: the buyer's claim to have paid fails and the order is cancelled
seller-1a-ask-proof = upload valid proof of payment
seller-1a-unreachable_still_time = support could not reach the buyer at { $at }; the buyer still has until { $due } to produce valid proof
seller-1a-if_no_proof = if no valid proof arrives by then, cancel the order
seller-1a-unreachable = support could not reach the buyer (tried at { $at }) and no valid proof of payment came by { $due }: the order is cancelled and the crypto returns to the seller
seller-1a-no_proof = no valid proof of payment by { $due }: the order is cancelled and the crypto returns to the seller

seller-1b-proven = the buyer's payment is backed by valid proof; the seller says the funds did not arrive
seller-1b-trace-statement = seller's bank statement
seller-1b-trace-tampered = found tampered
seller-1b-trace-shows = shows the payment
seller-1b-trace-not_shown = does not show the payment
seller-1b-forged_statement = the seller's bank statement was found tampered with: the claim that the money did not arrive is rejected and the crypto goes to the buyer
seller-1b-release = release the crypto to the buyer
seller-1b-statement_shows = the seller's own bank statement shows the payment arrived
seller-1b-statement_not_shown = the seller's bank statement does not show the payment: trace it with both banks
seller-1b-trace_banks = trace the payment with the buyer's and the seller's banks
seller-1b-ask-statement = submit a bank statement covering the payment date
seller-1b-not_yet = the seller's bank statement does not show the payment yet, but the transfer may still arrive
seller-1b-ask-release_or_later = release once the money arrives, or send a later bank statement if it has not
seller-1b-if_still_missing = if the money still has not arrived by then, trace the payment with both banks
seller-1b-if_no_statement = if no bank statement arrives by then, release the crypto to the buyer
seller-1b-no_statement = the seller sent no bank statement by { $due }: the crypto goes to the buyer
seller-1b-trace-transit = non-instant payment { $at } + { $length } = { $arrives_by }
seller-1b-trace-in_transit = may still be in transit
seller-1b-trace-arrived = should have arrived
seller-1b-in_transit = the payment was not instant and may still arrive until { $until }

seller-1c-trace-account = account paid { $paid } vs the order page's { $page }: compared as { $kinds }, { $paid_form } vs { $page_form }
seller-1c-trace-same = the same account
seller-1c-trace-different = another account
seller-1c-trace-cannot_tell = cannot tell from what is written
seller-1c-trace-confirmed = not the same as written, but the seller confirmed it is theirs or support found it is the order page's account
seller-1c-trace-found_other = support found it is another account
seller-1c-claimed-appeal = the seller's appeal claims that the account paid is not accessible
seller-1c-claimed-answer = the seller answered that the account paid is not accessible
seller-1c-claimed-instructions = the buyer paid { $account } as instructions outside the order page gave it
seller-1c-unclaimed = the buyer paid { $account }, not the order page's account { $page }, but nobody has claimed that account inaccessible: not a loss for the buyer until the seller answers or support verifies it
seller-1c-cannot_tell = the account paid ({ $account }) cannot be told from the order page's ({ $page }) as written: support verifies which account was paid before anyone bears a loss
seller-1c-trace-answers = what follows each answer
seller-1c-trace-answers-other = the seller says the account is theirs and receives (account_accessible), or support finds it is the order page's (findings.account_paid: order_page): judged as paid to the order page; the seller claims it is not accessible (account_inaccessible): seller 1.c, the buyer bears the loss; no answer by the deadline: escalate, support verifies with the payment provider
seller-1c-trace-answers-cannot_tell = support finds it is the order page's account (findings.account_paid: order_page), or the seller says it is theirs and receives (account_accessible): judged as paid to the order page; support finds another account (findings.account_paid: other): the buyer's loss if the seller claims it inaccessible, else the seller is asked about it; neither by the deadline: escalate, support verifies with the payment provider
seller-1c-ask-account = say whether { $account } is your account and receives payments (account_accessible), or is not accessible to you (account_inaccessible)
seller-1c-verify-account = verify with the payment provider whether { $account } is the order page's account, and record findings.account_paid
seller-1c-if_unanswered = if neither the seller has answered nor support has verified the account by then, escalate: support verifies with the payment provider
seller-1c-unanswered = no answer by { $due } on whether the account paid is the seller's: support verifies it with the payment provider
seller-1c-verify_with_provider = verify with the payment provider who holds the account paid, then record findings.account_paid
seller-1c-paid_elsewhere = the buyer paid to { $account } instead of the order page's account { $page }: unofficial instructions are not binding, the buyer bears the loss
seller-1c-elsewhere-notice = Payments to accounts other than the one on the order page are the payer's own error; the platform is not liable for them.
seller-1c-trace-violations = buyer's earlier violations { $violations } vs repeat_threshold { $threshold }
seller-1c-trace-repeat = repeat: permanent ban
seller-1c-trace-first = first: no sanction
seller-1c-repeat = { $violations ->
    [one] the buyer has { $violations } earlier violation of this kind: permanent ban
   *[other] the buyer has { $violations } earlier violations of this kind: permanent ban
}
seller-1c-if_repeat = with { $threshold } or more earlier violations the buyer would have been banned
seller-1c-cancel_keep = cancel the order; the crypto stays with the seller
seller-1c-paid_to_page = the buyer paid to the account on the order page ({ $page }): the buyer followed the binding details
seller-1c-bounced = the funds came back to the buyer: the order is cancelled
seller-1c-cancel = cancel the order
seller-1c-partly_bounced = only part of the { $paid } came back to the buyer: a person must reconcile what reached the seller
seller-1c-reconcile = reconcile the amounts with both banks, then release or cancel and refund the rest
seller-1c-ask-bounced = show that the funds came back to the buyer, or release
seller-1c-if_not_bounced = if the seller has not shown the funds came back by then, release the crypto to the buyer
seller-1c-not_bounced = no sign by { $due } that the funds came back: the payment stands and the crypto goes to the buyer
seller-1c-release = release the crypto to the buyer

seller-2a-trace-paid = paid { $paid } in time vs order amount { $amount } (tolerance { $tolerance })
seller-2a-trace-shortfall = shortfall { $shortfall }
seller-2a-topped_up = the payments now cover the order amount ({ $paid }): the crypto is released
seller-2a-release = release the crypto to the buyer
seller-2a-short = the buyer paid { $paid } of { $amount }: { $shortfall } short
seller-2a-out_of_range = the quantity paid for is beyond exact decimal range: a person must work it out
seller-2a-partial_release = partial release: { $quantity } for the { $paid } received (rounded down to { $decimals } decimals)
seller-2a-release_quantity = release { $quantity } to the buyer and return the rest to the seller
seller-2a-refund_remainder = refund the { $remainder } not covered by the released quantity
seller-2a-ask-top_up = pay the missing { $shortfall }
seller-2a-if_top_up = if the shortfall is paid by then, release; if not, the seller refunds the { $paid } received and the order is cancelled
seller-2a-not_topped_up = the buyer did not pay the shortfall by { $due }: the seller refunds what arrived and the order is cancelled
seller-2a-refunded = the seller refunded the { $paid } received
seller-2a-cancel = cancel the order
seller-2a-refund_held = refund the { $owed } still held to the buyer
seller-2a-cancel_once_refunded = cancel the order once the refund is confirmed
seller-2a-late_payment = { $amount } arrived at { $at }, after the window closed: it does not complete the order and goes back to the buyer as a payment of its own
seller-2a-return_late = return the { $amount } that arrived after the window closed to the buyer
