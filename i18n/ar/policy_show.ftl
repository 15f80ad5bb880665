## `appeal policy show`: الأسطر والعناوين والملاحظات حول إعدادات السياسة ومعاملاتها

policy_show-title = { $id } — { $title } (الإصدار { $version })
policy_show-chosen_by-order_created = الطلبات المُنشأة
policy_show-chosen_by-appeal_filed = الطعون المقدَّمة
policy_show-in_force_from = سارية اعتبارًا من { $day }: على { $chosen_by } من ذلك اليوم فصاعدًا (`in_force_on = "{ $in_force_on }"`)
policy_show-in_force_always = سارية على كل طلب (بدون `effective_from`)
policy_show-source = المصدر: { $origin }   sha256: { $sha }
policy_show-defaults-same_id = القيم الافتراضية: السياسة المدمجة { $baseline } (المعرّف نفسه)؛ ≠ تدل على قيمة تختلف عنها
policy_show-defaults-other_id = القيم الافتراضية: السياسة المدمجة { $baseline } (لا توجد سياسة مدمجة بهذا المعرّف)؛ ≠ تدل على قيمة تختلف عنها
policy_show-col-clause = البند
policy_show-col-cited_as = يُستشهد به بصيغة
policy_show-col-setting = الإعداد (البند)
policy_show-col-value = القيمة
policy_show-col-default = الافتراضي
policy_show-col-parameter = المعامل
policy_show-clauses_in_force = البنود السارية
policy_show-left_out = مستبعدة (`enabled = false`):
policy_show-settings = الإعدادات
policy_show-clause_parameters = معاملات البنود
policy_show-no_parameters = معاملات البنود: لا شيء (لا يأخذ أي بند سارٍ في { $id } معاملات)
policy_show-not_applied_here = غير مطبّقة في هذه السياسة: { $clauses }
policy_show-applied_by_baseline = ≠ مطبّقة في السياسة المدمجة { $baseline }: { $clauses }
policy_show-placeholder_key = ✱ = تركه النص المنشور مفتوحًا: قيمة يجب تأكيدها
policy_show-same = نفسها
policy_show-not_applied = غير مطبّقة
policy_show-not_applied-left_out = غير مطبّق: البند { $clause } مستبعد
policy_show-not_applied-timer_off = غير مطبّق: appeal_after_timer قيمته false
policy_show-serves-deadlines = المهل
policy_show-serves-working_days = أيام العمل
policy_show-serves-amounts_paid = المبالغ المدفوعة
policy_show-serves-payer_names_unclear = أسماء دافعين لا تحسم الأمر
policy_show-serves-evidence_requests = طلبات الأدلة

policy_show-read_from = قُرئت من { $place }
policy_show-editions-order_created = إصدارات { $id } (يُبتّ في القضية وفق أحدث إصدار ساري في يوم إنشاء طلبها):
policy_show-editions-appeal_filed = إصدارات { $id } (يُبتّ في القضية وفق أحدث إصدار ساري في يوم تقديم طعنها):
policy_show-edition_from = من { $day }
policy_show-edition_always = دائمًا
policy_show-edition_shown = (المعروض أدناه)
