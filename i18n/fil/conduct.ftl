## Asal sa panahon ng trade: nakakasakit na pananalita (buyer 5.a, seller 6.a) at panloloko (buyer 6.a, seller 7.a) (conduct.*)

conduct-offensive-on_record = nakatalang nakakasakit na pananalita: chat { $chat } ({ $party }): "{ $text }" — tugma sa { $terms }
conduct-offensive-possible = posibleng nakakasakit na pananalita: chat { $chat } ({ $party }): "{ $text }" — tugma sa { $terms }
conduct-offensive-ask-review = suriin ang chat { $chat } para sa nakakasakit na pananalita ng { $party } at magtala ng natuklasan (findings.offensive_language_confirmed)
conduct-offensive-trace = mga naunang kumpirmadong paglabag ng { $party } { $earlier } laban sa repeat_threshold { $threshold }
conduct-offensive-repeat = pag-uulit: permanenteng ban
conduct-offensive-first = una: suspensyon
conduct-offensive-if_fewer = kung mas kaunti sa { $threshold } ang naunang paglabag: suspensyon nang { $days } araw
conduct-offensive-if_repeat = kung { $threshold } o higit pa ang naunang paglabag: permanenteng ban
conduct-offensive-banned = kinumpirma ng support ang nakakasakit na pananalita ng { $party }, na may { $earlier } naunang paglabag: permanenteng ban
conduct-offensive-suspended = kinumpirma ng support ang nakakasakit na pananalita ng { $party }: suspendido ang P2P nang { $days } araw
conduct-offensive-appeal-trace = findings.offensive_language_confirmed
conduct-offensive-appeal-confirmed = kumpirmado laban sa { $party }
conduct-offensive-appeal-no_finding = wala pang natuklasan
conduct-offensive-appeal-no_match = walang linya sa chat ng { $party } na tugma sa mga nakakasakit na salita ng patakaran; kailangang basahin ng isang tao ang reklamo
conduct-offensive-appeal-ask-read = basahin ang chat ng order at ang mga mensahe ng support para sa nakakasakit na pananalita ng { $party } at magtala ng natuklasan
conduct-fraud-established = napatunayan ang panloloko ng { $party }: permanenteng na-disable ang P2P access at inalis ang mga ad{ $frozen_id ->
        [yes] ; naka-freeze ang mga asset dahil malamang na may pagkalugi
       *[no] { "" }
    }
conduct-fraud-appeal-trace = findings.fraud at binagong ebidensya
conduct-fraud-appeal-not_established = hindi napatunayan ang panloloko
conduct-fraud-appeal-unconfirmed = hindi (pa) kinukumpirma ng support ang paratang ng panloloko at walang ebidensyang minarkahang binago
conduct-fraud-appeal-ask-investigate = imbestigahan ang paratang ng panloloko at itala ang findings.fraud
conduct-fraud-appeal-established = napatunayan ang panloloko
conduct-fraud-appeal-perpetrator = ang gumawa: { $party }
conduct-fraud-appeal-for_buyer = pinagpasyahan ang order pabor sa mamimiling naagrabyado
conduct-fraud-appeal-ask-release = ilabas sa mamimili ang crypto na nasa escrow
conduct-fraud-appeal-already_released = nailabas na ang crypto at hindi na ito maibabalik ng isang pasya: sarado na ang order; mananatili ang mga parusa sa mamimili
conduct-fraud-appeal-ask-tell_seller = sabihin sa nagbebenta na sarado na ang order; ang natitirang lunas ay ang pag-freeze ng mga asset ng mamimili (kapag malamang na may pagkalugi)
conduct-fraud-appeal-for_seller = pinagpasyahan ang order pabor sa nagbebentang naagrabyado: kinansela ito at mananatili ang crypto sa nagbebenta
conduct-fraud-appeal-ask-cancel = kanselahin ang order; babalik ang crypto sa nagbebenta
