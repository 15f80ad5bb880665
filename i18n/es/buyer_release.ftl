## Apelaciones del Comprador 1.a, 1.b y 1.c, y reembolsos que adeuda el vendedor
## (buyer.1a.*, buyer.1b.*, buyer.1c.*, refund.*, payments.*)

buyer-1a-trace-reference_price = order.reference_price
buyer-1a-trace-reference_missing = falta: no se puede verificar la banda de precios
buyer-1a-reference_missing = el precio de referencia de la plataforma al crearse la orden no consta en el expediente; no se puede verificar la banda de precios
buyer-1a-ask-reference_price = el precio de referencia de la plataforma al crearse la orden (order.reference_price)
buyer-1a-decide_price = decida manualmente la cuestión del precio: el precio de referencia nunca llegó al expediente
buyer-1a-deviation = { $deviation } %
buyer-1a-deviation-too_far = demasiado lejos
buyer-1a-trace-price = precio { $price } vs. referencia { $reference }: { $deviation } respecto de la referencia, banda de ±{ $band } %
buyer-1a-trace-inside = dentro
buyer-1a-trace-outside = fuera
buyer-1a-if_outside = un precio fuera de { $low }–{ $high } { $fiat } habría exigido un reembolso total en lugar de una liberación
buyer-1a-inside_band = el precio de la orden está { $deviation } respecto del precio de referencia, dentro de la banda de ±{ $band } %: la criptomoneda le corresponde al comprador
buyer-1a-ask-respond = responda o libere la criptomoneda
buyer-1a-if_not_released = si para entonces el vendedor no ha liberado, libere la criptomoneda al comprador
buyer-1a-not_released = el vendedor no había liberado al { $due }
buyer-1a-refused_not_released = el vendedor se negó y no había liberado al { $due }; una negativa dentro de la banda no impide la liberación
buyer-1a-release = libere la criptomoneda al comprador
buyer-1a-if_inside = un precio dentro de { $low }–{ $high } { $fiat } habría liberado la criptomoneda al comprador
buyer-1a-outside_band = el precio de la orden está { $deviation } respecto del precio de referencia, fuera de la banda de ±{ $band } %: no hay liberación; el vendedor debe reembolsar la totalidad de los { $paid }
buyer-1a-trace-payer_names = nombres de los pagadores vs. nombre verificado del comprador
buyer-1a-trace-mismatch = no coincide: no procede la liberación
buyer-1a-third_party = el pagador ({ $payers }) no es el comprador ({ $buyer }): la criptomoneda no se puede liberar; los { $paid } se devuelven a la cuenta desde la que se pagaron

refund-refunded = el vendedor reembolsó los { $owed }: la orden queda cancelada
refund-cancel_keep = cancele la orden; la criptomoneda se queda con el vendedor
refund-ask = reembolse { $outstanding } a la cuenta desde la que se pagó
refund-if_missed-release = si para entonces el reembolso no ha llegado y el vendedor no tiene una justificación válida, libere la criptomoneda al comprador
refund-if_missed-stays_owed = si para entonces el reembolso no ha llegado, se sigue adeudando: exíjalo al vendedor; la criptomoneda no se libera con base en este pago
refund-justified = el reembolso no estaba completo al { $due }, pero el soporte consideró válido el motivo del vendedor: no hay liberación, el reembolso se sigue adeudando
refund-new_date = acuerde con el vendedor una nueva fecha de reembolso y regístrela
refund-partly_refunded = al { $due } el vendedor solo había reembolsado una parte del pago: tal como está, ni una liberación ni una cancelación lo resuelven
refund-settle_partial = resuélvalo manualmente: o el vendedor reembolsa los { $outstanding } restantes y la orden se cancela, o el comprador devuelve los { $returned } ya reembolsados y la criptomoneda se libera
refund-missed-release = el vendedor no había reembolsado al { $due } y no dio una justificación válida: la criptomoneda pasa al comprador
refund-missed-stays_owed = el reembolso no estaba completo al { $due }: se siguen adeudando { $outstanding }
refund-now = reembolse ahora { $outstanding } a la cuenta pagadora
refund-press_seller = exija el reembolso al vendedor y cancele la orden una vez confirmado; hasta entonces, la criptomoneda permanece en custodia
refund-late = el dinero volvió al comprador después de que el plazo venciera el { $due }: eso no anula la liberación
refund-send_back = devuelva al vendedor el dinero reintegrado después de que venciera el plazo

payments-trace = pagos
payments-trace-none_on_file = ninguno en el expediente
payments-none_on_file = el comprador apela una falta de liberación, pero el expediente no contiene ningún pago
payments-after_proof_window = los pagos registrados son posteriores al vencimiento del plazo para el comprobante de pago: no lo cumplen
payments-ask-proof = comprobante de pago (un comprobante bancario oficial)
payments-no_proof = ningún comprobante de pago al { $due }: la orden queda cancelada

buyer-1b-trace-rail = medio de pago
buyer-1b-trace-rail_window = { $rail } → { $parameter } = { $length }
buyer-1b-paid_in_full = el comprador pagó el monto total { $method }: el vendedor tiene { $length } desde el contacto del soporte para liberar
buyer-1b-ask-release = libere la criptomoneda
buyer-1b-ask-release_or_statement = libere la criptomoneda o presente un estado de cuenta bancario si el dinero no ha llegado
buyer-1b-statement_without_funds = el estado de cuenta bancario del vendedor no muestra el pago: hay que rastrear el pago con ambos bancos
buyer-1b-trace_banks = rastree el pago con los bancos del comprador y del vendedor
buyer-1b-ask-trace = solicite al banco emisor una confirmación de la transferencia (rastreo) y súbala
buyer-1b-if_silent = después del { $due } sin liberación, el soporte libera la criptomoneda
buyer-1b-not_released = el vendedor no liberó dentro de { $length } desde el contacto del soporte
buyer-1b-no_statement = el vendedor respondió, pero no había enviado un estado de cuenta bancario al { $due }: el pago se considera recibido
buyer-1b-no_answer = el vendedor no respondió dentro de { $length }: el pago se considera recibido

buyer-1c-remark = { $place } "{ $remarks }" ({ $terms })
buyer-1c-trace-remarks = observaciones del pago vs. sensitive_terms
buyer-1c-trace-no_term = no se encontró ninguna palabra sensible
buyer-1c-trace-terms = { $remarks }
buyer-1c-no_term = la apelación invoca observaciones sensibles, pero ninguna de las palabras sensibles de la política figura en las observaciones del pago
buyer-1c-terms = las observaciones del pago contienen palabras sensibles: { $remarks }
buyer-1c-overpaid = además, el comprador pagó { $excess } más que el monto de la orden: un reembolso lo devuelve todo; tras una liberación, el excedente se sigue adeudando (buyer 2.a)
buyer-1c-underpaid = además, el comprador pagó { $short } menos que el monto de la orden: para liberar, primero debe pagarse la diferencia (seller 2.a)
buyer-1c-released = el vendedor liberó la criptomoneda
buyer-1c-released-notice = El vendedor decidió liberar pese a las observaciones sensibles y asume en exclusiva cualquier consecuencia de esa liberación; la plataforma no se hace responsable de ellas.
buyer-1c-refunded = el vendedor reembolsó el pago
buyer-1c-fees-notice = El comprador asume las comisiones del reembolso.
buyer-1c-cancel = cancele la orden
buyer-1c-ask-choice = reembolse al comprador o libere la criptomoneda
buyer-1c-choice-notice = Si el vendedor libera, asume en exclusiva las consecuencias; si el vendedor reembolsa, el comprador asume las comisiones del reembolso.
buyer-1c-if_neither = si para entonces el vendedor no ha hecho ninguna de las dos cosas, escale el caso a un agente sénior
buyer-1c-neither = al { $due } el vendedor no había reembolsado ni liberado
buyer-1c-senior_decides = un agente sénior decide entre el reembolso y la liberación; la regla no prevé una opción predeterminada

## Palabras de los medios de pago (rail-*, paid_by-*)

rail-instant = inmediato
rail-not_instant = no inmediato
paid_by-instant = por un medio en tiempo real
paid_by-non_instant = por un medio no inmediato
paid_by-partly_instant = y no en su totalidad por un medio en tiempo real
