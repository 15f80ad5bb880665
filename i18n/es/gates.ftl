## Los filtros previos a cualquier cláusula: límite de antigüedad, verificación de identidad, temporizador de apelación, motivo, pruebas (gates.*)

gates-not_applied-trace = filtros { $gates }
gates-not_applied = no se aplica en esta política
gates-age_limit-trace = orden creada el { $created } + { $max_age } = { $limit }; apelación presentada el { $filed }
gates-age_limit-over = fuera del límite de antigüedad
gates-age_limit-within = dentro del límite de antigüedad
gates-age_limit-reopened = la orden tiene más de { $max_age }, pero el soporte aprobó reabrir la apelación
gates-age_limit-if_filed_by = una apelación presentada a más tardar el { $limit } se habría atendido; el soporte aún puede reabrirla
gates-age_limit-too_old = la apelación ({ $filed }) se presentó después de agotarse el límite de antigüedad de { $max_age } de la orden ({ $limit })
gates-age_limit-ask-refuse = informe al apelante que la apelación se rechaza por extemporánea; reabrirla queda a criterio del soporte (establezca findings.reopen_approved)
gates-kyc-trace = KYC del comprador: { $buyer_id ->
        [yes] sí
       *[no] no
    }, KYC del vendedor: { $seller_id ->
        [yes] sí
       *[no] no
    }
gates-kyc-verified = ambos verificados
gates-kyc-not_verified = no verificado
gates-kyc-unverified = el { $party } no ha completado la verificación KYC
gates-kyc-ask-verify = complete la verificación KYC; después podrá presentar la apelación de nuevo
gates-timer-no_marked_paid = ningún evento marked_paid
gates-timer-never_started = el temporizador nunca se inició; no se aplica
gates-timer-trace = marcada como pagada el { $marked } + { $timer } ({ $source }) = la apelación se habilita el { $opens }; presentada el { $filed }
gates-timer-early = presentada antes de que terminara el temporizador
gates-timer-after = presentada después de que terminara el temporizador
gates-timer-if_filed_at = una apelación presentada el { $opens } o después habría sido admisible
gates-timer-too_early = la apelación se presentó el { $filed }, antes de que terminara el temporizador de la orden el { $opens }
gates-timer-ask-refile = la apelación se habilita en el momento indicado: preséntela de nuevo entonces, no antes
gates-reason-trace = appeal.reason
gates-reason-given = indicado
gates-reason-missing = falta
gates-reason-none = la apelación no indica ningún motivo
gates-reason-ask-refile = presente la apelación de nuevo con su tipo y un motivo
gates-evidence-trace = pruebas exigidas al { $party }: { $required }
gates-evidence-all_present = todas presentes
gates-evidence-missing = faltan: { $missing }
gates-evidence-kinds = { $kinds }
gates-evidence-not_uploaded = el { $party } no ha subido las pruebas exigidas: { $missing }
gates-evidence-not_uploaded-others = el { $party } no ha subido las pruebas exigidas: { $missing } (subidas hasta ahora: { $uploaded })
gates-evidence-late = las pruebas del { $party } ({ $missing }) llegaron después de que venciera el plazo de pruebas el { $due }: las pruebas tardías no lo cumplen
gates-evidence-not_arrived = las pruebas no habían llegado al { $due }
gates-evidence-if_late = si para entonces las pruebas no han llegado, cierre la apelación como inadmisible

## De dónde proviene el temporizador de apelación

timer_source-order = order.appeal_timer
timer_source-policy = el valor predeterminado de la política
