## Recursos do Comprador, 4.a: exigências do vendedor fora do padrão (buyer.4a.*)

buyer-4a-chat_line = "{ $text }" ({ $terms })
buyer-4a-off_platform = o vendedor propôs negociar ou pagar fora da plataforma
buyer-4a-verification-request = um pedido de verificação na ordem ({ $kind })
buyer-4a-demands-trace = chat e linha do tempo do vendedor vs. verification_terms e out_of_policy_terms
buyer-4a-demands-count = { $verification } exigência(s) de verificação, { $out_of_policy } exigência(s) fora da política
buyer-4a-out_of_policy = exigência do vendedor fora da política: { $what }
buyer-4a-verification-as_well = também foi exigida verificação adicional: { $what }
buyer-4a-offence-trace = infrações anteriores do vendedor { $violations } vs. repeat_threshold { $threshold }
buyer-4a-offence-repeat = reincidência
buyer-4a-offence-first = primeira infração
buyer-4a-offence-if_fewer = com menos de { $threshold } infrações anteriores, a sanção teria sido `{ $sanction }`
buyer-4a-offence-if_repeat = com { $threshold } ou mais infrações anteriores, o vendedor teria sido suspenso
buyer-4a-offence-suspended = o vendedor tem { $violations } infração(ões) anterior(es): suspenso do P2P por { $days } dias
buyer-4a-no_demand = não consta do processo nenhuma exigência do vendedor fora do padrão (chat ou linha do tempo)
buyer-4a-ask-review_chat = analise todo o chat da ordem em busca da exigência que o comprador descreve
buyer-4a-verification-demanded = verificação adicional exigida: { $what }
buyer-4a-kind_named = { $kind } ({ $terms })
buyer-4a-kinds = { $kinds }
buyer-4a-kinds-none = nenhum
buyer-4a-kinds-none_named = nenhum dos que a política nomeia
buyer-4a-kinds-requested = o tipo solicitado
buyer-4a-disclosure-trace = os termos do anúncio divulgam cada tipo de verificação exigido ({ $demanded }); resposta do comprador
buyer-4a-disclosure-outcome = divulgados: { $disclosed }; não divulgados: { $undisclosed }; comprador: { $answer }
buyer-4a-ad_asks = { " " }(eles pedem apenas: { $kinds })
buyer-4a-ad_asks-nothing = { "" }
buyer-4a-unnamed_kind = a verificação solicitada é de um tipo que a política não nomeia, portanto não é possível demonstrar que os termos do anúncio a divulgaram antes da ordem{ $ad_asks }
buyer-4a-undisclosed = os termos do anúncio não divulgaram antes da ordem o que foi exigido: { $kinds }{ $ad_asks }
buyer-4a-ask-answer = aceite ou recuse a verificação que os termos do anúncio divulgaram
buyer-4a-agreed = os termos do anúncio divulgaram a verificação antes da ordem e o comprador aceitou: a negociação continua
buyer-4a-ask-provide = forneça a verificação que os termos do anúncio pedem
buyer-4a-ask-complete = conclua a negociação assim que a verificação for recebida
buyer-4a-refused = o comprador recusou a verificação
buyer-4a-awaiting_answer = os termos do anúncio divulgaram a verificação; o comprador ainda não respondeu, e o silêncio enquanto o prazo corre não é uma recusa
buyer-4a-if_no_answer = se o comprador não tiver aceitado até lá, cancele a ordem (reembolsando o comprador antes, se ele tiver pago)
buyer-4a-never_agreed = os termos do anúncio divulgaram a verificação, mas o comprador não a aceitou até { $due }: a negociação não pode continuar
buyer-4a-ask-cancel = cancele a ordem
buyer-4a-refunded = os { $paid } do comprador foram reembolsados
buyer-4a-paid = o comprador pagou { $paid }: o valor é reembolsado antes de a ordem ser cancelada
buyer-4a-ask-refund = reembolse { $amount } ao comprador
buyer-4a-ask-cancel_after_refund = cancele a ordem assim que o reembolso for confirmado

## Tipos de verificação que um pedido na ordem nomeia

verification_kind-payment_screenshot = uma captura de tela do pagamento
verification_kind-selfie_with_id = uma selfie com documento de identidade
verification_kind-other = uma verificação de outro tipo

## Como o comprador respondeu a uma exigência de verificação

verification_answer-agreed = aceitou
verification_answer-refused = recusou
verification_answer-none = não respondeu
