## Isenções de responsabilidade e Termos Gerais (disclaimers.*, general.finality)

disclaimers-channels-named_in_chat = o chat { $chat } ({ $from }) menciona um canal externo: "{ $text }" ({ $terms })
disclaimers-channels-notice = Somente o chat e as ferramentas de suporte da própria plataforma são válidos. Perdas decorrentes do uso de canais externos (aplicativos de mensagens, e-mail, ligações telefônicas) não são cobertas, e o suporte não age com base em nada combinado nesses canais.
disclaimers-off_platform-proposed = o { $party } propôs negociar ou pagar fora da plataforma
disclaimers-off_platform-notice = As negociações P2P devem permanecer na plataforma. Perdas decorrentes de negociações, pagamentos ou acordos feitos fora dela são de responsabilidade dos próprios usuários; a plataforma não responde por elas.
disclaimers-timeliness-notice = O { $party } não agiu dentro do prazo dado pelo suporte; as perdas decorrentes disso são de responsabilidade do próprio { $party }.
general-finality-notice = A decisão do suporte sobre esta disputa é definitiva, salvo disposição em contrário das regras.
