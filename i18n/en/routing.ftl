## Choosing the governing clause: the facts that re-route an appeal, and the checks behind them (routing.*)

routing-fraud-own = the fraud established is the { $party }'s own
routing-released-already = the crypto was already released
routing-buyer_3a-cancelled_after_payment = the order was cancelled after the buyer paid
routing-buyer_2a-overpaid = the buyer paid { $excess } more than the order amount
routing-seller_2a-underpaid = the buyer paid { $short } less than the order amount
routing-seller_2a-late_top_up = the buyer was { $short } short until after the window to top up closed ({ $closes })
routing-buyer_1a-third_party = the payment came from an account not in the buyer's verified name
routing-seller_1c-other_account = the payment went to an account other than the one on the order page
routing-seller_1c-account_unverified = the account paid cannot be told from the order page's as written
routing-seller_1ab-not_arrived = the seller answered that the payment has not arrived
routing-amount-trace = paid { $paid } vs order amount { $amount } (tolerance { $tolerance })
routing-amount-exact = the correct amount
routing-amount-over = { $excess } over
routing-amount-under = { $short } short
routing-payer-trace = payer names vs the buyer's verified name (accents, case and spacing folded, other scripts transliterated)
routing-payer-match = match
routing-payer-someone_else = a payer is someone else
routing-rerouted = filed under { $filed }, but { $why }: { $clause } governs
routing-trace = fact routing
routing-rerouted-trace = re-routed to { $clause }: { $why }
routing-released-trace = order released before the ruling
routing-released-closed = closed
routing-overruled-trace = release to the buyer
routing-overruled = overruled: fraud by the buyer is established, { $fraud } governs
routing-overruled-release = { $clause } would release the crypto to the buyer, but the buyer's fraud is established: { $fraud } governs and the crypto is not released
