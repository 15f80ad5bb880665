## O Guia de Recursos P2P da Bitget, e recursos cuja cláusula a política não aplica (guide.*)

guide-completed-trace = ordem concluída (liberada), sem constatação de fraude
guide-completed-no_intervention = sem intervenção
guide-completed-final = a ordem foi concluída; a plataforma é uma intermediária e os pagamentos concluídos são definitivos
guide-completed-ask-tell = informe ao recorrente que a ordem permanece concluída; a alegação de que a outra parte agiu de forma fraudulenta ou enganosa exige provas e uma constatação de fraude (findings.fraud)
guide-completed-notice = A plataforma é uma intermediária: um pagamento é definitivo assim que a ordem é concluída, e perdas posteriores à conclusão não são cobertas, a menos que uma das partes tenha agido de forma fraudulenta ou enganosa.
guide-completed-fraud_trace = ordem concluída ({ $released }), mas há no processo uma constatação de fraude ou provas adulteradas
guide-completed-not_protected = não aplicado: uma ordem concluída não protege uma parte fraudulenta
guide-steps-trace = { $clause } não é aplicada nesta política
guide-steps-escalate = encaminhe a um agente de suporte
guide-steps-to_agent = o recurso é admissível e vai para um agente de suporte; esta política não tem regra substantiva para ele
guide-steps-fraud_on_file = há no processo uma constatação de fraude ou provas adulteradas: a regra da ordem concluída não protege uma parte fraudulenta
guide-steps-ask-live_chat = abra o chat ao vivo (Ajuda, no canto inferior direito), escolha um idioma e descreva o recurso
guide-steps-ask-order_number = informe ao agente o número da ordem { $order } e o problema
guide-steps-ask-review = analise as provas enviadas (comprovante de pagamento, capturas de tela da transferência) e resolva o recurso no chat
guide-no_clause-trace = tabela de cláusulas
guide-no_clause-absent = não consta desta política
guide-no_clause-escalate = esta política não aplica { $clause }, a cláusula deste recurso: uma pessoa deve decidir
guide-no_clause-ask-decide = decida manualmente: a política não tem a tabela [clauses."{ $clause }"]
