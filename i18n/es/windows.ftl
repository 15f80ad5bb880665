## Plazos: contacto del soporte con una parte, solicitudes de pruebas (window.*)

window-contact-trace = { $party } contactado el { $start }{ $counted_from } + { $length } ({ $written }) = plazo { $due }; ahora { $now }
window-passed = vencido
window-running = en curso
window-contact-if_acted = si el { $party } hubiera actuado a más tardar el { $due }, el resultado sería otro
window-contact-if_silent = si el { $party } no ha actuado a más tardar el { $due }, el plazo se cierra y el caso se decide con lo que consta en el expediente
window-contact-running = el soporte { $attempt } al { $party } el { $start }: el plazo de { $length } vence el { $due }
window-contact-passed = el soporte { $attempt } al { $party } el { $start }: el plazo de { $length } venció el { $due }
window-contact-before_appeal = el contacto del soporte con el { $party } fue anterior a la apelación y no abre ningún plazo: hay que contactar de nuevo al { $party }
window-contact-none = ningún evento cs_contacted para el { $party }
window-contact-none_since_appeal = ningún evento cs_contacted para el { $party } desde la apelación ({ $appeal }); el contacto del { $early } fue anterior a ella y no abre ningún plazo
window-at_place = { $at } ({ $place })
window-contact-waiting = en espera: si se le contacta ahora{ $counted_from }, el plazo vence el { $due }
window-ask-party = { $asked } dentro del plazo
window-ask-contact = contacte al { $party } y pídale que { $asked }; a partir de entonces tendrá { $length }
window-counted_from = { " " }(no es día hábil: se cuenta desde { $begin })
window-counted_from-start = { "" }
window-evidence-trace = pruebas del { $from }: { $start } ({ $since }) + { $length } = { $due }; ahora { $now }
window-evidence-running = se necesita { $what } del { $from } dentro de { $length } a partir de { $since }: el plazo vence el { $due }
window-evidence-passed = se necesitaba { $what } del { $from } dentro de { $length } a partir de { $since }: el plazo venció el { $due }
window-evidence-ask-support = agregue { $what } al expediente
window-evidence-ask-party = envíe { $what }

## Cómo el soporte se comunicó con una parte, y desde cuándo corre un plazo de pruebas

attempt-contacted = contactó
attempt-tried = intentó contactar
since-request = la solicitud del soporte
since-appeal = la apelación
