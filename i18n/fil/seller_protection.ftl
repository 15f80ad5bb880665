## Mga apela ng Nagbebenta 3.a, 4.a at 5.a (seller.3a.*, seller.4a.*, seller.5a.*)

seller-3a-trace-finding = findings.malicious_buying_confirmed
seller-3a-trace-confirmed = kumpirmado
seller-3a-confirmed = kinumpirma ng support ang malisyosong pagbili: permanenteng inalis ang mamimili sa P2P
seller-3a-no_appeal-notice = Walang karapatang umapela sa permanenteng pag-alis dahil sa malisyosong pagbili.
seller-3a-cancel_return = kanselahin ang order; babalik ang crypto sa nagbebenta
seller-3a-trace-unpaid = mga hindi nabayarang order ng mamimili { $unpaid } laban sa unpaid_threshold { $threshold }
seller-3a-trace-pattern = pattern: imbestigahan
seller-3a-trace-below = mas mababa sa threshold
seller-3a-if_fewer = kung mas kaunti sa { $threshold } ang hindi nabayarang order, walang imbestigasyon sana
seller-3a-if_more = { $threshold } o higit pang hindi nabayarang order ang magbubukas sana ng imbestigasyon
seller-3a-pattern = nag-iwan ang mamimili ng { $unpaid } hindi nabayarang order (threshold { $threshold }): mag-iimbestiga ang support
seller-3a-investigate = imbestigahan ang mga hindi nabayarang order ng mamimili at itala ang findings.malicious_buying_confirmed
seller-3a-no_pattern = may { $unpaid } hindi nabayarang order ang mamimili, mas mababa sa threshold na { $threshold }: walang pattern ng malisyosong pagbili
seller-3a-unpaid_order = hindi nabayaran ang order na ito: kinansela ito at babalik ang crypto sa nagbebenta
seller-3a-cancel = kanselahin ang order
seller-3a-paid_review = binayaran ng mamimili ang order na ito: suriin ito sa ilalim ng mga panuntunan sa pagbabayad

seller-4a-agreement = nagkasundo ang mga partido: natatapos ang mga paghihigpit at isinasara ang apela
seller-4a-blocked = na-block ang account ng nagbebenta matapos ang bayad ng mamimili: pinipigil ng panuntunan ang P2P access at mga withdrawal ng mamimili habang sinusuri ang claim ng nagbebenta
seller-4a-ask-seller_proof = ipakitang ang mamimili ang sanhi ng pag-block (police report, chargeback o abiso ng bangko)
seller-4a-forged = natuklasang binago ang ebidensya ng nagbebenta na ang mamimili ang sanhi ng pag-block ({ $kind }): bigo ang claim at inaalis ang mga paghihigpit sa mamimili
seller-4a-lift = alisin ang P2P suspension at withdrawal hold ng mamimili
seller-4a-if_no_seller_evidence = kung wala pa ang ebidensya ng nagbebenta pagsapit niyon, alisin ang mga paghihigpit sa mamimili
seller-4a-no_seller_evidence = walang naiharap na ebidensya ang nagbebenta pagsapit ng { $due } na ang mamimili ang sanhi ng pag-block: inaalis ang mga paghihigpit sa mamimili
seller-4a-seller_evidence_in = naghain ang nagbebenta ng ebidensya na ang mamimili ang sanhi ng pag-block ({ $kind }): kailangan na itong sagutin ng mamimili sa pamamagitan ng mga dokumento
seller-4a-ask-buyer_documents = magsumite ng mga dokumentong sumusuporta sa resolusyon
seller-4a-buyer_contacted = kinontak ng support ang mamimili noong { $contact }: dapat maisumite ang mga dokumento { $length } matapos ang mas huli sa kontak na iyon at sa ebidensya ng nagbebenta, pagsapit ng { $due }
seller-4a-trace-buyer_documents = mga dokumento ng mamimili: mas huli sa kontak at ebidensya ng nagbebenta { $start } + { $length } = { $due }
seller-4a-buyer_documents_in = nagsumite ng mga dokumento ang mamimili: isang tao ang magtitimbang sa magkabilang panig
seller-4a-review_documents = suriin ang mga dokumento ng mamimili laban sa ebidensya ng nagbebenta
seller-4a-if_no_buyer_documents = kung wala pa ang mga dokumento ng mamimili pagsapit niyon, permanenteng i-disable ang P2P access ng mamimili
seller-4a-buyer_documents_missed = hindi nakipagtulungan ang mamimili sa mga dokumento pagsapit ng { $due }: permanenteng na-disable ang P2P access, pinaghigpitan ang mga withdrawal
seller-4a-cancel_keep = kanselahin ang order; mananatili ang crypto sa nagbebenta

seller-5a-released = inilabas ng nagbebenta ang crypto nang hindi kinukumpirma ang bayad at siya ang sasagot sa pagkalugi: hindi makikialam ang platform
seller-5a-police = maaari mong i-report sa pulisya ang pagkalugi; sasagutin ng support ang mga kahilingan ng mga awtoridad
seller-5a-ask-buyer_answer = sagutin ang support at makipagtulungan sa pagbabalik ng bayad o ng crypto
seller-5a-trace-first_answer = ang unang sagot ng mamimili sa support pagsapit ng deadline
seller-5a-trace-refuses = tumatangging makipagtulungan
seller-5a-trace-answered = sumagot
seller-5a-trace-unresponsive = wala: hindi tumutugon
seller-5a-trace-none_yet = wala pa
seller-5a-buyer_answered = sumagot ang mamimili sa support: walang parusa
seller-5a-unreachable_still_time = hindi maabot ng support ang mamimili noong { $at }; may hanggang { $due } pa ang mamimili para sumagot
seller-5a-if_silent = kung hindi pa sumasagot ang mamimili pagsapit niyon, i-suspend ang P2P access ng mamimili hanggang malutas
seller-5a-refuses = tumatanggi ang mamimili na makipagtulungan: suspendido ang P2P access
seller-5a-unresponsive = hindi sumagot ang mamimili sa support pagsapit ng { $due }: hindi tumutugon, suspendido ang P2P access
