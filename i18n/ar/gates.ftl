## الشروط التي تُفحص قبل أي بند: الحد الزمني للطلب، والتحقق من الهوية، ومؤقت الاستئناف، والسبب، والأدلة (gates.*)

gates-not_applied-trace = الشروط { $gates }
gates-not_applied = غير مطبقة بموجب هذه السياسة
gates-age_limit-trace = أُنشئ الطلب { $created } + { $max_age } = { $limit }؛ قُدّم الاستئناف { $filed }
gates-age_limit-over = تجاوز الحد الزمني
gates-age_limit-within = ضمن الحد الزمني
gates-age_limit-reopened = مضى على الطلب أكثر من { $max_age } لكن فريق الدعم وافق على إعادة فتح الاستئناف
gates-age_limit-if_filed_by = لو قُدّم الاستئناف بحلول { $limit } لنُظر فيه؛ ولا يزال بإمكان فريق الدعم إعادة فتحه
gates-age_limit-too_old = جاء الاستئناف ({ $filed }) بعد انقضاء الحد الزمني للطلب البالغ { $max_age } ({ $limit })
gates-age_limit-ask-refuse = إبلاغ مقدم الاستئناف بأن الاستئناف مرفوض لفوات الموعد؛ وإعادة الفتح متروكة لتقدير فريق الدعم (تعيين findings.reopen_approved)
gates-kyc-trace = KYC المشتري { $buyer_id ->
        [yes] true
       *[no] false
    }، KYC البائع { $seller_id ->
        [yes] true
       *[no] false
    }
gates-kyc-verified = كلاهما موثق
gates-kyc-not_verified = غير موثق
gates-kyc-unverified = لم يُكمل { $party } التحقق من الهوية (KYC)
gates-kyc-ask-verify = إكمال التحقق من الهوية (KYC)؛ ويمكن بعد ذلك تقديم الاستئناف من جديد
gates-timer-no_marked_paid = لا يوجد حدث marked_paid
gates-timer-never_started = لم يبدأ المؤقت قط؛ غير مطبق
gates-timer-trace = وُسم كمدفوع { $marked } + { $timer } ({ $source }) = يُفتح الاستئناف { $opens }؛ قُدّم { $filed }
gates-timer-early = قُدّم قبل انتهاء المؤقت
gates-timer-after = قُدّم بعد انتهاء المؤقت
gates-timer-if_filed_at = لو قُدّم الاستئناف في { $opens } أو بعده لكان مقبولًا
gates-timer-too_early = قُدّم الاستئناف في { $filed }، قبل انتهاء مؤقت الطلب في { $opens }
gates-timer-ask-refile = يُفتح الاستئناف في الموعد المحدد: تقديمه من جديد حينها، لا قبل ذلك
gates-reason-trace = appeal.reason
gates-reason-given = مذكور
gates-reason-missing = غير موجود
gates-reason-none = لا يذكر الاستئناف أي سبب
gates-reason-ask-refile = تقديم الاستئناف من جديد مع نوعه وسببه
gates-evidence-trace = الأدلة المطلوبة من { $party }: { $required }
gates-evidence-all_present = كلها موجودة
gates-evidence-missing = ناقص: { $missing }
gates-evidence-kinds = { $kinds }
gates-evidence-not_uploaded = لم يرفع { $party } الأدلة المطلوبة: { $missing }
gates-evidence-not_uploaded-others = لم يرفع { $party } الأدلة المطلوبة: { $missing } (المرفوع حتى الآن: { $uploaded })
gates-evidence-late = جاء { $missing } من { $party } بعد انقضاء مهلة الأدلة في { $due }: الأدلة المتأخرة لا تستوفي المهلة
gates-evidence-not_arrived = لم تصل الأدلة بحلول { $due }
gates-evidence-if_late = إذا لم تصل الأدلة حتى ذلك الحين، يُغلق الاستئناف لعدم قبوله

## مصدر مؤقت الاستئناف

timer_source-order = order.appeal_timer
timer_source-policy = القيمة الافتراضية في السياسة
