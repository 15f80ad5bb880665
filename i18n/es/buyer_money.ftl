## Apelaciones del Comprador sobre dinero pagado: 2.a pago en exceso, 3.a orden cancelada después del pago, y el reembolso que ambas exigen (buyer.2a.*, buyer.3a.*, buyer.refund.*)

buyer-2a-trace = pagado { $paid } vs. monto de la orden { $amount }
buyer-2a-excess = excedente { $excess }
buyer-2a-notice = Los reembolsos de un pago en exceso se hacen en la medida de lo posible; la plataforma no se hace responsable del error del comprador.
buyer-2a-no_excess = los pagos ({ $paid }) no superan el monto de la orden ({ $amount }): no hay excedente que reembolsar
buyer-2a-overpaid = el comprador pagó { $paid } por una orden de { $amount }: { $excess } de más
buyer-2a-ask-see_release = el monto de la orden en sí está pagado en su totalidad: asegúrese de que el vendedor libere la criptomoneda (si no lo hace, se aplica buyer 1.b)
buyer-2a-refunded = el vendedor reembolsó el excedente de { $excess }
buyer-refund-refused_before_appeal = el vendedor se negó a reembolsar el { $at }, antes de la apelación: solo cuenta una respuesta a la solicitud del soporte
buyer-refund-refused = el vendedor se negó a reembolsar el { $at }
buyer-refund-ask = reembolse al comprador { $what } de { $amount }
buyer-refund-refusal_trace = negativa del vendedor el { $refused } vs. vencimiento del plazo el { $due }
buyer-refund-frozen_at_once = se negó antes del vencimiento del plazo: congelamiento inmediato
buyer-refund-if_not_refused = sin la negativa, el fallo esperaría al vencimiento del plazo antes de congelar al vendedor
buyer-refund-refused_in_time = el vendedor se negó { $when }: el acceso P2P y los activos del vendedor quedan congelados de inmediato, hasta que se haga el reembolso
buyer-refund-before_window_closed = antes del vencimiento del plazo el { $due }
buyer-refund-before_contact = antes de que el soporte lo contactara
buyer-refund-if_not_refunded = si para entonces el reembolso no está completo, congele el acceso P2P y los activos del vendedor hasta que lo esté
buyer-refund-not_refunded = el reembolso no estaba completo al { $due }: el acceso P2P y los activos del vendedor quedan congelados hasta que lo esté
buyer-refund-ask-now = reembolse ahora al comprador { $what } de { $amount }
buyer-refund-ask-freeze = congele el acceso P2P y los activos del vendedor; levante el congelamiento una vez confirmado el reembolso
buyer-3a-proof-trace = pagos con comprobante válido (fuente oficial, sin adulterar)
buyer-3a-proof-count = { $proven } de { $payments }
buyer-3a-no_valid_proof = el pago del comprador no está confirmado por un comprobante válido (un comprobante sin adulterar de una fuente bancaria oficial)
buyer-3a-proof-what = comprobante de pago válido: un comprobante bancario oficial y sin adulterar
buyer-3a-no_proof_by = ningún comprobante de pago válido al { $due }: la cancelación se mantiene
buyer-3a-notice = Si el vendedor se niega a reembolsar, la plataforma no se hace responsable de la pérdida derivada de esta orden.
buyer-3a-confirmed = el pago de { $owed } del comprador está confirmado y la orden fue cancelada: el vendedor debe reembolsarlo
buyer-3a-refunded = el vendedor reembolsó los { $owed }

## Lo que un vendedor reembolsa al comprador

refund_of-excess = el excedente
refund_of-payment = el pago
