## Appeals by the Buyer about money paid: 2.a overpayment, 3.a an order cancelled after payment, and the refund both owe (buyer.2a.*, buyer.3a.*, buyer.refund.*)

buyer-2a-trace = paid { $paid } vs order amount { $amount }
buyer-2a-excess = excess { $excess }
buyer-2a-notice = Refunds of an overpayment are made on a best-effort basis; the platform is not liable for the buyer's mistake.
buyer-2a-no_excess = the payments ({ $paid }) do not exceed the order amount ({ $amount }): there is no excess to refund
buyer-2a-overpaid = the buyer paid { $paid } for an order of { $amount }: { $excess } too much
buyer-2a-ask-see_release = the order amount itself is paid in full: see that the seller releases the crypto (buyer 1.b applies if not)
buyer-2a-refunded = the seller refunded the excess { $excess }
buyer-refund-refused_before_appeal = the seller refused to refund at { $at }, before the appeal: only an answer to support's request counts
buyer-refund-refused = the seller refused to refund at { $at }
buyer-refund-ask = refund { $what } { $amount } to the buyer
buyer-refund-refusal_trace = seller's refusal at { $refused } vs the window closing at { $due }
buyer-refund-frozen_at_once = refused before the window closed: frozen at once
buyer-refund-if_not_refused = without the refusal the ruling would wait for the window to close before freezing the seller
buyer-refund-refused_in_time = the seller refused { $when }: the seller's P2P access and assets are frozen at once, until the refund is made
buyer-refund-before_window_closed = before the window closed at { $due }
buyer-refund-before_contact = before support contacted them
buyer-refund-if_not_refunded = if the refund is not complete by then, freeze the seller's P2P access and assets until it is
buyer-refund-not_refunded = the refund was not complete by { $due }: the seller's P2P access and assets are frozen until it is
buyer-refund-ask-now = refund { $what } { $amount } to the buyer now
buyer-refund-ask-freeze = freeze the seller's P2P access and assets; lift the freeze once the refund is confirmed
buyer-3a-proof-trace = payments with valid proof (official source, untampered)
buyer-3a-proof-count = { $proven } of { $payments }
buyer-3a-no_valid_proof = the buyer's payment is not confirmed by valid proof (an untampered receipt from an official banking source)
buyer-3a-proof-what = valid proof of payment: an official, untampered bank receipt
buyer-3a-no_proof_by = no valid proof of payment by { $due }: the cancellation stands
buyer-3a-notice = If the seller refuses to refund, the platform is not liable for the loss from this order.
buyer-3a-confirmed = the buyer's payment of { $owed } is confirmed and the order was cancelled: the seller must refund it
buyer-3a-refunded = the seller refunded the { $owed }

## What a seller refunds to the buyer

refund_of-excess = the excess
refund_of-payment = the
