## Alıcının itirazları 1.a, 1.b ve 1.c ile satıcının borçlu olduğu iadeler
## (buyer.1a.*, buyer.1b.*, buyer.1c.*, refund.*, payments.*)

buyer-1a-trace-reference_price = order.reference_price
buyer-1a-trace-reference_missing = eksik: fiyat bandı kontrol edilemiyor
buyer-1a-reference_missing = platformun sipariş oluşturulurkenki referans fiyatı vakada yok; fiyat bandı kontrol edilemiyor
buyer-1a-ask-reference_price = platformun sipariş oluşturulurkenki referans fiyatı (order.reference_price)
buyer-1a-decide_price = fiyat sorusuna elle karar verin: referans fiyat vakaya hiç ulaşmadı
buyer-1a-deviation = { $deviation } %
buyer-1a-deviation-too_far = çok uzak
buyer-1a-trace-price = fiyat { $price } / referans { $reference }: referanstan sapma { $deviation }, bant ±{ $band } %
buyer-1a-trace-inside = içinde
buyer-1a-trace-outside = dışında
buyer-1a-if_outside = { $low }–{ $high } { $fiat } aralığının dışındaki bir fiyat, serbest bırakma yerine tam iade gerektirirdi
buyer-1a-inside_band = sipariş fiyatı referans fiyattan { $deviation } sapmış, ±{ $band } % bandının içinde: kripto alıcıya aittir
buyer-1a-ask-respond = yanıt verin veya kriptoyu serbest bırakın
buyer-1a-if_not_released = satıcı o zamana kadar serbest bırakmazsa kriptoyu alıcıya serbest bırakın
buyer-1a-not_released = satıcı { $due } tarihine kadar serbest bırakmadı
buyer-1a-refused_not_released = satıcı reddetti ve { $due } tarihine kadar serbest bırakmadı; bant içindeki bir fiyatta ret, serbest bırakmayı engellemez
buyer-1a-release = kriptoyu alıcıya serbest bırakın
buyer-1a-if_inside = { $low }–{ $high } { $fiat } aralığındaki bir fiyat kriptoyu alıcıya serbest bırakırdı
buyer-1a-outside_band = sipariş fiyatı referans fiyattan { $deviation } sapmış, ±{ $band } % bandının dışında: serbest bırakma yok; satıcı { $paid } tutarının tamamını iade etmelidir
buyer-1a-trace-payer_names = ödeyen adları / alıcının doğrulanmış adı
buyer-1a-trace-mismatch = uyuşmazlık: serbest bırakmaya uygun değil
buyer-1a-third_party = ödeyen ({ $payers }) alıcı ({ $buyer }) değil: kripto serbest bırakılamaz; { $paid } ödeme yapan hesaba geri döner

refund-refunded = satıcı { $owed } tutarını iade etti: sipariş iptal edildi
refund-cancel_keep = siparişi iptal edin; kripto satıcıda kalır
refund-ask = { $outstanding } tutarını ödemenin yapıldığı hesaba iade edin
refund-if_missed-release = iade o zamana kadar ulaşmazsa ve satıcının geçerli bir gerekçesi yoksa kriptoyu alıcıya serbest bırakın
refund-if_missed-stays_owed = iade o zamana kadar ulaşmazsa borç olarak kalır: satıcıdan talep etmeye devam edin; bu ödeme için kripto serbest bırakılmaz
refund-justified = iade { $due } tarihine kadar tamamlanmadı, ancak destek ekibi satıcının gerekçesini geçerli buldu: serbest bırakma yok, iade borcu devam eder
refund-new_date = satıcıyla yeni bir iade tarihi kararlaştırın ve kaydedin
refund-partly_refunded = satıcı { $due } tarihine kadar ödemenin yalnızca bir kısmını iade etti: mevcut hâliyle ne serbest bırakma ne de iptal durumu çözer
refund-settle_partial = elle çözün: ya satıcı kalan { $outstanding } tutarını iade eder ve sipariş iptal edilir ya da alıcı zaten iade edilmiş olan { $returned } tutarını geri verir ve kripto serbest bırakılır
refund-missed-release = satıcı { $due } tarihine kadar iade yapmadı ve geçerli bir gerekçe sunmadı: kripto alıcıya geçer
refund-missed-stays_owed = iade { $due } tarihine kadar tamamlanmadı: { $outstanding } borç olarak kalır
refund-now = { $outstanding } tutarını şimdi ödeme yapan hesaba iade edin
refund-press_seller = iade için satıcıya baskı yapın ve iade onaylanınca siparişi iptal edin; o zamana kadar kripto emanette kalır
refund-late = para, süre { $due } tarihinde kapandıktan sonra alıcıya geri döndü: bu, serbest bırakmayı geri almaz
refund-send_back = süre kapandıktan sonra geri dönen parayı satıcıya geri gönderin

payments-trace = ödemeler
payments-trace-none_on_file = dosyada yok
payments-none_on_file = alıcı serbest bırakılmamasına itiraz ediyor, ancak vakada hiçbir ödeme yok
payments-after_proof_window = kaydedilen ödemeler, ödeme kanıtı süresi kapandıktan sonra yapıldı: süreyi karşılamıyorlar
payments-ask-proof = ödeme kanıtı (resmî bir banka dekontu)
payments-no_proof = { $due } tarihine kadar ödeme kanıtı yok: sipariş iptal edildi

buyer-1b-trace-rail = ödeme kanalı
buyer-1b-trace-rail_window = { $rail } → { $parameter } = { $length }
buyer-1b-paid_in_full = alıcı tutarın tamamını ödedi ({ $method }): satıcının serbest bırakmak için destek ekibinin iletişiminden itibaren { $length } süresi var
buyer-1b-ask-release = kriptoyu serbest bırakın
buyer-1b-ask-release_or_statement = kriptoyu serbest bırakın veya para ulaşmadıysa bir banka hesap dökümü gösterin
buyer-1b-statement_without_funds = satıcının banka hesap dökümü ödemeyi göstermiyor: ödemenin her iki bankayla izlenmesi gerekir
buyer-1b-trace_banks = ödemeyi alıcının ve satıcının bankalarıyla izleyin
buyer-1b-ask-trace = ödemeyi gönderen bankadan bir transfer teyidi (iz kaydı) isteyin ve yükleyin
buyer-1b-if_silent = { $due } tarihinden sonra serbest bırakma olmazsa kriptoyu destek ekibi serbest bırakır
buyer-1b-not_released = satıcı, destek ekibinin iletişiminden itibaren { $length } içinde serbest bırakmadı
buyer-1b-no_statement = satıcı yanıt verdi, ancak { $due } tarihine kadar banka hesap dökümü göndermedi: ödeme alınmış sayılır
buyer-1b-no_answer = satıcı { $length } içinde yanıt vermedi: ödeme alınmış sayılır

buyer-1c-remark = { $place } "{ $remarks }" ({ $terms })
buyer-1c-trace-remarks = ödeme açıklamaları / sensitive_terms
buyer-1c-trace-no_term = hassas sözcük bulunamadı
buyer-1c-trace-terms = { $remarks }
buyer-1c-no_term = itiraz hassas açıklamalara dayanıyor, ancak politikanın hassas sözcüklerinden hiçbiri ödeme açıklamalarında yok
buyer-1c-terms = ödeme açıklamaları hassas sözcükler içeriyor: { $remarks }
buyer-1c-overpaid = alıcı ayrıca sipariş tutarından { $excess } fazla ödedi: iade bunun tamamını geri verir; serbest bırakmadan sonra fazla tutar yine iade edilmelidir (buyer 2.a)
buyer-1c-underpaid = alıcı ayrıca sipariş tutarından { $short } eksik ödedi: serbest bırakma için önce eksiğin ödenmesi gerekir (seller 2.a)
buyer-1c-released = satıcı kriptoyu serbest bıraktı
buyer-1c-released-notice = Satıcı hassas açıklamalara rağmen serbest bırakmayı seçti ve bu serbest bırakmanın tüm sonuçlarını tek başına üstlenir; platform bunlardan sorumlu değildir.
buyer-1c-refunded = satıcı ödemeyi iade etti
buyer-1c-fees-notice = İadenin ücretlerini alıcı üstlenir.
buyer-1c-cancel = siparişi iptal edin
buyer-1c-ask-choice = alıcıya iade yapın ya da kriptoyu serbest bırakın
buyer-1c-choice-notice = Satıcı serbest bırakırsa sonuçları yalnızca satıcı üstlenir; satıcı iade ederse iade ücretlerini alıcı üstlenir.
buyer-1c-if_neither = satıcı o zamana kadar ikisini de yapmazsa kıdemli bir temsilciye iletin
buyer-1c-neither = satıcı { $due } tarihine kadar ne iade etti ne de serbest bıraktı
buyer-1c-senior_decides = iade ile serbest bırakma arasında kıdemli bir temsilci karar verir; kural varsayılan bir seçenek bırakmaz

## Ödeme kanallarının sözcükleri (rail-*, paid_by-*)

rail-instant = anlık
rail-not_instant = anlık değil
paid_by-instant = gerçek zamanlı bir yöntemle
paid_by-non_instant = anlık olmayan bir yöntemle
paid_by-partly_instant = ancak tamamı gerçek zamanlı bir yöntemle değil
