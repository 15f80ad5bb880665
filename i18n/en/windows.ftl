## Windows: support's contact with a party, evidence requests (window.*)

window-contact-trace = { $party } contacted { $start }{ $counted_from } + { $length } ({ $written }) = deadline { $due }; now { $now }
window-passed = passed
window-running = running
window-contact-if_acted = had the { $party } acted by { $due }, the outcome would differ
window-contact-if_silent = if the { $party } has not acted by { $due }, the window closes and the case is decided on what is on file
window-contact-running = support { $attempt } the { $party } at { $start }: the window of { $length } closes at { $due }
window-contact-passed = support { $attempt } the { $party } at { $start }: the window of { $length } closed at { $due }
window-contact-before_appeal = support's contact with the { $party } came before the appeal and starts no window: the { $party } must be contacted again
window-contact-none = no cs_contacted event for the { $party }
window-contact-none_since_appeal = no cs_contacted event for the { $party } since the appeal ({ $appeal }); the contact at { $early } came before it and starts no window
window-at_place = { $at } ({ $place })
window-contact-waiting = waiting: if contacted now{ $counted_from }, the deadline is { $due }
window-ask-party = { $asked } by the deadline
window-ask-contact = contact the { $party } and ask them to { $asked }; they then have { $length }
window-counted_from = { " " }(not a working day: counted from { $begin })
window-counted_from-start = { "" }
window-evidence-trace = evidence from the { $from }: { $start } ({ $since }) + { $length } = { $due }; now { $now }
window-evidence-running = { $what } is needed from the { $from } within { $length } of { $since }: the window closes at { $due }
window-evidence-passed = { $what } is needed from the { $from } within { $length } of { $since }: the window closed at { $due }
window-evidence-ask-support = add { $what } to the case
window-evidence-ask-party = submit { $what }

## How support reached a party, and what an evidence window runs from

attempt-contacted = contacted
attempt-tried = tried to reach
since-request = support's request
since-appeal = the appeal
