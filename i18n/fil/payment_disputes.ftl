## Mga apela ng Nagbebenta 1.a, 1.b, 1.c at 2.a (seller.1a.*, seller.1b.*, seller.1c.*, seller.2a.*)

seller-1a-trace-valid_proof = mga bayad na may wastong patunay
seller-1a-trace-none_of = wala sa { $payments }
seller-1a-no_payment = walang bayad ng mamimili sa file
seller-1a-no_valid_proof = walang wastong patunay ang bayad ng mamimili (hindi binagong resibo mula sa opisyal na pinagmulang bangko)
seller-1a-cancel_return = kanselahin ang order; babalik ang crypto sa nagbebenta
seller-1a-forged_proof = natuklasang binago ang patunay ng { $payment }: hindi tinatanggap ang sinasabi ng mamimili na nakapagbayad siya at kinansela ang order
seller-1a-ask-proof = mag-upload ng wastong patunay ng bayad
seller-1a-unreachable_still_time = hindi maabot ng support ang mamimili noong { $at }; may hanggang { $due } pa ang mamimili para magpakita ng wastong patunay
seller-1a-if_no_proof = kung walang dumating na wastong patunay pagsapit niyon, kanselahin ang order
seller-1a-unreachable = hindi maabot ng support ang mamimili (sinubukan noong { $at }) at walang dumating na wastong patunay ng bayad pagsapit ng { $due }: kinansela ang order at babalik ang crypto sa nagbebenta
seller-1a-no_proof = walang wastong patunay ng bayad pagsapit ng { $due }: kinansela ang order at babalik ang crypto sa nagbebenta

seller-1b-proven = may wastong patunay ang bayad ng mamimili; sinasabi ng nagbebenta na hindi dumating ang pondo
seller-1b-trace-statement = bank statement ng nagbebenta
seller-1b-trace-tampered = natuklasang binago
seller-1b-trace-shows = ipinapakita ang bayad
seller-1b-trace-not_shown = hindi ipinapakita ang bayad
seller-1b-forged_statement = natuklasang binago ang bank statement ng nagbebenta: tinatanggihan ang sinasabing hindi dumating ang pera at mapupunta ang crypto sa mamimili
seller-1b-release = ilabas ang crypto sa mamimili
seller-1b-statement_shows = ipinapakita mismo ng bank statement ng nagbebenta na dumating ang bayad
seller-1b-statement_not_shown = hindi ipinapakita ng bank statement ng nagbebenta ang bayad: i-trace ito sa parehong bangko
seller-1b-trace_banks = i-trace ang bayad sa bangko ng mamimili at sa bangko ng nagbebenta
seller-1b-ask-statement = magsumite ng bank statement na sumasaklaw sa petsa ng bayad
seller-1b-not_yet = hindi pa ipinapakita ng bank statement ng nagbebenta ang bayad, ngunit maaaring dumating pa ang transfer
seller-1b-ask-release_or_later = maglabas kapag dumating na ang pera, o magpadala ng mas bagong bank statement kung hindi pa ito dumarating
seller-1b-if_still_missing = kung hindi pa rin dumarating ang pera pagsapit niyon, i-trace ang bayad sa parehong bangko
seller-1b-if_no_statement = kung walang dumating na bank statement pagsapit niyon, ilabas ang crypto sa mamimili
seller-1b-no_statement = walang ipinadalang bank statement ang nagbebenta pagsapit ng { $due }: mapupunta ang crypto sa mamimili
seller-1b-trace-transit = hindi instant na bayad { $at } + { $length } = { $arrives_by }
seller-1b-trace-in_transit = maaaring nasa daan pa
seller-1b-trace-arrived = dapat ay dumating na
seller-1b-in_transit = hindi instant ang bayad at maaari pa itong dumating hanggang { $until }

seller-1c-trace-different = ibang account
seller-1c-trace-account = account na binayaran { $paid } laban sa account ng pahina ng order { $page }: inihambing bilang { $kinds }, { $paid_form } laban sa { $page_form }
seller-1c-trace-same = iisang account
seller-1c-trace-cannot_tell = hindi matiyak sa pagkakasulat
seller-1c-trace-confirmed = hindi pareho sa pagkakasulat, pero kinumpirma ng nagbebenta na kanya ito o natuklasan ng support na ito ang account ng pahina ng order
seller-1c-trace-found_other = natuklasan ng support na ibang account ito
seller-1c-claimed-appeal = sinasabi ng apela ng nagbebenta na hindi ma-access ang account na binayaran
seller-1c-claimed-answer = sumagot ang nagbebenta na hindi ma-access ang account na binayaran
seller-1c-claimed-instructions = nagbayad ang mamimili sa { $account } ayon sa mga tagubiling ibinigay sa labas ng pahina ng order
seller-1c-unclaimed = nagbayad ang mamimili sa { $account }, hindi sa account ng pahina ng order { $page }, pero walang nagsabing hindi ma-access ang account na iyon: hindi pa ito lugi ng mamimili hangga't hindi sumasagot ang nagbebenta o nabeberipika ng support
seller-1c-cannot_tell = hindi maihiwalay sa pagkakasulat ang account na binayaran ({ $account }) sa account ng pahina ng order ({ $page }): beberipikahin ng support kung aling account ang binayaran bago may managot sa lugi
seller-1c-trace-answers = ano ang susunod sa bawat sagot
seller-1c-trace-answers-other = sinabi ng nagbebenta na kanya ang account at tumatanggap ito (account_accessible), o natuklasan ng support na ito ang sa pahina ng order (findings.account_paid: order_page): ituturing na bayad sa pahina ng order; sinabi ng nagbebenta na hindi ito ma-access (account_inaccessible): nagbebenta 1.c, ang mamimili ang malulugi; walang sagot bago ang deadline: i-escalate, beberipikahin ng support sa payment provider
seller-1c-trace-answers-cannot_tell = natuklasan ng support na ito ang account ng pahina ng order (findings.account_paid: order_page), o sinabi ng nagbebenta na kanya ito at tumatanggap (account_accessible): ituturing na bayad sa pahina ng order; natuklasan ng support na ibang account (findings.account_paid: other): lugi ng mamimili kung sasabihin ng nagbebenta na hindi ito ma-access, kung hindi ay tatanungin ang nagbebenta; wala sa mga ito bago ang deadline: i-escalate, beberipikahin ng support sa payment provider
seller-1c-ask-account = sabihin kung ang { $account } ay iyong account at tumatanggap ng bayad (account_accessible), o hindi mo ito ma-access (account_inaccessible)
seller-1c-verify-account = beripikahin sa payment provider kung ang { $account } ang account ng pahina ng order, at itala ang findings.account_paid
seller-1c-if_unanswered = kung pagsapit noon ay hindi pa sumasagot ang nagbebenta at hindi pa nabeberipika ng support ang account, i-escalate: beberipikahin ng support sa payment provider
seller-1c-unanswered = walang sagot bago ang { $due } kung sa nagbebenta ang account na binayaran: beberipikahin ito ng support sa payment provider
seller-1c-verify_with_provider = beripikahin sa payment provider kung sino ang may-ari ng account na binayaran, saka itala ang findings.account_paid
seller-1c-paid_elsewhere = nagbayad ang mamimili sa { $account } sa halip na sa account ng pahina ng order { $page }: hindi nagbubuklod ang mga hindi opisyal na tagubilin, ang mamimili ang sasagot sa pagkalugi
seller-1c-elsewhere-notice = Ang mga bayad sa account na iba sa nasa pahina ng order ay sariling pagkakamali ng nagbayad; walang pananagutan ang platform sa mga ito.
seller-1c-trace-violations = mga naunang paglabag ng mamimili { $violations } laban sa repeat_threshold { $threshold }
seller-1c-trace-repeat = pag-uulit: permanenteng ban
seller-1c-trace-first = una: walang parusa
seller-1c-repeat = { $violations ->
    [one] may { $violations } naunang paglabag na ganitong uri ang mamimili: permanenteng ban
   *[other] may { $violations } naunang paglabag na ganitong uri ang mamimili: permanenteng ban
}
seller-1c-if_repeat = kung { $threshold } o higit pa ang naunang paglabag, na-ban sana ang mamimili
seller-1c-cancel_keep = kanselahin ang order; mananatili ang crypto sa nagbebenta
seller-1c-paid_to_page = nagbayad ang mamimili sa account na nasa pahina ng order ({ $page }): sinunod ng mamimili ang mga nagbubuklod na detalye
seller-1c-bounced = naibalik ang pondo sa mamimili: kinansela ang order
seller-1c-cancel = kanselahin ang order
seller-1c-partly_bounced = bahagi lamang ng { $paid } ang naibalik sa mamimili: isang tao ang dapat magtugma kung ano ang nakarating sa nagbebenta
seller-1c-reconcile = itugma ang mga halaga sa parehong bangko, pagkatapos ay ilabas, o kanselahin at i-refund ang natitira
seller-1c-ask-bounced = ipakitang naibalik ang pondo sa mamimili, o maglabas
seller-1c-if_not_bounced = kung hindi pa naipapakita ng nagbebenta na naibalik ang pondo pagsapit niyon, ilabas ang crypto sa mamimili
seller-1c-not_bounced = walang palatandaan pagsapit ng { $due } na naibalik ang pondo: mananatili ang bayad at mapupunta ang crypto sa mamimili
seller-1c-release = ilabas ang crypto sa mamimili

seller-2a-trace-paid = nagbayad ng { $paid } sa oras laban sa halaga ng order na { $amount } (tolerance { $tolerance })
seller-2a-trace-shortfall = kakulangan { $shortfall }
seller-2a-topped_up = sakop na ngayon ng mga bayad ang halaga ng order ({ $paid }): inilalabas ang crypto
seller-2a-release = ilabas ang crypto sa mamimili
seller-2a-short = nagbayad ang mamimili ng { $paid } sa { $amount }: kulang ng { $shortfall }
seller-2a-out_of_range = lampas sa eksaktong saklaw ng decimal ang dami na binayaran: isang tao ang dapat kumuwenta nito
seller-2a-partial_release = bahagyang release: { $quantity } para sa natanggap na { $paid } (ni-round down sa { $decimals } decimal)
seller-2a-release_quantity = ilabas ang { $quantity } sa mamimili at ibalik ang natitira sa nagbebenta
seller-2a-refund_remainder = i-refund ang { $remainder } na hindi sakop ng nailabas na dami
seller-2a-ask-top_up = bayaran ang kulang na { $shortfall }
seller-2a-if_top_up = kung mabayaran ang kakulangan pagsapit niyon, maglabas; kung hindi, ire-refund ng nagbebenta ang natanggap na { $paid } at kakanselahin ang order
seller-2a-not_topped_up = hindi binayaran ng mamimili ang kakulangan pagsapit ng { $due }: ire-refund ng nagbebenta ang dumating at kakanselahin ang order
seller-2a-refunded = na-refund ng nagbebenta ang natanggap na { $paid }
seller-2a-cancel = kanselahin ang order
seller-2a-refund_held = i-refund sa mamimili ang { $owed } na hawak pa
seller-2a-cancel_once_refunded = kanselahin ang order kapag nakumpirma na ang refund
seller-2a-late_payment = dumating ang { $amount } noong { $at }, matapos magsara ang window: hindi nito kinukumpleto ang order at ibinabalik ito sa mamimili bilang hiwalay na bayad
seller-2a-return_late = ibalik sa mamimili ang { $amount } na dumating matapos magsara ang window
