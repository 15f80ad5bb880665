# العربية: ترجمة للكتالوج الإنجليزي (i18n/en). تحتاج إلى مراجعة من متحدث متمكن باللغة.
# صيغ الجمع حسب فئات CLDR للعربية: zero وone وtwo وfew وmany وother.

## الأطراف ومن يتصرف

party-buyer = المشتري
party-seller = البائع
party-support = فريق الدعم
party-system = المنصة

## المدد الزمنية كما تكتبها القرارات

duration-minutes = { $n ->
    [zero] { $n } دقيقة
    [one] دقيقة واحدة
    [two] دقيقتين
    [few] { $n } دقائق
    [many] { $n } دقيقة
   *[other] { $n } دقيقة
}
duration-hours = { $n ->
    [zero] { $n } ساعة
    [one] ساعة واحدة
    [two] ساعتين
    [few] { $n } ساعات
    [many] { $n } ساعة
   *[other] { $n } ساعة
}
duration-days = { $n ->
    [zero] { $n } يوم
    [one] يوم واحد
    [two] يومين
    [few] { $n } أيام
    [many] { $n } يومًا
   *[other] { $n } يوم
}
duration-working_days = { $n ->
    [zero] { $n } يوم عمل
    [one] يوم عمل واحد
    [two] يومي عمل
    [few] { $n } أيام عمل
    [many] { $n } يوم عمل
   *[other] { $n } يوم عمل
}
duration-months = { $n ->
    [zero] { $n } شهر
    [one] شهر واحد
    [two] شهرين
    [few] { $n } أشهر
    [many] { $n } شهرًا
   *[other] { $n } شهر
}

## أدوات الربط

# Lists: what comes between two items, and before the last one ("a, b and c"); the
# spaces are written as {" "} so that they are kept.
list-separator = ،{" "}
list-and = {" "}و
# Between the items of a series whose items hold commas of their own.
list-series_separator = ؛{" "}

## من كتب سطر المحادثة

speaker-buyer = المشتري
speaker-seller = البائع
speaker-cs = الدعم

## مدة العقوبة (sanction.length.*)

sanction-length-days = { $days ->
    [zero] { $days } يوم
    [one] يوم واحد
    [two] يومين
    [few] { $days } أيام
    [many] { $days } يومًا
   *[other] { $days } يوم
}
sanction-length-until_resolved = حتى حل القضية
sanction-length-permanent = دائم
sanction-length-none = —

## ما استُبعد عند إعادة التقييم في لحظة سابقة (replay.*)

replay-later_entries = { $count ->
    [zero] { $count } قيد لاحق في ملف القضية
    [one] قيد لاحق واحد في ملف القضية
    [two] قيدين لاحقين في ملف القضية
    [few] { $count } قيود لاحقة في ملف القضية
    [many] { $count } قيدًا لاحقًا في ملف القضية
   *[other] { $count } قيد لاحق في ملف القضية
}

## أنواع الأدلة (evidence_kind-*)

evidence_kind-payment_receipt = إيصال دفع
evidence_kind-bank_statement = كشف حساب بنكي
evidence_kind-screenshot = لقطة شاشة
evidence_kind-chat_export = نسخة مُصدَّرة من المحادثة
evidence_kind-id_document = وثيقة هوية
evidence_kind-police_report = محضر شرطة
evidence_kind-chargeback_notice = إشعار استرداد مبلغ (chargeback)
evidence_kind-bank_notice = إشعار من البنك
evidence_kind-other = مستند
