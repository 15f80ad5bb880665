## Ang mga pagsusuring ginagawa bago ang anumang probisyon: age limit, beripikasyon ng pagkakakilanlan, appeal timer, dahilan, ebidensya (gates.*)

gates-not_applied-trace = mga pagsusuri { $gates }
gates-not_applied = hindi ipinapatupad sa ilalim ng patakarang ito
gates-age_limit-trace = ginawa ang order { $created } + { $max_age } = { $limit }; inihain ang apela { $filed }
gates-age_limit-over = lampas sa age limit
gates-age_limit-within = pasok sa age limit
gates-age_limit-reopened = mas matanda ang order kaysa { $max_age } ngunit inaprubahan ng support ang muling pagbubukas ng apela
gates-age_limit-if_filed_by = didinggin sana ang apelang inihain pagsapit ng { $limit }; maaari pa rin itong muling buksan ng support
gates-age_limit-too_old = dumating ang apela ({ $filed }) matapos maubos ang { $max_age } na age limit ng order ({ $limit })
gates-age_limit-ask-refuse = sabihin sa umaapela na tinanggihan ang apela dahil lampas na sa oras; nasa pagpapasya ng support ang muling pagbubukas (itakda ang findings.reopen_approved)
gates-kyc-trace = KYC ng mamimili { $buyer_id ->
        [yes] true
       *[no] false
    }, KYC ng nagbebenta { $seller_id ->
        [yes] true
       *[no] false
    }
gates-kyc-verified = parehong beripikado
gates-kyc-not_verified = hindi beripikado
gates-kyc-unverified = hindi pa nakukumpleto ng { $party } ang beripikasyon ng KYC
gates-kyc-ask-verify = kumpletuhin ang beripikasyon ng KYC; pagkatapos ay maaaring ihain muli ang apela
gates-timer-no_marked_paid = walang marked_paid na event
gates-timer-never_started = hindi kailanman nagsimula ang timer; hindi ipinatupad
gates-timer-trace = minarkahang bayad { $marked } + { $timer } ({ $source }) = magbubukas ang apela { $opens }; inihain { $filed }
gates-timer-early = inihain bago naubos ang timer
gates-timer-after = inihain matapos maubos ang timer
gates-timer-if_filed_at = ang apelang inihain sa o pagkatapos ng { $opens } ay tatanggapin sana
gates-timer-too_early = inihain ang apela noong { $filed }, bago naubos ang timer ng order noong { $opens }
gates-timer-ask-refile = magbubukas ang apela sa oras na ibinigay: ihain itong muli pagsapit niyon, hindi bago nito
gates-reason-trace = appeal.reason
gates-reason-given = ibinigay
gates-reason-missing = wala
gates-reason-none = walang sinasabing dahilan ang apela
gates-reason-ask-refile = ihain muli ang apela kasama ang uri nito at isang dahilan
gates-evidence-trace = kinakailangang ebidensya ng { $party }: { $required }
gates-evidence-all_present = kumpleto lahat
gates-evidence-missing = kulang: { $missing }
gates-evidence-kinds = { $kinds }
gates-evidence-not_uploaded = hindi pa nai-upload ng { $party } ang kinakailangang ebidensya: { $missing }
gates-evidence-not_uploaded-others = hindi pa nai-upload ng { $party } ang kinakailangang ebidensya: { $missing } (nai-upload na: { $uploaded })
gates-evidence-late = dumating ang { $missing } ng { $party } matapos magsara ang window ng ebidensya noong { $due }: hindi natutugunan ng huling ebidensya ang window
gates-evidence-not_arrived = hindi dumating ang ebidensya pagsapit ng { $due }
gates-evidence-if_late = kung wala pa ang ebidensya pagsapit niyon, isara ang apela bilang hindi tinatanggap

## Kung saan nagmumula ang appeal timer

timer_source-order = order.appeal_timer
timer_source-policy = ang default ng patakaran
