## Recursos do Comprador sobre dinheiro pago: 2.a pagamento a maior, 3.a ordem cancelada após o pagamento, e o reembolso devido em ambos (buyer.2a.*, buyer.3a.*, buyer.refund.*)

buyer-2a-trace = pago { $paid } vs. valor da ordem { $amount }
buyer-2a-excess = excedente { $excess }
buyer-2a-notice = O reembolso de um pagamento a maior é feito na medida do possível; a plataforma não responde pelo erro do comprador.
buyer-2a-no_excess = os pagamentos ({ $paid }) não excedem o valor da ordem ({ $amount }): não há excedente a reembolsar
buyer-2a-overpaid = o comprador pagou { $paid } por uma ordem de { $amount }: { $excess } a mais
buyer-2a-ask-see_release = o valor da ordem em si está pago integralmente: assegure que o vendedor libere a criptomoeda (caso contrário, aplica-se buyer 1.b)
buyer-2a-refunded = o vendedor reembolsou o excedente de { $excess }
buyer-refund-refused_before_appeal = o vendedor recusou o reembolso em { $at }, antes do recurso: só conta uma resposta ao pedido do suporte
buyer-refund-refused = o vendedor recusou o reembolso em { $at }
buyer-refund-ask = reembolse ao comprador { $what } de { $amount }
buyer-refund-refusal_trace = recusa do vendedor em { $refused } vs. término do prazo em { $due }
buyer-refund-frozen_at_once = recusou antes do término do prazo: congelamento imediato
buyer-refund-if_not_refused = sem a recusa, a decisão aguardaria o término do prazo antes de congelar o vendedor
buyer-refund-refused_in_time = o vendedor recusou { $when }: o acesso P2P e os ativos do vendedor são congelados imediatamente, até que o reembolso seja feito
buyer-refund-before_window_closed = antes do término do prazo em { $due }
buyer-refund-before_contact = antes de o suporte contatá-lo
buyer-refund-if_not_refunded = se o reembolso não estiver concluído até lá, congele o acesso P2P e os ativos do vendedor até que esteja
buyer-refund-not_refunded = o reembolso não foi concluído até { $due }: o acesso P2P e os ativos do vendedor ficam congelados até que seja
buyer-refund-ask-now = reembolse agora ao comprador { $what } de { $amount }
buyer-refund-ask-freeze = congele o acesso P2P e os ativos do vendedor; retire o congelamento assim que o reembolso for confirmado
buyer-3a-proof-trace = pagamentos com comprovante válido (fonte oficial, sem adulteração)
buyer-3a-proof-count = { $proven } de { $payments }
buyer-3a-no_valid_proof = o pagamento do comprador não é confirmado por comprovante válido (um comprovante sem adulteração de uma fonte bancária oficial)
buyer-3a-proof-what = comprovante de pagamento válido: um comprovante bancário oficial, sem adulteração
buyer-3a-no_proof_by = nenhum comprovante de pagamento válido até { $due }: o cancelamento é mantido
buyer-3a-notice = Se o vendedor se recusar a reembolsar, a plataforma não responde pela perda decorrente desta ordem.
buyer-3a-confirmed = o pagamento de { $owed } do comprador está confirmado e a ordem foi cancelada: o vendedor deve reembolsá-lo
buyer-3a-refunded = o vendedor reembolsou os { $owed }

## O que um vendedor reembolsa ao comprador

refund_of-excess = o excedente
refund_of-payment = o pagamento
