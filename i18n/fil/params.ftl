## Ang kahulugan ng bawat parameter ng isang probisyon (`appeal explain`, `appeal policy show`, ang
## schema ng patakaran): `param-`, ang probisyon (o ang panuntunang pinagsasaluhan ng dalawang probisyon), at ang key ng parameter.

param-buyer-1a-price_band_pct = katanggap-tanggap na paglihis ng presyo ng order mula sa reference price, ± porsyento
param-buyer-1a-seller_response = oras na mayroon ang nagbebenta para sumagot matapos siyang kontakin ng support
param-buyer-1a-refund_window = oras na mayroon ang nagbebenta para mag-refund kapag nasa labas ng band ang presyo
param-buyer-1b-instant_release = window ng release matapos ang instant (real-time) na bayad
param-buyer-1b-non_instant_release = window ng release matapos ang hindi instant na bayad
param-buyer-1c-decision_window = oras na mayroon ang nagbebenta para pumili ng refund o release
param-buyer-1c-sensitive_terms = mga salita sa mga remark ng bayad na nagpapairal sa probisyong ito
param-buyer-2a-refund_window = oras na mayroon ang nagbebenta para i-refund ang sobra
param-buyer-3a-refund_window = oras na mayroon ang nagbebenta para mag-refund
param-buyer-4a-verification_terms = bawat uri ng dagdag na beripikasyon, kasama ang mga salitang tumutukoy dito sa chat ng nagbebenta at sa mga tuntunin ng ad; itinuturing na isiniwalat ang isang hiling kapag pinangalanan ng mga tuntunin ng ad ang parehong uri
param-buyer-4a-out_of_policy_terms = mga salita sa chat ng nagbebenta na nangangahulugang hiling na labas sa patakaran
param-buyer-4a-seller_sanction = parusa sa hiling na labas sa patakaran, unang paglabag
param-buyer-4a-repeat_threshold = bilang ng naunang paglabag kung saan itinuturing na paulit-ulit ang hiling (suspensyon)
param-buyer-4a-suspension_days = mga araw ng suspensyon para sa paulit-ulit na hiling na labas sa patakaran
param-buyer-4a-buyer_response = oras na mayroon ang mamimili para pumayag o tumanggi sa isiniwalat na beripikasyon matapos siyang kontakin ng support; ang pananahimik hanggang noon ay hindi pagtanggi
param-offensive_language-offensive_terms = mga salita sa chat na dapat suriin ng support bilang nakakasakit
param-offensive_language-suspension_days = mga araw ng P2P suspension para sa isang kumpirmadong paglabag
param-offensive_language-repeat_threshold = bilang ng naunang kumpirmadong paglabag kung saan ang bagong paglabag ay hahantong sa permanenteng ban
param-seller-1a-buyer_proof_window = oras na mayroon ang mamimili para magpakita ng wastong patunay matapos siyang kontakin ng support
param-seller-1a-false_claim_sanction = mga araw ng P2P suspension para sa mamimiling nagmarkang bayad na nang hindi nagbabayad
param-seller-1b-seller_statement_window = oras na mayroon ang nagbebenta para magsumite ng bank statement
param-seller-1c-seller_response = oras na mayroon ang nagbebenta para ipakitang naibalik ang pondo
param-seller-1c-repeat_threshold = bilang ng naunang paglabag kung saan iba-ban ang mamimili
param-seller-2a-mode = kung paano inaayos ang kulang na bayad
param-seller-2a-top_up_window = oras na mayroon ang mamimili para bayaran ang kakulangan
param-seller-2a-asset_decimals = bilang ng decimal place kung saan ira-round down ang dami ng asset na ilalabas
param-seller-3a-unpaid_threshold = bilang ng hindi nabayarang order sa kasaysayan ng platform na nagbubukas ng imbestigasyon
param-seller-4a-evidence_window = oras na mayroon ang nagbebenta para patunayang ang mamimili ang sanhi ng pag-block
param-seller-4a-buyer_docs_window = oras na mayroon ang mamimili para magsumite ng mga dokumento kapag naiharap na ang ebidensya ng nagbebenta
param-seller-5a-buyer_response = oras na mayroon ang mamimili para sagutin ang support matapos siyang kontakin bago ituring na hindi tumutugon
param-disclaimers-channels-channel_terms = mga pangalan ng mga channel sa labas na nagdudulot ng abisong ito kapag lumitaw sa chat
