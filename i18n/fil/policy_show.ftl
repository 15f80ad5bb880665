## `appeal policy show`: ang mga linya, heading at tala sa paligid ng mga setting at parameter

policy_show-title = { $id } — { $title } (bersyon { $version })
policy_show-chosen_by-order_created = mga order na ginawa
policy_show-chosen_by-appeal_filed = mga apela na inihain
policy_show-in_force_from = may bisa mula { $day }: para sa { $chosen_by } mula sa araw na iyon (`in_force_on = "{ $in_force_on }"`)
policy_show-in_force_always = may bisa sa bawat order (walang `effective_from`)
policy_show-source = pinagmulan: { $origin }   sha256: { $sha }
policy_show-defaults-same_id = mga default: ang built-in na patakarang { $baseline } (parehong id); ≠ ang tanda ng halagang iba rito
policy_show-defaults-other_id = mga default: ang built-in na patakarang { $baseline } (walang built-in na patakaran na may ganitong id); ≠ ang tanda ng halagang iba rito
policy_show-col-clause = clause
policy_show-col-cited_as = binabanggit bilang
policy_show-col-setting = setting (clause)
policy_show-col-value = halaga
policy_show-col-default = default
policy_show-col-parameter = parameter
policy_show-clauses_in_force = Mga clause na may bisa
policy_show-left_out = Hindi isinama (`enabled = false`):
policy_show-settings = Mga setting
policy_show-clause_parameters = Mga parameter ng clause
policy_show-no_parameters = Mga parameter ng clause: wala (walang clause na may bisa sa { $id } ang may parameter)
policy_show-not_applied_here = hindi ipinapatupad sa patakarang ito: { $clauses }
policy_show-applied_by_baseline = ≠ ipinapatupad ng built-in na { $baseline }: { $clauses }
policy_show-placeholder_key = ✱ = hindi itinakda ng nailathalang teksto: halagang dapat kumpirmahin
policy_show-same = pareho
policy_show-not_applied = hindi ipinapatupad
policy_show-not_applied-left_out = hindi ipinapatupad: hindi isinama ang { $clause }
policy_show-not_applied-timer_off = hindi ipinapatupad: false ang appeal_after_timer
policy_show-serves-deadlines = mga deadline
policy_show-serves-working_days = mga araw ng trabaho
policy_show-serves-amounts_paid = mga halagang ibinayad
policy_show-serves-payer_names_unclear = mga pangalan ng nagbayad na hindi malinaw
policy_show-serves-evidence_requests = mga hiling ng ebidensya

policy_show-read_from = binasa mula sa { $place }
policy_show-editions-order_created = mga edisyon ng { $id } (hinahatulan ang kaso sa pinakabagong may bisa sa araw na ginawa ang order nito):
policy_show-editions-appeal_filed = mga edisyon ng { $id } (hinahatulan ang kaso sa pinakabagong may bisa sa araw na inihain ang apela nito):
policy_show-edition_from = mula { $day }
policy_show-edition_always = palagi
policy_show-edition_shown = (ipinapakita sa ibaba)
