## The Bitget P2P Appeal Guide, and appeals whose clause the policy does not apply (guide.*)

guide-completed-trace = order completed (released), no fraud finding
guide-completed-no_intervention = no intervention
guide-completed-final = the order was completed; the platform is an intermediary and completed payments are final
guide-completed-ask-tell = tell the appellant the order stays completed; a claim that the other side was fraudulent or misleading needs its evidence and a fraud finding (findings.fraud)
guide-completed-notice = The platform is an intermediary: a payment is final once the order is completed, and losses after completion are not covered unless a side was fraudulent or misleading.
guide-completed-fraud_trace = order completed ({ $released }), but a fraud finding or tampered evidence is on file
guide-completed-not_protected = not applied: a completed order does not protect a fraudulent side
guide-steps-trace = { $clause } is not applied under this policy
guide-steps-escalate = escalate to a support agent
guide-steps-to_agent = the appeal is admissible and goes to a support agent; this policy has no substantive rule for it
guide-steps-fraud_on_file = a fraud finding or tampered evidence is on file: the completed-order rule does not protect a fraudulent side
guide-steps-ask-live_chat = open the live chat (Help, bottom right), choose a language and describe the appeal
guide-steps-ask-order_number = give the agent the order number { $order } and the issue
guide-steps-ask-review = review the uploaded evidence (payment proof, transfer screenshots) and resolve the appeal in the chat
guide-no_clause-trace = clause table
guide-no_clause-absent = not in this policy
guide-no_clause-escalate = this policy does not apply { $clause }, the clause for this appeal: a person must decide
guide-no_clause-ask-decide = decide by hand: the policy has no [clauses."{ $clause }"] table
