## Mga apela ng Mamimili, 4.a: mga hiling ng nagbebenta na labas sa karaniwan (buyer.4a.*)

buyer-4a-chat_line = "{ $text }" ({ $terms })
buyer-4a-off_platform = nagmungkahi ang nagbebenta na makipagkalakalan o magbayad sa labas ng platform
buyer-4a-verification-request = isang hiling ng beripikasyon sa order ({ $kind })
buyer-4a-demands-trace = chat at timeline ng nagbebenta laban sa verification_terms at out_of_policy_terms
buyer-4a-demands-count = { $verification } hiling ng beripikasyon, { $out_of_policy } hiling na labas sa patakaran
buyer-4a-out_of_policy = hiling ng nagbebenta na labas sa patakaran: { $what }
buyer-4a-verification-as_well = humingi rin ng dagdag na beripikasyon: { $what }
buyer-4a-offence-trace = mga naunang paglabag ng nagbebenta { $violations } laban sa repeat_threshold { $threshold }
buyer-4a-offence-repeat = paulit-ulit na paglabag
buyer-4a-offence-first = unang paglabag
buyer-4a-offence-if_fewer = kung mas kaunti sa { $threshold } ang naunang paglabag, `{ $sanction }` sana ang parusa
buyer-4a-offence-if_repeat = kung { $threshold } o higit pa ang naunang paglabag, nasuspinde sana ang nagbebenta
buyer-4a-offence-suspended = may { $violations } naunang paglabag ang nagbebenta: suspendido sa P2P nang { $days } araw
buyer-4a-no_demand = walang hiling ng nagbebenta na labas sa karaniwan ang nasa file (chat o timeline)
buyer-4a-ask-review_chat = suriin ang buong chat ng order para sa hiling na inilalarawan ng mamimili
buyer-4a-verification-demanded = humingi ng dagdag na beripikasyon: { $what }
buyer-4a-kind_named = { $kind } ({ $terms })
buyer-4a-kinds = { $kinds }
buyer-4a-kinds-none = wala
buyer-4a-kinds-none_named = walang uring pinangalanan ng patakaran
buyer-4a-kinds-requested = ang uring hiniling
buyer-4a-disclosure-trace = isinisiwalat ng mga tuntunin ng ad ang bawat uri ng beripikasyong hiniling ({ $demanded }); sagot ng mamimili
buyer-4a-disclosure-outcome = isiniwalat: { $disclosed }; hindi isiniwalat: { $undisclosed }; ang mamimili ay { $answer }
buyer-4a-ad_asks = { " " }(ang hinihingi lamang nila: { $kinds })
buyer-4a-ad_asks-nothing = { "" }
buyer-4a-unnamed_kind = ang hiniling na beripikasyon ay isang uri na hindi pinangalanan ng patakaran, kaya hindi maipapakitang isiniwalat ito ng mga tuntunin ng ad bago ang order{ $ad_asks }
buyer-4a-undisclosed = hindi isiniwalat ng mga tuntunin ng ad ang hiniling na { $kinds } bago ang order{ $ad_asks }
buyer-4a-ask-answer = pumayag o tumanggi sa beripikasyong isiniwalat ng mga tuntunin ng ad
buyer-4a-agreed = isiniwalat ng mga tuntunin ng ad ang beripikasyon bago ang order at pumayag ang mamimili: tuloy ang trade
buyer-4a-ask-provide = ibigay ang beripikasyong hinihingi ng mga tuntunin ng ad
buyer-4a-ask-complete = kumpletuhin ang trade kapag naibigay na ang beripikasyon
buyer-4a-refused = tumanggi ang mamimili sa beripikasyon
buyer-4a-awaiting_answer = isiniwalat ng mga tuntunin ng ad ang beripikasyon; hindi pa sumasagot ang mamimili, at ang pananahimik habang tumatakbo ang window ay hindi pagtanggi
buyer-4a-if_no_answer = kung hindi pa pumapayag ang mamimili pagsapit niyon, kanselahin ang order (i-refund muna ang mamimili kung nakapagbayad na)
buyer-4a-never_agreed = isiniwalat ng mga tuntunin ng ad ang beripikasyon, ngunit hindi ito pinayagan ng mamimili pagsapit ng { $due }: hindi maaaring ituloy ang trade
buyer-4a-ask-cancel = kanselahin ang order
buyer-4a-refunded = na-refund ang { $paid } ng mamimili
buyer-4a-paid = nakapagbayad ang mamimili ng { $paid }: ire-refund ito bago kanselahin ang order
buyer-4a-ask-refund = i-refund ang { $amount } sa mamimili
buyer-4a-ask-cancel_after_refund = kanselahin ang order kapag nakumpirma na ang refund

## Mga uri ng beripikasyong pinangalanan ng hiling sa order

verification_kind-payment_screenshot = screenshot ng bayad
verification_kind-selfie_with_id = selfie na may hawak na ID
verification_kind-other = ibang uri ng pagsusuri

## Kung paano sumagot ang mamimili sa hiling ng beripikasyon

verification_answer-agreed = pumayag
verification_answer-refused = tumanggi
verification_answer-none = hindi pa sumasagot
