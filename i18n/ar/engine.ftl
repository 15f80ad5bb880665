## ما يسجله المحرك لكل بند: العقوبات المدمجة، والاستردادات الجزئية، وإعادة التقييم
## (sanctions.*, refund.*, replay.as_of, replay.left_out)

sanctions-suspension = suspend_p2p بحق { $party } ({ $length })
sanctions-contained_in_ban = مشمول في الحظر الدائم ({ $clause })
refund-partial = ردّ البائع { $returned } حتى الآن: ولا يزال { $outstanding } مستحقًا
replay-as_of = أُعيد التقييم كما في { $at }
replay-left_out = مع استبعاد { $entries }
