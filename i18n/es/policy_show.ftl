## `appeal policy show`: las líneas, encabezados y notas en torno a los ajustes y parámetros

policy_show-title = { $id } — { $title } (versión { $version })
policy_show-chosen_by-order_created = órdenes creadas
policy_show-chosen_by-appeal_filed = apelaciones presentadas
policy_show-in_force_from = vigente desde el { $day }: para las { $chosen_by } desde ese día (`in_force_on = "{ $in_force_on }"`)
policy_show-in_force_always = vigente para toda orden (sin `effective_from`)
policy_show-source = origen: { $origin }   sha256: { $sha }
policy_show-defaults-same_id = valores por defecto: la política integrada { $baseline } (mismo id); ≠ marca un valor distinto
policy_show-defaults-other_id = valores por defecto: la política integrada { $baseline } (ninguna política integrada tiene este id); ≠ marca un valor distinto
policy_show-col-clause = cláusula
policy_show-col-cited_as = citada como
policy_show-col-setting = ajuste (cláusula)
policy_show-col-value = valor
policy_show-col-default = por defecto
policy_show-col-parameter = parámetro
policy_show-clauses_in_force = Cláusulas vigentes
policy_show-left_out = Excluidas (`enabled = false`):
policy_show-settings = Ajustes
policy_show-clause_parameters = Parámetros de las cláusulas
policy_show-no_parameters = Parámetros de las cláusulas: ninguno (ninguna cláusula vigente en { $id } tiene parámetros)
policy_show-not_applied_here = no aplicadas en esta política: { $clauses }
policy_show-applied_by_baseline = ≠ aplicadas por la integrada { $baseline }: { $clauses }
policy_show-placeholder_key = ✱ = no fijado por el texto publicado: un valor por confirmar
policy_show-same = igual
policy_show-not_applied = no aplicada
policy_show-not_applied-left_out = no se aplica: { $clause } está excluida
policy_show-not_applied-timer_off = no se aplica: appeal_after_timer es false
policy_show-serves-deadlines = plazos
policy_show-serves-working_days = días hábiles
policy_show-serves-amounts_paid = importes pagados
policy_show-serves-payer_names_unclear = nombres de pagador que no lo aclaran
policy_show-serves-evidence_requests = solicitudes de pruebas

policy_show-read_from = leída de { $place }
policy_show-editions-order_created = ediciones de { $id } (un caso se resuelve con la última vigente el día en que se creó su orden):
policy_show-editions-appeal_filed = ediciones de { $id } (un caso se resuelve con la última vigente el día en que se presentó su apelación):
policy_show-edition_from = desde { $day }
policy_show-edition_always = siempre
policy_show-edition_shown = (mostrada abajo)
