## Alıcının itirazları, 4.a: satıcının olağan dışı talepleri (buyer.4a.*)

buyer-4a-chat_line = "{ $text }" ({ $terms })
buyer-4a-off_platform = satıcı platform dışında işlem yapmayı veya ödeme yapmayı önerdi
buyer-4a-verification-request = siparişte bir doğrulama talebi ({ $kind })
buyer-4a-demands-trace = satıcı sohbeti ve zaman çizelgesi / verification_terms ve out_of_policy_terms
buyer-4a-demands-count = { $verification } doğrulama talebi, { $out_of_policy } politika dışı talep
buyer-4a-out_of_policy = satıcının politika dışı talebi: { $what }
buyer-4a-verification-as_well = ayrıca ek doğrulama talep edildi: { $what }
buyer-4a-offence-trace = satıcının önceki ihlalleri { $violations } / repeat_threshold { $threshold }
buyer-4a-offence-repeat = tekrarlanan ihlal
buyer-4a-offence-first = ilk ihlal
buyer-4a-offence-if_fewer = önceki ihlaller { $threshold } sayısından az olsaydı yaptırım `{ $sanction }` olurdu
buyer-4a-offence-if_repeat = önceki ihlaller { $threshold } veya daha fazla olsaydı satıcı askıya alınırdı
buyer-4a-offence-suspended = satıcının { $violations } önceki ihlali var: P2P'den { $days } gün süreyle askıya alındı
buyer-4a-no_demand = dosyada satıcının olağan dışı bir talebi yok (sohbet veya zaman çizelgesi)
buyer-4a-ask-review_chat = alıcının anlattığı talep için sipariş sohbetinin tamamını inceleyin
buyer-4a-verification-demanded = ek doğrulama talep edildi: { $what }
buyer-4a-kind_named = { $kind } ({ $terms })
buyer-4a-kinds = { $kinds }
buyer-4a-kinds-none = yok
buyer-4a-kinds-none_named = politikanın adlandırdığı hiçbiri
buyer-4a-kinds-requested = talep edilen tür
buyer-4a-disclosure-trace = ilan şartları talep edilen her doğrulama türünü açıklıyor mu ({ $demanded }); alıcının yanıtı
buyer-4a-disclosure-outcome = açıklanan: { $disclosed }; açıklanmayan: { $undisclosed }; alıcı: { $answer }
buyer-4a-ad_asks = { " " }(şartlar yalnızca şunu istiyor: { $kinds })
buyer-4a-ad_asks-nothing = { "" }
buyer-4a-unnamed_kind = talep edilen doğrulama, politikanın adlandırmadığı bir türden; bu nedenle ilan şartlarının bunu siparişten önce açıkladığı gösterilemez{ $ad_asks }
buyer-4a-undisclosed = ilan şartları, talep edilen şunu siparişten önce açıklamadı: { $kinds }{ $ad_asks }
buyer-4a-ask-answer = ilan şartlarının açıkladığı doğrulamayı kabul edin veya reddedin
buyer-4a-agreed = ilan şartları doğrulamayı siparişten önce açıkladı ve alıcı kabul etti: işlem devam eder
buyer-4a-ask-provide = ilan şartlarının istediği doğrulamayı sağlayın
buyer-4a-ask-complete = doğrulama geldiğinde işlemi tamamlayın
buyer-4a-refused = alıcı doğrulamayı reddetti
buyer-4a-awaiting_answer = ilan şartları doğrulamayı açıkladı; alıcı henüz yanıt vermedi ve süre işlerken sessiz kalmak ret sayılmaz
buyer-4a-if_no_answer = alıcı o zamana kadar kabul etmezse siparişi iptal edin (alıcı ödeme yaptıysa önce iade ederek)
buyer-4a-never_agreed = ilan şartları doğrulamayı açıkladı, ancak alıcı { $due } tarihine kadar kabul etmedi: işlem devam edemez
buyer-4a-ask-cancel = siparişi iptal edin
buyer-4a-refunded = alıcının ödediği { $paid } iade edildi
buyer-4a-paid = alıcı { $paid } ödedi: sipariş iptal edilmeden önce iade edilir
buyer-4a-ask-refund = alıcıya { $amount } iade edin
buyer-4a-ask-cancel_after_refund = iade onaylanınca siparişi iptal edin

## Siparişteki bir talebin adlandırdığı doğrulama türleri

verification_kind-payment_screenshot = bir ödeme ekran görüntüsü
verification_kind-selfie_with_id = kimlikle bir özçekim
verification_kind-other = başka türden bir kontrol

## Alıcının bir doğrulama talebine verdiği yanıt

verification_answer-agreed = kabul etti
verification_answer-refused = reddetti
verification_answer-none = yanıt vermedi
