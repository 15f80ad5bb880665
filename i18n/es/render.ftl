## Las palabras propias de los renderizadores: títulos, etiquetas y las partes de un fallo en torno a sus mensajes
## (fallos para lectura, Markdown y HTML, la cronología, la lista de trabajo de `queue`, `explain`)

# El nombre del idioma en el propio idioma, para "los avisos del comprador están en …".
language-name = Español

ruling-order = orden { $order }
ruling-appeal = Apelación { $case }
ruling-trade = { $quantity } { $asset } por { $amount } { $fiat }
ruling-buyer = comprador { $name } ({ $uid })
ruling-seller = vendedor { $name } ({ $uid })
ruling-policy = política { $policy }
ruling-built_in = integrada
# The policy a ruling was made under: id, version, the day it is in force from, where it was
# read from, the digest's first 12 hex digits, and whether it is a modified copy.
ruling-policy_edition = { $id } { $version }{ $in_force } ({ $from }, sha256 { $sha }{ $copy })
ruling-policy_in_force = , vigente desde el { $day }
ruling-policy_modified_copy = , una copia modificada de la integrada
ruling-as_of = a la fecha { $at }
ruling-replay = reconstrucción: sin { $left_out }
ruling-decision = DECISIÓN
ruling-rerouted = presentada bajo { $filed }; los hechos la llevaron a { $clause }
ruling-next_deadline = próximo vencimiento: { $at }
ruling-would_change = cambiaría: { $outcome }
ruling-lines = { $count ->
    [one] línea { $lines }
   *[other] líneas { $lines }
}

status-pending = PENDIENTE
status-final = DEFINITIVA
status-awaiting_review = EN ESPERA DE REVISIÓN

section-why = Fundamentos
section-who = Quién hace qué
section-sanctions = Sanciones
section-notices = Comunicar a las partes
section-trace = Verificaciones
section-timeline = Cronología
section-glance = Resumen

column-clause = cláusula
column-finding = determinación
column-rests_on = se basa en
column-who = quién
column-what = qué
column-due = vence
column-party = parte
column-action = medida
column-length = duración
column-notice = aviso
column-checked = verificado
column-outcome = resultado
column-when = cuándo
column-line = línea

## En qué idioma se informa a cada parte, y los avisos de una parte informada en otro idioma

notices-languages = al comprador se le informa en { $buyer }, al vendedor en { $seller }
notices-language = { $name } ({ $tag })
notices-for = Comunicar al { $party } ({ $language })
notices-english_prevails = Esta es una traducción para su comodidad; prevalece el texto en inglés de estos avisos.

## La cronología (para lectura, Markdown y HTML)

lane-buyer = comprador
lane-seller = vendedor
lane-support = soporte
lane-platform = plataforma
timeline-heading = Cronología (horas en { $offset })
timeline-as_of_rule = as_of { $at } — aquí se dicta el fallo
timeline-as_of_row = as_of: aquí se dicta el fallo
timeline-after_as_of = después de as_of: queda fuera
timeline-line = línea { $line }
timeline-order_created = orden creada: { $quantity } { $asset } por { $amount } { $fiat }
timeline-paid = pago de { $amount } { $fiat } de { $payer } a { $account }
timeline-appeal_filed = apelación presentada: { $kind }
timeline-evidence = { $id }: { $kind } del { $party }
timeline-evidence-official = , oficial
timeline-evidence-tampered = , CON ADULTERACIÓN
timeline-evidence-shows = , muestra los fondos
timeline-evidence-does_not_show = , no muestra los fondos
timeline-chat = chat { $id }: "{ $text }"
timeline-window-buyer_pays = el comprador paga
timeline-window-order_created = orden creada
timeline-window-closes = vence el plazo: { $what } (inicio: { $from })
timeline-due = vence: { $action }
timeline-due-from = vence: { $action } (inicio del plazo: { $from })
timeline-opened-contact = el contacto del soporte con el { $party }
timeline-opened-no_contact = as_of: aún sin contacto
timeline-opened-request = la solicitud del soporte de pruebas del { $party }
timeline-opened-appeal = la apelación
timeline-opened-payment = el pago
timeline-opened-marked_paid = el comprador marca la orden como pagada
timeline-opened-later_of = lo último entre el contacto del soporte y las pruebas
timeline-window-met = plazo vencido: { $what } (inicio: { $from }): cumplido
timeline-window-closed = plazo vencido: { $what } (inicio: { $from })
timeline-window-appeal_timer = el temporizador de apelación de { $length }
timeline-window-of_party = el plazo de { $length } del { $party } según { $clause }
timeline-marked_paid = marcó la orden como pagada
timeline-appeal_opened = apelación abierta en la plataforma
timeline-cs_contacted = el soporte contactó al { $party }
timeline-responded = respondió: { $stance }
timeline-cancel_requested = pidió cancelar
timeline-released = liberó la criptomoneda
timeline-cancelled = orden cancelada ({ $reason })
timeline-refunded = reembolsó { $amount } { $fiat }
timeline-refunded_buyer = reembolsó al comprador
timeline-refund_refused = se negó a reembolsar
timeline-account_blocked = la cuenta del { $party } fue bloqueada
timeline-evidence_requested = pidió pruebas al { $party }
timeline-unreachable = no pudo contactar al { $party }
timeline-agreement = las partes llegaron a un acuerdo
timeline-verification_requested = pidió una verificación: { $kind }
timeline-verification_agreed = aceptó la verificación
timeline-verification_refused = rechazó la verificación
timeline-off_platform = propuso operar fuera de la plataforma

## El gráfico de la página HTML

chart-label = cronología del caso
chart-window = plazo del { $opens } ({ $from }) al { $closes }: { $what }
chart-window-not_waited_on = { $window } (el fallo ya no lo espera)
chart-window-from = inicio: { $from }
chart-due = vence { $at }
chart-as_of = as_of { $at }
legend-event = evento
legend-payment = pago
legend-evidence = prueba
legend-chat = chat
legend-appeal = apelación
legend-window = plazo que espera el fallo
legend-window-closed = plazo cumplido o vencido
legend-due = vencimiento
legend-as_of = as_of

## La lista de trabajo de `queue`

queue-left-in = en { $span }
queue-left-overdue = { $span } de retraso
queue-overdue = VENCIDO
queue-at = el { $at }
queue-at-own = en el as_of de cada caso
queue-summary = { $listed } listados de { $judged } casos evaluados { $when }: { $due } por vencer ({ $overdue } vencidos), { $review } en espera de revisión
queue-left-waiting = en espera desde hace { $span }
queue-review = REVISIÓN
queue-review-since = en revisión desde el { $at }
queue-what-window = { $action } (inicio del plazo: { $from }, { $start })
queue-not_yet = ; { $count } apelados más tarde, no listados
queue-invalid = ; { $count } no válidos
queue-column-case = caso
queue-column-decision = decisión
queue-column-who = quién
queue-column-what = qué
queue-column-due = vence
queue-column-left = restante
queue-column-file = archivo
queue-column-who_what = quién: qué

## `explain CLAUSE` y `explain TYPE` (los resúmenes de las cláusulas están en clauses.ftl, el
## significado de los parámetros en params.ftl, los textos de los tipos de apelación en filing.ftl)

explain-cited_as = citada como
explain-under_policy = en la política
explain-column-parameter = parámetro
explain-column-value = valor
explain-column-placeholder = marcador
explain-column-meaning = significado
explain-yes = sí
explain-no = no
explain-decisions = decisiones que puede dar
explain-branches = ramas contadas por `appeal test --coverage`
explain-sample_cases = casos de ejemplo que llegan a ella
explain-not_applied = no se aplica en la política { $policy } { $version }: no tiene la tabla [clauses."{ $clause }"]
explain-no_cases_folder = casos de ejemplo: aquí no hay una carpeta `cases/`; use --cases DIR para buscar en una carpeta de casos de ejemplo
explain-not_a_folder = casos de ejemplo: `{ $folder }` no es una carpeta; use --cases DIR con una carpeta de casos de ejemplo
explain-no_sample_case = casos de ejemplo: ninguno en `{ $folder }` llega a { $clause }
explain-appeal_type = { $type } — un tipo de apelación, presentada por { $filed_by }
explain-goes_to = va a: { $clauses }
explain-moved_when = los hechos la redirigen cuando:
explain-whatever_the_clause = sea cual sea la cláusula: { $rule }
explain-gates_first = primero los filtros: los filtros de la política (el límite de antigüedad; en bitget, también el KYC, el temporizador, el motivo y las pruebas) deciden antes de cualquier cláusula
explain-clauses_it_can_reach = cláusulas a las que puede llegar (`appeal explain CLAUSE` para cada una):
explain-start_a_case = inicie un caso: { $command }
explain-case_format = el formato del caso: docs/case-format.md
