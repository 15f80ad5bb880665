## Conducta durante la operación: lenguaje ofensivo (buyer 5.a, seller 6.a) y fraude (buyer 6.a, seller 7.a) (conduct.*)

conduct-offensive-on_record = lenguaje ofensivo registrado: chat { $chat } ({ $party }): "{ $text }" — coincide con { $terms }
conduct-offensive-possible = posible lenguaje ofensivo: chat { $chat } ({ $party }): "{ $text }" — coincide con { $terms }
conduct-offensive-ask-review = revise el chat { $chat } en busca de lenguaje ofensivo del { $party } y registre una determinación (findings.offensive_language_confirmed)
conduct-offensive-trace = infracciones anteriores confirmadas del { $party } { $earlier } vs. repeat_threshold { $threshold }
conduct-offensive-repeat = reincidencia: inhabilitación permanente
conduct-offensive-first = primera vez: suspensión
conduct-offensive-if_fewer = con menos de { $threshold } infracciones anteriores: una suspensión de { $days } días
conduct-offensive-if_repeat = con { $threshold } o más infracciones anteriores: inhabilitación permanente
conduct-offensive-banned = el soporte confirmó lenguaje ofensivo del { $party }, que tiene { $earlier } infracción(es) anterior(es): inhabilitación permanente
conduct-offensive-suspended = el soporte confirmó lenguaje ofensivo del { $party }: P2P suspendido por { $days } días
conduct-offensive-appeal-trace = findings.offensive_language_confirmed
conduct-offensive-appeal-confirmed = confirmado contra el { $party }
conduct-offensive-appeal-no_finding = aún sin determinación
conduct-offensive-appeal-no_match = ninguna línea del chat del { $party } coincide con los términos ofensivos de la política; la queja requiere la lectura de una persona
conduct-offensive-appeal-ask-read = lea el chat de la orden y los mensajes del soporte en busca de lenguaje ofensivo del { $party } y registre una determinación
conduct-fraud-established = el fraude del { $party } está comprobado: acceso P2P desactivado de forma permanente y anuncios eliminados{ $frozen_id ->
        [yes] ; activos congelados porque es probable una pérdida
       *[no] { "" }
    }
conduct-fraud-appeal-trace = findings.fraud y adulteración de pruebas
conduct-fraud-appeal-not_established = fraude no comprobado
conduct-fraud-appeal-unconfirmed = el soporte no ha confirmado (aún) la denuncia de fraude y ninguna prueba está marcada como adulterada
conduct-fraud-appeal-ask-investigate = investigue la denuncia de fraude y registre findings.fraud
conduct-fraud-appeal-established = fraude comprobado
conduct-fraud-appeal-perpetrator = autor: { $party }
conduct-fraud-appeal-for_buyer = la orden se resuelve a favor del comprador perjudicado
conduct-fraud-appeal-ask-release = libere al comprador la criptomoneda en custodia
conduct-fraud-appeal-already_released = la criptomoneda ya fue liberada y un fallo no puede devolverla: la orden está cerrada; las sanciones al comprador se mantienen
conduct-fraud-appeal-ask-tell_seller = informe al vendedor que la orden está cerrada; el congelamiento de los activos del comprador (cuando es probable una pérdida) es el remedio que queda
conduct-fraud-appeal-for_seller = la orden se resuelve a favor del vendedor perjudicado: se cancela y la criptomoneda se queda con el vendedor
conduct-fraud-appeal-ask-cancel = cancele la orden; la criptomoneda vuelve al vendedor
