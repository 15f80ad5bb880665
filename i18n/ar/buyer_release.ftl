## استئنافات المشتري 1.a و1.b و1.c، والمبالغ التي يجب على البائع ردّها
## (buyer.1a.*, buyer.1b.*, buyer.1c.*, refund.*, payments.*)

buyer-1a-trace-reference_price = order.reference_price
buyer-1a-trace-reference_missing = غير موجود: لا يمكن التحقق من نطاق السعر
buyer-1a-reference_missing = السعر المرجعي للمنصة عند إنشاء الطلب غير موجود في القضية؛ لا يمكن التحقق من نطاق السعر
buyer-1a-ask-reference_price = السعر المرجعي للمنصة عند إنشاء الطلب (order.reference_price)
buyer-1a-decide_price = البتّ في مسألة السعر يدويًا: لم يصل السعر المرجعي إلى القضية قط
buyer-1a-deviation = { $deviation } %
buyer-1a-deviation-too_far = بعيد جدًا
buyer-1a-trace-price = السعر { $price } مقابل السعر المرجعي { $reference }: { $deviation } من السعر المرجعي، والنطاق ±{ $band } %
buyer-1a-trace-inside = داخل النطاق
buyer-1a-trace-outside = خارج النطاق
buyer-1a-if_outside = لو كان السعر خارج النطاق من { $low } إلى { $high } { $fiat } لوجب ردّ المبلغ كاملًا بدلًا من التحرير
buyer-1a-inside_band = سعر الطلب { $deviation } من السعر المرجعي، أي داخل نطاق ±{ $band } %: العملة المشفرة مستحقة للمشتري
buyer-1a-ask-respond = الردّ أو تحرير العملة المشفرة
buyer-1a-if_not_released = إذا لم يحرر البائع العملة المشفرة حتى ذلك الحين، تُحرَّر العملة المشفرة إلى المشتري
buyer-1a-not_released = لم يحرر البائع العملة المشفرة بحلول { $due }
buyer-1a-refused_not_released = رفض البائع ولم يحرر العملة المشفرة بحلول { $due }؛ والرفض حين يكون السعر داخل النطاق لا يمنع التحرير
buyer-1a-release = تحرير العملة المشفرة إلى المشتري
buyer-1a-if_inside = لو كان السعر ضمن النطاق من { $low } إلى { $high } { $fiat } لحُرِّرت العملة المشفرة إلى المشتري
buyer-1a-outside_band = سعر الطلب { $deviation } من السعر المرجعي، أي خارج نطاق ±{ $band } %: لا تحرير؛ ويجب على البائع ردّ كامل المبلغ { $paid }
buyer-1a-trace-payer_names = أسماء الدافعين مقابل الاسم الموثق للمشتري
buyer-1a-trace-mismatch = غير مطابق: غير مؤهل للتحرير
buyer-1a-third_party = الدافع ({ $payers }) ليس المشتري ({ $buyer }): لا يمكن تحرير العملة المشفرة؛ ويُعاد مبلغ { $paid } إلى الحساب الذي دُفع منه

refund-refunded = ردّ البائع مبلغ { $owed }: أُلغي الطلب
refund-cancel_keep = إلغاء الطلب؛ وتبقى العملة المشفرة لدى البائع
refund-ask = ردّ { $outstanding } إلى الحساب الذي دُفع منه
refund-if_missed-release = إذا لم يصل المبلغ المردود حتى ذلك الحين ولم يكن لدى البائع مبرر مقبول، تُحرَّر العملة المشفرة إلى المشتري
refund-if_missed-stays_owed = إذا لم يصل المبلغ المردود حتى ذلك الحين، يبقى دينًا مستحقًا: تجب مطالبة البائع به؛ ولا تُحرَّر العملة المشفرة بناءً على هذه الدفعة
refund-justified = لم يكتمل ردّ المبلغ بحلول { $due }، لكن فريق الدعم وجد سبب البائع مقبولًا: لا تحرير، ويبقى المبلغ المردود مستحقًا
refund-new_date = الاتفاق مع البائع على موعد جديد لردّ المبلغ وتسجيله
refund-partly_refunded = ردّ البائع جزءًا فقط من الدفعة بحلول { $due }: لا التحرير ولا الإلغاء يسوّي الأمر على حاله الراهنة
refund-settle_partial = تسوية الأمر يدويًا: إما أن يردّ البائع المبلغ المتبقي { $outstanding } ويُلغى الطلب، وإما أن يعيد المشتري مبلغ { $returned } الذي رُدّ إليه وتُحرَّر العملة المشفرة
refund-missed-release = لم يردّ البائع المبلغ بحلول { $due } ولم يقدّم مبررًا مقبولًا: العملة المشفرة تذهب إلى المشتري
refund-missed-stays_owed = لم يكتمل ردّ المبلغ بحلول { $due }: يبقى { $outstanding } مستحقًا
refund-now = ردّ { $outstanding } إلى الحساب الذي دُفع منه فورًا
refund-press_seller = مطالبة البائع بردّ المبلغ وإلغاء الطلب بعد تأكيده؛ وتبقى العملة المشفرة في الضمان حتى ذلك الحين
refund-late = عاد مال إلى المشتري بعد انقضاء المهلة في { $due }: وهذا لا يلغي التحرير
refund-send_back = إعادة المال الذي رُدّ بعد انقضاء المهلة إلى البائع

payments-trace = المدفوعات
payments-trace-none_on_file = لا شيء في الملف
payments-none_on_file = يستأنف المشتري بسبب عدم التحرير، لكن القضية لا تتضمن أي دفعة
payments-after_proof_window = جاءت المدفوعات المسجلة بعد انقضاء مهلة إثبات الدفع: فهي لا تستوفي المهلة
payments-ask-proof = إثبات الدفع (إيصال بنكي رسمي)
payments-no_proof = لا يوجد إثبات دفع بحلول { $due }: أُلغي الطلب

buyer-1b-trace-rail = وسيلة الدفع
buyer-1b-trace-rail_window = { $rail }: { $parameter } = { $length }
buyer-1b-paid_in_full = دفع المشتري المبلغ كاملًا { $method }: أمام البائع مهلة { $length } من تواصل فريق الدعم لتحرير العملة المشفرة
buyer-1b-ask-release = تحرير العملة المشفرة
buyer-1b-ask-release_or_statement = تحرير العملة المشفرة، أو تقديم كشف حساب بنكي إذا لم يصل المال
buyer-1b-statement_without_funds = لا يُظهر كشف الحساب البنكي للبائع الدفعة: يجب تتبع الدفعة لدى البنكين كليهما
buyer-1b-trace_banks = تتبع الدفعة لدى بنك المشتري وبنك البائع
buyer-1b-ask-trace = طلب تأكيد التحويل (تتبع) من البنك الدافع ورفعه
buyer-1b-if_silent = بعد { $due } دون تحرير، يحرر فريق الدعم العملة المشفرة
buyer-1b-not_released = لم يحرر البائع العملة المشفرة خلال { $length } من تواصل فريق الدعم
buyer-1b-no_statement = ردّ البائع لكنه لم يرسل كشف حساب بنكي بحلول { $due }: تُعدّ الدفعة مستلمة
buyer-1b-no_answer = لم يردّ البائع خلال { $length }: تُعدّ الدفعة مستلمة

buyer-1c-remark = { $place } "{ $remarks }" ({ $terms })
buyer-1c-trace-remarks = ملاحظات الدفع مقابل sensitive_terms
buyer-1c-trace-no_term = لم يُعثر على كلمة حساسة
buyer-1c-trace-terms = { $remarks }
buyer-1c-no_term = يستند الاستئناف إلى ملاحظات حساسة، لكن ملاحظات الدفع لا تتضمن أيًا من الكلمات الحساسة في السياسة
buyer-1c-terms = تتضمن ملاحظات الدفع كلمات حساسة: { $remarks }
buyer-1c-overpaid = دفع المشتري أيضًا { $excess } زيادةً على مبلغ الطلب: الاسترداد يعيد المبلغ كله؛ وبعد التحرير تبقى الزيادة مستحقة الردّ (buyer 2.a)
buyer-1c-underpaid = دفع المشتري أيضًا { $short } أقل من مبلغ الطلب: يتطلب التحرير دفع النقص أولًا (seller 2.a)
buyer-1c-released = حرّر البائع العملة المشفرة
buyer-1c-released-notice = اختار البائع التحرير رغم الملاحظات الحساسة، ويتحمل وحده أي عواقب لهذا التحرير؛ ولا تتحمل المنصة أي مسؤولية عنها.
buyer-1c-refunded = ردّ البائع الدفعة
buyer-1c-fees-notice = يتحمل المشتري رسوم الاسترداد.
buyer-1c-cancel = إلغاء الطلب
buyer-1c-ask-choice = إما ردّ المبلغ إلى المشتري وإما تحرير العملة المشفرة
buyer-1c-choice-notice = إذا حرّر البائع العملة المشفرة فهو وحده يتحمل العواقب؛ وإذا ردّ المبلغ فإن المشتري يتحمل رسوم الاسترداد.
buyer-1c-if_neither = إذا لم يفعل البائع أيًا من الأمرين حتى ذلك الحين، تُحال القضية إلى موظف أول
buyer-1c-neither = لم يردّ البائع المبلغ ولم يحرر العملة المشفرة بحلول { $due }
buyer-1c-senior_decides = يقرر موظف أول بين الاسترداد والتحرير؛ ولا تحدد القاعدة خيارًا افتراضيًا

## كلمات وسائل الدفع (rail-*, paid_by-*)

rail-instant = فوري
rail-not_instant = غير فوري
paid_by-instant = بوسيلة دفع فورية
paid_by-non_instant = بوسيلة دفع غير فورية
paid_by-partly_instant = ولم يُدفع كله بوسيلة دفع فورية
