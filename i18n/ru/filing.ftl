## Типы апелляций словами (`appeal explain TYPE`, `appeal new`): о чём каждый из них, куда он
## направляется и какие факты его перенаправляют. `filing-TYPE-about`, `filing-TYPE-goes_to`,
## перенаправления `filing-route-…`.

filing-route-released = криптовалюта уже была отпущена (событие `released`) → апелляция `closed`
filing-route-cancelled = ордер был отменён (событие `cancelled`) → buyer.3a
filing-route-no_payment = в деле нет платежа → поддержка запрашивает у покупателя подтверждение; если его нет вовремя → `cancel_order`
filing-route-overpaid = сумма платежей больше order.amount (сверх допуска политики) → buyer.2a
filing-route-underpaid = сумма платежей меньше или достигает её только доплатой после срока по seller 2.a → seller.2a
filing-route-third_party = payer_name не совпадает с verified_name покупателя → только возврат, по buyer.1a
filing-route-other_account = платёж ушёл на счёт, отличный от указанного на странице ордера → seller.1c
filing-route-payment_not_received = по buyer.1a продавец ответил (`responded`) с `payment_not_received` → seller.1b (seller.1a без действительного подтверждения)
filing-route-own_fraud = установленное мошенничество (findings.fraud или подделанные доказательства) совершил сам заявитель → пункт о мошенничестве другой стороны

filing-seller_not_releasing-about = Покупатель заплатил, а продавец не отпустил криптовалюту.
filing-seller_not_releasing-goes_to = buyer.1c, если комментарии к платежу содержат чувствительное слово; иначе buyer.1a, если продавец отказал (`responded` с `refuses`) или попросил отмену (`cancel_requested`); иначе buyer.1b
filing-sensitive_remarks-about = Продавец медлит, потому что комментарии покупателя к платежу содержат чувствительные слова (крипто, название биржи…).
filing-sensitive_remarks-goes_to = buyer.1c
filing-overpaid-about = Покупатель заплатил больше суммы ордера и хочет вернуть излишек.
filing-overpaid-goes_to = buyer.2a
filing-cancelled_after_payment-about = Покупатель заплатил, но ордер был отменён (по тайм-ауту или по ошибке).
filing-cancelled_after_payment-goes_to = buyer.3a
filing-out_of_norm_request-about = Продавец требует что-то за рамками нормы: дополнительную верификацию, контактные данные, другой канал, плату.
filing-out_of_norm_request-goes_to = buyer.4a
filing-offensive_language-about = Другая сторона использовала оскорбительные выражения.
filing-offensive_language-goes_to = buyer.5a, если подаёт покупатель, seller.6a, если подаёт продавец
filing-fraud-about = Другая сторона совершила мошенничество (поддельные документы, ложное утверждение).
filing-fraud-goes_to = buyer.6a, если подаёт покупатель, seller.7a, если подаёт продавец
filing-payment_not_received-about = Покупатель отметил ордер как оплаченный, но продавец не получил деньги.
filing-payment_not_received-goes_to = seller.1a, если ни у одного платежа нет действительного подтверждения (доказательство с official_source: true, не подделанное); иначе seller.1b
filing-inaccessible_account-about = Покупатель заплатил на счёт, к которому у продавца нет доступа.
filing-inaccessible_account-goes_to = seller.1c
filing-underpaid-about = Покупатель заплатил меньше суммы ордера.
filing-underpaid-goes_to = seller.2a
filing-malicious_buying-about = Покупатель размещает ордера без намерения платить.
filing-malicious_buying-goes_to = seller.3a
filing-account_blocked-about = Счёт продавца был заблокирован после получения платежа покупателя.
filing-account_blocked-goes_to = seller.4a
filing-released_without_payment-about = Продавец отпустил криптовалюту, не подтвердив платёж, а деньги так и не пришли.
filing-released_without_payment-goes_to = seller.5a

# Кто может подать апелляцию этого типа.
filing-filed_by-buyer = покупатель
filing-filed_by-seller = продавец
filing-filed_by-either = любая из сторон

# Какой бы ни был пункт: ни один пункт не передаёт криптовалюту установленному мошеннику.
filing-fraud_overrules = решение, по которому криптовалюта была бы передана покупателю с установленным мошенничеством (findings.fraud или подделанные доказательства, представленные покупателем), вместо этого направляется в seller.7a
filing-route-payer_cannot_tell = по payer_name нельзя сказать (нет слова, инициал) → buyer.1a ждёт, пока поддержка проверит, кто владелец счёта плательщика (findings.paying_account_holder)
filing-route-seller_third_party = payer_name подтверждённого платежа называет другое лицо, не покупателя → только возврат, по buyer.1a (нельзя сказать → buyer.1a ждёт проверки)
filing-route-seller_fraud_third_party = подана продавцом без установленного мошенничества, payer_name подтверждённого платежа называет другое лицо, не покупателя → только возврат, по buyer.1a (нельзя сказать → buyer.1a ждёт проверки)
