## Os tipos de recurso em palavras (`appeal explain TYPE`, `appeal new`): do que trata cada um,
## para onde vai e os fatos que o redirecionam. `filing-TYPE-about`, `filing-TYPE-goes_to`, os
## redirecionamentos `filing-route-…`.

filing-route-released = a criptomoeda já foi liberada (um evento `released`) → o recurso é `closed`
filing-route-cancelled = a ordem foi cancelada (um evento `cancelled`) → buyer.3a
filing-route-no_payment = não há pagamento no processo → o suporte pede o comprovante ao comprador; se não chegar a tempo → `cancel_order`
filing-route-overpaid = os pagamentos somam mais que order.amount (além da tolerância da política) → buyer.2a
filing-route-underpaid = somam menos, ou só o alcançam com um complemento feito após o prazo de seller 2.a → seller.2a
filing-route-third_party = um payer_name não é o verified_name do comprador → apenas reembolso, segundo buyer.1a
filing-route-other_account = um pagamento foi para uma conta diferente da indicada na página da ordem → seller.1c
filing-route-payment_not_received = sob buyer.1a, o vendedor respondeu (`responded`) com `payment_not_received` → seller.1b (seller.1a sem comprovante válido)
filing-route-own_fraud = a fraude comprovada (findings.fraud, ou provas adulteradas) é do próprio recorrente → a cláusula de fraude da outra parte

filing-seller_not_releasing-about = O comprador pagou e o vendedor não liberou a criptomoeda.
filing-seller_not_releasing-goes_to = buyer.1c se as observações de um pagamento contiverem uma palavra sensível; senão, buyer.1a se o vendedor recusou (`responded` com `refuses`) ou pediu o cancelamento (`cancel_requested`); senão, buyer.1b
filing-sensitive_remarks-about = O vendedor retém a liberação porque as observações do pagamento do comprador contêm palavras sensíveis (cripto, o nome de uma corretora…).
filing-sensitive_remarks-goes_to = buyer.1c
filing-overpaid-about = O comprador pagou mais que o valor da ordem e quer o excedente de volta.
filing-overpaid-goes_to = buyer.2a
filing-cancelled_after_payment-about = O comprador pagou, mas a ordem foi cancelada (por tempo esgotado ou engano).
filing-cancelled_after_payment-goes_to = buyer.3a
filing-out_of_norm_request-about = O vendedor exige algo fora do padrão: verificação adicional, dados de contato, outro canal, uma tarifa.
filing-out_of_norm_request-goes_to = buyer.4a
filing-offensive_language-about = A outra parte usou linguagem ofensiva.
filing-offensive_language-goes_to = buyer.5a quando o comprador abre o recurso, seller.6a quando o vendedor o abre
filing-fraud-about = A outra parte cometeu fraude (documentos falsificados, uma alegação falsa).
filing-fraud-goes_to = buyer.6a quando o comprador abre o recurso, seller.7a quando o vendedor o abre
filing-payment_not_received-about = O comprador marcou a ordem como paga, mas o vendedor não recebeu o dinheiro.
filing-payment_not_received-goes_to = seller.1a se nenhum pagamento tiver comprovante válido (prova com official_source: true, sem adulteração); senão, seller.1b
filing-inaccessible_account-about = O comprador pagou para uma conta à qual o vendedor não tem acesso.
filing-inaccessible_account-goes_to = seller.1c
filing-underpaid-about = O comprador pagou menos que o valor da ordem.
filing-underpaid-goes_to = seller.2a
filing-malicious_buying-about = O comprador faz ordens sem intenção de pagar.
filing-malicious_buying-goes_to = seller.3a
filing-account_blocked-about = A conta do vendedor foi bloqueada após receber o pagamento do comprador.
filing-account_blocked-goes_to = seller.4a
filing-released_without_payment-about = O vendedor liberou a criptomoeda sem confirmar o pagamento, e o dinheiro nunca chegou.
filing-released_without_payment-goes_to = seller.5a

# Quem pode abrir um tipo de recurso.
filing-filed_by-buyer = o comprador
filing-filed_by-seller = o vendedor
filing-filed_by-either = qualquer das partes

# Qualquer que seja a cláusula: nenhuma cláusula libera a um fraudador comprovado.
filing-fraud_overrules = uma decisão que liberaria a criptomoeda para um comprador cuja fraude está comprovada (findings.fraud, ou provas adulteradas enviadas pelo comprador) vai para seller.7a
filing-route-payer_cannot_tell = um payer_name não permite saber (falta uma palavra, uma inicial) → buyer.1a aguarda enquanto o suporte verifica quem é o titular da conta pagadora (findings.paying_account_holder)
filing-route-seller_third_party = o payer_name de um pagamento comprovado nomeia outra pessoa que não o comprador → apenas reembolso, pela buyer.1a (sem como saber → buyer.1a aguarda a verificação)
filing-route-seller_fraud_third_party = aberta pelo vendedor sem fraude estabelecida, o payer_name de um pagamento comprovado nomeia outra pessoa que não o comprador → apenas reembolso, pela buyer.1a (sem como saber → buyer.1a aguarda a verificação)
