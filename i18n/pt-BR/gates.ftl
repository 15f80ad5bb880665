## Os filtros verificados antes de qualquer cláusula: limite de idade, verificação de identidade, temporizador do recurso, motivo, provas (gates.*)

gates-not_applied-trace = filtros { $gates }
gates-not_applied = não aplicado nesta política
gates-age_limit-trace = ordem criada em { $created } + { $max_age } = { $limit }; recurso aberto em { $filed }
gates-age_limit-over = acima do limite de idade
gates-age_limit-within = dentro do limite de idade
gates-age_limit-reopened = a ordem tem mais de { $max_age }, mas o suporte aprovou a reabertura do recurso
gates-age_limit-if_filed_by = um recurso aberto até { $limit } teria sido analisado; o suporte ainda pode reabri-lo
gates-age_limit-too_old = o recurso ({ $filed }) foi aberto depois de esgotado o limite de idade de { $max_age } da ordem ({ $limit })
gates-age_limit-ask-refuse = informe ao recorrente que o recurso foi recusado por estar fora do prazo; a reabertura fica a critério do suporte (defina findings.reopen_approved)
gates-kyc-trace = KYC do comprador: { $buyer_id ->
        [yes] sim
       *[no] não
    }, KYC do vendedor: { $seller_id ->
        [yes] sim
       *[no] não
    }
gates-kyc-verified = ambos verificados
gates-kyc-not_verified = não verificado
gates-kyc-unverified = o { $party } não concluiu a verificação KYC
gates-kyc-ask-verify = conclua a verificação KYC; depois, o recurso poderá ser aberto novamente
gates-timer-no_marked_paid = nenhum evento marked_paid
gates-timer-never_started = o temporizador nunca foi iniciado; não aplicado
gates-timer-trace = marcado como pago em { $marked } + { $timer } ({ $source }) = recurso disponível em { $opens }; aberto em { $filed }
gates-timer-early = aberto antes do fim do temporizador
gates-timer-after = aberto depois do fim do temporizador
gates-timer-if_filed_at = um recurso aberto em { $opens } ou depois teria sido admissível
gates-timer-too_early = o recurso foi aberto em { $filed }, antes do fim do temporizador da ordem em { $opens }
gates-timer-ask-refile = o recurso fica disponível no horário indicado: abra-o novamente a partir desse momento, não antes
gates-reason-trace = appeal.reason
gates-reason-given = informado
gates-reason-missing = ausente
gates-reason-none = o recurso não informa nenhum motivo
gates-reason-ask-refile = abra o recurso novamente com o tipo e um motivo
gates-evidence-trace = provas exigidas do { $party }: { $required }
gates-evidence-all_present = todas presentes
gates-evidence-missing = ausentes: { $missing }
gates-evidence-kinds = { $kinds }
gates-evidence-not_uploaded = o { $party } não enviou as provas exigidas: { $missing }
gates-evidence-not_uploaded-others = o { $party } não enviou as provas exigidas: { $missing } (enviadas até agora: { $uploaded })
gates-evidence-late = as provas do { $party } ({ $missing }) chegaram depois que o prazo de provas terminou em { $due }: provas atrasadas não cumprem o prazo
gates-evidence-not_arrived = as provas não chegaram até { $due }
gates-evidence-if_late = se as provas não chegarem até lá, encerre o recurso como inadmissível

## De onde vem o temporizador do recurso

timer_source-order = order.appeal_timer
timer_source-policy = o padrão da política
