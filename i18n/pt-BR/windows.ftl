## Prazos: contato do suporte com uma parte, pedidos de provas (window.*)

window-contact-trace = { $party } contatado em { $start }{ $counted_from } + { $length } ({ $written }) = prazo { $due }; agora { $now }
window-passed = encerrado
window-running = em curso
window-contact-if_acted = se o { $party } tivesse agido até { $due }, o resultado seria outro
window-contact-if_silent = se o { $party } não agir até { $due }, o prazo se encerra e o caso é decidido com base no que consta do processo
window-contact-running = o suporte { $attempt } o { $party } em { $start }: o prazo de { $length } termina em { $due }
window-contact-passed = o suporte { $attempt } o { $party } em { $start }: o prazo de { $length } terminou em { $due }
window-contact-before_appeal = o contato do suporte com o { $party } ocorreu antes do recurso e não abre prazo: o { $party } precisa ser contatado novamente
window-contact-none = nenhum evento cs_contacted para o { $party }
window-contact-none_since_appeal = nenhum evento cs_contacted para o { $party } desde o recurso ({ $appeal }); o contato em { $early } ocorreu antes dele e não abre prazo
window-at_place = { $at } ({ $place })
window-contact-waiting = aguardando: se contatado agora{ $counted_from }, o prazo é { $due }
window-ask-party = { $asked } dentro do prazo
window-ask-contact = contate o { $party } e peça-lhe que { $asked }; a partir daí ele terá { $length }
window-counted_from = { " " }(não é dia útil: contado a partir de { $begin })
window-counted_from-start = { "" }
window-evidence-trace = provas do { $from }: { $start } ({ $since }) + { $length } = { $due }; agora { $now }
window-evidence-running = o { $from } precisa fornecer { $what } em até { $length } a partir do { $since }: o prazo termina em { $due }
window-evidence-passed = o { $from } precisava fornecer { $what } em até { $length } a partir do { $since }: o prazo terminou em { $due }
window-evidence-ask-support = adicione { $what } ao processo
window-evidence-ask-party = envie { $what }

## Como o suporte alcançou uma parte, e a partir de quando corre um prazo de provas

attempt-contacted = contatou
attempt-tried = tentou contatar
since-request = pedido do suporte
since-appeal = recurso
