## Los tipos de apelación en palabras (`appeal explain TYPE`, `appeal new`): de qué trata cada uno,
## adónde va y los hechos que lo redirigen. `filing-TYPE-about`, `filing-TYPE-goes_to`, las
## redirecciones `filing-route-…`.

filing-route-released = la criptomoneda ya fue liberada (un evento `released`) → la apelación queda `closed`
filing-route-cancelled = la orden fue cancelada (un evento `cancelled`) → buyer.3a
filing-route-no_payment = no consta ningún pago en el expediente → el soporte pide el comprobante al comprador; si no llega a tiempo → `cancel_order`
filing-route-overpaid = los pagos suman más que order.amount (más allá de la tolerancia de la política) → buyer.2a
filing-route-underpaid = suman menos, o solo lo alcanzan con un pago complementario posterior al plazo de seller 2.a → seller.2a
filing-route-third_party = un payer_name no es el verified_name del comprador → solo reembolso, según buyer.1a
filing-route-other_account = un pago se hizo a una cuenta distinta de la indicada en la página de la orden → seller.1c
filing-route-payment_not_received = bajo buyer.1a, el vendedor respondió (`responded`) con `payment_not_received` → seller.1b (seller.1a sin comprobante válido)
filing-route-own_fraud = el fraude comprobado (findings.fraud, o pruebas adulteradas) es del propio apelante → la cláusula de fraude de la otra parte

filing-seller_not_releasing-about = El comprador pagó y el vendedor no ha liberado la criptomoneda.
filing-seller_not_releasing-goes_to = buyer.1c si las observaciones de un pago contienen una palabra sensible; si no, buyer.1a si el vendedor se negó (`responded` con `refuses`) o pidió cancelar (`cancel_requested`); si no, buyer.1b
filing-sensitive_remarks-about = El vendedor retiene la liberación porque las observaciones del pago del comprador contienen palabras sensibles (cripto, el nombre de un exchange…).
filing-sensitive_remarks-goes_to = buyer.1c
filing-overpaid-about = El comprador pagó más que el monto de la orden y quiere que se le devuelva el excedente.
filing-overpaid-goes_to = buyer.2a
filing-cancelled_after_payment-about = El comprador pagó, pero la orden se canceló (por tiempo agotado o por error).
filing-cancelled_after_payment-goes_to = buyer.3a
filing-out_of_norm_request-about = El vendedor exige algo fuera de lo normal: verificación adicional, datos de contacto, otro canal, una comisión.
filing-out_of_norm_request-goes_to = buyer.4a
filing-offensive_language-about = La otra parte usó lenguaje ofensivo.
filing-offensive_language-goes_to = buyer.5a cuando apela el comprador, seller.6a cuando apela el vendedor
filing-fraud-about = La otra parte cometió fraude (documentos falsificados, un reclamo falso).
filing-fraud-goes_to = buyer.6a cuando apela el comprador, seller.7a cuando apela el vendedor
filing-payment_not_received-about = El comprador marcó la orden como pagada, pero el vendedor no ha recibido el dinero.
filing-payment_not_received-goes_to = seller.1a si ningún pago tiene comprobante válido (prueba con official_source: true, sin adulterar); si no, seller.1b
filing-inaccessible_account-about = El comprador pagó a una cuenta a la que el vendedor no tiene acceso.
filing-inaccessible_account-goes_to = seller.1c
filing-underpaid-about = El comprador pagó menos que el monto de la orden.
filing-underpaid-goes_to = seller.2a
filing-malicious_buying-about = El comprador crea órdenes sin intención de pagar.
filing-malicious_buying-goes_to = seller.3a
filing-account_blocked-about = La cuenta del vendedor fue bloqueada después de recibir el pago del comprador.
filing-account_blocked-goes_to = seller.4a
filing-released_without_payment-about = El vendedor liberó la criptomoneda sin confirmar el pago, y el dinero nunca llegó.
filing-released_without_payment-goes_to = seller.5a

# Quién puede presentar un tipo de apelación.
filing-filed_by-buyer = el comprador
filing-filed_by-seller = el vendedor
filing-filed_by-either = cualquiera de las partes

# Sea cual sea la cláusula: ninguna cláusula libera a un defraudador comprobado.
filing-fraud_overrules = un fallo que liberaría la criptomoneda a un comprador cuyo fraude está comprobado (findings.fraud, o pruebas adulteradas que presentó el comprador) pasa en cambio a seller.7a
filing-route-payer_cannot_tell = un payer_name no permite saberlo (falta una palabra, una inicial) → buyer.1a espera mientras soporte verifica quién es titular de la cuenta pagadora (findings.paying_account_holder)
filing-route-seller_third_party = el payer_name de un pago probado nombra a otra persona que el comprador → solo reembolso, según buyer.1a (si no se puede saber → buyer.1a espera la verificación)
filing-route-seller_fraud_third_party = presentada por el vendedor sin fraude establecido, el payer_name de un pago probado nombra a otra persona que el comprador → solo reembolso, según buyer.1a (si no se puede saber → buyer.1a espera la verificación)
