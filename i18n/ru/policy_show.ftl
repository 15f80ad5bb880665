## `appeal policy show`: строки, заголовки и примечания вокруг настроек и параметров

policy_show-title = { $id } — { $title } (версия { $version })
policy_show-chosen_by-order_created = созданных ордеров
policy_show-chosen_by-appeal_filed = поданных апелляций
policy_show-in_force_from = действует с { $day }: для { $chosen_by } с этого дня (`in_force_on = "{ $in_force_on }"`)
policy_show-in_force_always = действует для любого ордера (нет `effective_from`)
policy_show-source = источник: { $origin }   sha256: { $sha }
policy_show-defaults-same_id = значения по умолчанию: встроенная политика { $baseline } (тот же id); ≠ отмечает отличающееся значение
policy_show-defaults-other_id = значения по умолчанию: встроенная политика { $baseline } (ни у одной встроенной политики нет этого id); ≠ отмечает отличающееся значение
policy_show-col-clause = пункт
policy_show-col-cited_as = цитируется как
policy_show-col-setting = настройка (пункт)
policy_show-col-value = значение
policy_show-col-default = по умолчанию
policy_show-col-parameter = параметр
policy_show-clauses_in_force = Действующие пункты
policy_show-left_out = Исключены (`enabled = false`):
policy_show-settings = Настройки
policy_show-clause_parameters = Параметры пунктов
policy_show-no_parameters = Параметры пунктов: нет (ни у одного действующего пункта { $id } нет параметров)
policy_show-not_applied_here = не применяются в этой политике: { $clauses }
policy_show-applied_by_baseline = ≠ применяются во встроенной { $baseline }: { $clauses }
policy_show-placeholder_key = ✱ = не задано опубликованным текстом: значение нужно подтвердить
policy_show-same = то же
policy_show-not_applied = не применяется
policy_show-not_applied-left_out = не применяется: { $clause } исключён
policy_show-not_applied-timer_off = не применяется: appeal_after_timer равен false
policy_show-serves-deadlines = сроки
policy_show-serves-working_days = рабочие дни
policy_show-serves-amounts_paid = оплаченные суммы
policy_show-serves-payer_names_unclear = имена плательщиков, по которым не определить
policy_show-serves-evidence_requests = запросы доказательств

policy_show-read_from = прочитана из { $place }
policy_show-editions-order_created = редакции { $id } (дело решается по последней, действовавшей в день создания ордера):
policy_show-editions-appeal_filed = редакции { $id } (дело решается по последней, действовавшей в день подачи апелляции):
policy_show-edition_from = с { $day }
policy_show-edition_always = всегда
policy_show-edition_shown = (показана ниже)
