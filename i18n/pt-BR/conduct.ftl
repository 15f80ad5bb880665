## Conduta durante a negociação: linguagem ofensiva (buyer 5.a, seller 6.a) e fraude (buyer 6.a, seller 7.a) (conduct.*)

conduct-offensive-on_record = linguagem ofensiva registrada: chat { $chat } ({ $party }): "{ $text }" — corresponde a { $terms }
conduct-offensive-possible = possível linguagem ofensiva: chat { $chat } ({ $party }): "{ $text }" — corresponde a { $terms }
conduct-offensive-ask-review = analise o chat { $chat } quanto a linguagem ofensiva do { $party } e registre uma constatação (findings.offensive_language_confirmed)
conduct-offensive-trace = infrações anteriores confirmadas do { $party } { $earlier } vs. repeat_threshold { $threshold }
conduct-offensive-repeat = reincidência: banimento permanente
conduct-offensive-first = primeira vez: suspensão
conduct-offensive-if_fewer = com menos de { $threshold } infrações anteriores: suspensão de { $days } dias
conduct-offensive-if_repeat = com { $threshold } ou mais infrações anteriores: banimento permanente
conduct-offensive-banned = o suporte confirmou linguagem ofensiva do { $party }, que tem { $earlier } infração(ões) anterior(es): banimento permanente
conduct-offensive-suspended = o suporte confirmou linguagem ofensiva do { $party }: P2P suspenso por { $days } dias
conduct-offensive-appeal-trace = findings.offensive_language_confirmed
conduct-offensive-appeal-confirmed = confirmada contra o { $party }
conduct-offensive-appeal-no_finding = ainda sem constatação
conduct-offensive-appeal-no_match = nenhuma linha do chat do { $party } corresponde aos termos ofensivos da política; a reclamação exige a leitura de uma pessoa
conduct-offensive-appeal-ask-read = leia o chat da ordem e as mensagens do suporte em busca de linguagem ofensiva do { $party } e registre uma constatação
conduct-fraud-established = a fraude do { $party } está comprovada: acesso P2P desativado permanentemente e anúncios removidos{ $frozen_id ->
        [yes] ; ativos congelados, pois é provável que haja prejuízo
       *[no] { "" }
    }
conduct-fraud-appeal-trace = findings.fraud e adulteração de provas
conduct-fraud-appeal-not_established = fraude não comprovada
conduct-fraud-appeal-unconfirmed = a alegação de fraude não foi (ainda) confirmada pelo suporte e nenhuma prova está marcada como adulterada
conduct-fraud-appeal-ask-investigate = investigue a alegação de fraude e registre findings.fraud
conduct-fraud-appeal-established = fraude comprovada
conduct-fraud-appeal-perpetrator = autor: { $party }
conduct-fraud-appeal-for_buyer = a ordem é decidida a favor do comprador lesado
conduct-fraud-appeal-ask-release = libere para o comprador a criptomoeda em custódia
conduct-fraud-appeal-already_released = a criptomoeda já foi liberada e não pode ser devolvida por uma decisão: a ordem está encerrada; as sanções ao comprador são mantidas
conduct-fraud-appeal-ask-tell_seller = informe ao vendedor que a ordem está encerrada; o congelamento dos ativos do comprador (quando é provável que haja prejuízo) é o recurso que resta
conduct-fraud-appeal-for_seller = a ordem é decidida a favor do vendedor lesado: é cancelada e a criptomoeda fica com o vendedor
conduct-fraud-appeal-ask-cancel = cancele a ordem; a criptomoeda volta para o vendedor
