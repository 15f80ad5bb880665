## معنى كل معيار من معايير البند (`appeal explain`، و`appeal policy show`، ومخطط السياسة):
## `param-` ثم البند (أو القاعدة المشتركة بين بندين) ثم مفتاح المعيار.

param-buyer-1a-price_band_pct = الانحراف المقبول لسعر الطلب عن السعر المرجعي، ± بالنسبة المئوية
param-buyer-1a-seller_response = المهلة المتاحة للبائع للرد بعد أن يتواصل معه فريق الدعم
param-buyer-1a-refund_window = المهلة المتاحة للبائع لردّ المبلغ حين يكون السعر خارج النطاق
param-buyer-1b-instant_release = مهلة التحرير بعد دفعة فورية (في الوقت الفعلي)
param-buyer-1b-non_instant_release = مهلة التحرير بعد دفعة غير فورية
param-buyer-1c-decision_window = المهلة المتاحة للبائع للاختيار بين الاسترداد والتحرير
param-buyer-1c-sensitive_terms = كلمات في ملاحظات الدفع تستدعي تطبيق هذا البند
param-buyer-2a-refund_window = المهلة المتاحة للبائع لردّ الزيادة
param-buyer-3a-refund_window = المهلة المتاحة للبائع لردّ المبلغ
param-buyer-4a-verification_terms = كل نوع من أنواع التحقق الإضافي، مع الكلمات التي تسميه في محادثة البائع وفي شروط الإعلان؛ ولا يُعدّ المطلب مُفصحًا عنه إلا إذا سمّت شروط الإعلان النوع نفسه
param-buyer-4a-out_of_policy_terms = كلمات في محادثة البائع تدل على مطلب خارج عن السياسة
param-buyer-4a-seller_sanction = عقوبة المطلب الخارج عن السياسة، في المخالفة الأولى
param-buyer-4a-repeat_threshold = عدد المخالفات السابقة الذي يُعدّ المطلب عنده متكررًا (تعليق)
param-buyer-4a-suspension_days = أيام التعليق عن المطلب المتكرر الخارج عن السياسة
param-buyer-4a-buyer_response = المهلة المتاحة للمشتري للموافقة على تحقق مُفصح عنه أو رفضه بعد أن يتواصل معه فريق الدعم؛ والسكوت حتى ذلك الحين لا يُعدّ رفضًا
param-offensive_language-offensive_terms = كلمات في المحادثة يجب على فريق الدعم مراجعتها بوصفها مسيئة
param-offensive_language-suspension_days = أيام تعليق P2P عن المخالفة المؤكدة
param-offensive_language-repeat_threshold = عدد المخالفات المؤكدة السابقة الذي تؤدي عنده مخالفة جديدة إلى حظر دائم
param-seller-1a-buyer_proof_window = المهلة المتاحة للمشتري لتقديم إثبات صحيح بعد أن يتواصل معه فريق الدعم
param-seller-1a-false_claim_sanction = أيام تعليق P2P للمشتري الذي وسم الطلب بأنه مدفوع دون أن يدفع
param-seller-1b-seller_statement_window = المهلة المتاحة للبائع لتقديم كشف حساب بنكي
param-seller-1c-seller_response = المهلة المتاحة للبائع لإثبات أن الأموال ارتدّت
param-seller-1c-repeat_threshold = عدد المخالفات السابقة الذي يُحظر المشتري عنده
param-seller-2a-mode = طريقة تسوية الدفع الناقص
param-seller-2a-top_up_window = المهلة المتاحة للمشتري لدفع النقص
param-seller-2a-asset_decimals = عدد المنازل العشرية التي تُقرَّب إليها كمية الأصل المحررة إلى الأدنى
param-seller-3a-unpaid_threshold = عدد الطلبات غير المدفوعة في سجل المنصة الذي يُفتح عنده تحقيق
param-seller-4a-evidence_window = المهلة المتاحة للبائع لإثبات أن المشتري تسبب في الحظر
param-seller-4a-buyer_docs_window = المهلة المتاحة للمشتري لتقديم المستندات بعد وصول دليل البائع
param-seller-5a-buyer_response = المهلة المتاحة للمشتري للرد على فريق الدعم بعد أن يتواصل معه، قبل أن يُعدّ غير مستجيب
param-disclaimers-channels-channel_terms = أسماء القنوات الخارجية التي يستدعي ظهورها في المحادثة هذا الإشعار
