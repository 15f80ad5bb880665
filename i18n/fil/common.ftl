# Filipino: salin ng katalogong Ingles (i18n/en). Kailangang suriin ng taong matatas sa wika.

party-buyer = mamimili
party-seller = nagbebenta
party-support = support
party-system = platform

duration-minutes = { $n ->
    [one] { $n } minuto
   *[other] { $n } minuto
}
duration-hours = { $n ->
    [one] { $n } oras
   *[other] { $n } oras
}
duration-days = { $n ->
    [one] { $n } araw
   *[other] { $n } araw
}
duration-working_days = { $n ->
    [one] { $n } araw ng trabaho
   *[other] { $n } araw ng trabaho
}
duration-months = { $n ->
    [one] { $n } buwan
   *[other] { $n } buwan
}

# Lists: what comes between two items, and before the last one ("a, b and c"); the
# spaces are written as {" "} so that they are kept.
list-separator = ,{" "}
list-and = {" "}at{" "}
# Between the items of a series whose items hold commas of their own.
list-series_separator = ;{" "}

speaker-buyer = mamimili
speaker-seller = nagbebenta
speaker-cs = support

sanction-length-days = { $days ->
    [one] { $days } araw
   *[other] { $days } araw
}
sanction-length-until_resolved = hanggang malutas ang kaso
sanction-length-permanent = permanente
sanction-length-none = —

replay-later_entries = { $count ->
    [one] { $count } mas huling entry ng case file
   *[other] { $count } mas huling entry ng case file
}

evidence_kind-payment_receipt = resibo ng bayad
evidence_kind-bank_statement = bank statement
evidence_kind-screenshot = screenshot
evidence_kind-chat_export = export ng chat
evidence_kind-id_document = dokumento ng pagkakakilanlan
evidence_kind-police_report = police report
evidence_kind-chargeback_notice = abiso ng chargeback
evidence_kind-bank_notice = abiso mula sa bangko
evidence_kind-other = isang dokumento
