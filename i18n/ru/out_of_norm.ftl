## Апелляции покупателя, 4.a: требования продавца, выходящие за рамки нормы (buyer.4a.*)

buyer-4a-chat_line = "{ $text }" ({ $terms })
buyer-4a-off_platform = продавец предложил провести сделку или оплату вне платформы
buyer-4a-verification-request = запрос верификации по ордеру ({ $kind })
buyer-4a-demands-trace = чат и хронология продавца в сравнении с verification_terms и out_of_policy_terms
buyer-4a-demands-count = требований верификации: { $verification }, требований вне политики: { $out_of_policy }
buyer-4a-out_of_policy = требование продавца вне политики: { $what }
buyer-4a-verification-as_well = также потребована дополнительная верификация: { $what }
buyer-4a-offence-trace = прежние нарушения продавца { $violations }, repeat_threshold { $threshold }
buyer-4a-offence-repeat = повторное нарушение
buyer-4a-offence-first = первое нарушение
buyer-4a-offence-if_fewer = при менее чем { $threshold } прежних нарушениях санкцией было бы `{ $sanction }`
buyer-4a-offence-if_repeat = при { $threshold } и более прежних нарушениях доступ продавца был бы приостановлен
buyer-4a-offence-suspended = прежних нарушений у продавца: { $violations } — доступ к P2P приостановлен на { $days } дн.
buyer-4a-no_demand = в деле нет требований продавца, выходящих за рамки нормы (ни в чате, ни в хронологии)
buyer-4a-ask-review_chat = просмотреть весь чат ордера в поисках требования, которое описывает покупатель
buyer-4a-verification-demanded = потребована дополнительная верификация: { $what }
buyer-4a-kind_named = { $kind } ({ $terms })
buyer-4a-kinds = { $kinds }
buyer-4a-kinds-none = нет
buyer-4a-kinds-none_named = ничего из названного в политике
buyer-4a-kinds-requested = запрошенный вид
buyer-4a-disclosure-trace = раскрывают ли условия объявления каждый потребованный вид верификации ({ $demanded }); ответ покупателя
buyer-4a-disclosure-outcome = раскрыто: { $disclosed }; не раскрыто: { $undisclosed }; покупатель: { $answer }
buyer-4a-ad_asks = { " " }(в них указано только: { $kinds })
buyer-4a-ad_asks-nothing = { "" }
buyer-4a-unnamed_kind = запрошенная верификация относится к виду, который политика не называет, поэтому нельзя показать, что условия объявления раскрыли её до ордера{ $ad_asks }
buyer-4a-undisclosed = условия объявления не раскрыли до ордера потребованное: { $kinds }{ $ad_asks }
buyer-4a-ask-answer = согласиться на верификацию, раскрытую в условиях объявления, или отказаться от неё
buyer-4a-agreed = условия объявления раскрыли верификацию до ордера, и покупатель согласился: сделка продолжается
buyer-4a-ask-provide = пройти верификацию, которую требуют условия объявления
buyer-4a-ask-complete = завершить сделку после прохождения верификации
buyer-4a-refused = покупатель отказался от верификации
buyer-4a-awaiting_answer = условия объявления раскрыли верификацию; покупатель ещё не ответил, а молчание, пока идёт срок, не является отказом
buyer-4a-if_no_answer = если покупатель к этому времени не согласится, отменить ордер (сначала вернув средства покупателю, если он заплатил)
buyer-4a-never_agreed = условия объявления раскрыли верификацию, но покупатель не согласился на неё к { $due }: сделка не может продолжаться
buyer-4a-ask-cancel = отменить ордер
buyer-4a-refunded = покупателю возвращено { $paid }
buyer-4a-paid = покупатель заплатил { $paid }: сумма возвращается до отмены ордера
buyer-4a-ask-refund = вернуть покупателю { $amount }
buyer-4a-ask-cancel_after_refund = отменить ордер после подтверждения возврата

## Виды верификации, названные в запросе по ордеру

verification_kind-payment_screenshot = снимок экрана оплаты
verification_kind-selfie_with_id = селфи с документом
verification_kind-other = проверка другого вида

## Как покупатель ответил на требование верификации

verification_answer-agreed = согласился
verification_answer-refused = отказался
verification_answer-none = не ответил
