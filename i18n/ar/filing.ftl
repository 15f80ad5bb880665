## أنواع الاستئناف بالكلمات (`appeal explain TYPE`، و`appeal new`): موضوع كل نوع، وإلى أين يُحال،
## والوقائع التي تعيد توجيهه. `filing-TYPE-about`، و`filing-TYPE-goes_to`، وإعادات التوجيه
## `filing-route-…`.

filing-route-released = حُرّرت العملة المشفرة بالفعل (حدث `released`): يصبح الاستئناف `closed`
filing-route-cancelled = أُلغي الطلب (حدث `cancelled`): يُحال إلى buyer.3a
filing-route-no_payment = لا توجد دفعة في الملف: يطلب فريق الدعم من المشتري إثباتًا؛ وإن لم يصل في الوقت المحدد: `cancel_order`
filing-route-overpaid = مجموع المدفوعات أكثر من order.amount (بما يتجاوز هامش التسامح في السياسة): يُحال إلى buyer.2a
filing-route-underpaid = مجموعها أقل، أو لا يبلغه إلا باستكمال بعد مهلة seller 2.a: يُحال إلى seller.2a
filing-route-third_party = أحد قيم payer_name ليس verified_name للمشتري: ردّ المبلغ فقط، بموجب buyer.1a
filing-route-other_account = ذهبت دفعة إلى حساب غير حساب صفحة الطلب: يُحال إلى seller.1c
filing-route-payment_not_received = بموجب buyer.1a، كان ردّ البائع (`responded`) هو `payment_not_received`: يُحال إلى seller.1b (وإلى seller.1a عند غياب الإثبات الصحيح)
filing-route-own_fraud = الاحتيال الثابت (findings.fraud، أو أدلة متلاعب بها) هو احتيال مقدم الاستئناف نفسه: يُحال إلى بند الاحتيال الخاص بالطرف الآخر

filing-seller_not_releasing-about = دفع المشتري ولم يحرر البائع العملة المشفرة.
filing-seller_not_releasing-goes_to = buyer.1c إذا تضمنت ملاحظات دفعة كلمة حساسة؛ وإلا buyer.1a إذا رفض البائع (`responded` بـ`refuses`) أو طلب الإلغاء (`cancel_requested`)؛ وإلا buyer.1b
filing-sensitive_remarks-about = يمتنع البائع لأن ملاحظات دفع المشتري تتضمن كلمات حساسة (عملة مشفرة، اسم منصة تداول…).
filing-sensitive_remarks-goes_to = buyer.1c
filing-overpaid-about = دفع المشتري أكثر من مبلغ الطلب ويريد استرداد الزيادة.
filing-overpaid-goes_to = buyer.2a
filing-cancelled_after_payment-about = دفع المشتري لكن الطلب أُلغي (لانتهاء الوقت أو عن خطأ).
filing-cancelled_after_payment-goes_to = buyer.3a
filing-out_of_norm_request-about = يطلب البائع أمرًا خارجًا عن المعتاد: تحققًا إضافيًا، أو بيانات اتصال، أو قناة أخرى، أو رسومًا.
filing-out_of_norm_request-goes_to = buyer.4a
filing-offensive_language-about = استخدم الطرف الآخر ألفاظًا مسيئة.
filing-offensive_language-goes_to = buyer.5a حين يقدمه المشتري، وseller.6a حين يقدمه البائع
filing-fraud-about = ارتكب الطرف الآخر احتيالًا (مستندات مزورة، ادعاء كاذب).
filing-fraud-goes_to = buyer.6a حين يقدمه المشتري، وseller.7a حين يقدمه البائع
filing-payment_not_received-about = وسم المشتري الطلب بأنه مدفوع، لكن البائع لم يستلم المال.
filing-payment_not_received-goes_to = seller.1a إذا لم يكن لأي دفعة إثبات صحيح (دليل فيه official_source: true وغير متلاعب به)؛ وإلا seller.1b
filing-inaccessible_account-about = دفع المشتري إلى حساب لا يستطيع البائع الوصول إليه.
filing-inaccessible_account-goes_to = seller.1c
filing-underpaid-about = دفع المشتري أقل من مبلغ الطلب.
filing-underpaid-goes_to = seller.2a
filing-malicious_buying-about = يضع المشتري طلبات دون نية الدفع.
filing-malicious_buying-goes_to = seller.3a
filing-account_blocked-about = حُظر حساب البائع بعد استلام دفعة المشتري.
filing-account_blocked-goes_to = seller.4a
filing-released_without_payment-about = حرّر البائع العملة المشفرة دون تأكيد الدفعة، ولم يصل المال قط.
filing-released_without_payment-goes_to = seller.5a

# من يحق له تقديم نوع الاستئناف.
filing-filed_by-buyer = المشتري
filing-filed_by-seller = البائع
filing-filed_by-either = أيٌّ من الطرفين

# أيًّا كان البند: لا يحرر أي بند العملة المشفرة لمحتال ثبت احتياله.
filing-fraud_overrules = القرار الذي كان سيحرر العملة المشفرة لمشترٍ ثبت احتياله (findings.fraud، أو أدلة متلاعب بها قدمها المشتري) يُحال بدلًا من ذلك إلى seller.7a
filing-route-payer_cannot_tell = لا يكفي أحد قيم payer_name للحكم (كلمة ناقصة، حرف أول): ينتظر buyer.1a حتى يتحقق الدعم ممن يملك الحساب الدافع (findings.paying_account_holder)
filing-route-seller_third_party = قيمة payer_name لدفعة مثبتة تسمّي شخصًا غير المشتري: ردّ المبلغ فقط، بموجب buyer.1a (تعذّر الحكم: ينتظر buyer.1a التحقق)
filing-route-seller_fraud_third_party = قدّمه البائع دون احتيال ثابت، وقيمة payer_name لدفعة مثبتة تسمّي شخصًا غير المشتري: ردّ المبلغ فقط، بموجب buyer.1a (تعذّر الحكم: ينتظر buyer.1a التحقق)
