## As palavras próprias dos renderizadores: títulos, rótulos e as partes de uma decisão em torno das mensagens
## (decisões para leitura, Markdown e HTML, a linha do tempo, a lista de trabalho de `queue`, `explain`)

# O nome do idioma no próprio idioma, para "os avisos do comprador estão em …".
language-name = Português

ruling-order = ordem { $order }
ruling-appeal = Recurso { $case }
ruling-trade = { $quantity } { $asset } por { $amount } { $fiat }
ruling-buyer = comprador { $name } ({ $uid })
ruling-seller = vendedor { $name } ({ $uid })
ruling-policy = política { $policy }
ruling-built_in = integrada
# The policy a ruling was made under: id, version, the day it is in force from, where it was
# read from, the digest's first 12 hex digits, and whether it is a modified copy.
ruling-policy_edition = { $id } { $version }{ $in_force } ({ $from }, sha256 { $sha }{ $copy })
ruling-policy_in_force = , em vigor desde { $day }
ruling-policy_modified_copy = , uma cópia modificada da integrada
ruling-as_of = na data de { $at }
ruling-replay = reconstituição: sem { $left_out }
ruling-decision = DECISÃO
ruling-rerouted = aberto sob { $filed }; os fatos o levaram para { $clause }
ruling-next_deadline = próximo prazo: { $at }
ruling-would_change = mudaria: { $outcome }
ruling-lines = { $count ->
    [one] linha { $lines }
   *[other] linhas { $lines }
}

status-pending = PENDENTE
status-final = DEFINITIVA
status-awaiting_review = AGUARDANDO REVISÃO

section-why = Fundamentos
section-who = Quem faz o quê
section-sanctions = Sanções
section-notices = Comunicar às partes
section-trace = Verificações
section-timeline = Linha do tempo
section-glance = Visão geral

column-clause = cláusula
column-finding = constatação
column-rests_on = baseia-se em
column-who = quem
column-what = o quê
column-due = prazo
column-party = parte
column-action = medida
column-length = duração
column-notice = aviso
column-checked = verificado
column-outcome = resultado
column-when = quando
column-line = linha

## Em que idioma cada parte é informada, e os avisos de uma parte informada em outro idioma

notices-languages = o comprador é informado em { $buyer }, o vendedor em { $seller }
notices-language = { $name } ({ $tag })
notices-for = Comunicar ao { $party } ({ $language })
notices-english_prevails = Esta é uma tradução para sua conveniência; prevalece o texto em inglês destes avisos.

## A linha do tempo (para leitura, Markdown e HTML)

lane-buyer = comprador
lane-seller = vendedor
lane-support = suporte
lane-platform = plataforma
timeline-heading = Linha do tempo (horários em { $offset })
timeline-as_of_rule = as_of { $at } — a decisão é tomada aqui
timeline-as_of_row = as_of: a decisão é tomada aqui
timeline-after_as_of = depois de as_of: deixado de fora
timeline-line = linha { $line }
timeline-order_created = ordem criada: { $quantity } { $asset } por { $amount } { $fiat }
timeline-paid = pagamento de { $amount } { $fiat } de { $payer } para { $account }
timeline-appeal_filed = recurso aberto: { $kind }
timeline-evidence = { $id }: { $kind } do { $party }
timeline-evidence-official = , oficial
timeline-evidence-tampered = , COM ADULTERAÇÃO
timeline-evidence-shows = , mostra os fundos
timeline-evidence-does_not_show = , não mostra os fundos
timeline-chat = chat { $id }: "{ $text }"
timeline-window-buyer_pays = o comprador paga
timeline-window-order_created = ordem criada
timeline-window-closes = o prazo termina: { $what } (início: { $from })
timeline-due = prazo: { $action }
timeline-due-from = prazo: { $action } (início do prazo: { $from })
timeline-opened-contact = o contato do suporte com o { $party }
timeline-opened-no_contact = as_of: ainda sem contato
timeline-opened-request = o pedido do suporte pelas provas do { $party }
timeline-opened-appeal = o recurso
timeline-opened-payment = o pagamento
timeline-opened-marked_paid = o comprador marcando a ordem como paga
timeline-opened-later_of = o que ocorrer por último entre o contato do suporte e as provas
timeline-window-met = prazo encerrado: { $what } (início: { $from }): cumprido
timeline-window-closed = prazo encerrado: { $what } (início: { $from })
timeline-window-appeal_timer = o temporizador de recurso de { $length }
timeline-window-of_party = o prazo de { $length } do { $party } segundo { $clause }
timeline-marked_paid = marcou a ordem como paga
timeline-appeal_opened = recurso aberto na plataforma
timeline-cs_contacted = o suporte contatou o { $party }
timeline-responded = respondeu: { $stance }
timeline-cancel_requested = pediu o cancelamento
timeline-released = liberou a criptomoeda
timeline-cancelled = ordem cancelada ({ $reason })
timeline-refunded = reembolsou { $amount } { $fiat }
timeline-refunded_buyer = reembolsou o comprador
timeline-refund_refused = recusou o reembolso
timeline-account_blocked = a conta do { $party } foi bloqueada
timeline-evidence_requested = pediu provas ao { $party }
timeline-unreachable = não conseguiu contatar o { $party }
timeline-agreement = as partes chegaram a um acordo
timeline-verification_requested = pediu verificação: { $kind }
timeline-verification_agreed = aceitou a verificação
timeline-verification_refused = recusou a verificação
timeline-off_platform = propôs negociar fora da plataforma

## O gráfico da página HTML

chart-label = linha do tempo do caso
chart-window = prazo de { $opens } ({ $from }) a { $closes }: { $what }
chart-window-not_waited_on = { $window } (a decisão não aguarda mais por ele)
chart-window-from = início: { $from }
chart-due = prazo { $at }
chart-as_of = as_of { $at }
legend-event = evento
legend-payment = pagamento
legend-evidence = prova
legend-chat = chat
legend-appeal = recurso
legend-window = prazo que a decisão aguarda
legend-window-closed = prazo cumprido ou encerrado
legend-due = prazo
legend-as_of = as_of

## A lista de trabalho de `queue`

queue-left-in = em { $span }
queue-left-overdue = { $span } de atraso
queue-overdue = ATRASADO
queue-at = em { $at }
queue-at-own = no as_of de cada caso
queue-summary = { $listed } listados de { $judged } casos julgados { $when }: { $due } com prazo pendente ({ $overdue } atrasados), { $review } aguardando revisão
queue-left-waiting = aguardando há { $span }
queue-review = REVISÃO
queue-review-since = em revisão desde { $at }
queue-what-window = { $action } (início do prazo: { $from }, { $start })
queue-not_yet = ; { $count } com recurso posterior, não listados
queue-invalid = ; { $count } inválidos
queue-column-case = caso
queue-column-decision = decisão
queue-column-who = quem
queue-column-what = o quê
queue-column-due = prazo
queue-column-left = restante
queue-column-file = arquivo
queue-column-who_what = quem: o quê

## `explain CLAUSE` e `explain TYPE` (os resumos das cláusulas estão em clauses.ftl, o
## significado dos parâmetros em params.ftl, os textos dos tipos de recurso em filing.ftl)

explain-cited_as = citada como
explain-under_policy = na política
explain-column-parameter = parâmetro
explain-column-value = valor
explain-column-placeholder = marcador
explain-column-meaning = significado
explain-yes = sim
explain-no = não
explain-decisions = decisões que pode dar
explain-branches = ramos contados por `appeal test --coverage`
explain-sample_cases = casos de exemplo que chegam a ela
explain-not_applied = não aplicada na política { $policy } { $version }: ela não tem a tabela [clauses."{ $clause }"]
explain-no_cases_folder = casos de exemplo: não há pasta `cases/` aqui; use --cases DIR para pesquisar uma pasta de casos de exemplo
explain-not_a_folder = casos de exemplo: `{ $folder }` não é uma pasta; use --cases DIR com uma pasta de casos de exemplo
explain-no_sample_case = casos de exemplo: nenhum em `{ $folder }` chega a { $clause }
explain-appeal_type = { $type } — um tipo de recurso; quem o abre: { $filed_by }
explain-goes_to = vai para: { $clauses }
explain-moved_when = os fatos o redirecionam quando:
explain-whatever_the_clause = qualquer que seja a cláusula: { $rule }
explain-gates_first = primeiro os filtros: os filtros da política (o limite de idade; na bitget, também o KYC, o temporizador, o motivo e as provas) decidem antes de qualquer cláusula
explain-clauses_it_can_reach = cláusulas a que ele pode chegar (`appeal explain CLAUSE` para cada uma):
explain-start_a_case = inicie um caso: { $command }
explain-case_format = o formato do caso: docs/case-format.md
