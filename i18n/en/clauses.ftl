## The clauses in this project's words (`appeal explain`, `appeal policy show`, the MCP
## server's clause resources): one message per clause, `clause-` and the clause id. Never the
## rules' own text: what each clause says, said our way.

# Where a clause acts in the order of evaluation.
stage-gate = a gate, checked before any clause
stage-governing = a governing clause: it decides the appeal it governs
stage-cross_cutting = a cross-cutting clause, added to any ruling
stage-notice = a notice, added to the rulings it concerns

clause-general-age_limit = Appeals about orders older than the maximum age (counted in calendar months from order creation to the appeal) may be refused; support may reopen one case by case.
clause-procedure-kyc = Both parties must have completed identity verification (KYC) for the appeal to be heard.
clause-procedure-timer = An appeal can only be filed once the order's countdown after "mark as paid" has run out.
clause-procedure-reason = An appeal must state its type and reason.
clause-procedure-evidence = The appellant must upload the evidence the procedure requires (e.g. proof of payment) before support acts.
clause-buyer-1a = The seller refuses to release after a correct payment from the buyer's own account. Inside the acceptable price band, a seller who does not answer in time loses the crypto to the buyer; outside it, the seller must refund the full payment, the order is cancelled once the refund is confirmed, and an unjustified refusal or delay releases the crypto to the buyer.
clause-buyer-1b = The seller is slow to release. After an instant payment the seller has a short window to release; after a non-instant payment a longer one in working days, within which the seller must prove non-receipt with a bank statement or the payment is taken as received.
clause-buyer-1c = The seller holds back because the buyer's payment remarks contain sensitive words. Support asks the seller to either refund or release: a release is at the seller's sole risk, a refund is at the buyer's cost.
clause-buyer-2a = The buyer paid more than the order amount. Support asks the seller to refund the excess; a seller who refuses or stays silent may have P2P access and assets frozen until it is resolved. Recovery is best effort and the platform is not liable for the buyer's mistake.
clause-buyer-3a = The buyer paid but the order was cancelled (timeout or mistake). Once payment is confirmed the seller must refund within the window; a seller who refuses is frozen at once, one who stays silent when the window closes. The platform is not liable if the seller never refunds.
clause-buyer-4a = The seller makes demands outside the norm. Extra verification is allowed only if the ad's terms disclosed that very requirement and the buyer agrees; otherwise the order is cancelled. Other out-of-policy demands (contact details, outside channels, extra fees) cancel the order and draw a sanction on the seller.
clause-buyer-5a = The seller used offensive language. Support decides sanctions at its discretion: a suspension, or a permanent ban for repeat offenders.
clause-buyer-6a = The seller committed fraud. The fraudster loses P2P access permanently and their ads are removed; their assets may be frozen when a loss is likely.
clause-seller-1a = The buyer marked the order paid without paying. Without valid proof of payment (an untampered receipt from an official banking source) in time, or if the buyer cannot be reached, the order is cancelled and the crypto returns to the seller.
clause-seller-1b = The buyer has valid proof but the seller says the money did not arrive. The seller must back the claim with a bank statement in time; without one the crypto is released, with one the payment is traced with both banks.
clause-seller-1c = The buyer paid into an account the seller cannot access. Only the payment details on the system-logged order page bind: a buyer who followed them is protected; a buyer who paid elsewhere (chat, ad terms, outside messengers) bears the loss, and repeat offenders may be banned.
clause-seller-2a = The buyer paid less than the order amount. By default the buyer may top up the shortfall in time, else the seller refunds what was received and the order is cancelled; a policy may instead release the part that was paid for.
clause-seller-3a = The buyer places orders with no intent to pay. Support investigates; once confirmed the buyer is permanently removed from P2P with no right of appeal.
clause-seller-4a = The seller's account was blocked after receiving the buyer's payment. The buyer's P2P access and withdrawals are held until resolved; the seller must show the buyer caused the block, then the buyer must cooperate with documents or be banned.
clause-seller-5a = The seller released without confirming payment and bears the loss; the platform does not intervene. A buyer who will not cooperate is suspended, and the seller may go to the police.
clause-seller-6a = The buyer used offensive language. Support decides sanctions at its discretion: a suspension, or a permanent ban for repeat offenders.
clause-seller-7a = The buyer committed fraud. The fraudster loses P2P access permanently and their ads are removed; their assets may be frozen when a loss is likely.
clause-disclaimers-timeliness = Losses from not following support's instructions within the time given are the user's own.
clause-disclaimers-off_platform = Trades, payments and arrangements made outside the platform are at the users' own risk; the platform is not liable for them.
clause-disclaimers-channels = Only the platform's own chat and support tools count; losses from outside channels (messengers, e-mail, phone) are not covered.
clause-general-finality = Support's decisions on disputes are final unless the rules say otherwise.
clause-guide-steps = An admissible appeal goes to a support agent: the appellant opens the live chat, gives the order number and the issue, and the evidence is reviewed there.
clause-guide-completed = The platform is an intermediary: payments are final once the order is completed, and it does not reopen completed orders unless one side was fraudulent or misleading.
