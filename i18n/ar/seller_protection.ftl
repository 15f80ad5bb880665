## استئنافات البائع 3.a و4.a و5.a (seller.3a.*, seller.4a.*, seller.5a.*)

seller-3a-trace-finding = findings.malicious_buying_confirmed
seller-3a-trace-confirmed = مؤكد
seller-3a-confirmed = أكّد فريق الدعم الشراء الكيدي: يُستبعد المشتري من P2P نهائيًا
seller-3a-no_appeal-notice = لا يحق الاستئناف على الاستبعاد النهائي بسبب الشراء الكيدي.
seller-3a-cancel_return = إلغاء الطلب؛ وتعود العملة المشفرة إلى البائع
seller-3a-trace-unpaid = الطلبات غير المدفوعة للمشتري { $unpaid } مقابل unpaid_threshold { $threshold }
seller-3a-trace-pattern = نمط: تحقيق
seller-3a-trace-below = دون الحد
seller-3a-if_fewer = لو كانت الطلبات غير المدفوعة أقل من { $threshold } لما فُتح تحقيق
seller-3a-if_more = لو بلغت الطلبات غير المدفوعة { $threshold } أو أكثر لفُتح تحقيق
seller-3a-pattern = ترك المشتري طلبات دون دفع عددها { $unpaid } (الحد { $threshold }): يحقق فريق الدعم
seller-3a-investigate = التحقيق في الطلبات غير المدفوعة للمشتري وتسجيل findings.malicious_buying_confirmed
seller-3a-no_pattern = عدد الطلبات غير المدفوعة للمشتري { $unpaid }، وهو دون الحد البالغ { $threshold }: لا يوجد نمط شراء كيدي
seller-3a-unpaid_order = لم يُدفع هذا الطلب: يُلغى وتعود العملة المشفرة إلى البائع
seller-3a-cancel = إلغاء الطلب
seller-3a-paid_review = دفع المشتري ثمن هذا الطلب فعلًا: مراجعته بموجب قواعد الدفع

seller-4a-agreement = توصل الطرفان إلى اتفاق: تنتهي القيود ويُغلق الاستئناف
seller-4a-blocked = حُظر حساب البائع بعد دفعة المشتري: تقضي القاعدة بتعليق صلاحية وصول المشتري إلى P2P وسحوباته ريثما يُفحص ادعاء البائع
seller-4a-ask-seller_proof = إثبات أن المشتري تسبب في الحظر (محضر شرطة، أو استرداد مبلغ chargeback، أو إشعار من البنك)
seller-4a-forged = تبيّن أن دليل البائع على أن المشتري تسبب في الحظر ({ $kind }) متلاعب به: يسقط الادعاء وتُرفع القيود عن المشتري
seller-4a-lift = رفع تعليق P2P وحجز السحب عن المشتري
seller-4a-if_no_seller_evidence = إذا لم يصل دليل البائع حتى ذلك الحين، تُرفع القيود عن المشتري
seller-4a-no_seller_evidence = لم يقدم البائع بحلول { $due } أي دليل على أن المشتري تسبب في الحظر: تُرفع القيود عن المشتري
seller-4a-seller_evidence_in = قدّم البائع دليلًا على أن المشتري تسبب في الحظر ({ $kind }): على المشتري الآن الردّ عليه بمستندات
seller-4a-ask-buyer_documents = تقديم مستندات تدعم الحل
seller-4a-buyer_contacted = تواصل فريق الدعم مع المشتري في { $contact }: تُستحق المستندات بعد { $length } من آخر الأمرين، ذلك التواصل ودليل البائع، أي بحلول { $due }
seller-4a-trace-buyer_documents = مستندات المشتري: آخر الأمرين، التواصل ودليل البائع، { $start } + { $length } = { $due }
seller-4a-buyer_documents_in = قدّم المشتري مستندات: يوازن شخص بين الطرفين
seller-4a-review_documents = مراجعة مستندات المشتري مقابل دليل البائع
seller-4a-if_no_buyer_documents = إذا لم تصل مستندات المشتري حتى ذلك الحين، تُعطَّل صلاحية وصول المشتري إلى P2P نهائيًا
seller-4a-buyer_documents_missed = لم يتعاون المشتري بتقديم المستندات بحلول { $due }: عُطّلت صلاحية الوصول إلى P2P نهائيًا، وقُيّدت السحوبات
seller-4a-cancel_keep = إلغاء الطلب؛ وتبقى العملة المشفرة لدى البائع

seller-5a-released = حرّر البائع العملة المشفرة دون تأكيد الدفعة ويتحمل الخسارة: لا تتدخل المنصة
seller-5a-police = يمكنك إبلاغ الشرطة بالخسارة؛ وسيستجيب فريق الدعم لطلبات جهات إنفاذ القانون
seller-5a-ask-buyer_answer = الردّ على فريق الدعم والتعاون في إعادة الدفعة أو العملة المشفرة
seller-5a-trace-first_answer = أول ردّ من المشتري على فريق الدعم قبل الموعد النهائي
seller-5a-trace-refuses = يرفض التعاون
seller-5a-trace-answered = ردّ
seller-5a-trace-unresponsive = لا شيء: لا يستجيب
seller-5a-trace-none_yet = لا شيء بعد
seller-5a-buyer_answered = ردّ المشتري على فريق الدعم: لا عقوبة
seller-5a-unreachable_still_time = تعذّر على فريق الدعم الوصول إلى المشتري في { $at }؛ ولا يزال أمام المشتري حتى { $due } للردّ
seller-5a-if_silent = إذا لم يردّ المشتري حتى ذلك الحين، تُعلَّق صلاحية وصوله إلى P2P حتى حل القضية
seller-5a-refuses = يرفض المشتري التعاون: عُلّقت صلاحية الوصول إلى P2P
seller-5a-unresponsive = لم يردّ المشتري على فريق الدعم بحلول { $due }: لا يستجيب، وعُلّقت صلاحية الوصول إلى P2P
