# English: the source catalogue. Every other language translates each message of it.
# Message ids are the codes of the ruling (`buyer.1a.inside_band` is `buyer-1a-inside_band`).

## The parties and who acts

party-buyer = buyer
party-seller = seller
party-support = support
party-system = platform

## Lengths of time as rulings write them

duration-minutes = { $n ->
    [one] { $n } minute
   *[other] { $n } minutes
}
duration-hours = { $n ->
    [one] { $n } hour
   *[other] { $n } hours
}
duration-days = { $n ->
    [one] { $n } day
   *[other] { $n } days
}
duration-working_days = { $n ->
    [one] { $n } working day
   *[other] { $n } working days
}
duration-months = { $n ->
    [one] { $n } month
   *[other] { $n } months
}

## Joining words

# Lists: what comes between two items, and before the last one ("a, b and c"); the
# spaces are written as {" "} so that they are kept.
list-separator = ,{" "}
list-and = {" "}and{" "}
# Between the items of a series whose items hold commas of their own.
list-series_separator = ;{" "}

## Who wrote a chat line

speaker-buyer = buyer
speaker-seller = seller
speaker-cs = cs

## How long a sanction lasts (sanction.length.*)

sanction-length-days = { $days ->
    [one] { $days } day
   *[other] { $days } days
}
sanction-length-until_resolved = until resolved
sanction-length-permanent = permanent
sanction-length-none = —

## What a replay at an earlier moment left out (replay.*)

replay-later_entries = { $count ->
    [one] { $count } later entry of the case file
   *[other] { $count } later entries of the case file
}

## Kinds of evidence (evidence_kind-*)

evidence_kind-payment_receipt = a payment receipt
evidence_kind-bank_statement = a bank statement
evidence_kind-screenshot = a screenshot
evidence_kind-chat_export = a chat export
evidence_kind-id_document = an identity document
evidence_kind-police_report = a police report
evidence_kind-chargeback_notice = a chargeback notice
evidence_kind-bank_notice = a notice from the bank
evidence_kind-other = a document
