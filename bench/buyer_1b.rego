# The peer of `appeal judge` in bench/run.sh: one clause of the MEXC rule book written in Rego
# and evaluated by regorus over the same case file. MEXC P2P Appeal Handling Rules, Appeals by
# the Buyer, 1.b (the seller does not release in time), with the windows of policy/mexc.toml:
# 1 hour after support contacts the seller for an instant payment, 2 working days (Singapore
# calendar, Saturday and Sunday off) otherwise.
#
#   regorus eval -d bench/buyer_1b.rego -i CASE.yaml data.appeal.buyer_1b.ruling
#
# It is one rule and nothing around it: no gates, no routing to other clauses, no validation of
# the case, no diagnostics. It is here to say what evaluating a single rule over a YAML file
# costs, not to replace the engine.
package appeal.buyer_1b

import rego.v1

timezone := "Asia/Singapore"

hour_ns := 3600 * 1000000000

day_ns := 24 * hour_ns

as_of := time.parse_rfc3339_ns(input.as_of)

seller_contacts := [t |
	some event in input.timeline
	event.event == "cs_contacted"
	event.party == "seller"
	t := time.parse_rfc3339_ns(event.at)
]

contacted if count(seller_contacts) > 0

contact := min(seller_contacts) if contacted

# Support has not contacted the seller yet: the window counts as if it did so now.
contact := as_of if not contacted

released if {
	some event in input.timeline
	event.event == "released"
}

instant if input.order.payment_method.instant == true

working_day(ns) if not time.weekday([ns, timezone]) in {"Saturday", "Sunday"}

# The end of the second working day after the contact: the contact's time of day on the
# second later day that is neither a Saturday nor a Sunday.
second_working_day := [ns |
	some k in numbers.range(1, 9)
	ns := contact + k * day_ns
	working_day(ns)
][1]

deadline := contact + hour_ns if instant

deadline := second_working_day if not instant

seller_responded if {
	some event in input.timeline
	event.event == "responded"
	event.by == "seller"
	time.parse_rfc3339_ns(event.at) <= deadline
}

statement_shows_no_receipt if {
	some item in input.evidence
	item.by == "seller"
	item.kind == "bank_statement"
	item.shows_receipt == false
	time.parse_rfc3339_ns(item.at) <= deadline
}

ruling := {"decision": "closed", "status": "final", "clause": "buyer.1b"} if released

ruling := {"decision": "release_to_buyer", "status": "pending", "clause": "buyer.1b", "next_deadline": time.format([deadline, timezone, "2006-01-02T15:04:05Z07:00"])} if {
	not released
	as_of < deadline
}

ruling := {"decision": "release_to_buyer", "status": "final", "clause": "buyer.1b"} if {
	not released
	as_of >= deadline
	instant
}

ruling := {"decision": "escalate", "status": "final", "clause": "buyer.1b"} if {
	not released
	as_of >= deadline
	not instant
	statement_shows_no_receipt
}

ruling := {"decision": "release_to_buyer", "status": "final", "clause": "buyer.1b"} if {
	not released
	as_of >= deadline
	not instant
	not statement_shows_no_receipt
	not seller_responded
}

ruling := {"decision": "escalate", "status": "final", "clause": "buyer.1b"} if {
	not released
	as_of >= deadline
	not instant
	not statement_shows_no_receipt
	seller_responded
}
