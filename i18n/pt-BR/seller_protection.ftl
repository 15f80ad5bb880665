## Recursos do Vendedor 3.a, 4.a e 5.a (seller.3a.*, seller.4a.*, seller.5a.*)

seller-3a-trace-finding = findings.malicious_buying_confirmed
seller-3a-trace-confirmed = confirmada
seller-3a-confirmed = o suporte confirmou compra maliciosa: o comprador é removido permanentemente do P2P
seller-3a-no_appeal-notice = Uma remoção permanente por compra maliciosa não admite recurso.
seller-3a-cancel_return = cancele a ordem; a criptomoeda volta para o vendedor
seller-3a-trace-unpaid = ordens não pagas do comprador { $unpaid } vs. unpaid_threshold { $threshold }
seller-3a-trace-pattern = padrão: investigar
seller-3a-trace-below = abaixo do limite
seller-3a-if_fewer = com menos de { $threshold } ordens não pagas, não haveria investigação
seller-3a-if_more = { $threshold } ou mais ordens não pagas teriam aberto uma investigação
seller-3a-pattern = o comprador deixou { $unpaid } ordens sem pagamento (limite { $threshold }): o suporte investiga
seller-3a-investigate = investigue as ordens não pagas do comprador e registre findings.malicious_buying_confirmed
seller-3a-no_pattern = o comprador tem { $unpaid } ordens não pagas, abaixo do limite de { $threshold }: não há padrão de compra maliciosa
seller-3a-unpaid_order = esta ordem não foi paga: ela é cancelada e a criptomoeda volta para o vendedor
seller-3a-cancel = cancele a ordem
seller-3a-paid_review = o comprador pagou esta ordem: analise-a segundo as regras de pagamento

seller-4a-agreement = as partes chegaram a um acordo: as restrições terminam e o recurso é encerrado
seller-4a-blocked = a conta do vendedor foi bloqueada após o pagamento do comprador: a regra retém o acesso P2P e os saques do comprador enquanto a alegação do vendedor é examinada
seller-4a-ask-seller_proof = demonstre que o comprador causou o bloqueio (boletim de ocorrência, chargeback ou aviso do banco)
seller-4a-forged = a prova do vendedor de que o comprador causou o bloqueio ({ $kind }) foi considerada adulterada: a alegação não se sustenta e as restrições do comprador são retiradas
seller-4a-lift = retire a suspensão do P2P e a retenção de saques do comprador
seller-4a-if_no_seller_evidence = se as provas do vendedor não chegarem até lá, retire as restrições do comprador
seller-4a-no_seller_evidence = o vendedor não apresentou até { $due } provas de que o comprador causou o bloqueio: as restrições do comprador são retiradas
seller-4a-seller_evidence_in = o vendedor apresentou provas de que o comprador causou o bloqueio ({ $kind }): o comprador agora deve responder com documentos
seller-4a-ask-buyer_documents = envie documentos que fundamentem a resolução
seller-4a-buyer_contacted = o suporte contatou o comprador em { $contact }: os documentos vencem { $length } após o que ocorrer por último entre esse contato e as provas do vendedor, até { $due }
seller-4a-trace-buyer_documents = documentos do comprador: o último entre contato e provas do vendedor { $start } + { $length } = { $due }
seller-4a-buyer_documents_in = o comprador enviou documentos: uma pessoa avalia os dois lados
seller-4a-review_documents = analise os documentos do comprador em confronto com as provas do vendedor
seller-4a-if_no_buyer_documents = se os documentos do comprador não chegarem até lá, desative permanentemente o acesso P2P do comprador
seller-4a-buyer_documents_missed = o comprador não colaborou com documentos até { $due }: acesso P2P desativado permanentemente, saques restritos
seller-4a-cancel_keep = cancele a ordem; a criptomoeda fica com o vendedor

seller-5a-released = o vendedor liberou a criptomoeda sem confirmar o pagamento e arca com a perda: a plataforma não intervém
seller-5a-police = você pode registrar a perda na polícia; o suporte responderá às solicitações das autoridades
seller-5a-ask-buyer_answer = responda ao suporte e colabore na devolução do pagamento ou da criptomoeda
seller-5a-trace-first_answer = a primeira resposta do comprador ao suporte dentro do prazo
seller-5a-trace-refuses = recusa-se a colaborar
seller-5a-trace-answered = respondeu
seller-5a-trace-unresponsive = nenhuma: sem resposta
seller-5a-trace-none_yet = nenhuma até agora
seller-5a-buyer_answered = o comprador respondeu ao suporte: sem sanção
seller-5a-unreachable_still_time = o suporte não conseguiu contatar o comprador em { $at }; o comprador ainda tem até { $due } para responder
seller-5a-if_silent = se o comprador não tiver respondido até lá, suspenda o acesso P2P do comprador até a resolução
seller-5a-refuses = o comprador se recusa a colaborar: acesso P2P suspenso
seller-5a-unresponsive = o comprador não respondeu ao suporte até { $due }: sem resposta, acesso P2P suspenso
