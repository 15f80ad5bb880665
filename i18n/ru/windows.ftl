## Сроки: связь поддержки со стороной, запросы доказательств (window.*)

window-contact-trace = связь со стороной ({ $party }) { $start }{ $counted_from } + { $length } ({ $written }) = срок { $due }; сейчас { $now }
window-passed = истёк
window-running = идёт
window-contact-if_acted = если бы сторона ({ $party }) выполнила действие до { $due }, исход был бы иным
window-contact-if_silent = если сторона ({ $party }) не выполнит действие до { $due }, срок закроется и дело будет решено по имеющимся материалам
window-contact-running = поддержка { $attempt } стороной ({ $party }) в { $start }: срок { $length } истекает в { $due }
window-contact-passed = поддержка { $attempt } стороной ({ $party }) в { $start }: срок { $length } истёк в { $due }
window-contact-before_appeal = связь поддержки со стороной ({ $party }) была до апелляции и не открывает срок: со стороной ({ $party }) нужно связаться снова
window-contact-none = нет события cs_contacted для стороны ({ $party })
window-contact-none_since_appeal = нет события cs_contacted для стороны ({ $party }) после апелляции ({ $appeal }); связь в { $early } была раньше и не открывает срок
window-at_place = { $at } ({ $place })
window-contact-waiting = ожидание: при связи сейчас{ $counted_from } срок истечёт в { $due }
window-ask-party = { $asked } до истечения срока
window-ask-contact = связаться со стороной ({ $party }) и попросить { $asked }; после этого у неё есть { $length }
window-counted_from = { " " }(нерабочий день: отсчёт с { $begin })
window-counted_from-start = { "" }
window-evidence-trace = доказательства от стороны ({ $from }): { $start } ({ $since }) + { $length } = { $due }; сейчас { $now }
window-evidence-running = от стороны ({ $from }) требуется: { $what }, срок { $length } с момента «{ $since }»: истекает в { $due }
window-evidence-passed = от стороны ({ $from }) требуется: { $what }, срок { $length } с момента «{ $since }»: истёк в { $due }
window-evidence-ask-support = добавить в дело: { $what }
window-evidence-ask-party = предоставить: { $what }

## Как поддержка связалась со стороной и от чего отсчитывается срок для доказательств

attempt-contacted = связалась со
attempt-tried = пыталась связаться со
since-request = запрос поддержки
since-appeal = апелляция
