## Recursos do Comprador 1.a, 1.b e 1.c, e reembolsos devidos pelo vendedor
## (buyer.1a.*, buyer.1b.*, buyer.1c.*, refund.*, payments.*)

buyer-1a-trace-reference_price = order.reference_price
buyer-1a-trace-reference_missing = ausente: a faixa de preço não pode ser verificada
buyer-1a-reference_missing = o preço de referência da plataforma na criação da ordem não consta do processo; a faixa de preço não pode ser verificada
buyer-1a-ask-reference_price = o preço de referência da plataforma na criação da ordem (order.reference_price)
buyer-1a-decide_price = decida manualmente a questão do preço: o preço de referência nunca chegou ao processo
buyer-1a-deviation = { $deviation } %
buyer-1a-deviation-too_far = distante demais
buyer-1a-trace-price = preço { $price } vs. referência { $reference }: { $deviation } em relação à referência, faixa de ±{ $band } %
buyer-1a-trace-inside = dentro
buyer-1a-trace-outside = fora
buyer-1a-if_outside = um preço fora de { $low }–{ $high } { $fiat } teria exigido um reembolso integral em vez da liberação
buyer-1a-inside_band = o preço da ordem está { $deviation } em relação ao preço de referência, dentro da faixa de ±{ $band } %: a criptomoeda é devida ao comprador
buyer-1a-ask-respond = responda ou libere a criptomoeda
buyer-1a-if_not_released = se o vendedor não tiver liberado até lá, libere a criptomoeda para o comprador
buyer-1a-not_released = o vendedor não liberou até { $due }
buyer-1a-refused_not_released = o vendedor recusou e não liberou até { $due }; uma recusa dentro da faixa não impede a liberação
buyer-1a-release = libere a criptomoeda para o comprador
buyer-1a-if_inside = um preço dentro de { $low }–{ $high } { $fiat } teria liberado a criptomoeda para o comprador
buyer-1a-outside_band = o preço da ordem está { $deviation } em relação ao preço de referência, fora da faixa de ±{ $band } %: sem liberação; o vendedor deve reembolsar integralmente os { $paid }
buyer-1a-trace-payer_names = nomes dos pagadores vs. nome verificado do comprador
buyer-1a-trace-mismatch = divergência: não elegível para liberação
buyer-1a-third_party = o pagador ({ $payers }) não é o comprador ({ $buyer }): a criptomoeda não pode ser liberada; os { $paid } voltam para a conta de onde foram pagos

refund-refunded = o vendedor reembolsou os { $owed }: a ordem foi cancelada
refund-cancel_keep = cancele a ordem; a criptomoeda fica com o vendedor
refund-ask = reembolse { $outstanding } para a conta de onde foi pago
refund-if_missed-release = se o reembolso não tiver chegado até lá e o vendedor não tiver justificativa válida, libere a criptomoeda para o comprador
refund-if_missed-stays_owed = se o reembolso não tiver chegado até lá, ele continua devido: cobre-o do vendedor; a criptomoeda não é liberada com base neste pagamento
refund-justified = o reembolso não foi concluído até { $due }, mas o suporte considerou válido o motivo do vendedor: sem liberação, o reembolso continua devido
refund-new_date = combine com o vendedor uma nova data de reembolso e registre-a
refund-partly_refunded = o vendedor reembolsou apenas parte do pagamento até { $due }: da forma como está, nem uma liberação nem um cancelamento resolvem a questão
refund-settle_partial = resolva manualmente: ou o vendedor reembolsa os { $outstanding } restantes e a ordem é cancelada, ou o comprador devolve os { $returned } já reembolsados e a criptomoeda é liberada
refund-missed-release = o vendedor não reembolsou até { $due } e não apresentou justificativa válida: a criptomoeda vai para o comprador
refund-missed-stays_owed = o reembolso não foi concluído até { $due }: { $outstanding } continuam devidos
refund-now = reembolse agora { $outstanding } para a conta pagadora
refund-press_seller = cobre o reembolso do vendedor e cancele a ordem assim que ele for confirmado; até lá, a criptomoeda permanece em custódia
refund-late = o dinheiro voltou ao comprador depois que o prazo terminou em { $due }: isso não desfaz a liberação
refund-send_back = devolva ao vendedor o dinheiro retornado depois que o prazo terminou

payments-trace = pagamentos
payments-trace-none_on_file = nenhum no processo
payments-none_on_file = o comprador recorre de uma não liberação, mas o processo não contém nenhum pagamento
payments-after_proof_window = os pagamentos registrados ocorreram depois que o prazo para o comprovante de pagamento terminou: não o cumprem
payments-ask-proof = comprovante de pagamento (um comprovante bancário oficial)
payments-no_proof = nenhum comprovante de pagamento até { $due }: a ordem foi cancelada

buyer-1b-trace-rail = meio de pagamento
buyer-1b-trace-rail_window = { $rail } → { $parameter } = { $length }
buyer-1b-paid_in_full = o comprador pagou o valor integral { $method }: o vendedor tem { $length } a partir do contato do suporte para liberar
buyer-1b-ask-release = libere a criptomoeda
buyer-1b-ask-release_or_statement = libere a criptomoeda ou apresente um extrato bancário, caso o dinheiro não tenha chegado
buyer-1b-statement_without_funds = o extrato bancário do vendedor não mostra o pagamento: o pagamento deve ser rastreado junto aos dois bancos
buyer-1b-trace_banks = rastreie o pagamento junto aos bancos do comprador e do vendedor
buyer-1b-ask-trace = peça ao banco pagador uma confirmação da transferência (rastreamento) e envie-a
buyer-1b-if_silent = após { $due } sem liberação, o suporte libera a criptomoeda
buyer-1b-not_released = o vendedor não liberou em até { $length } a partir do contato do suporte
buyer-1b-no_statement = o vendedor respondeu, mas não enviou extrato bancário até { $due }: o pagamento é considerado recebido
buyer-1b-no_answer = o vendedor não respondeu em até { $length }: o pagamento é considerado recebido

buyer-1c-remark = { $place } "{ $remarks }" ({ $terms })
buyer-1c-trace-remarks = observações do pagamento vs. sensitive_terms
buyer-1c-trace-no_term = nenhuma palavra sensível encontrada
buyer-1c-trace-terms = { $remarks }
buyer-1c-no_term = o recurso alega observações sensíveis, mas nenhuma das palavras sensíveis da política está nas observações do pagamento
buyer-1c-terms = as observações do pagamento contêm palavras sensíveis: { $remarks }
buyer-1c-overpaid = o comprador também pagou { $excess } a mais que o valor da ordem: um reembolso devolve tudo; após uma liberação, o excedente ainda deve ser devolvido (buyer 2.a)
buyer-1c-underpaid = o comprador também pagou { $short } a menos que o valor da ordem: uma liberação exige que a diferença seja paga antes (seller 2.a)
buyer-1c-released = o vendedor liberou a criptomoeda
buyer-1c-released-notice = O vendedor optou por liberar apesar das observações sensíveis e arca sozinho com quaisquer consequências dessa liberação; a plataforma não responde por elas.
buyer-1c-refunded = o vendedor reembolsou o pagamento
buyer-1c-fees-notice = O comprador arca com as tarifas do reembolso.
buyer-1c-cancel = cancele a ordem
buyer-1c-ask-choice = reembolse o comprador ou libere a criptomoeda
buyer-1c-choice-notice = Se o vendedor liberar, arcará sozinho com as consequências; se o vendedor reembolsar, o comprador arcará com as tarifas do reembolso.
buyer-1c-if_neither = se o vendedor não tiver feito nenhuma das duas coisas até lá, encaminhe a um agente sênior
buyer-1c-neither = o vendedor não reembolsou nem liberou até { $due }
buyer-1c-senior_decides = um agente sênior decide entre reembolso e liberação; a regra não prevê opção padrão

## Palavras dos meios de pagamento (rail-*, paid_by-*)

rail-instant = instantâneo
rail-not_instant = não instantâneo
paid_by-instant = por um meio em tempo real
paid_by-non_instant = por um meio não instantâneo
paid_by-partly_instant = e não integralmente por um meio em tempo real
