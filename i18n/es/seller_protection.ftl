## Apelaciones del Vendedor 3.a, 4.a y 5.a (seller.3a.*, seller.4a.*, seller.5a.*)

seller-3a-trace-finding = findings.malicious_buying_confirmed
seller-3a-trace-confirmed = confirmada
seller-3a-confirmed = el soporte confirmó una compra maliciosa: el comprador queda excluido de P2P de forma permanente
seller-3a-no_appeal-notice = Una exclusión permanente por compra maliciosa no admite apelación.
seller-3a-cancel_return = cancele la orden; la criptomoneda vuelve al vendedor
seller-3a-trace-unpaid = órdenes no pagadas del comprador { $unpaid } vs. unpaid_threshold { $threshold }
seller-3a-trace-pattern = patrón: investigar
seller-3a-trace-below = por debajo del umbral
seller-3a-if_fewer = con menos de { $threshold } órdenes no pagadas no habría investigación
seller-3a-if_more = { $threshold } o más órdenes no pagadas habrían abierto una investigación
seller-3a-pattern = el comprador dejó { $unpaid } órdenes sin pagar (umbral { $threshold }): el soporte investiga
seller-3a-investigate = investigue las órdenes no pagadas del comprador y registre findings.malicious_buying_confirmed
seller-3a-no_pattern = el comprador tiene { $unpaid } órdenes no pagadas, por debajo del umbral de { $threshold }: no hay un patrón de compra maliciosa
seller-3a-unpaid_order = esta orden no se pagó: se cancela y la criptomoneda vuelve al vendedor
seller-3a-cancel = cancele la orden
seller-3a-paid_review = el comprador sí pagó esta orden: revísela conforme a las reglas de pago

seller-4a-agreement = las partes llegaron a un acuerdo: las restricciones terminan y la apelación se cierra
seller-4a-blocked = la cuenta del vendedor fue bloqueada después del pago del comprador: la regla retiene el acceso P2P y los retiros del comprador mientras se examina el reclamo del vendedor
seller-4a-ask-seller_proof = demuestre que el comprador causó el bloqueo (denuncia policial, contracargo o aviso del banco)
seller-4a-forged = se determinó que la prueba del vendedor de que el comprador causó el bloqueo ({ $kind }) fue adulterada: el reclamo no prospera y se levantan las restricciones del comprador
seller-4a-lift = levante la suspensión de P2P y la retención de retiros del comprador
seller-4a-if_no_seller_evidence = si para entonces no han llegado las pruebas del vendedor, levante las restricciones del comprador
seller-4a-no_seller_evidence = al { $due } el vendedor no había aportado pruebas de que el comprador causara el bloqueo: se levantan las restricciones del comprador
seller-4a-seller_evidence_in = el vendedor aportó pruebas de que el comprador causó el bloqueo ({ $kind }): ahora el comprador debe responder con documentos
seller-4a-ask-buyer_documents = envíe documentos que respalden la resolución
seller-4a-buyer_contacted = el soporte contactó al comprador el { $contact }: los documentos vencen { $length } después de lo último entre ese contacto y las pruebas del vendedor, el { $due }
seller-4a-trace-buyer_documents = documentos del comprador: lo último entre contacto y pruebas del vendedor { $start } + { $length } = { $due }
seller-4a-buyer_documents_in = el comprador presentó documentos: una persona evalúa ambas partes
seller-4a-review_documents = revise los documentos del comprador frente a las pruebas del vendedor
seller-4a-if_no_buyer_documents = si para entonces no han llegado los documentos del comprador, desactive de forma permanente el acceso P2P del comprador
seller-4a-buyer_documents_missed = al { $due } el comprador no había colaborado con documentos: acceso P2P desactivado de forma permanente, retiros restringidos
seller-4a-cancel_keep = cancele la orden; la criptomoneda se queda con el vendedor

seller-5a-released = el vendedor liberó la criptomoneda sin confirmar el pago y asume la pérdida: la plataforma no interviene
seller-5a-police = puede denunciar la pérdida ante la policía; el soporte atenderá las solicitudes de las autoridades
seller-5a-ask-buyer_answer = responda al soporte y colabore en la devolución del pago o de la criptomoneda
seller-5a-trace-first_answer = la primera respuesta del comprador al soporte dentro del plazo
seller-5a-trace-refuses = se niega a colaborar
seller-5a-trace-answered = respondió
seller-5a-trace-unresponsive = ninguna: sin respuesta
seller-5a-trace-none_yet = ninguna aún
seller-5a-buyer_answered = el comprador respondió al soporte: sin sanción
seller-5a-unreachable_still_time = el soporte no pudo contactar al comprador el { $at }; el comprador aún tiene hasta el { $due } para responder
seller-5a-if_silent = si para entonces el comprador no ha respondido, suspenda su acceso P2P hasta la resolución
seller-5a-refuses = el comprador se niega a colaborar: acceso P2P suspendido
seller-5a-unresponsive = al { $due } el comprador no había respondido al soporte: sin respuesta, acceso P2P suspendido
