## المهل: تواصل فريق الدعم مع أحد الطرفين، وطلبات الأدلة (window.*)

window-contact-trace = التواصل مع { $party } { $start }{ $counted_from } + { $length } ({ $written }) = الموعد النهائي { $due }؛ الآن { $now }
window-passed = انقضت
window-running = سارية
window-contact-if_acted = لو تصرف { $party } بحلول { $due } لاختلفت النتيجة
window-contact-if_silent = إذا لم يتصرف { $party } بحلول { $due }، تنقضي المهلة ويُبتّ في القضية بناءً على ما في الملف
window-contact-running = فريق الدعم { $attempt } { $party } في { $start }: تنقضي مهلة { $length } في { $due }
window-contact-passed = فريق الدعم { $attempt } { $party } في { $start }: انقضت مهلة { $length } في { $due }
window-contact-before_appeal = جاء تواصل فريق الدعم مع { $party } قبل الاستئناف فلا تبدأ به أي مهلة: يجب التواصل مع { $party } مرة أخرى
window-contact-none = لا يوجد حدث cs_contacted يخص { $party }
window-contact-none_since_appeal = لا يوجد حدث cs_contacted يخص { $party } منذ الاستئناف ({ $appeal })؛ جاء التواصل في { $early } قبله فلا تبدأ به أي مهلة
window-at_place = { $at } ({ $place })
window-contact-waiting = قيد الانتظار: إذا جرى التواصل الآن{ $counted_from }، يكون الموعد النهائي { $due }
window-ask-party = { $asked } قبل الموعد النهائي
window-ask-contact = التواصل مع { $party } وطلب { $asked }؛ وتكون له بعد ذلك مهلة { $length }
window-counted_from = { " " }(ليس يوم عمل: يُحتسب من { $begin })
window-counted_from-start = { "" }
window-evidence-trace = أدلة من { $from }: { $start } ({ $since }) + { $length } = { $due }؛ الآن { $now }
window-evidence-running = مطلوب { $what } من { $from } خلال { $length } من { $since }: تنقضي المهلة في { $due }
window-evidence-passed = مطلوب { $what } من { $from } خلال { $length } من { $since }: انقضت المهلة في { $due }
window-evidence-ask-support = إضافة { $what } إلى القضية
window-evidence-ask-party = تقديم { $what }

## كيف تواصل فريق الدعم مع الطرف، ومن أي لحظة تبدأ مهلة الأدلة

attempt-contacted = تواصل مع
attempt-tried = حاول التواصل مع
since-request = طلب فريق الدعم
since-appeal = الاستئناف
