## O que significa cada parâmetro de uma cláusula (`appeal explain`, `appeal policy show`, o
## esquema da política): `param-`, a cláusula (ou a regra que duas cláusulas compartilham) e a chave do parâmetro.

param-buyer-1a-price_band_pct = desvio aceitável do preço da ordem em relação ao preço de referência, em ± por cento
param-buyer-1a-seller_response = tempo que o vendedor tem para responder depois que o suporte o contata
param-buyer-1a-refund_window = tempo que o vendedor tem para reembolsar quando o preço está fora da faixa
param-buyer-1b-instant_release = prazo de liberação após um pagamento instantâneo (em tempo real)
param-buyer-1b-non_instant_release = prazo de liberação após um pagamento não instantâneo
param-buyer-1c-decision_window = tempo que o vendedor tem para escolher entre reembolsar e liberar
param-buyer-1c-sensitive_terms = palavras nas observações do pagamento que acionam esta cláusula
param-buyer-2a-refund_window = tempo que o vendedor tem para reembolsar o excedente
param-buyer-3a-refund_window = tempo que o vendedor tem para reembolsar
param-buyer-4a-verification_terms = cada tipo de verificação adicional, com as palavras que o nomeiam no chat do vendedor e nos termos do anúncio; uma exigência só é considerada divulgada se os termos do anúncio nomearem o mesmo tipo
param-buyer-4a-out_of_policy_terms = palavras no chat do vendedor que indicam uma exigência fora da política
param-buyer-4a-seller_sanction = sanção por uma exigência fora da política, na primeira infração
param-buyer-4a-repeat_threshold = número de infrações anteriores a partir do qual a exigência conta como reincidência (suspensão)
param-buyer-4a-suspension_days = dias de suspensão por uma exigência fora da política reincidente
param-buyer-4a-buyer_response = tempo que o comprador tem para aceitar ou recusar uma verificação divulgada depois que o suporte o contata; o silêncio até lá não é uma recusa
param-offensive_language-offensive_terms = palavras no chat que o suporte deve analisar como ofensivas
param-offensive_language-suspension_days = dias de suspensão do P2P por uma infração confirmada
param-offensive_language-repeat_threshold = número de infrações confirmadas anteriores a partir do qual uma nova leva ao banimento permanente
param-seller-1a-buyer_proof_window = tempo que o comprador tem para apresentar um comprovante válido depois que o suporte o contata
param-seller-1a-false_claim_sanction = dias de suspensão do P2P para um comprador que marcou como pago sem pagar
param-seller-1b-seller_statement_window = tempo que o vendedor tem para enviar um extrato bancário
param-seller-1c-seller_response = tempo que o vendedor tem para demonstrar que os fundos foram devolvidos
param-seller-1c-repeat_threshold = número de infrações anteriores a partir do qual o comprador é banido
param-seller-2a-mode = como um pagamento a menor é resolvido
param-seller-2a-top_up_window = tempo que o comprador tem para pagar a diferença
param-seller-2a-asset_decimals = casas decimais para as quais a quantidade liberada do ativo é arredondada para baixo
param-seller-3a-unpaid_threshold = número de ordens não pagas no histórico da plataforma que abre uma investigação
param-seller-4a-evidence_window = tempo que o vendedor tem para provar que o comprador causou o bloqueio
param-seller-4a-buyer_docs_window = tempo que o comprador tem para enviar documentos depois que as provas do vendedor chegam
param-seller-5a-buyer_response = tempo que o comprador tem para responder ao suporte depois de ser contatado, antes de ser considerado sem resposta
param-disclaimers-channels-channel_terms = nomes de canais externos que geram este aviso quando aparecem no chat
