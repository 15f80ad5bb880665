## The appeal types in words (`appeal explain TYPE`, `appeal new`): what each is about, where
## it goes and the facts that move it. `filing-TYPE-about`, `filing-TYPE-goes_to`, the
## re-routings `filing-route-…`.

filing-route-released = the crypto was already released (a `released` event) → the appeal is `closed`
filing-route-cancelled = the order was cancelled (a `cancelled` event) → buyer.3a
filing-route-no_payment = no payment is on file → support asks the buyer for proof; none in time → `cancel_order`
filing-route-overpaid = the payments add up to more than order.amount (beyond the policy's tolerance) → buyer.2a
filing-route-underpaid = they add up to less, or reach it only by a top-up after seller 2.a's window → seller.2a
filing-route-third_party = a payer_name names another person than the buyer's verified_name → refund only, under buyer.1a
filing-route-payer_cannot_tell = a payer_name cannot tell (a word missing, an initial) → buyer.1a waits while support verifies who holds the paying account (findings.paying_account_holder)
filing-route-other_account = a payment went to an account other than the order page's → seller.1c
filing-route-payment_not_received = under buyer.1a, the seller `responded` with `payment_not_received` → seller.1b (seller.1a without valid proof)
filing-route-seller_third_party = a proven payment's payer_name names another person than the buyer → refund only, under buyer.1a (cannot tell → buyer.1a waits on verification)
filing-route-seller_fraud_third_party = filed by the seller with no fraud established, a proven payment's payer_name names another person than the buyer → refund only, under buyer.1a (cannot tell → buyer.1a waits on verification)
filing-route-own_fraud = the fraud established (findings.fraud, or tampered evidence) is the appellant's own → the other side's fraud clause

filing-seller_not_releasing-about = The buyer paid and the seller has not released the crypto.
filing-seller_not_releasing-goes_to = buyer.1c if a payment's remarks contain a sensitive word; else buyer.1a if the seller refused (`responded` with `refuses`) or asked to cancel (`cancel_requested`); else buyer.1b
filing-sensitive_remarks-about = The seller holds back because the buyer's payment remarks contain sensitive words (crypto, an exchange's name…).
filing-sensitive_remarks-goes_to = buyer.1c
filing-overpaid-about = The buyer paid more than the order amount and wants the excess back.
filing-overpaid-goes_to = buyer.2a
filing-cancelled_after_payment-about = The buyer paid but the order was cancelled (timeout or mistake).
filing-cancelled_after_payment-goes_to = buyer.3a
filing-out_of_norm_request-about = The seller demands something outside the norm: extra verification, contact details, another channel, a fee.
filing-out_of_norm_request-goes_to = buyer.4a
filing-offensive_language-about = The other side used offensive language.
filing-offensive_language-goes_to = buyer.5a when the buyer files, seller.6a when the seller files
filing-fraud-about = The other side committed fraud (forged documents, a false claim).
filing-fraud-goes_to = buyer.6a when the buyer files, seller.7a when the seller files
filing-payment_not_received-about = The buyer marked the order paid, but the seller has not received the money.
filing-payment_not_received-goes_to = seller.1a if no payment has valid proof (evidence with official_source: true, not tampered); else seller.1b
filing-inaccessible_account-about = The buyer paid into an account the seller cannot access.
filing-inaccessible_account-goes_to = seller.1c
filing-underpaid-about = The buyer paid less than the order amount.
filing-underpaid-goes_to = seller.2a
filing-malicious_buying-about = The buyer places orders with no intent to pay.
filing-malicious_buying-goes_to = seller.3a
filing-account_blocked-about = The seller's account was blocked after receiving the buyer's payment.
filing-account_blocked-goes_to = seller.4a
filing-released_without_payment-about = The seller released the crypto without confirming the payment, and the money never came.
filing-released_without_payment-goes_to = seller.5a

# Who may file an appeal type.
filing-filed_by-buyer = the buyer
filing-filed_by-seller = the seller
filing-filed_by-either = either party

# Whatever the clause: no clause releases to an established fraudster.
filing-fraud_overrules = a ruling that would release the crypto to a buyer whose fraud is established (findings.fraud, or tampered evidence the buyer submitted) goes to seller.7a instead
