## Поведение в ходе сделки: оскорбительные выражения (buyer 5.a, seller 6.a) и мошенничество (buyer 6.a, seller 7.a) (conduct.*)

conduct-offensive-on_record = в деле зафиксированы оскорбительные выражения: чат { $chat } ({ $party }): "{ $text }" — совпадает с { $terms }
conduct-offensive-possible = возможны оскорбительные выражения: чат { $chat } ({ $party }): "{ $text }" — совпадает с { $terms }
conduct-offensive-ask-review = проверить чат { $chat } на оскорбительные выражения стороны ({ $party }) и зафиксировать заключение (findings.offensive_language_confirmed)
conduct-offensive-trace = ранее подтверждённые нарушения стороны ({ $party }): { $earlier }, repeat_threshold { $threshold }
conduct-offensive-repeat = повторное: бессрочная блокировка
conduct-offensive-first = первое: приостановка
conduct-offensive-if_fewer = при менее чем { $threshold } прежних нарушениях: приостановка на { $days } дн.
conduct-offensive-if_repeat = при { $threshold } и более прежних нарушениях: бессрочная блокировка
conduct-offensive-banned = поддержка подтвердила оскорбительные выражения стороны ({ $party }); прежних нарушений: { $earlier } — бессрочная блокировка
conduct-offensive-suspended = поддержка подтвердила оскорбительные выражения стороны ({ $party }): доступ к P2P приостановлен на { $days } дн.
conduct-offensive-appeal-trace = findings.offensive_language_confirmed
conduct-offensive-appeal-confirmed = подтверждено в отношении стороны ({ $party })
conduct-offensive-appeal-no_finding = заключения пока нет
conduct-offensive-appeal-no_match = ни одна строка чата стороны ({ $party }) не совпадает с оскорбительными выражениями из политики; жалобу должен прочитать человек
conduct-offensive-appeal-ask-read = прочитать чат ордера и сообщения поддержки на предмет оскорбительных выражений стороны ({ $party }) и зафиксировать заключение
conduct-fraud-established = мошенничество стороны ({ $party }) установлено: доступ к P2P отключён навсегда, объявления удалены{ $frozen_id ->
        [yes] ; активы заморожены, так как убыток вероятен
       *[no] { "" }
    }
conduct-fraud-appeal-trace = findings.fraud и подделка доказательств
conduct-fraud-appeal-not_established = мошенничество не установлено
conduct-fraud-appeal-unconfirmed = утверждение о мошенничестве (пока) не подтверждено поддержкой, и ни одно доказательство не отмечено как подделанное
conduct-fraud-appeal-ask-investigate = расследовать утверждение о мошенничестве и зафиксировать findings.fraud
conduct-fraud-appeal-established = мошенничество установлено
conduct-fraud-appeal-perpetrator = нарушитель: { $party }
conduct-fraud-appeal-for_buyer = ордер решается в пользу пострадавшего покупателя
conduct-fraud-appeal-ask-release = передать покупателю криптовалюту с эскроу
conduct-fraud-appeal-already_released = криптовалюта уже отпущена, и решение не может её вернуть: ордер закрыт; санкции в отношении покупателя остаются в силе
conduct-fraud-appeal-ask-tell_seller = сообщить продавцу, что ордер закрыт; остаётся средство защиты — заморозка активов покупателя (если убыток вероятен)
conduct-fraud-appeal-for_seller = ордер решается в пользу пострадавшего продавца: он отменяется, и криптовалюта остаётся у продавца
conduct-fraud-appeal-ask-cancel = отменить ордер; криптовалюта возвращается продавцу
