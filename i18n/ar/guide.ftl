## دليل استئناف P2P لدى Bitget، والاستئنافات التي لا تطبق السياسة بندها (guide.*)

guide-completed-trace = الطلب مكتمل (محرَّر)، ولا توجد نتيجة احتيال
guide-completed-no_intervention = لا تدخل
guide-completed-final = اكتمل الطلب؛ والمنصة وسيط، والمدفوعات المكتملة نهائية
guide-completed-ask-tell = إبلاغ مقدم الاستئناف بأن الطلب يبقى مكتملًا؛ وادعاء أن الطرف الآخر احتال أو ضلّل يحتاج إلى أدلته وإلى نتيجة احتيال (findings.fraud)
guide-completed-notice = المنصة وسيط: تصبح الدفعة نهائية متى اكتمل الطلب، والخسائر بعد الاكتمال غير مشمولة بالحماية ما لم يكن أحد الطرفين محتالًا أو مضلِّلًا.
guide-completed-fraud_trace = الطلب مكتمل ({ $released })، لكن في الملف نتيجة احتيال أو أدلة متلاعب بها
guide-completed-not_protected = غير مطبق: الطلب المكتمل لا يحمي طرفًا محتالًا
guide-steps-trace = { $clause } غير مطبق بموجب هذه السياسة
guide-steps-escalate = الإحالة إلى موظف دعم
guide-steps-to_agent = الاستئناف مقبول ويُحال إلى موظف دعم؛ وليس في هذه السياسة قاعدة موضوعية له
guide-steps-fraud_on_file = في الملف نتيجة احتيال أو أدلة متلاعب بها: قاعدة الطلب المكتمل لا تحمي طرفًا محتالًا
guide-steps-ask-live_chat = فتح المحادثة المباشرة (المساعدة، أسفل اليمين)، واختيار اللغة، ووصف الاستئناف
guide-steps-ask-order_number = تزويد الموظف برقم الطلب { $order } وبالمشكلة
guide-steps-ask-review = مراجعة الأدلة المرفوعة (إثبات الدفع، ولقطات شاشة التحويل) والبتّ في الاستئناف عبر المحادثة
guide-no_clause-trace = جدول البنود
guide-no_clause-absent = غير موجود في هذه السياسة
guide-no_clause-escalate = لا تطبق هذه السياسة { $clause }، وهو البند الخاص بهذا الاستئناف: يجب أن يقرر شخص
guide-no_clause-ask-decide = البتّ يدويًا: لا يوجد في السياسة جدول [clauses."{ $clause }"]
