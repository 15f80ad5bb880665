## استئنافات المشتري، 4.a: مطالب البائع الخارجة عن المعتاد (buyer.4a.*)

buyer-4a-chat_line = "{ $text }" ({ $terms })
buyer-4a-off_platform = اقترح البائع التداول أو الدفع خارج المنصة
buyer-4a-verification-request = طلب تحقق على الطلب ({ $kind })
buyer-4a-demands-trace = محادثة البائع والجدول الزمني مقابل verification_terms وout_of_policy_terms
buyer-4a-demands-count = مطالب التحقق: { $verification }، والمطالب الخارجة عن السياسة: { $out_of_policy }
buyer-4a-out_of_policy = مطلب من البائع خارج عن السياسة: { $what }
buyer-4a-verification-as_well = طُلب أيضًا تحقق إضافي: { $what }
buyer-4a-offence-trace = المخالفات السابقة للبائع { $violations } مقابل repeat_threshold { $threshold }
buyer-4a-offence-repeat = مخالفة متكررة
buyer-4a-offence-first = مخالفة أولى
buyer-4a-offence-if_fewer = لو كانت المخالفات السابقة أقل من { $threshold } لكانت العقوبة `{ $sanction }`
buyer-4a-offence-if_repeat = لو بلغت المخالفات السابقة { $threshold } أو أكثر لعُلّق البائع
buyer-4a-offence-suspended = عدد المخالفات السابقة للبائع { $violations }: تعليق من P2P لمدة { $days ->
        [zero] { $days } يوم
        [one] يوم واحد
        [two] يومين
        [few] { $days } أيام
        [many] { $days } يومًا
       *[other] { $days } يوم
    }
buyer-4a-no_demand = لا يوجد في الملف أي مطلب خارج عن المعتاد من البائع (في المحادثة أو الجدول الزمني)
buyer-4a-ask-review_chat = مراجعة محادثة الطلب كاملة بحثًا عن المطلب الذي يصفه المشتري
buyer-4a-verification-demanded = طُلب تحقق إضافي: { $what }
buyer-4a-kind_named = { $kind } ({ $terms })
buyer-4a-kinds = { $kinds }
buyer-4a-kinds-none = لا شيء
buyer-4a-kinds-none_named = لا شيء مما تسميه السياسة
buyer-4a-kinds-requested = النوع المطلوب
buyer-4a-disclosure-trace = شروط الإعلان تفصح عن كل نوع من التحقق المطلوب ({ $demanded })؛ ردّ المشتري
buyer-4a-disclosure-outcome = مُفصح عنه: { $disclosed }؛ غير مُفصح عنه: { $undisclosed }؛ المشتري: { $answer }
buyer-4a-ad_asks = { " " }(وهي لا تطلب إلا: { $kinds })
buyer-4a-ad_asks-nothing = { "" }
buyer-4a-unnamed_kind = التحقق المطلوب من نوع لا تسميه السياسة، فلا يمكن إثبات أن شروط الإعلان أفصحت عنه قبل الطلب{ $ad_asks }
buyer-4a-undisclosed = لم تُفصح شروط الإعلان قبل الطلب عن { $kinds } المطلوب{ $ad_asks }
buyer-4a-ask-answer = الموافقة على التحقق الذي أفصحت عنه شروط الإعلان أو رفضه
buyer-4a-agreed = أفصحت شروط الإعلان عن التحقق قبل الطلب ووافق المشتري: تستمر الصفقة
buyer-4a-ask-provide = تقديم التحقق الذي تطلبه شروط الإعلان
buyer-4a-ask-complete = إتمام الصفقة بعد وصول التحقق
buyer-4a-refused = رفض المشتري التحقق
buyer-4a-awaiting_answer = أفصحت شروط الإعلان عن التحقق؛ ولم يردّ المشتري بعد، والسكوت أثناء سريان المهلة لا يُعدّ رفضًا
buyer-4a-if_no_answer = إذا لم يوافق المشتري حتى ذلك الحين، يُلغى الطلب (مع ردّ المبلغ إلى المشتري أولًا إن كان قد دفع)
buyer-4a-never_agreed = أفصحت شروط الإعلان عن التحقق، لكن المشتري لم يوافق عليه بحلول { $due }: لا يمكن أن تستمر الصفقة
buyer-4a-ask-cancel = إلغاء الطلب
buyer-4a-refunded = رُدّ مبلغ { $paid } إلى المشتري
buyer-4a-paid = دفع المشتري { $paid }: يُردّ إليه قبل إلغاء الطلب
buyer-4a-ask-refund = ردّ { $amount } إلى المشتري
buyer-4a-ask-cancel_after_refund = إلغاء الطلب بعد تأكيد ردّ المبلغ

## أنواع التحقق التي يسميها طلب على الطلب

verification_kind-payment_screenshot = لقطة شاشة للدفع
verification_kind-selfie_with_id = صورة ذاتية مع الهوية
verification_kind-other = تحقق من نوع آخر

## كيف ردّ المشتري على مطلب التحقق

verification_answer-agreed = وافق
verification_answer-refused = رفض
verification_answer-none = لم يردّ
