## Apelaciones del Comprador, 4.a: exigencias del vendedor fuera de lo normal (buyer.4a.*)

buyer-4a-chat_line = "{ $text }" ({ $terms })
buyer-4a-off_platform = el vendedor propuso operar o pagar fuera de la plataforma
buyer-4a-verification-request = una solicitud de verificación en la orden ({ $kind })
buyer-4a-demands-trace = chat y cronología del vendedor vs. verification_terms y out_of_policy_terms
buyer-4a-demands-count = { $verification } exigencia(s) de verificación, { $out_of_policy } exigencia(s) fuera de la política
buyer-4a-out_of_policy = exigencia del vendedor fuera de la política: { $what }
buyer-4a-verification-as_well = también se exigió una verificación adicional: { $what }
buyer-4a-offence-trace = infracciones anteriores del vendedor { $violations } vs. repeat_threshold { $threshold }
buyer-4a-offence-repeat = reincidencia
buyer-4a-offence-first = primera infracción
buyer-4a-offence-if_fewer = con menos de { $threshold } infracciones anteriores, la sanción habría sido `{ $sanction }`
buyer-4a-offence-if_repeat = con { $threshold } o más infracciones anteriores, el vendedor habría sido suspendido
buyer-4a-offence-suspended = el vendedor tiene { $violations } infracción(es) anterior(es): suspendido de P2P por { $days } días
buyer-4a-no_demand = no consta en el expediente ninguna exigencia del vendedor fuera de lo normal (chat o cronología)
buyer-4a-ask-review_chat = revise todo el chat de la orden en busca de la exigencia que describe el comprador
buyer-4a-verification-demanded = verificación adicional exigida: { $what }
buyer-4a-kind_named = { $kind } ({ $terms })
buyer-4a-kinds = { $kinds }
buyer-4a-kinds-none = ninguno
buyer-4a-kinds-none_named = ninguno de los que nombra la política
buyer-4a-kinds-requested = el tipo solicitado
buyer-4a-disclosure-trace = los términos del anuncio informan cada tipo de verificación exigido ({ $demanded }); respuesta del comprador
buyer-4a-disclosure-outcome = informados: { $disclosed }; no informados: { $undisclosed }; comprador: { $answer }
buyer-4a-ad_asks = { " " }(solo piden: { $kinds })
buyer-4a-ad_asks-nothing = { "" }
buyer-4a-unnamed_kind = la verificación solicitada es de un tipo que la política no nombra, por lo que no se puede demostrar que los términos del anuncio la informaran antes de la orden{ $ad_asks }
buyer-4a-undisclosed = los términos del anuncio no informaron antes de la orden lo que se exigió: { $kinds }{ $ad_asks }
buyer-4a-ask-answer = acepte o rechace la verificación que informaron los términos del anuncio
buyer-4a-agreed = los términos del anuncio informaron la verificación antes de la orden y el comprador la aceptó: la operación continúa
buyer-4a-ask-provide = proporcione la verificación que piden los términos del anuncio
buyer-4a-ask-complete = complete la operación una vez recibida la verificación
buyer-4a-refused = el comprador rechazó la verificación
buyer-4a-awaiting_answer = los términos del anuncio informaron la verificación; el comprador aún no ha respondido, y el silencio mientras corre el plazo no es un rechazo
buyer-4a-if_no_answer = si para entonces el comprador no la ha aceptado, cancele la orden (reembolsando antes al comprador si ya pagó)
buyer-4a-never_agreed = los términos del anuncio informaron la verificación, pero al { $due } el comprador no la había aceptado: la operación no puede continuar
buyer-4a-ask-cancel = cancele la orden
buyer-4a-refunded = los { $paid } del comprador fueron reembolsados
buyer-4a-paid = el comprador ha pagado { $paid }: se le reembolsan antes de cancelar la orden
buyer-4a-ask-refund = reembolse { $amount } al comprador
buyer-4a-ask-cancel_after_refund = cancele la orden una vez confirmado el reembolso

## Tipos de verificación que nombra una solicitud en la orden

verification_kind-payment_screenshot = una captura de pantalla del pago
verification_kind-selfie_with_id = una selfie con documento de identidad
verification_kind-other = una verificación de otro tipo

## Cómo respondió el comprador a una exigencia de verificación

verification_answer-agreed = aceptó
verification_answer-refused = rechazó
verification_answer-none = no ha respondido
