## Qué significa cada parámetro de una cláusula (`appeal explain`, `appeal policy show`, el
## esquema de la política): `param-`, la cláusula (o la regla que comparten dos cláusulas) y la clave del parámetro.

param-buyer-1a-price_band_pct = desviación aceptable del precio de la orden respecto del precio de referencia, en ± por ciento
param-buyer-1a-seller_response = tiempo que tiene el vendedor para responder después de que el soporte lo contacta
param-buyer-1a-refund_window = tiempo que tiene el vendedor para reembolsar cuando el precio está fuera de la banda
param-buyer-1b-instant_release = plazo de liberación tras un pago inmediato (en tiempo real)
param-buyer-1b-non_instant_release = plazo de liberación tras un pago no inmediato
param-buyer-1c-decision_window = tiempo que tiene el vendedor para elegir entre reembolsar y liberar
param-buyer-1c-sensitive_terms = palabras en las observaciones del pago que activan esta cláusula
param-buyer-2a-refund_window = tiempo que tiene el vendedor para reembolsar el excedente
param-buyer-3a-refund_window = tiempo que tiene el vendedor para reembolsar
param-buyer-4a-verification_terms = cada tipo de verificación adicional, con las palabras que lo nombran en el chat del vendedor y en los términos del anuncio; una exigencia solo se considera informada si los términos del anuncio nombran el mismo tipo
param-buyer-4a-out_of_policy_terms = palabras en el chat del vendedor que indican una exigencia fuera de la política
param-buyer-4a-seller_sanction = sanción por una exigencia fuera de la política, en la primera infracción
param-buyer-4a-repeat_threshold = número de infracciones anteriores a partir del cual la exigencia cuenta como reincidencia (suspensión)
param-buyer-4a-suspension_days = días de suspensión por una exigencia fuera de la política reincidente
param-buyer-4a-buyer_response = tiempo que tiene el comprador para aceptar o rechazar una verificación informada después de que el soporte lo contacta; el silencio hasta entonces no es un rechazo
param-offensive_language-offensive_terms = palabras en el chat que el soporte debe revisar como ofensivas
param-offensive_language-suspension_days = días de suspensión de P2P por una infracción confirmada
param-offensive_language-repeat_threshold = número de infracciones confirmadas anteriores a partir del cual una nueva conlleva la inhabilitación permanente
param-seller-1a-buyer_proof_window = tiempo que tiene el comprador para presentar un comprobante válido después de que el soporte lo contacta
param-seller-1a-false_claim_sanction = días de suspensión de P2P para un comprador que marcó como pagado sin pagar
param-seller-1b-seller_statement_window = tiempo que tiene el vendedor para enviar un estado de cuenta bancario
param-seller-1c-seller_response = tiempo que tiene el vendedor para demostrar que los fondos fueron devueltos
param-seller-1c-repeat_threshold = número de infracciones anteriores a partir del cual el comprador es inhabilitado
param-seller-2a-mode = cómo se resuelve un pago insuficiente
param-seller-2a-top_up_window = tiempo que tiene el comprador para pagar el faltante
param-seller-2a-asset_decimals = decimales a los que se redondea hacia abajo la cantidad liberada del activo
param-seller-3a-unpaid_threshold = número de órdenes no pagadas en el historial de la plataforma que abre una investigación
param-seller-4a-evidence_window = tiempo que tiene el vendedor para demostrar que el comprador causó el bloqueo
param-seller-4a-buyer_docs_window = tiempo que tiene el comprador para enviar documentos una vez recibidas las pruebas del vendedor
param-seller-5a-buyer_response = tiempo que tiene el comprador para responder al soporte después de que este lo contacta, antes de considerarse sin respuesta
param-disclaimers-channels-channel_terms = nombres de canales externos que generan este aviso cuando aparecen en el chat
