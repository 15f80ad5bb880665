## السلوك أثناء الصفقة: الألفاظ المسيئة (buyer 5.a, seller 6.a) والاحتيال (buyer 6.a, seller 7.a) (conduct.*)

conduct-offensive-on_record = ألفاظ مسيئة مسجلة: المحادثة { $chat } ({ $party }): "{ $text }" — تطابق { $terms }
conduct-offensive-possible = ألفاظ قد تكون مسيئة: المحادثة { $chat } ({ $party }): "{ $text }" — تطابق { $terms }
conduct-offensive-ask-review = مراجعة المحادثة { $chat } بحثًا عن ألفاظ مسيئة من { $party } وتسجيل نتيجة (findings.offensive_language_confirmed)
conduct-offensive-trace = المخالفات المؤكدة السابقة من جانب { $party } { $earlier } مقابل repeat_threshold { $threshold }
conduct-offensive-repeat = تكرار: حظر دائم
conduct-offensive-first = أول مرة: تعليق
conduct-offensive-if_fewer = إذا كانت المخالفات السابقة أقل من { $threshold }: تعليق لمدة { $days ->
        [zero] { $days } يوم
        [one] يوم واحد
        [two] يومين
        [few] { $days } أيام
        [many] { $days } يومًا
       *[other] { $days } يوم
    }
conduct-offensive-if_repeat = إذا بلغت المخالفات السابقة { $threshold } أو أكثر: حظر دائم
conduct-offensive-banned = أكّد فريق الدعم استخدام { $party } ألفاظًا مسيئة، وعدد مخالفاته السابقة { $earlier }: حظر دائم
conduct-offensive-suspended = أكّد فريق الدعم استخدام { $party } ألفاظًا مسيئة: تعليق P2P لمدة { $days ->
        [zero] { $days } يوم
        [one] يوم واحد
        [two] يومين
        [few] { $days } أيام
        [many] { $days } يومًا
       *[other] { $days } يوم
    }
conduct-offensive-appeal-trace = findings.offensive_language_confirmed
conduct-offensive-appeal-confirmed = مؤكد بحق { $party }
conduct-offensive-appeal-no_finding = لا توجد نتيجة بعد
conduct-offensive-appeal-no_match = لا يطابق أي سطر من محادثة { $party } الألفاظ المسيئة في السياسة؛ وتحتاج الشكوى إلى قراءة شخص
conduct-offensive-appeal-ask-read = قراءة محادثة الطلب ورسائل الدعم بحثًا عن ألفاظ مسيئة من { $party } وتسجيل نتيجة
conduct-fraud-established = ثبت احتيال { $party }: عُطّلت صلاحية الوصول إلى P2P نهائيًا وأُزيلت الإعلانات{ $frozen_id ->
        [yes] ؛ وجُمّدت الأصول لأن وقوع خسارة مرجَّح
       *[no] { "" }
    }
conduct-fraud-appeal-trace = findings.fraud والأدلة المتلاعب بها
conduct-fraud-appeal-not_established = لم يثبت الاحتيال
conduct-fraud-appeal-unconfirmed = ادعاء الاحتيال غير مؤكد من فريق الدعم (حتى الآن) ولا يوجد دليل موسوم بأنه متلاعب به
conduct-fraud-appeal-ask-investigate = التحقيق في ادعاء الاحتيال وتسجيل findings.fraud
conduct-fraud-appeal-established = ثبت الاحتيال
conduct-fraud-appeal-perpetrator = الفاعل: { $party }
conduct-fraud-appeal-for_buyer = يُبتّ في الطلب لصالح المشتري المتضرر
conduct-fraud-appeal-ask-release = تحرير العملة المشفرة المحتجزة في الضمان إلى المشتري
conduct-fraud-appeal-already_released = حُرّرت العملة المشفرة بالفعل ولا يمكن استعادتها بقرار: أُغلق الطلب؛ وتبقى العقوبات على المشتري قائمة
conduct-fraud-appeal-ask-tell_seller = إبلاغ البائع بأن الطلب أُغلق؛ والإجراء المتبقي هو تجميد أصول المشتري (حين يُرجَّح وقوع خسارة)
conduct-fraud-appeal-for_seller = يُبتّ في الطلب لصالح البائع المتضرر: يُلغى الطلب وتبقى العملة المشفرة لدى البائع
conduct-fraud-appeal-ask-cancel = إلغاء الطلب؛ وتعود العملة المشفرة إلى البائع
