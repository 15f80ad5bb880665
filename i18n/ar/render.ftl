## كلمات أدوات العرض: العناوين والتسميات وأجزاء القرار المحيطة برسائله
## (القرارات بصيغها النصية وMarkdown وHTML، والجدول الزمني، وقائمة عمل `queue`، و`explain`)

# اسم اللغة بلغتها، لعبارة «لغة إبلاغ المشتري: …».
language-name = العربية

ruling-order = الطلب { $order }
ruling-appeal = الاستئناف { $case }
ruling-trade = { $quantity } { $asset } مقابل { $amount } { $fiat }
ruling-buyer = المشتري { $name } ({ $uid })
ruling-seller = البائع { $name } ({ $uid })
ruling-policy = السياسة { $policy }
ruling-built_in = مدمجة
# The policy a ruling was made under: id, version, the day it is in force from, where it was
# read from, the digest's first 12 hex digits, and whether it is a modified copy.
ruling-policy_edition = { $id } { $version }{ $in_force } ({ $from }، sha256 { $sha }{ $copy })
ruling-policy_in_force = ، سارية اعتبارًا من { $day }
ruling-policy_modified_copy = ، نسخة معدّلة من السياسة المدمجة
ruling-as_of = كما في { $at }
ruling-replay = إعادة تقييم: مع استبعاد { $left_out }
ruling-decision = القرار
ruling-rerouted = قُدّم بموجب { $filed }؛ ونقلته الوقائع إلى { $clause }
ruling-next_deadline = الموعد النهائي التالي: { $at }
ruling-would_change = ما قد يغير النتيجة: { $outcome }
ruling-lines = { $count ->
    [one] السطر { $lines }
    [two] السطران { $lines }
   *[other] الأسطر { $lines }
}

status-pending = معلّق
status-final = نهائي
status-awaiting_review = بانتظار المراجعة

section-why = الأسباب
section-who = من يفعل ماذا
section-sanctions = العقوبات
section-notices = إبلاغ الطرفين
section-trace = مسار الفحص
section-timeline = الجدول الزمني
section-glance = نظرة سريعة

column-clause = البند
column-finding = الاستنتاج
column-rests_on = يستند إلى
column-who = من
column-what = ماذا
column-due = الموعد
column-party = الطرف
column-action = الإجراء
column-length = المدة
column-notice = الإشعار
column-checked = ما فُحص
column-outcome = النتيجة
column-when = متى
column-line = السطر

## اللغة التي يُبلَّغ بها كل طرف، وإشعارات الطرف الذي يُبلَّغ بلغة أخرى

notices-languages = لغة إبلاغ المشتري: { $buyer }، ولغة إبلاغ البائع: { $seller }
notices-language = { $name } ({ $tag })
notices-for = إبلاغ { $party } ({ $language })
notices-english_prevails = هذه ترجمة للتيسير؛ والنص الإنجليزي لهذه الإشعارات هو المعتمد.

## الجدول الزمني (بالصيغ النصية وMarkdown وHTML)

lane-buyer = المشتري
lane-seller = البائع
lane-support = الدعم
lane-platform = المنصة
timeline-heading = الجدول الزمني (الأوقات حسب { $offset })
timeline-as_of_rule = as_of { $at } — هنا يصدر القرار
timeline-as_of_row = as_of: هنا يصدر القرار
timeline-after_as_of = بعد as_of: مستبعد
timeline-line = السطر { $line }
timeline-order_created = أُنشئ الطلب: { $quantity } { $asset } مقابل { $amount } { $fiat }
timeline-paid = دُفع { $amount } { $fiat } من { $payer } إلى { $account }
timeline-appeal_filed = قُدّم الاستئناف: { $kind }
timeline-evidence = { $id }: { $kind } من { $party }
timeline-evidence-official = ، رسمي
timeline-evidence-tampered = ، متلاعب به
timeline-evidence-shows = ، يُظهر الأموال
timeline-evidence-does_not_show = ، لا يُظهر الأموال
timeline-chat = المحادثة { $id }: "{ $text }"
timeline-window-buyer_pays = يدفع المشتري
timeline-window-order_created = أُنشئ الطلب
timeline-window-closes = تنقضي المهلة: { $what } (من { $from })
timeline-due = مستحق: { $action }
timeline-due-from = مستحق: { $action } (المهلة من { $from })
timeline-opened-contact = تواصل فريق الدعم مع { $party }
timeline-opened-no_contact = as_of: لا تواصل بعد
timeline-opened-request = طلب فريق الدعم أدلة { $party }
timeline-opened-appeal = الاستئناف
timeline-opened-payment = الدفعة
timeline-opened-marked_paid = وسم المشتري الطلب بأنه مدفوع
timeline-opened-later_of = آخر الأمرين: تواصل فريق الدعم والأدلة
timeline-window-met = انقضت المهلة: { $what } (من { $from }): استُوفيت
timeline-window-closed = انقضت المهلة: { $what } (من { $from })
timeline-window-appeal_timer = مؤقت الاستئناف البالغ { $length }
timeline-window-of_party = مهلة { $party } البالغة { $length } بموجب { $clause }
timeline-marked_paid = وسم الطلب بأنه مدفوع
timeline-appeal_opened = فُتح الاستئناف على المنصة
timeline-cs_contacted = تواصل فريق الدعم مع { $party }
timeline-responded = ردّ: { $stance }
timeline-cancel_requested = طلب الإلغاء
timeline-released = حرّر العملة المشفرة
timeline-cancelled = أُلغي الطلب ({ $reason })
timeline-refunded = ردّ { $amount } { $fiat }
timeline-refunded_buyer = ردّ المبلغ إلى المشتري
timeline-refund_refused = رفض ردّ المبلغ
timeline-account_blocked = حُظر حساب { $party }
timeline-evidence_requested = طلب أدلة من { $party }
timeline-unreachable = تعذّر الوصول إلى { $party }
timeline-agreement = اتفق الطرفان
timeline-verification_requested = طلب تحققًا: { $kind }
timeline-verification_agreed = وافق على التحقق
timeline-verification_refused = رفض التحقق
timeline-off_platform = اقترح التداول خارج المنصة

## المخطط في صفحة HTML

chart-label = الجدول الزمني للقضية
chart-window = المهلة من { $opens } ({ $from }) إلى { $closes }: { $what }
chart-window-not_waited_on = { $window } (لم يعد القرار ينتظرها)
chart-window-from = من { $from }
chart-due = مستحق { $at }
chart-as_of = as_of { $at }
legend-event = حدث
legend-payment = دفعة
legend-evidence = دليل
legend-chat = محادثة
legend-appeal = استئناف
legend-window = مهلة ينتظرها القرار
legend-window-closed = مهلة استُوفيت أو انقضت
legend-due = موعد استحقاق
legend-as_of = as_of

## قائمة عمل `queue`

queue-left-in = خلال { $span }
queue-left-overdue = متأخر بمقدار { $span }
queue-overdue = متأخر
queue-at = في { $at }
queue-at-own = عند as_of الخاص بكل قضية
queue-summary = المدرجة { $listed } من أصل { $judged } (القضايا المقيَّمة { $when }): المستحقة { $due } (المتأخرة منها { $overdue })، وبانتظار المراجعة { $review }
queue-left-waiting = في الانتظار منذ { $span }
queue-review = مراجعة
queue-review-since = قيد المراجعة منذ { $at }
queue-what-window = { $action } (المهلة من { $from }، { $start })
queue-not_yet = ؛ غير مدرجة لأنها استُؤنفت لاحقًا: { $count }
queue-invalid = ؛ غير صالحة: { $count }
queue-column-case = القضية
queue-column-decision = القرار
queue-column-who = من
queue-column-what = ماذا
queue-column-due = الموعد
queue-column-left = المتبقي
queue-column-file = الملف
queue-column-who_what = من: ماذا

## `explain CLAUSE` (ملخص البند ومعاني معاييره هي القواعد بكلمات المشروع، بالإنجليزية)

explain-cited_as = يُستشهد به بصيغة
explain-under_policy = بموجب السياسة
explain-column-parameter = المعيار
explain-column-value = القيمة
explain-column-placeholder = قيمة مؤقتة
explain-column-meaning = المعنى
explain-yes = نعم
explain-no = لا
explain-decisions = القرارات التي يمكن أن يصدرها
explain-branches = الفروع التي يحصيها `appeal test --coverage`
explain-sample_cases = القضايا النموذجية التي تصل إليه
explain-not_applied = غير مطبق بموجب السياسة { $policy } { $version }: ليس فيها جدول [clauses."{ $clause }"]
explain-no_cases_folder = القضايا النموذجية: لا يوجد مجلد `cases/` هنا؛ استخدم --cases DIR للبحث في مجلد للقضايا النموذجية
explain-not_a_folder = القضايا النموذجية: `{ $folder }` ليس مجلدًا؛ استخدم --cases DIR مع مجلد للقضايا النموذجية
explain-no_sample_case = القضايا النموذجية: لا توجد في `{ $folder }` قضية تصل إلى { $clause }
explain-appeal_type = { $type } — نوع استئناف، يقدمه { $filed_by }
explain-goes_to = يُحال إلى: { $clauses }
explain-moved_when = تعيد الوقائع توجيهه حين:
explain-whatever_the_clause = أيًّا كان البند: { $rule }
explain-gates_first = الشروط أولًا: شروط السياسة (الحد الزمني للطلب؛ وفي bitget أيضًا KYC والمؤقت والسبب والأدلة) تحسم قبل أي بند
explain-clauses_it_can_reach = البنود التي يمكن أن يصل إليها (`appeal explain CLAUSE` لكل منها):
explain-start_a_case = لبدء قضية: { $command }
explain-case_format = صيغة القضية: docs/case-format.md
