## Appeals by the Seller 3.a, 4.a and 5.a (seller.3a.*, seller.4a.*, seller.5a.*)

seller-3a-trace-finding = findings.malicious_buying_confirmed
seller-3a-trace-confirmed = confirmed
seller-3a-confirmed = support confirmed malicious buying: the buyer is permanently removed from P2P
seller-3a-no_appeal-notice = A permanent removal for malicious buying carries no right of appeal.
seller-3a-cancel_return = cancel the order; the crypto returns to the seller
seller-3a-trace-unpaid = buyer's unpaid orders { $unpaid } vs unpaid_threshold { $threshold }
seller-3a-trace-pattern = pattern: investigate
seller-3a-trace-below = below the threshold
seller-3a-if_fewer = with fewer than { $threshold } unpaid orders there would be no investigation
seller-3a-if_more = { $threshold } or more unpaid orders would have opened an investigation
seller-3a-pattern = the buyer left { $unpaid } orders unpaid (threshold { $threshold }): support investigates
seller-3a-investigate = investigate the buyer's unpaid orders and record findings.malicious_buying_confirmed
seller-3a-no_pattern = the buyer has { $unpaid } unpaid orders, below the threshold of { $threshold }: no pattern of malicious buying
seller-3a-unpaid_order = this order was not paid: it is cancelled and the crypto returns to the seller
seller-3a-cancel = cancel the order
seller-3a-paid_review = the buyer did pay this order: review it under the payment rules

seller-4a-agreement = the parties reached an agreement: restrictions end and the appeal is closed
seller-4a-blocked = the seller's account was blocked after the buyer's payment: the rule holds the buyer's P2P access and withdrawals while the seller's claim is examined
seller-4a-ask-seller_proof = show that the buyer caused the block (police report, chargeback or bank notice)
seller-4a-forged = the seller's evidence that the buyer caused the block ({ $kind }) was found tampered with: the claim fails and the buyer's restrictions are lifted
seller-4a-lift = lift the buyer's P2P suspension and withdrawal hold
seller-4a-if_no_seller_evidence = if the seller's evidence is not in by then, lift the buyer's restrictions
seller-4a-no_seller_evidence = the seller brought no evidence that the buyer caused the block by { $due }: the buyer's restrictions are lifted
seller-4a-seller_evidence_in = the seller brought evidence that the buyer caused the block ({ $kind }): the buyer must now answer it with documents
seller-4a-ask-buyer_documents = submit documents that support the resolution
seller-4a-buyer_contacted = support contacted the buyer at { $contact }: the documents are due { $length } after the later of that contact and the seller's evidence, by { $due }
seller-4a-trace-buyer_documents = buyer's documents: later of contact and seller's evidence { $start } + { $length } = { $due }
seller-4a-buyer_documents_in = the buyer submitted documents: a person weighs both sides
seller-4a-review_documents = review the buyer's documents against the seller's evidence
seller-4a-if_no_buyer_documents = if the buyer's documents are not in by then, disable the buyer's P2P access permanently
seller-4a-buyer_documents_missed = the buyer did not cooperate with documents by { $due }: P2P access disabled permanently, withdrawals restricted
seller-4a-cancel_keep = cancel the order; the crypto stays with the seller

seller-5a-released = the seller released the crypto without confirming the payment and bears the loss: the platform does not intervene
seller-5a-police = you may report the loss to the police; support will answer law-enforcement requests
seller-5a-ask-buyer_answer = answer support and cooperate in returning the payment or the crypto
seller-5a-trace-first_answer = the buyer's first answer to support by the deadline
seller-5a-trace-refuses = refuses to cooperate
seller-5a-trace-answered = answered
seller-5a-trace-unresponsive = none: unresponsive
seller-5a-trace-none_yet = none yet
seller-5a-buyer_answered = the buyer answered support: no sanction
seller-5a-unreachable_still_time = support could not reach the buyer at { $at }; the buyer still has until { $due } to answer
seller-5a-if_silent = if the buyer has not answered by then, suspend the buyer's P2P access until resolved
seller-5a-refuses = the buyer refuses to cooperate: P2P access suspended
seller-5a-unresponsive = the buyer did not answer support by { $due }: unresponsive, P2P access suspended
