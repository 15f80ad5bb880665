## `appeal policy show`: as linhas, títulos e notas em torno das configurações e parâmetros

policy_show-title = { $id } — { $title } (versão { $version })
policy_show-chosen_by-order_created = ordens criadas
policy_show-chosen_by-appeal_filed = recursos abertos
policy_show-in_force_from = em vigor desde { $day }: para { $chosen_by } a partir desse dia (`in_force_on = "{ $in_force_on }"`)
policy_show-in_force_always = em vigor para toda ordem (sem `effective_from`)
policy_show-source = origem: { $origin }   sha256: { $sha }
policy_show-defaults-same_id = padrões: a política integrada { $baseline } (mesmo id); ≠ marca um valor diferente
policy_show-defaults-other_id = padrões: a política integrada { $baseline } (nenhuma política integrada tem este id); ≠ marca um valor diferente
policy_show-col-clause = cláusula
policy_show-col-cited_as = citada como
policy_show-col-setting = configuração (cláusula)
policy_show-col-value = valor
policy_show-col-default = padrão
policy_show-col-parameter = parâmetro
policy_show-clauses_in_force = Cláusulas em vigor
policy_show-left_out = Excluídas (`enabled = false`):
policy_show-settings = Configurações
policy_show-clause_parameters = Parâmetros das cláusulas
policy_show-no_parameters = Parâmetros das cláusulas: nenhum (nenhuma cláusula em vigor em { $id } tem parâmetros)
policy_show-not_applied_here = não aplicadas nesta política: { $clauses }
policy_show-applied_by_baseline = ≠ aplicadas pela integrada { $baseline }: { $clauses }
policy_show-placeholder_key = ✱ = deixado em aberto pelo texto publicado: um valor a confirmar
policy_show-same = igual
policy_show-not_applied = não aplicada
policy_show-not_applied-left_out = não aplicado: { $clause } está excluída
policy_show-not_applied-timer_off = não aplicado: appeal_after_timer é false
policy_show-serves-deadlines = prazos
policy_show-serves-working_days = dias úteis
policy_show-serves-amounts_paid = valores pagos
policy_show-serves-payer_names_unclear = nomes de pagador que não esclarecem
policy_show-serves-evidence_requests = pedidos de provas

policy_show-read_from = lida de { $place }
policy_show-editions-order_created = edições de { $id } (um caso é julgado pela última em vigor no dia em que sua ordem foi criada):
policy_show-editions-appeal_filed = edições de { $id } (um caso é julgado pela última em vigor no dia em que seu recurso foi aberto):
policy_show-edition_from = desde { $day }
policy_show-edition_always = sempre
policy_show-edition_shown = (mostrada abaixo)
