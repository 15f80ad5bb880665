## `appeal policy show`: the lines, headings and notes around a policy's settings and parameters

policy_show-title = { $id } — { $title } (version { $version })
policy_show-chosen_by-order_created = orders created
policy_show-chosen_by-appeal_filed = appeals filed
policy_show-in_force_from = in force from { $day }: for { $chosen_by } from that day on (`in_force_on = "{ $in_force_on }"`)
policy_show-in_force_always = in force for every order (no `effective_from`)
policy_show-source = source: { $origin }   sha256: { $sha }
policy_show-defaults-same_id = defaults: the built-in { $baseline } policy (same id); ≠ marks a value that differs from it
policy_show-defaults-other_id = defaults: the built-in { $baseline } policy (no built-in policy has this id); ≠ marks a value that differs from it
policy_show-col-clause = clause
policy_show-col-cited_as = cited as
policy_show-col-setting = setting (clause)
policy_show-col-value = value
policy_show-col-default = default
policy_show-col-parameter = parameter
policy_show-clauses_in_force = Clauses in force
policy_show-left_out = Left out (`enabled = false`):
policy_show-settings = Settings
policy_show-clause_parameters = Clause parameters
policy_show-no_parameters = Clause parameters: none (no clause in force under { $id } takes parameters)
policy_show-not_applied_here = not applied under this policy: { $clauses }
policy_show-applied_by_baseline = ≠ applied by the built-in { $baseline }: { $clauses }
policy_show-placeholder_key = ✱ = left open by the published text: a value to confirm
policy_show-same = same
policy_show-not_applied = not applied
# Why a setting has no effect under the policy.
policy_show-not_applied-left_out = not applied: { $clause } is left out
policy_show-not_applied-timer_off = not applied: appeal_after_timer is false
# What a setting serves when no single clause applies it.
policy_show-serves-deadlines = deadlines
policy_show-serves-working_days = working days
policy_show-serves-amounts_paid = amounts paid
policy_show-serves-payer_names_unclear = payer names that cannot tell
policy_show-serves-evidence_requests = evidence requests
# The line that says where the policy was read from, and its editions.
policy_show-read_from = read from { $place }
policy_show-editions-order_created = editions of { $id } (a case is judged under the latest in force on the day its order was created):
policy_show-editions-appeal_filed = editions of { $id } (a case is judged under the latest in force on the day its appeal was filed):
policy_show-edition_from = from { $day }
policy_show-edition_always = always
policy_show-edition_shown = (shown below)
