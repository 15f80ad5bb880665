## استئنافات البائع 1.a و1.b و1.c و2.a (seller.1a.*, seller.1b.*, seller.1c.*, seller.2a.*)

seller-1a-trace-valid_proof = المدفوعات ذات الإثبات الصحيح
seller-1a-trace-none_of = لا شيء من { $payments }
seller-1a-no_payment = لا توجد في الملف أي دفعة من المشتري
seller-1a-no_valid_proof = ليس لدفعة المشتري إثبات صحيح (إيصال غير متلاعب به من مصدر بنكي رسمي)
seller-1a-cancel_return = إلغاء الطلب؛ وتعود العملة المشفرة إلى البائع
seller-1a-forged_proof = تبيّن أن إثبات { $payment } متلاعب به: يسقط ادعاء المشتري بأنه دفع ويُلغى الطلب
seller-1a-ask-proof = رفع إثبات دفع صحيح
seller-1a-unreachable_still_time = تعذّر على فريق الدعم الوصول إلى المشتري في { $at }؛ ولا يزال أمام المشتري حتى { $due } لتقديم إثبات صحيح
seller-1a-if_no_proof = إذا لم يصل إثبات صحيح حتى ذلك الحين، يُلغى الطلب
seller-1a-unreachable = تعذّر على فريق الدعم الوصول إلى المشتري (جرت المحاولة في { $at }) ولم يصل إثبات دفع صحيح بحلول { $due }: أُلغي الطلب وتعود العملة المشفرة إلى البائع
seller-1a-no_proof = لا يوجد إثبات دفع صحيح بحلول { $due }: أُلغي الطلب وتعود العملة المشفرة إلى البائع

seller-1b-proven = دفعة المشتري مدعومة بإثبات صحيح؛ ويقول البائع إن الأموال لم تصل
seller-1b-trace-statement = كشف الحساب البنكي للبائع
seller-1b-trace-tampered = تبيّن أنه متلاعب به
seller-1b-trace-shows = يُظهر الدفعة
seller-1b-trace-not_shown = لا يُظهر الدفعة
seller-1b-forged_statement = تبيّن أن كشف الحساب البنكي للبائع متلاعب به: يُرفض ادعاء عدم وصول المال وتذهب العملة المشفرة إلى المشتري
seller-1b-release = تحرير العملة المشفرة إلى المشتري
seller-1b-statement_shows = كشف الحساب البنكي للبائع نفسه يُظهر وصول الدفعة
seller-1b-statement_not_shown = لا يُظهر كشف الحساب البنكي للبائع الدفعة: تتبعها لدى البنكين كليهما
seller-1b-trace_banks = تتبع الدفعة لدى بنك المشتري وبنك البائع
seller-1b-ask-statement = تقديم كشف حساب بنكي يغطي تاريخ الدفع
seller-1b-not_yet = لا يُظهر كشف الحساب البنكي للبائع الدفعة بعد، لكن التحويل قد يصل لاحقًا
seller-1b-ask-release_or_later = التحرير عند وصول المال، أو إرسال كشف حساب بنكي أحدث إن لم يصل
seller-1b-if_still_missing = إذا لم يصل المال حتى ذلك الحين، تُتتبع الدفعة لدى البنكين كليهما
seller-1b-if_no_statement = إذا لم يصل كشف حساب بنكي حتى ذلك الحين، تُحرَّر العملة المشفرة إلى المشتري
seller-1b-no_statement = لم يرسل البائع كشف حساب بنكي بحلول { $due }: تذهب العملة المشفرة إلى المشتري
seller-1b-trace-transit = دفعة غير فورية { $at } + { $length } = { $arrives_by }
seller-1b-trace-in_transit = قد تكون لا تزال قيد التحويل
seller-1b-trace-arrived = كان ينبغي أن تكون قد وصلت
seller-1b-in_transit = لم تكن الدفعة فورية وقد تصل حتى { $until }

seller-1c-trace-different = حساب مختلف
seller-1c-trace-account = الحساب المدفوع إليه { $paid } مقابل حساب صفحة الطلب { $page }: قورنا بوصفهما { $kinds }، { $paid_form } مقابل { $page_form }
seller-1c-trace-same = الحساب نفسه
seller-1c-trace-cannot_tell = لا يمكن الجزم من طريقة الكتابة
seller-1c-trace-confirmed = ليس هو نفسه كما كُتب، لكن البائع أكّد أنه حسابه أو وجد الدعم أنه حساب صفحة الطلب
seller-1c-trace-found_other = وجد الدعم أنه حساب آخر
seller-1c-claimed-appeal = يدّعي استئناف البائع أن الحساب المدفوع إليه غير متاح
seller-1c-claimed-answer = أجاب البائع بأن الحساب المدفوع إليه غير متاح
seller-1c-claimed-instructions = دفع المشتري إلى { $account } وفق تعليمات أُعطيت خارج صفحة الطلب
seller-1c-unclaimed = دفع المشتري إلى { $account } لا إلى حساب صفحة الطلب { $page }، لكن لم يدّعِ أحد أن ذلك الحساب غير متاح: ليست خسارة على المشتري حتى يجيب البائع أو يتحقق الدعم
seller-1c-cannot_tell = لا يمكن تمييز الحساب المدفوع إليه ({ $account }) عن حساب صفحة الطلب ({ $page }) من طريقة الكتابة: يتحقق الدعم من الحساب الذي دُفع إليه قبل أن يتحمّل أحد خسارة
seller-1c-trace-answers = ما يترتب على كل إجابة
seller-1c-trace-answers-other = يقول البائع إن الحساب حسابه ويستقبل المدفوعات (account_accessible)، أو يجد الدعم أنه حساب صفحة الطلب (findings.account_paid: order_page): يُعامَل كدفع إلى صفحة الطلب؛ يدّعي البائع أنه غير متاح (account_inaccessible): البائع 1.c، يتحمّل المشتري الخسارة؛ لا إجابة قبل الموعد: تصعيد، ويتحقق الدعم لدى مزوّد الدفع
seller-1c-trace-answers-cannot_tell = يجد الدعم أنه حساب صفحة الطلب (findings.account_paid: order_page)، أو يقول البائع إنه حسابه ويستقبل المدفوعات (account_accessible): يُعامَل كدفع إلى صفحة الطلب؛ يجد الدعم حسابًا آخر (findings.account_paid: other): خسارة المشتري إن ادّعى البائع أنه غير متاح، وإلا يُسأل البائع؛ لا شيء من ذلك قبل الموعد: تصعيد، ويتحقق الدعم لدى مزوّد الدفع
seller-1c-ask-account = بيّن ما إذا كان { $account } حسابك ويستقبل المدفوعات (account_accessible)، أو أنه غير متاح لك (account_inaccessible)
seller-1c-verify-account = تحقق لدى مزوّد الدفع مما إذا كان { $account } حساب صفحة الطلب، وسجّل findings.account_paid
seller-1c-if_unanswered = إن لم يُجب البائع ولم يتحقق الدعم من الحساب بحلول ذلك الوقت، صعّد: يتحقق الدعم لدى مزوّد الدفع
seller-1c-unanswered = لا إجابة قبل { $due } عمّا إذا كان الحساب المدفوع إليه للبائع: يتحقق الدعم من ذلك لدى مزوّد الدفع
seller-1c-verify_with_provider = تحقق لدى مزوّد الدفع من صاحب الحساب المدفوع إليه، ثم سجّل findings.account_paid
seller-1c-paid_elsewhere = دفع المشتري إلى { $account } بدلًا من حساب صفحة الطلب { $page }: التعليمات غير الرسمية غير ملزمة، ويتحمل المشتري الخسارة
seller-1c-elsewhere-notice = الدفع إلى حسابات غير الحساب المذكور في صفحة الطلب خطأ يتحمله الدافع؛ ولا تتحمل المنصة أي مسؤولية عنه.
seller-1c-trace-violations = المخالفات السابقة للمشتري { $violations } مقابل repeat_threshold { $threshold }
seller-1c-trace-repeat = تكرار: حظر دائم
seller-1c-trace-first = أول مرة: لا عقوبة
seller-1c-repeat = { $violations ->
    [zero] ليس للمشتري أي مخالفة سابقة من هذا النوع: حظر دائم
    [one] للمشتري مخالفة سابقة واحدة من هذا النوع: حظر دائم
    [two] للمشتري مخالفتان سابقتان من هذا النوع: حظر دائم
    [few] للمشتري { $violations } مخالفات سابقة من هذا النوع: حظر دائم
    [many] للمشتري { $violations } مخالفة سابقة من هذا النوع: حظر دائم
   *[other] للمشتري { $violations } مخالفة سابقة من هذا النوع: حظر دائم
}
seller-1c-if_repeat = لو بلغت المخالفات السابقة { $threshold } أو أكثر لحُظر المشتري
seller-1c-cancel_keep = إلغاء الطلب؛ وتبقى العملة المشفرة لدى البائع
seller-1c-paid_to_page = دفع المشتري إلى الحساب المذكور في صفحة الطلب ({ $page }): اتبع المشتري البيانات الملزمة
seller-1c-bounced = عادت الأموال إلى المشتري: أُلغي الطلب
seller-1c-cancel = إلغاء الطلب
seller-1c-partly_bounced = لم يعد إلى المشتري إلا جزء من { $paid }: يجب أن يطابق شخص ما وصل إلى البائع
seller-1c-reconcile = مطابقة المبالغ مع البنكين كليهما، ثم التحرير، أو الإلغاء وردّ الباقي
seller-1c-ask-bounced = إثبات أن الأموال عادت إلى المشتري، أو التحرير
seller-1c-if_not_bounced = إذا لم يُثبت البائع حتى ذلك الحين أن الأموال عادت، تُحرَّر العملة المشفرة إلى المشتري
seller-1c-not_bounced = لا يوجد ما يدل بحلول { $due } على أن الأموال عادت: تبقى الدفعة قائمة وتذهب العملة المشفرة إلى المشتري
seller-1c-release = تحرير العملة المشفرة إلى المشتري

seller-2a-trace-paid = المدفوع في الوقت المحدد { $paid } مقابل مبلغ الطلب { $amount } (هامش التسامح { $tolerance })
seller-2a-trace-shortfall = النقص { $shortfall }
seller-2a-topped_up = أصبحت المدفوعات تغطي مبلغ الطلب ({ $paid }): تُحرَّر العملة المشفرة
seller-2a-release = تحرير العملة المشفرة إلى المشتري
seller-2a-short = دفع المشتري { $paid } من أصل { $amount }: بنقص { $shortfall }
seller-2a-out_of_range = الكمية المدفوع ثمنها خارج نطاق الدقة العشرية: يجب أن يحسبها شخص
seller-2a-partial_release = تحرير جزئي: { $quantity } مقابل { $paid } المستلم (مقرّبًا إلى الأدنى، عدد المنازل العشرية: { $decimals })
seller-2a-release_quantity = تحرير { $quantity } إلى المشتري وإعادة الباقي إلى البائع
seller-2a-refund_remainder = ردّ { $remainder } غير المغطى بالكمية المحررة
seller-2a-ask-top_up = دفع النقص { $shortfall }
seller-2a-if_top_up = إذا دُفع النقص حتى ذلك الحين يتم التحرير؛ وإلا يردّ البائع { $paid } المستلم ويُلغى الطلب
seller-2a-not_topped_up = لم يدفع المشتري النقص بحلول { $due }: يردّ البائع ما وصل ويُلغى الطلب
seller-2a-refunded = ردّ البائع { $paid } المستلم
seller-2a-cancel = إلغاء الطلب
seller-2a-refund_held = ردّ { $owed } الذي لا يزال محتجزًا إلى المشتري
seller-2a-cancel_once_refunded = إلغاء الطلب بعد تأكيد ردّ المبلغ
seller-2a-late_payment = وصل { $amount } في { $at }، بعد انقضاء المهلة: لا يُكمل الطلب ويُعاد إلى المشتري بوصفه دفعة مستقلة
seller-2a-return_late = إعادة { $amount } الذي وصل بعد انقضاء المهلة إلى المشتري
