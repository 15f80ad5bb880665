## Ang mga probisyon sa sariling salita ng proyektong ito (`appeal explain`, `appeal policy show`,
## ang mga clause resource ng MCP server): isang mensahe bawat probisyon, `clause-` at ang id ng
## probisyon. Hindi kailanman ang mismong teksto ng mga patakaran.

# Kung saan kumikilos ang isang probisyon sa pagkakasunod-sunod ng pagsusuri.
stage-gate = isang gate, sinusuri bago ang anumang probisyon
stage-governing = isang namamahalang probisyon: ito ang nagpapasya sa apelang saklaw nito
stage-cross_cutting = isang pangkalahatang probisyon, idinaragdag sa anumang pasya
stage-notice = isang abiso, idinaragdag sa mga pasyang may kinalaman dito

clause-general-age_limit = Maaaring tanggihan ang mga apela tungkol sa mga order na lampas sa pinakamataas na edad (binibilang sa mga buwan ng kalendaryo mula sa paggawa ng order hanggang sa apela); maaaring muling buksan ng support ang bawat kaso nang isa-isa.
clause-procedure-kyc = Dapat nakumpleto ng parehong partido ang beripikasyon ng pagkakakilanlan (KYC) para madinig ang apela.
clause-procedure-timer = Maaari lamang maghain ng apela kapag naubos na ang countdown ng order matapos ang "mark as paid".
clause-procedure-reason = Dapat sabihin ng apela ang uri at dahilan nito.
clause-procedure-evidence = Dapat i-upload ng umaapela ang ebidensyang hinihingi ng proseso (hal. patunay ng bayad) bago kumilos ang support.
clause-buyer-1a = Tumatanggi ang nagbebenta na maglabas matapos ang tamang bayad mula sa sariling account ng mamimili. Kung nasa loob ng katanggap-tanggap na price band, ang nagbebentang hindi sumagot sa oras ay mawawalan ng crypto pabor sa mamimili; kung nasa labas, dapat i-refund ng nagbebenta ang buong bayad, kakanselahin ang order kapag nakumpirma ang refund, at ang hindi makatwirang pagtanggi o pagkaantala ay maglalabas ng crypto sa mamimili.
clause-buyer-1b = Mabagal maglabas ang nagbebenta. Matapos ang instant na bayad, may maikling window ang nagbebenta para maglabas; matapos ang hindi instant na bayad, mas mahabang window sa mga araw ng trabaho, kung saan dapat patunayan ng nagbebenta sa pamamagitan ng bank statement na hindi niya natanggap ang bayad, kung hindi ay itinuturing itong natanggap.
clause-buyer-1c = Nagpipigil ang nagbebenta dahil may mga sensitibong salita ang mga remark ng bayad ng mamimili. Hinihiling ng support sa nagbebenta na mag-refund o maglabas: ang release ay sariling panganib ng nagbebenta, ang refund ay sa gastos ng mamimili.
clause-buyer-2a = Nagbayad ang mamimili nang higit sa halaga ng order. Hinihiling ng support sa nagbebenta na i-refund ang sobra; ang nagbebentang tumanggi o nanahimik ay maaaring ma-freeze ang P2P access at mga asset hanggang malutas ito. Ang pagbawi ay sa abot ng makakaya at walang pananagutan ang platform sa pagkakamali ng mamimili.
clause-buyer-3a = Nagbayad ang mamimili ngunit kinansela ang order (timeout o pagkakamali). Kapag nakumpirma ang bayad, dapat mag-refund ang nagbebenta sa loob ng window; ang tumatanggi ay agad na fina-freeze, ang nananahimik ay kapag nagsara ang window. Walang pananagutan ang platform kung hindi kailanman mag-refund ang nagbebenta.
clause-buyer-4a = Humihingi ang nagbebenta ng mga bagay na labas sa karaniwan. Pinapayagan lamang ang dagdag na beripikasyon kung isiniwalat ng mga tuntunin ng ad ang mismong kahilingang iyon at pumayag ang mamimili; kung hindi, kakanselahin ang order. Ang iba pang hiling na labas sa patakaran (contact details, mga channel sa labas, dagdag na bayarin) ay nagkakansela ng order at may kaakibat na parusa sa nagbebenta.
clause-buyer-5a = Gumamit ng nakakasakit na pananalita ang nagbebenta. Ang support ang nagpapasya ng parusa ayon sa sariling pagpapasya: suspensyon, o permanenteng ban sa mga umuulit.
clause-buyer-6a = Nanloko ang nagbebenta. Permanenteng mawawalan ng P2P access ang manloloko at aalisin ang kanyang mga ad; maaaring i-freeze ang kanyang mga asset kapag malamang na may pagkalugi.
clause-seller-1a = Minarkahan ng mamimili na bayad na ang order nang hindi nagbabayad. Kung walang wastong patunay ng bayad (hindi binagong resibo mula sa opisyal na pinagmulang bangko) sa oras, o kung hindi maabot ang mamimili, kakanselahin ang order at babalik ang crypto sa nagbebenta.
clause-seller-1b = May wastong patunay ang mamimili ngunit sinasabi ng nagbebenta na hindi dumating ang pera. Dapat suportahan ng nagbebenta ang sinasabi niya ng bank statement sa oras; kung wala, ilalabas ang crypto, kung mayroon, ita-trace ang bayad sa parehong bangko.
clause-seller-1c = Nagbayad ang mamimili sa account na hindi ma-access ng nagbebenta. Ang mga detalye ng bayad lamang sa pahina ng order na naitala ng system ang nagbubuklod: protektado ang mamimiling sumunod sa mga ito; ang mamimiling nagbayad sa iba (chat, mga tuntunin ng ad, mga messenger sa labas) ang sasagot sa pagkalugi, at maaaring i-ban ang mga umuulit.
clause-seller-2a = Nagbayad ang mamimili nang kulang sa halaga ng order. Bilang default, maaaring bayaran ng mamimili ang kakulangan sa oras, kung hindi ay ire-refund ng nagbebenta ang natanggap at kakanselahin ang order; maaari namang ilabas ng isang patakaran ang bahaging nabayaran.
clause-seller-3a = Naglalagay ang mamimili ng mga order nang walang balak magbayad. Mag-iimbestiga ang support; kapag nakumpirma, permanenteng aalisin ang mamimili sa P2P nang walang karapatang umapela.
clause-seller-4a = Na-block ang account ng nagbebenta matapos matanggap ang bayad ng mamimili. Pipigilin ang P2P access at mga withdrawal ng mamimili hanggang malutas; dapat ipakita ng nagbebenta na ang mamimili ang sanhi ng pag-block, pagkatapos ay dapat makipagtulungan ang mamimili sa mga dokumento o ma-ban.
clause-seller-5a = Naglabas ang nagbebenta nang hindi kinukumpirma ang bayad at siya ang sasagot sa pagkalugi; hindi makikialam ang platform. Ang mamimiling ayaw makipagtulungan ay sususpindihin, at maaaring dumulog sa pulisya ang nagbebenta.
clause-seller-6a = Gumamit ng nakakasakit na pananalita ang mamimili. Ang support ang nagpapasya ng parusa ayon sa sariling pagpapasya: suspensyon, o permanenteng ban sa mga umuulit.
clause-seller-7a = Nanloko ang mamimili. Permanenteng mawawalan ng P2P access ang manloloko at aalisin ang kanyang mga ad; maaaring i-freeze ang kanyang mga asset kapag malamang na may pagkalugi.
clause-disclaimers-timeliness = Ang mga pagkalugi dahil sa hindi pagsunod sa mga tagubilin ng support sa loob ng ibinigay na oras ay pananagutan ng user.
clause-disclaimers-off_platform = Ang mga trade, bayad at kasunduang ginawa sa labas ng platform ay sariling panganib ng mga user; walang pananagutan ang platform sa mga ito.
clause-disclaimers-channels = Ang sariling chat at mga support tool lamang ng platform ang may bisa; hindi sakop ang mga pagkalugi mula sa mga channel sa labas (messenger, e-mail, telepono).
clause-general-finality = Pinal ang mga desisyon ng support sa mga hindi pagkakasundo maliban kung iba ang sinasabi ng mga patakaran.
clause-guide-steps = Ang tinatanggap na apela ay mapupunta sa isang support agent: bubuksan ng umaapela ang live chat, ibibigay ang numero ng order at ang problema, at doon susuriin ang ebidensya.
clause-guide-completed = Tagapamagitan ang platform: pinal ang mga bayad kapag nakumpleto na ang order, at hindi nito muling binubuksan ang mga nakumpletong order maliban kung nanloko o nanlinlang ang isang panig.
