## The renderers' own words: headings, labels and the parts of a ruling around its messages
## (human, Markdown and HTML rulings, the timeline, the worklist of `queue`, `explain`)

# The language's own name, for "the buyer's notices are in …".
language-name = English

ruling-order = order { $order }
ruling-appeal = Appeal { $case }
ruling-trade = { $quantity } { $asset } for { $amount } { $fiat }
ruling-buyer = buyer { $name } ({ $uid })
ruling-seller = seller { $name } ({ $uid })
ruling-policy = policy { $policy }
ruling-built_in = built-in
# The policy a ruling was made under: id, version, the day it is in force from, where it was
# read from, the digest's first 12 hex digits, and whether it is a modified copy.
ruling-policy_edition = { $id } { $version }{ $in_force } ({ $from }, sha256 { $sha }{ $copy })
ruling-policy_in_force = , in force from { $day }
ruling-policy_modified_copy = , a modified copy of the built-in
ruling-as_of = as of { $at }
ruling-replay = replay: { $left_out } left out
ruling-decision = DECISION
ruling-rerouted = filed under { $filed }; the facts moved it to { $clause }
ruling-next_deadline = next deadline: { $at }
ruling-would_change = would change: { $outcome }
ruling-lines = { $count ->
    [one] line { $lines }
   *[other] lines { $lines }
}

status-pending = PENDING
status-final = FINAL
status-awaiting_review = AWAITING REVIEW

section-why = Why
section-who = Who does what
section-sanctions = Sanctions
section-notices = Tell the parties
section-trace = Trace
section-timeline = Timeline
section-glance = At a glance

column-clause = clause
column-finding = finding
column-rests_on = rests on
column-who = who
column-what = what
column-due = due
column-party = party
column-action = action
column-length = length
column-notice = notice
column-checked = checked
column-outcome = outcome
column-when = when
column-line = line

## Which language each party is told in, and the notices of a party told in another language

notices-languages = the buyer is told in { $buyer }, the seller in { $seller }
notices-language = { $name } ({ $tag })
notices-for = Tell the { $party } ({ $language })
# Said with the notices of a ruling worded in another language than English. The rules are
# drafted in English and their English version prevails over any translation (MEXC P2P Appeal
# Handling Rules, General Terms); this project's notices follow them. Never said in English.
notices-english_prevails = This is a translation for convenience; the English text of these notices prevails.

## The timeline (human, Markdown and HTML)

lane-buyer = buyer
lane-seller = seller
lane-support = support
lane-platform = platform
timeline-heading = Timeline (times at { $offset })
timeline-as_of_rule = as_of { $at } — the ruling is made here
timeline-as_of_row = as_of: the ruling is made here
timeline-after_as_of = after as_of: left out
timeline-line = line { $line }
timeline-order_created = order created: { $quantity } { $asset } for { $amount } { $fiat }
timeline-paid = paid { $amount } { $fiat } from { $payer } to { $account }
timeline-appeal_filed = appeal filed: { $kind }
timeline-evidence = { $id }: { $kind } by the { $party }
timeline-evidence-official = , official
timeline-evidence-tampered = , TAMPERED
timeline-evidence-shows = , shows the funds
timeline-evidence-does_not_show = , does not show the funds
timeline-chat = chat { $id }: "{ $text }"
timeline-window-buyer_pays = the buyer pays
timeline-window-order_created = order created
timeline-window-closes = window closes: { $what } (from { $from })
timeline-due = due: { $action }
timeline-due-from = due: { $action } (window from { $from })
timeline-opened-contact = support's contact with the { $party }
timeline-opened-no_contact = as_of: no contact yet
timeline-opened-request = support's request for the { $party }'s evidence
timeline-opened-appeal = the appeal
timeline-opened-payment = the payment
timeline-opened-marked_paid = the buyer marking the order paid
timeline-opened-later_of = the later of support's contact and the evidence
timeline-window-met = window closed: { $what } (from { $from }): met
timeline-window-closed = window closed: { $what } (from { $from })
timeline-window-appeal_timer = the appeal timer of { $length }
timeline-window-of_party = the { $party }'s { $length } under { $clause }
timeline-marked_paid = marked the order paid
timeline-appeal_opened = appeal opened on the platform
timeline-cs_contacted = support contacted the { $party }
timeline-responded = responded: { $stance }
timeline-cancel_requested = asked to cancel
timeline-released = released the crypto
timeline-cancelled = order cancelled ({ $reason })
timeline-refunded = refunded { $amount } { $fiat }
timeline-refunded_buyer = refunded the buyer
timeline-refund_refused = refused to refund
timeline-account_blocked = the { $party }'s account was blocked
timeline-evidence_requested = asked the { $party } for evidence
timeline-unreachable = could not reach the { $party }
timeline-agreement = the parties agreed
timeline-verification_requested = asked for verification: { $kind }
timeline-verification_agreed = agreed to the verification
timeline-verification_refused = refused the verification
timeline-off_platform = proposed trading off the platform

## The chart of the HTML page

chart-label = timeline of the case
chart-window = window from { $opens } ({ $from }) to { $closes }: { $what }
chart-window-not_waited_on = { $window } (the ruling no longer waits on it)
chart-window-from = from { $from }
chart-due = due { $at }
chart-as_of = as_of { $at }
legend-event = event
legend-payment = payment
legend-evidence = evidence
legend-chat = chat
legend-appeal = appeal
legend-window = window the ruling waits on
legend-window-closed = window met or closed
legend-due = due
legend-as_of = as_of

## The worklist of `queue`

queue-left-in = in { $span }
queue-left-overdue = { $span } overdue
queue-overdue = OVERDUE
queue-at = at { $at }
queue-at-own = at each case's own as_of
queue-summary = { $listed } listed of { $judged } cases judged { $when }: { $due } due ({ $overdue } overdue), { $review } awaiting review
queue-left-waiting = waiting { $span }
queue-review = REVIEW
queue-review-since = review since { $at }
queue-what-window = { $action } (window from { $from }, { $start })
queue-not_yet = ; { $count } appealed later, not listed
queue-invalid = ; { $count } invalid
queue-column-case = case
queue-column-decision = decision
queue-column-who = who
queue-column-what = what
queue-column-due = due
queue-column-left = left
queue-column-file = file
queue-column-who_what = who: what

## `explain CLAUSE` and `explain TYPE` (the clauses' summaries are in clauses.ftl, the
## parameters' meanings in params.ftl, the appeal types' texts in filing.ftl)

explain-cited_as = cited as
explain-under_policy = under policy
explain-column-parameter = parameter
explain-column-value = value
explain-column-placeholder = placeholder
explain-column-meaning = meaning
explain-yes = yes
explain-no = no
explain-decisions = decisions it can give
explain-branches = branches counted by `appeal test --coverage`
explain-sample_cases = sample cases that reach it
explain-not_applied = not applied under policy { $policy } { $version }: it has no [clauses."{ $clause }"] table
explain-no_cases_folder = sample cases: there is no `cases/` folder here; pass --cases DIR to search a folder of sample cases
explain-not_a_folder = sample cases: `{ $folder }` is not a folder; pass --cases DIR with a folder of sample cases
explain-no_sample_case = sample cases: none under `{ $folder }` reaches { $clause }
explain-appeal_type = { $type } — an appeal type, filed by { $filed_by }
explain-goes_to = goes to: { $clauses }
explain-moved_when = the facts move it when:
explain-whatever_the_clause = whatever the clause: { $rule }
explain-gates_first = gates first: the policy's gates (the age limit; under bitget KYC, the timer, the reason and the evidence) decide before any clause
explain-clauses_it_can_reach = clauses it can reach (`appeal explain CLAUSE` for each):
explain-start_a_case = start a case: { $command }
explain-case_format = the case format: docs/case-format.md
