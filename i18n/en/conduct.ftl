## Conduct during the trade: offensive language (buyer 5.a, seller 6.a) and fraud (buyer 6.a, seller 7.a) (conduct.*)

conduct-offensive-on_record = offensive language on record: chat { $chat } ({ $party }): "{ $text }" — matches { $terms }
conduct-offensive-possible = possibly offensive language: chat { $chat } ({ $party }): "{ $text }" — matches { $terms }
conduct-offensive-ask-review = review chat { $chat } for offensive language by the { $party } and record a finding (findings.offensive_language_confirmed)
conduct-offensive-trace = { $party }'s earlier confirmed offences { $earlier } vs repeat_threshold { $threshold }
conduct-offensive-repeat = repeat: permanent ban
conduct-offensive-first = first: suspension
conduct-offensive-if_fewer = with fewer than { $threshold } earlier offences: a { $days }-day suspension
conduct-offensive-if_repeat = with { $threshold } or more earlier offences: a permanent ban
conduct-offensive-banned = support confirmed offensive language by the { $party }, who has { $earlier } earlier offence(s): permanent ban
conduct-offensive-suspended = support confirmed offensive language by the { $party }: P2P suspended for { $days } days
conduct-offensive-appeal-trace = findings.offensive_language_confirmed
conduct-offensive-appeal-confirmed = confirmed against the { $party }
conduct-offensive-appeal-no_finding = no finding yet
conduct-offensive-appeal-no_match = no chat line by the { $party } matches the policy's offensive terms; the complaint needs a person's reading
conduct-offensive-appeal-ask-read = read the order chat and support messages for offensive language by the { $party } and record a finding
conduct-fraud-established = fraud by the { $party } is established: P2P access disabled permanently and ads removed{ $frozen_id ->
        [yes] ; assets frozen as a loss is likely
       *[no] { "" }
    }
conduct-fraud-appeal-trace = findings.fraud and evidence tampering
conduct-fraud-appeal-not_established = fraud not established
conduct-fraud-appeal-unconfirmed = the fraud claim is not (yet) confirmed by support and no evidence is marked tampered
conduct-fraud-appeal-ask-investigate = investigate the fraud claim and record findings.fraud
conduct-fraud-appeal-established = fraud established
conduct-fraud-appeal-perpetrator = perpetrator: { $party }
conduct-fraud-appeal-for_buyer = the order is decided in favour of the wronged buyer
conduct-fraud-appeal-ask-release = release the escrowed crypto to the buyer
conduct-fraud-appeal-already_released = the crypto was already released and cannot be returned by a ruling: the order is closed; the sanctions on the buyer stand
conduct-fraud-appeal-ask-tell_seller = tell the seller the order is closed; a freeze of the buyer's assets (when a loss is likely) is the remedy left
conduct-fraud-appeal-for_seller = the order is decided in favour of the wronged seller: it is cancelled and the crypto stays with the seller
conduct-fraud-appeal-ask-cancel = cancel the order; the crypto returns to the seller
