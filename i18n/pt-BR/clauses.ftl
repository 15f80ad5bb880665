## As cláusulas nas palavras deste projeto (`appeal explain`, `appeal policy show`, os recursos de
## cláusula do servidor MCP): uma mensagem por cláusula, `clause-` e o id da cláusula. Nunca o
## texto das próprias regras: o que cada cláusula diz, dito à nossa maneira.

# Onde uma cláusula atua na ordem de avaliação.
stage-gate = um filtro, verificado antes de qualquer cláusula
stage-governing = uma cláusula aplicável: decide o recurso que rege
stage-cross_cutting = uma cláusula transversal, acrescentada a qualquer decisão
stage-notice = um aviso, acrescentado às decisões a que se refere

clause-general-age_limit = Recursos sobre ordens mais antigas que a idade máxima (contada em meses corridos, da criação da ordem até o recurso) podem ser recusados; o suporte pode reabri-los caso a caso.
clause-procedure-kyc = As duas partes devem ter concluído a verificação de identidade (KYC) para que o recurso seja analisado.
clause-procedure-timer = Um recurso só pode ser aberto depois que a contagem regressiva da ordem após "marcar como pago" tiver terminado.
clause-procedure-reason = Um recurso deve informar seu tipo e seu motivo.
clause-procedure-evidence = O recorrente deve enviar as provas que o procedimento exige (por exemplo, o comprovante de pagamento) antes que o suporte aja.
clause-buyer-1a = O vendedor se recusa a liberar após um pagamento correto feito da conta do próprio comprador. Dentro da faixa de preço aceitável, o vendedor que não responde a tempo perde a criptomoeda para o comprador; fora dela, o vendedor deve reembolsar o pagamento integral, a ordem é cancelada assim que o reembolso é confirmado, e uma recusa ou um atraso injustificados liberam a criptomoeda para o comprador.
clause-buyer-1b = O vendedor demora a liberar. Após um pagamento instantâneo, o vendedor tem um prazo curto para liberar; após um pagamento não instantâneo, um prazo maior em dias úteis, dentro do qual deve provar o não recebimento com um extrato bancário, ou o pagamento é considerado recebido.
clause-buyer-1c = O vendedor retém a liberação porque as observações do pagamento do comprador contêm palavras sensíveis. O suporte pede ao vendedor que reembolse ou libere: a liberação é por conta e risco exclusivo do vendedor, o reembolso corre por conta do comprador.
clause-buyer-2a = O comprador pagou mais que o valor da ordem. O suporte pede ao vendedor que reembolse o excedente; o vendedor que se recusa ou não responde pode ter o acesso P2P e os ativos congelados até a resolução. A recuperação é feita na medida do possível, e a plataforma não responde pelo erro do comprador.
clause-buyer-3a = O comprador pagou, mas a ordem foi cancelada (por tempo esgotado ou engano). Confirmado o pagamento, o vendedor deve reembolsar dentro do prazo; o vendedor que se recusa é congelado imediatamente, e o que não responde, quando o prazo termina. A plataforma não responde se o vendedor nunca reembolsar.
clause-buyer-4a = O vendedor faz exigências fora do padrão. Uma verificação adicional só é permitida se os termos do anúncio tiverem divulgado exatamente essa exigência e o comprador concordar; caso contrário, a ordem é cancelada. Outras exigências fora da política (dados de contato, canais externos, tarifas extras) cancelam a ordem e geram uma sanção para o vendedor.
clause-buyer-5a = O vendedor usou linguagem ofensiva. O suporte decide as sanções a seu critério: uma suspensão, ou o banimento permanente em caso de reincidência.
clause-buyer-6a = O vendedor cometeu fraude. O fraudador perde o acesso P2P permanentemente e seus anúncios são removidos; seus ativos podem ser congelados quando for provável que haja prejuízo.
clause-seller-1a = O comprador marcou a ordem como paga sem pagar. Sem comprovante de pagamento válido (um comprovante sem adulteração de uma fonte bancária oficial) a tempo, ou se não for possível contatar o comprador, a ordem é cancelada e a criptomoeda volta para o vendedor.
clause-seller-1b = O comprador tem comprovante válido, mas o vendedor afirma que o dinheiro não chegou. O vendedor deve sustentar a alegação com um extrato bancário a tempo; sem ele, a criptomoeda é liberada; com ele, o pagamento é rastreado junto aos dois bancos.
clause-seller-1c = O comprador pagou para uma conta à qual o vendedor não tem acesso. Só os dados de pagamento da página da ordem registrada pelo sistema são vinculantes: o comprador que os seguiu está protegido; o comprador que pagou para outra conta (indicada no chat, nos termos do anúncio ou em aplicativos de mensagens externos) arca com a perda, e os reincidentes podem ser banidos.
clause-seller-2a = O comprador pagou menos que o valor da ordem. Por padrão, o comprador pode completar a diferença a tempo; caso contrário, o vendedor reembolsa o que recebeu e a ordem é cancelada; uma política pode, em vez disso, liberar a parte que foi paga.
clause-seller-3a = O comprador faz ordens sem intenção de pagar. O suporte investiga; uma vez confirmado, o comprador é removido permanentemente do P2P, sem direito a recurso.
clause-seller-4a = A conta do vendedor foi bloqueada após receber o pagamento do comprador. O acesso P2P e os saques do comprador ficam retidos até a resolução; o vendedor deve demonstrar que o comprador causou o bloqueio, e então o comprador deve colaborar com documentos ou será banido.
clause-seller-5a = O vendedor liberou sem confirmar o pagamento e arca com a perda; a plataforma não intervém. O comprador que não colaborar é suspenso, e o vendedor pode recorrer à polícia.
clause-seller-6a = O comprador usou linguagem ofensiva. O suporte decide as sanções a seu critério: uma suspensão, ou o banimento permanente em caso de reincidência.
clause-seller-7a = O comprador cometeu fraude. O fraudador perde o acesso P2P permanentemente e seus anúncios são removidos; seus ativos podem ser congelados quando for provável que haja prejuízo.
clause-disclaimers-timeliness = As perdas decorrentes de não seguir as instruções do suporte dentro do prazo dado são de responsabilidade do próprio usuário.
clause-disclaimers-off_platform = Negociações, pagamentos e acordos feitos fora da plataforma são por conta e risco dos próprios usuários; a plataforma não responde por eles.
clause-disclaimers-channels = Somente o chat e as ferramentas de suporte da própria plataforma são válidos; perdas decorrentes de canais externos (aplicativos de mensagens, e-mail, telefone) não são cobertas.
clause-general-finality = As decisões do suporte sobre disputas são definitivas, salvo disposição em contrário das regras.
clause-guide-steps = Um recurso admissível vai para um agente de suporte: o recorrente abre o chat ao vivo, informa o número da ordem e o problema, e as provas são analisadas ali.
clause-guide-completed = A plataforma é uma intermediária: os pagamentos são definitivos assim que a ordem é concluída, e ela não reabre ordens concluídas, a menos que uma das partes tenha agido de forma fraudulenta ou enganosa.
