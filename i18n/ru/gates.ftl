## Проверки до применения пункта: предельный срок, верификация личности, таймер апелляции, причина, доказательства (gates.*)

gates-not_applied-trace = проверки { $gates }
gates-not_applied = не применяются в этой политике
gates-age_limit-trace = ордер создан { $created } + { $max_age } = { $limit }; апелляция подана { $filed }
gates-age_limit-over = предельный срок превышен
gates-age_limit-within = в пределах предельного срока
gates-age_limit-reopened = ордер старше предельного срока ({ $max_age }), но поддержка одобрила повторное открытие апелляции
gates-age_limit-if_filed_by = апелляция, поданная до { $limit }, была бы рассмотрена; поддержка ещё может открыть её повторно
gates-age_limit-too_old = апелляция ({ $filed }) подана после истечения предельного срока ордера ({ $max_age }, до { $limit })
gates-age_limit-ask-refuse = сообщить заявителю, что апелляция отклонена как поданная с пропуском срока; повторное открытие — на усмотрение поддержки (установить findings.reopen_approved)
gates-kyc-trace = KYC покупателя { $buyer_id ->
        [yes] true
       *[no] false
    }, KYC продавца { $seller_id ->
        [yes] true
       *[no] false
    }
gates-kyc-verified = оба верифицированы
gates-kyc-not_verified = не верифицирован
gates-kyc-unverified = сторона ({ $party }) не прошла верификацию KYC
gates-kyc-ask-verify = пройти верификацию KYC; после этого апелляцию можно подать снова
gates-timer-no_marked_paid = нет события marked_paid
gates-timer-never_started = таймер не запускался; не применяется
gates-timer-trace = отмечено как оплаченное { $marked } + { $timer } ({ $source }) = апелляция доступна с { $opens }; подана { $filed }
gates-timer-early = подана до истечения таймера
gates-timer-after = подана после истечения таймера
gates-timer-if_filed_at = апелляция, поданная в { $opens } или позже, была бы допустима
gates-timer-too_early = апелляция подана в { $filed }, до истечения таймера ордера в { $opens }
gates-timer-ask-refile = апелляция становится доступна в указанное время: подать её снова тогда, не раньше
gates-reason-trace = appeal.reason
gates-reason-given = указана
gates-reason-missing = отсутствует
gates-reason-none = в апелляции не указана причина
gates-reason-ask-refile = подать апелляцию снова, указав её тип и причину
gates-evidence-trace = требуемые доказательства от стороны ({ $party }): { $required }
gates-evidence-all_present = все представлены
gates-evidence-missing = отсутствуют: { $missing }
gates-evidence-kinds = { $kinds }
gates-evidence-not_uploaded = сторона ({ $party }) не загрузила требуемые доказательства: { $missing }
gates-evidence-not_uploaded-others = сторона ({ $party }) не загрузила требуемые доказательства: { $missing } (загружено на данный момент: { $uploaded })
gates-evidence-late = доказательства стороны ({ $party }) — { $missing } — поступили после окончания срока в { $due }: поздние доказательства его не соблюдают
gates-evidence-not_arrived = доказательства не поступили к { $due }
gates-evidence-if_late = если доказательства не поступят к этому времени, закрыть апелляцию как недопустимую

## Откуда берётся таймер апелляции

timer_source-order = order.appeal_timer
timer_source-policy = значение политики по умолчанию
