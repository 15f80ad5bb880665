## Who paid: payer names compared with the buyer's verified name as identities (identity.*)

identity-name-compared = الدافع { $payer } مقابل المشتري { $buyer }، قورنا بصيغتي { $payer_forms } و{ $buyer_forms } وفق { $convention }
identity-name-same = الشخص نفسه ({ $reason })
identity-name-different = شخص آخر ({ $reason })
identity-name-cannot_tell = يتعذّر الحكم ({ $reason })
identity-payer-unverified = اسم الدافع ({ $payers }) لا يطابق المشتري ({ $buyer }) ولا ينفيه: لدى الدعم { $length } من الاستئناف، حتى { $due }، للتحقق ممن يملك الحساب الدافع
identity-payer-verify = تحقّق ممن يملك الحساب الدافع (مثلًا كشف حساب مصرفي يُظهر اسم صاحبه) وسجّله في findings.paying_account_holder
identity-payer-answers = ما يترتب على كل جواب بشأن صاحب الحساب الدافع
identity-payer-if_answered = صاحبه المشتري: يسري { $clause } كأن الاسمين متطابقان؛ صاحبه شخص آخر: دفعة من الغير تُردّ إلى الحساب الدافع (buyer 1.a)
identity-payer-not_shown = لم يثبت من يملك الحساب الدافع حتى { $due }
identity-payer-decide = قرّر من يملك الحساب الدافع: لا تؤدي الأسماء إلى أيٍّ من النتيجتين
identity-payer-verified_buyer = تحقق الدعم من أن المشتري يملك الحساب الذي دفع منه { $payers }: يُعدّ الاسمان متطابقين
identity-payer-verified_someone_else = تحقق الدعم من أن شخصًا غير المشتري يملك الحساب الذي دفع منه { $payers }
name_reason-exact = مكتوبان بالطريقة نفسها
name_reason-folded = متطابقان بعد تجاهل حالة الأحرف والتشكيل
name_reason-punctuation = متطابقان عدا الشرطات والفواصل العليا والنقاط والمسافات
name_reason-transliterated = كتابة الخط الآخر وفق الاصطلاح
name_reason-reordered = الكلمات نفسها بترتيب آخر
name_reason-word_missing = كلمة من أحد الاسمين ليست في الآخر
name_reason-initial = حرف أول أو اختصار بدل كلمة
name_reason-spelling_variant = كتابات لا تختلف إلا بوصفها كتابات لصوت واحد
name_reason-unreadable = قراءة الأحرف غير معروفة
name_reason-empty = أحد الاسمين فارغ
name_reason-too_long = أحد الاسمين أطول من أن يكون اسم شخص
name_reason-mixed_scripts = أحد الاسمين يخلط بين أبجديات: قد تكون الكلمتان المختلفتان كلمة واحدة بأبجديتين
name_reason-tie_word_order = كلمة نسب تربط الكلمات المحيطة بها بترتيب آخر
name_reason-different_word = كلمة لا تطابق أي كلمة في الاسم الآخر
