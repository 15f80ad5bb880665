## Recursos do Vendedor 1.a, 1.b, 1.c e 2.a (seller.1a.*, seller.1b.*, seller.1c.*, seller.2a.*)

seller-1a-trace-valid_proof = pagamentos com comprovante válido
seller-1a-trace-none_of = nenhum de { $payments }
seller-1a-no_payment = não consta do processo nenhum pagamento do comprador
seller-1a-no_valid_proof = o pagamento do comprador não tem comprovante válido (um comprovante sem adulteração de uma fonte bancária oficial)
seller-1a-cancel_return = cancele a ordem; a criptomoeda volta para o vendedor
seller-1a-forged_proof = o comprovante de { $payment } foi considerado adulterado: a alegação do comprador de que pagou não se sustenta e a ordem é cancelada
seller-1a-ask-proof = envie um comprovante de pagamento válido
seller-1a-unreachable_still_time = o suporte não conseguiu contatar o comprador em { $at }; o comprador ainda tem até { $due } para apresentar um comprovante válido
seller-1a-if_no_proof = se nenhum comprovante válido chegar até lá, cancele a ordem
seller-1a-unreachable = o suporte não conseguiu contatar o comprador (tentativa em { $at }) e nenhum comprovante de pagamento válido chegou até { $due }: a ordem é cancelada e a criptomoeda volta para o vendedor
seller-1a-no_proof = nenhum comprovante de pagamento válido até { $due }: a ordem é cancelada e a criptomoeda volta para o vendedor

seller-1b-proven = o pagamento do comprador tem comprovante válido; o vendedor afirma que os fundos não chegaram
seller-1b-trace-statement = extrato bancário do vendedor
seller-1b-trace-tampered = considerado adulterado
seller-1b-trace-shows = mostra o pagamento
seller-1b-trace-not_shown = não mostra o pagamento
seller-1b-forged_statement = o extrato bancário do vendedor foi considerado adulterado: a alegação de que o dinheiro não chegou é rejeitada e a criptomoeda vai para o comprador
seller-1b-release = libere a criptomoeda para o comprador
seller-1b-statement_shows = o próprio extrato bancário do vendedor mostra que o pagamento chegou
seller-1b-statement_not_shown = o extrato bancário do vendedor não mostra o pagamento: rastreie-o junto aos dois bancos
seller-1b-trace_banks = rastreie o pagamento junto aos bancos do comprador e do vendedor
seller-1b-ask-statement = envie um extrato bancário que abranja a data do pagamento
seller-1b-not_yet = o extrato bancário do vendedor ainda não mostra o pagamento, mas a transferência ainda pode chegar
seller-1b-ask-release_or_later = libere assim que o dinheiro chegar ou, se não tiver chegado, envie um extrato bancário mais recente
seller-1b-if_still_missing = se o dinheiro ainda não tiver chegado até lá, rastreie o pagamento junto aos dois bancos
seller-1b-if_no_statement = se nenhum extrato bancário chegar até lá, libere a criptomoeda para o comprador
seller-1b-no_statement = o vendedor não enviou extrato bancário até { $due }: a criptomoeda vai para o comprador
seller-1b-trace-transit = pagamento não instantâneo { $at } + { $length } = { $arrives_by }
seller-1b-trace-in_transit = pode ainda estar em trânsito
seller-1b-trace-arrived = já deveria ter chegado
seller-1b-in_transit = o pagamento não foi instantâneo e ainda pode chegar até { $until }

seller-1c-trace-different = conta diferente
seller-1c-trace-account = conta paga { $paid } vs a da página da ordem { $page }: comparadas como { $kinds }, { $paid_form } vs { $page_form }
seller-1c-trace-same = a mesma conta
seller-1c-trace-cannot_tell = não dá para saber pelo que está escrito
seller-1c-trace-confirmed = não é a mesma como escrita, mas o vendedor confirmou que é dele ou o suporte constatou que é a conta da página da ordem
seller-1c-trace-found_other = o suporte constatou que é outra conta
seller-1c-claimed-appeal = a apelação do vendedor alega que a conta paga não está acessível
seller-1c-claimed-answer = o vendedor respondeu que a conta paga não está acessível
seller-1c-claimed-instructions = o comprador pagou { $account } conforme instruções dadas fora da página da ordem
seller-1c-unclaimed = o comprador pagou { $account }, não a conta da página da ordem { $page }, mas ninguém alegou que essa conta está inacessível: não é perda do comprador até o vendedor responder ou o suporte verificar
seller-1c-cannot_tell = a conta paga ({ $account }) não pode ser distinguida da conta da página da ordem ({ $page }) pelo que está escrito: o suporte verifica qual conta foi paga antes que alguém arque com uma perda
seller-1c-trace-answers = o que segue cada resposta
seller-1c-trace-answers-other = o vendedor diz que a conta é dele e recebe (account_accessible), ou o suporte constata que é a da página da ordem (findings.account_paid: order_page): julgado como pago à página da ordem; o vendedor alega que não está acessível (account_inaccessible): vendedor 1.c, o comprador arca com a perda; sem resposta até o prazo: escalar, o suporte verifica com o provedor de pagamento
seller-1c-trace-answers-cannot_tell = o suporte constata que é a conta da página da ordem (findings.account_paid: order_page), ou o vendedor diz que é dele e recebe (account_accessible): julgado como pago à página da ordem; o suporte constata outra conta (findings.account_paid: other): perda do comprador se o vendedor alegar que está inacessível, senão o vendedor é consultado; nada disso até o prazo: escalar, o suporte verifica com o provedor de pagamento
seller-1c-ask-account = dizer se { $account } é sua conta e recebe pagamentos (account_accessible), ou se não está acessível para você (account_inaccessible)
seller-1c-verify-account = verificar com o provedor de pagamento se { $account } é a conta da página da ordem e registrar findings.account_paid
seller-1c-if_unanswered = se até lá nem o vendedor tiver respondido nem o suporte tiver verificado a conta, escalar: o suporte verifica com o provedor de pagamento
seller-1c-unanswered = sem resposta até { $due } sobre se a conta paga é do vendedor: o suporte verifica com o provedor de pagamento
seller-1c-verify_with_provider = verificar com o provedor de pagamento quem é o titular da conta paga e registrar findings.account_paid
seller-1c-paid_elsewhere = o comprador pagou para { $account } em vez da conta da página da ordem { $page }: instruções não oficiais não são vinculantes, e o comprador arca com a perda
seller-1c-elsewhere-notice = Pagamentos para contas diferentes da indicada na página da ordem são erro do próprio pagador; a plataforma não responde por eles.
seller-1c-trace-violations = infrações anteriores do comprador { $violations } vs. repeat_threshold { $threshold }
seller-1c-trace-repeat = reincidência: banimento permanente
seller-1c-trace-first = primeira vez: sem sanção
seller-1c-repeat = { $violations ->
    [one] o comprador tem { $violations } infração anterior deste tipo: banimento permanente
   *[other] o comprador tem { $violations } infrações anteriores deste tipo: banimento permanente
}
seller-1c-if_repeat = com { $threshold } ou mais infrações anteriores, o comprador teria sido banido
seller-1c-cancel_keep = cancele a ordem; a criptomoeda fica com o vendedor
seller-1c-paid_to_page = o comprador pagou para a conta da página da ordem ({ $page }): o comprador seguiu os dados vinculantes
seller-1c-bounced = os fundos voltaram para o comprador: a ordem é cancelada
seller-1c-cancel = cancele a ordem
seller-1c-partly_bounced = apenas parte dos { $paid } voltou para o comprador: uma pessoa deve conciliar o que chegou ao vendedor
seller-1c-reconcile = concilie os valores com os dois bancos; depois, libere ou cancele e reembolse o restante
seller-1c-ask-bounced = demonstre que os fundos voltaram para o comprador ou libere
seller-1c-if_not_bounced = se o vendedor não tiver demonstrado até lá que os fundos voltaram, libere a criptomoeda para o comprador
seller-1c-not_bounced = nenhum sinal até { $due } de que os fundos voltaram: o pagamento é mantido e a criptomoeda vai para o comprador
seller-1c-release = libere a criptomoeda para o comprador

seller-2a-trace-paid = pago { $paid } no prazo vs. valor da ordem { $amount } (tolerância { $tolerance })
seller-2a-trace-shortfall = diferença { $shortfall }
seller-2a-topped_up = os pagamentos agora cobrem o valor da ordem ({ $paid }): a criptomoeda é liberada
seller-2a-release = libere a criptomoeda para o comprador
seller-2a-short = o comprador pagou { $paid } de { $amount }: faltam { $shortfall }
seller-2a-out_of_range = a quantidade paga está além do intervalo decimal exato: uma pessoa deve calculá-la
seller-2a-partial_release = liberação parcial: { $quantity } pelos { $paid } recebidos (arredondado para baixo a { $decimals } casas decimais)
seller-2a-release_quantity = libere { $quantity } para o comprador e devolva o restante ao vendedor
seller-2a-refund_remainder = reembolse os { $remainder } não cobertos pela quantidade liberada
seller-2a-ask-top_up = pague os { $shortfall } que faltam
seller-2a-if_top_up = se a diferença for paga até lá, libere; caso contrário, o vendedor reembolsa os { $paid } recebidos e a ordem é cancelada
seller-2a-not_topped_up = o comprador não pagou a diferença até { $due }: o vendedor reembolsa o que chegou e a ordem é cancelada
seller-2a-refunded = o vendedor reembolsou os { $paid } recebidos
seller-2a-cancel = cancele a ordem
seller-2a-refund_held = reembolse ao comprador os { $owed } ainda retidos
seller-2a-cancel_once_refunded = cancele a ordem assim que o reembolso for confirmado
seller-2a-late_payment = { $amount } chegaram em { $at }, depois do término do prazo: não completam a ordem e voltam para o comprador como um pagamento à parte
seller-2a-return_late = devolva ao comprador os { $amount } que chegaram depois do término do prazo
