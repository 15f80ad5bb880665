## Apelaciones del Vendedor 1.a, 1.b, 1.c y 2.a (seller.1a.*, seller.1b.*, seller.1c.*, seller.2a.*)

seller-1a-trace-valid_proof = pagos con comprobante válido
seller-1a-trace-none_of = ninguno de { $payments }
seller-1a-no_payment = no consta en el expediente ningún pago del comprador
seller-1a-no_valid_proof = el pago del comprador no tiene un comprobante válido (un comprobante sin adulterar de una fuente bancaria oficial)
seller-1a-cancel_return = cancele la orden; la criptomoneda vuelve al vendedor
seller-1a-forged_proof = se determinó que el comprobante de { $payment } fue adulterado: la afirmación del comprador de haber pagado no prospera y la orden se cancela
seller-1a-ask-proof = suba un comprobante de pago válido
seller-1a-unreachable_still_time = el soporte no pudo contactar al comprador el { $at }; el comprador aún tiene hasta el { $due } para presentar un comprobante válido
seller-1a-if_no_proof = si para entonces no llega ningún comprobante válido, cancele la orden
seller-1a-unreachable = el soporte no pudo contactar al comprador (lo intentó el { $at }) y al { $due } no había llegado ningún comprobante de pago válido: la orden se cancela y la criptomoneda vuelve al vendedor
seller-1a-no_proof = ningún comprobante de pago válido al { $due }: la orden se cancela y la criptomoneda vuelve al vendedor

seller-1b-proven = el pago del comprador está respaldado por un comprobante válido; el vendedor dice que los fondos no llegaron
seller-1b-trace-statement = estado de cuenta bancario del vendedor
seller-1b-trace-tampered = se determinó que fue adulterado
seller-1b-trace-shows = muestra el pago
seller-1b-trace-not_shown = no muestra el pago
seller-1b-forged_statement = se determinó que el estado de cuenta bancario del vendedor fue adulterado: se rechaza la afirmación de que el dinero no llegó y la criptomoneda pasa al comprador
seller-1b-release = libere la criptomoneda al comprador
seller-1b-statement_shows = el propio estado de cuenta bancario del vendedor muestra que el pago llegó
seller-1b-statement_not_shown = el estado de cuenta bancario del vendedor no muestra el pago: rastréelo con ambos bancos
seller-1b-trace_banks = rastree el pago con los bancos del comprador y del vendedor
seller-1b-ask-statement = envíe un estado de cuenta bancario que abarque la fecha del pago
seller-1b-not_yet = el estado de cuenta bancario del vendedor aún no muestra el pago, pero la transferencia todavía puede llegar
seller-1b-ask-release_or_later = libere en cuanto llegue el dinero o, si no ha llegado, envíe un estado de cuenta bancario más reciente
seller-1b-if_still_missing = si para entonces el dinero aún no ha llegado, rastree el pago con ambos bancos
seller-1b-if_no_statement = si para entonces no llega ningún estado de cuenta bancario, libere la criptomoneda al comprador
seller-1b-no_statement = al { $due } el vendedor no había enviado ningún estado de cuenta bancario: la criptomoneda pasa al comprador
seller-1b-trace-transit = pago no inmediato { $at } + { $length } = { $arrives_by }
seller-1b-trace-in_transit = puede estar aún en tránsito
seller-1b-trace-arrived = ya debería haber llegado
seller-1b-in_transit = el pago no fue inmediato y aún puede llegar hasta el { $until }

seller-1c-trace-different = cuenta distinta
seller-1c-trace-account = cuenta pagada { $paid } frente a la de la página de la orden { $page }: comparadas como { $kinds }, { $paid_form } frente a { $page_form }
seller-1c-trace-same = la misma cuenta
seller-1c-trace-cannot_tell = no se puede saber por lo escrito
seller-1c-trace-confirmed = no es la misma tal como está escrita, pero el vendedor confirmó que es suya o soporte determinó que es la cuenta de la página de la orden
seller-1c-trace-found_other = soporte determinó que es otra cuenta
seller-1c-claimed-appeal = la apelación del vendedor afirma que la cuenta pagada no es accesible
seller-1c-claimed-answer = el vendedor respondió que la cuenta pagada no es accesible
seller-1c-claimed-instructions = el comprador pagó a { $account } según instrucciones dadas fuera de la página de la orden
seller-1c-unclaimed = el comprador pagó a { $account }, no a la cuenta de la página de la orden { $page }, pero nadie ha afirmado que esa cuenta sea inaccesible: no es una pérdida para el comprador hasta que el vendedor responda o soporte lo verifique
seller-1c-cannot_tell = la cuenta pagada ({ $account }) no se puede distinguir de la de la página de la orden ({ $page }) por lo escrito: soporte verifica qué cuenta se pagó antes de que nadie asuma una pérdida
seller-1c-trace-answers = qué sigue a cada respuesta
seller-1c-trace-answers-other = el vendedor dice que la cuenta es suya y recibe pagos (account_accessible), o soporte determina que es la de la página de la orden (findings.account_paid: order_page): se juzga como pagado a la página de la orden; el vendedor afirma que no es accesible (account_inaccessible): vendedor 1.c, el comprador asume la pérdida; sin respuesta en el plazo: escalar, soporte verifica con el proveedor de pagos
seller-1c-trace-answers-cannot_tell = soporte determina que es la cuenta de la página de la orden (findings.account_paid: order_page), o el vendedor dice que es suya y recibe pagos (account_accessible): se juzga como pagado a la página de la orden; soporte determina otra cuenta (findings.account_paid: other): pérdida del comprador si el vendedor afirma que es inaccesible, si no se le pregunta al vendedor; nada de eso en el plazo: escalar, soporte verifica con el proveedor de pagos
seller-1c-ask-account = indicar si { $account } es su cuenta y recibe pagos (account_accessible), o si no le es accesible (account_inaccessible)
seller-1c-verify-account = verificar con el proveedor de pagos si { $account } es la cuenta de la página de la orden, y registrar findings.account_paid
seller-1c-if_unanswered = si para entonces ni el vendedor ha respondido ni soporte ha verificado la cuenta, escalar: soporte verifica con el proveedor de pagos
seller-1c-unanswered = sin respuesta antes de { $due } sobre si la cuenta pagada es del vendedor: soporte lo verifica con el proveedor de pagos
seller-1c-verify_with_provider = verificar con el proveedor de pagos quién es el titular de la cuenta pagada y registrar findings.account_paid
seller-1c-paid_elsewhere = el comprador pagó a { $account } en lugar de a la cuenta de la página de la orden { $page }: las instrucciones no oficiales no son vinculantes y el comprador asume la pérdida
seller-1c-elsewhere-notice = Los pagos a cuentas distintas de la indicada en la página de la orden son un error del propio pagador; la plataforma no se hace responsable de ellos.
seller-1c-trace-violations = infracciones anteriores del comprador { $violations } vs. repeat_threshold { $threshold }
seller-1c-trace-repeat = reincidencia: inhabilitación permanente
seller-1c-trace-first = primera vez: sin sanción
seller-1c-repeat = { $violations ->
    [one] el comprador tiene { $violations } infracción anterior de este tipo: inhabilitación permanente
   *[other] el comprador tiene { $violations } infracciones anteriores de este tipo: inhabilitación permanente
}
seller-1c-if_repeat = con { $threshold } o más infracciones anteriores, el comprador habría sido inhabilitado
seller-1c-cancel_keep = cancele la orden; la criptomoneda se queda con el vendedor
seller-1c-paid_to_page = el comprador pagó a la cuenta de la página de la orden ({ $page }): el comprador siguió los datos vinculantes
seller-1c-bounced = los fondos volvieron al comprador: la orden se cancela
seller-1c-cancel = cancele la orden
seller-1c-partly_bounced = solo una parte de los { $paid } volvió al comprador: una persona debe conciliar lo que llegó al vendedor
seller-1c-reconcile = concilie los montos con ambos bancos; luego libere, o cancele y reembolse el resto
seller-1c-ask-bounced = demuestre que los fondos volvieron al comprador, o libere
seller-1c-if_not_bounced = si para entonces el vendedor no ha demostrado que los fondos volvieron, libere la criptomoneda al comprador
seller-1c-not_bounced = al { $due } no había indicios de que los fondos hubieran vuelto: el pago se mantiene y la criptomoneda pasa al comprador
seller-1c-release = libere la criptomoneda al comprador

seller-2a-trace-paid = pagado { $paid } a tiempo vs. monto de la orden { $amount } (tolerancia { $tolerance })
seller-2a-trace-shortfall = faltante { $shortfall }
seller-2a-topped_up = los pagos ya cubren el monto de la orden ({ $paid }): la criptomoneda se libera
seller-2a-release = libere la criptomoneda al comprador
seller-2a-short = el comprador pagó { $paid } de { $amount }: faltan { $shortfall }
seller-2a-out_of_range = la cantidad pagada excede el rango decimal exacto: una persona debe calcularla
seller-2a-partial_release = liberación parcial: { $quantity } por los { $paid } recibidos (redondeado hacia abajo a { $decimals } decimales)
seller-2a-release_quantity = libere { $quantity } al comprador y devuelva el resto al vendedor
seller-2a-refund_remainder = reembolse los { $remainder } no cubiertos por la cantidad liberada
seller-2a-ask-top_up = pague los { $shortfall } que faltan
seller-2a-if_top_up = si para entonces se paga el faltante, libere; si no, el vendedor reembolsa los { $paid } recibidos y la orden se cancela
seller-2a-not_topped_up = al { $due } el comprador no había pagado el faltante: el vendedor reembolsa lo recibido y la orden se cancela
seller-2a-refunded = el vendedor reembolsó los { $paid } recibidos
seller-2a-cancel = cancele la orden
seller-2a-refund_held = reembolse al comprador los { $owed } que aún se retienen
seller-2a-cancel_once_refunded = cancele la orden una vez confirmado el reembolso
seller-2a-late_payment = { $amount } llegaron el { $at }, después del vencimiento del plazo: no completan la orden y se devuelven al comprador como un pago aparte
seller-2a-return_late = devuelva al comprador los { $amount } que llegaron después del vencimiento del plazo
