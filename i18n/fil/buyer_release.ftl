## Mga apela ng Mamimili 1.a, 1.b at 1.c, at ang mga refund na utang ng nagbebenta
## (buyer.1a.*, buyer.1b.*, buyer.1c.*, refund.*, payments.*)

buyer-1a-trace-reference_price = order.reference_price
buyer-1a-trace-reference_missing = wala: hindi masusuri ang price band
buyer-1a-reference_missing = wala sa kaso ang reference price ng platform noong ginawa ang order; hindi masusuri ang price band
buyer-1a-ask-reference_price = ang reference price ng platform noong ginawa ang order (order.reference_price)
buyer-1a-decide_price = pagpasyahan nang manu-mano ang usapin ng presyo: hindi kailanman nakarating sa kaso ang reference price
buyer-1a-deviation = { $deviation } %
buyer-1a-deviation-too_far = masyadong malayo
buyer-1a-trace-price = presyo { $price } laban sa reference { $reference }: { $deviation } ng reference, band ±{ $band } %
buyer-1a-trace-inside = nasa loob
buyer-1a-trace-outside = nasa labas
buyer-1a-if_outside = ang presyong nasa labas ng { $low }–{ $high } { $fiat } ay mangangailangan sana ng buong refund sa halip na release
buyer-1a-inside_band = ang presyo ng order ay { $deviation } ng reference price, nasa loob ng ±{ $band } % na band: ang crypto ay para sa mamimili
buyer-1a-ask-respond = tumugon o ilabas ang crypto
buyer-1a-if_not_released = kung hindi pa naglalabas ang nagbebenta pagsapit niyon, ilabas ang crypto sa mamimili
buyer-1a-not_released = hindi naglabas ang nagbebenta pagsapit ng { $due }
buyer-1a-refused_not_released = tumanggi ang nagbebenta at hindi naglabas pagsapit ng { $due }; hindi napipigilan ng pagtanggi ang release kapag nasa loob ng band ang presyo
buyer-1a-release = ilabas ang crypto sa mamimili
buyer-1a-if_inside = ang presyong nasa loob ng { $low }–{ $high } { $fiat } ay maglalabas sana ng crypto sa mamimili
buyer-1a-outside_band = ang presyo ng order ay { $deviation } ng reference price, nasa labas ng ±{ $band } % na band: walang release; dapat i-refund ng nagbebenta ang buong { $paid }
buyer-1a-trace-payer_names = mga pangalan ng nagbayad laban sa beripikadong pangalan ng mamimili
buyer-1a-trace-mismatch = hindi tugma: hindi kwalipikado sa release
buyer-1a-third_party = ang nagbayad ({ $payers }) ay hindi ang mamimili ({ $buyer }): hindi mailalabas ang crypto; ibabalik ang { $paid } sa account na pinagbayaran

refund-refunded = na-refund na ng nagbebenta ang { $owed }: kinansela ang order
refund-cancel_keep = kanselahin ang order; mananatili ang crypto sa nagbebenta
refund-ask = i-refund ang { $outstanding } sa account na pinagbayaran nito
refund-if_missed-release = kung hindi pa dumarating ang refund pagsapit niyon at walang wastong katwiran ang nagbebenta, ilabas ang crypto sa mamimili
refund-if_missed-stays_owed = kung hindi pa dumarating ang refund pagsapit niyon, mananatili itong utang: igiit ito sa nagbebenta; hindi ilalabas ang crypto batay sa bayad na ito
refund-justified = hindi kumpleto ang refund pagsapit ng { $due }, ngunit nakita ng support na wasto ang dahilan ng nagbebenta: walang release, mananatiling utang ang refund
refund-new_date = magkasundo sa bagong petsa ng refund kasama ang nagbebenta at itala ito
refund-partly_refunded = bahagi lamang ng bayad ang na-refund ng nagbebenta pagsapit ng { $due }: sa kasalukuyang kalagayan, hindi ito malulutas ng release o ng pagkansela
refund-settle_partial = lutasin ito nang manu-mano: alinman sa i-refund ng nagbebenta ang natitirang { $outstanding } at kanselahin ang order, o ibalik ng mamimili ang { $returned } na na-refund na at ilabas ang crypto
refund-missed-release = hindi nag-refund ang nagbebenta pagsapit ng { $due } at walang ibinigay na wastong katwiran: ang crypto ay mapupunta sa mamimili
refund-missed-stays_owed = hindi kumpleto ang refund pagsapit ng { $due }: nananatiling utang ang { $outstanding }
refund-now = i-refund na ngayon ang { $outstanding } sa account na pinagbayaran
refund-press_seller = igiit sa nagbebenta ang refund at kanselahin ang order kapag nakumpirma ito; mananatili ang crypto sa escrow hanggang noon
refund-late = may perang naibalik sa mamimili matapos magsara ang window noong { $due }: hindi nito binabawi ang release
refund-send_back = ibalik sa nagbebenta ang perang naibalik matapos magsara ang window

payments-trace = mga bayad
payments-trace-none_on_file = wala sa file
payments-none_on_file = umaapela ang mamimili dahil hindi nailabas ang crypto, ngunit walang bayad sa kaso
payments-after_proof_window = dumating ang mga naitalang bayad matapos magsara ang window para sa patunay ng bayad: hindi nila natutugunan ito
payments-ask-proof = patunay ng bayad (opisyal na resibo ng bangko)
payments-no_proof = walang patunay ng bayad pagsapit ng { $due }: kinansela ang order

buyer-1b-trace-rail = paraan ng pagbabayad
buyer-1b-trace-rail_window = { $rail } → { $parameter } = { $length }
buyer-1b-paid_in_full = binayaran ng mamimili ang buong halaga { $method }: may { $length } ang nagbebenta mula sa pagkontak ng support para maglabas
buyer-1b-ask-release = ilabas ang crypto
buyer-1b-ask-release_or_statement = ilabas ang crypto, o magpakita ng bank statement kung hindi pa dumarating ang pera
buyer-1b-statement_without_funds = hindi ipinapakita ng bank statement ng nagbebenta ang bayad: dapat i-trace ang bayad sa parehong bangko
buyer-1b-trace_banks = i-trace ang bayad sa bangko ng mamimili at sa bangko ng nagbebenta
buyer-1b-ask-trace = humingi sa nagbayad na bangko ng kumpirmasyon ng transfer (trace) at i-upload ito
buyer-1b-if_silent = pagkalipas ng { $due } nang walang release, ilalabas ng support ang crypto
buyer-1b-not_released = hindi naglabas ang nagbebenta sa loob ng { $length } mula sa pagkontak ng support
buyer-1b-no_statement = sumagot ang nagbebenta ngunit walang ipinadalang bank statement pagsapit ng { $due }: itinuturing na natanggap ang bayad
buyer-1b-no_answer = hindi sumagot ang nagbebenta sa loob ng { $length }: itinuturing na natanggap ang bayad

buyer-1c-remark = { $place } "{ $remarks }" ({ $terms })
buyer-1c-trace-remarks = mga remark ng bayad laban sa sensitive_terms
buyer-1c-trace-no_term = walang nakitang sensitibong salita
buyer-1c-trace-terms = { $remarks }
buyer-1c-no_term = binabanggit ng apela ang mga sensitibong remark, ngunit wala sa mga remark ng bayad ang alinman sa mga sensitibong salita ng patakaran
buyer-1c-terms = may mga sensitibong salita ang mga remark ng bayad: { $remarks }
buyer-1c-overpaid = nagbayad din ang mamimili ng { $excess } na higit sa halaga ng order: ibinabalik ng refund ang lahat ng ito; pagkatapos ng release, utang pa rin ang sobra (buyer 2.a)
buyer-1c-underpaid = nagbayad din ang mamimili ng { $short } na kulang sa halaga ng order: bago ang release, kailangan munang bayaran ang kakulangan (seller 2.a)
buyer-1c-released = inilabas ng nagbebenta ang crypto
buyer-1c-released-notice = Pinili ng nagbebenta na maglabas sa kabila ng mga sensitibong remark at siya lamang ang mananagot sa anumang bunga ng release na iyon; walang pananagutan ang platform sa mga ito.
buyer-1c-refunded = na-refund ng nagbebenta ang bayad
buyer-1c-fees-notice = Ang mamimili ang sasagot sa mga bayarin ng refund.
buyer-1c-cancel = kanselahin ang order
buyer-1c-ask-choice = i-refund ang mamimili o ilabas ang crypto
buyer-1c-choice-notice = Kung maglalabas ang nagbebenta, siya lamang ang mananagot sa mga bunga; kung magre-refund ang nagbebenta, ang mamimili ang sasagot sa mga bayarin ng refund.
buyer-1c-if_neither = kung wala pang ginawa ang nagbebenta sa dalawa pagsapit niyon, i-escalate sa isang senior agent
buyer-1c-neither = hindi nag-refund at hindi naglabas ang nagbebenta pagsapit ng { $due }
buyer-1c-senior_decides = isang senior agent ang magpapasya sa pagitan ng refund at release; walang default ang patakaran

## Mga salita ng mga paraan ng pagbabayad (rail-*, paid_by-*)

rail-instant = instant
rail-not_instant = hindi instant
paid_by-instant = sa pamamagitan ng real-time na paraan
paid_by-non_instant = sa pamamagitan ng hindi instant na paraan
paid_by-partly_instant = at hindi lahat sa pamamagitan ng real-time na paraan
