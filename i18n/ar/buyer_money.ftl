## استئنافات المشتري بشأن المال المدفوع: 2.a الدفع الزائد، و3.a طلب أُلغي بعد الدفع، والمبلغ الواجب ردّه في الحالتين (buyer.2a.*, buyer.3a.*, buyer.refund.*)

buyer-2a-trace = المدفوع { $paid } مقابل مبلغ الطلب { $amount }
buyer-2a-excess = الزيادة { $excess }
buyer-2a-notice = يُردّ المبلغ الزائد على أساس بذل أقصى جهد ممكن؛ ولا تتحمل المنصة مسؤولية خطأ المشتري.
buyer-2a-no_excess = المدفوعات ({ $paid }) لا تتجاوز مبلغ الطلب ({ $amount }): لا توجد زيادة تُردّ
buyer-2a-overpaid = دفع المشتري { $paid } لطلب مبلغه { $amount }: أي بزيادة { $excess }
buyer-2a-ask-see_release = مبلغ الطلب نفسه مدفوع بالكامل: التأكد من أن البائع يحرر العملة المشفرة (وإلا ينطبق buyer 1.b)
buyer-2a-refunded = ردّ البائع الزيادة { $excess }
buyer-refund-refused_before_appeal = رفض البائع ردّ المبلغ في { $at }، قبل الاستئناف: لا يُعتدّ إلا بالردّ على طلب فريق الدعم
buyer-refund-refused = رفض البائع ردّ المبلغ في { $at }
buyer-refund-ask = ردّ { $what } { $amount } إلى المشتري
buyer-refund-refusal_trace = رفض البائع في { $refused } مقابل انقضاء المهلة في { $due }
buyer-refund-frozen_at_once = رفضٌ قبل انقضاء المهلة: تجميد فوري
buyer-refund-if_not_refused = لولا الرفض لانتظر القرار انقضاء المهلة قبل تجميد البائع
buyer-refund-refused_in_time = رفض البائع { $when }: تُجمَّد صلاحية وصول البائع إلى P2P وأصوله فورًا إلى أن يتم ردّ المبلغ
buyer-refund-before_window_closed = قبل انقضاء المهلة في { $due }
buyer-refund-before_contact = قبل أن يتواصل معه فريق الدعم
buyer-refund-if_not_refunded = إذا لم يكتمل ردّ المبلغ حتى ذلك الحين، تُجمَّد صلاحية وصول البائع إلى P2P وأصوله إلى أن يكتمل
buyer-refund-not_refunded = لم يكتمل ردّ المبلغ بحلول { $due }: صلاحية وصول البائع إلى P2P وأصوله مجمَّدة إلى أن يكتمل
buyer-refund-ask-now = ردّ { $what } { $amount } إلى المشتري فورًا
buyer-refund-ask-freeze = تجميد صلاحية وصول البائع إلى P2P وأصوله؛ ورفع التجميد بعد تأكيد ردّ المبلغ
buyer-3a-proof-trace = المدفوعات ذات الإثبات الصحيح (من مصدر رسمي، ودون تلاعب)
buyer-3a-proof-count = { $proven } من { $payments }
buyer-3a-no_valid_proof = دفعة المشتري غير مؤكدة بإثبات صحيح (إيصال غير متلاعب به من مصدر بنكي رسمي)
buyer-3a-proof-what = إثبات دفع صحيح: إيصال بنكي رسمي غير متلاعب به
buyer-3a-no_proof_by = لا يوجد إثبات دفع صحيح بحلول { $due }: يبقى الإلغاء قائمًا
buyer-3a-notice = إذا رفض البائع ردّ المبلغ، فلا تتحمل المنصة مسؤولية الخسارة الناتجة عن هذا الطلب.
buyer-3a-confirmed = تأكدت دفعة المشتري البالغة { $owed } وأُلغي الطلب: يجب على البائع ردّها
buyer-3a-refunded = ردّ البائع مبلغ { $owed }

## ما يردّه البائع إلى المشتري

refund_of-excess = الزيادة
refund_of-payment = مبلغ
