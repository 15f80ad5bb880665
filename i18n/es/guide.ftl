## La Guía de Apelaciones P2P de Bitget, y apelaciones cuya cláusula no aplica la política (guide.*)

guide-completed-trace = orden completada (liberada), sin determinación de fraude
guide-completed-no_intervention = sin intervención
guide-completed-final = la orden se completó; la plataforma es un intermediario y los pagos completados son definitivos
guide-completed-ask-tell = informe al apelante que la orden sigue completada; para sostener que la otra parte actuó de forma fraudulenta o engañosa se necesitan pruebas y una determinación de fraude (findings.fraud)
guide-completed-notice = La plataforma es un intermediario: un pago es definitivo una vez completada la orden, y las pérdidas posteriores a la finalización no están cubiertas, salvo que una de las partes haya actuado de forma fraudulenta o engañosa.
guide-completed-fraud_trace = orden completada ({ $released }), pero en el expediente consta una determinación de fraude o pruebas adulteradas
guide-completed-not_protected = no se aplica: una orden completada no protege a una parte fraudulenta
guide-steps-trace = { $clause } no se aplica en esta política
guide-steps-escalate = escale el caso a un agente de soporte
guide-steps-to_agent = la apelación es admisible y pasa a un agente de soporte; esta política no tiene una regla de fondo para ella
guide-steps-fraud_on_file = en el expediente consta una determinación de fraude o pruebas adulteradas: la regla de la orden completada no protege a una parte fraudulenta
guide-steps-ask-live_chat = abra el chat en vivo (Ayuda, abajo a la derecha), elija un idioma y describa la apelación
guide-steps-ask-order_number = indique al agente el número de orden { $order } y el problema
guide-steps-ask-review = revise las pruebas subidas (comprobante de pago, capturas de pantalla de la transferencia) y resuelva la apelación en el chat
guide-no_clause-trace = tabla de cláusulas
guide-no_clause-absent = no figura en esta política
guide-no_clause-escalate = esta política no aplica { $clause }, la cláusula de esta apelación: debe decidir una persona
guide-no_clause-ask-decide = decida manualmente: la política no tiene la tabla [clauses."{ $clause }"]
