## Bir maddenin her parametresinin anlamı (`appeal explain`, `appeal policy show`, politika
## şeması): `param-`, madde (veya iki maddenin paylaştığı kural) ve parametrenin anahtarı.

param-buyer-1a-price_band_pct = sipariş fiyatının referans fiyattan kabul edilebilir sapması, ± yüzde
param-buyer-1a-seller_response = destek ekibi iletişime geçtikten sonra satıcının yanıt verme süresi
param-buyer-1a-refund_window = fiyat bant dışındayken satıcının iade süresi
param-buyer-1b-instant_release = anlık (gerçek zamanlı) bir ödemeden sonraki serbest bırakma süresi
param-buyer-1b-non_instant_release = anlık olmayan bir ödemeden sonraki serbest bırakma süresi
param-buyer-1c-decision_window = satıcının iade ile serbest bırakma arasında seçim yapma süresi
param-buyer-1c-sensitive_terms = ödeme açıklamalarında bu maddeyi devreye sokan sözcükler
param-buyer-2a-refund_window = satıcının fazlayı iade etme süresi
param-buyer-3a-refund_window = satıcının iade süresi
param-buyer-4a-verification_terms = her ek doğrulama türü ve onu satıcının sohbetinde ve ilan şartlarında adlandıran sözcükler; bir talep ancak ilan şartları aynı türü adlandırıyorsa açıklanmış sayılır
param-buyer-4a-out_of_policy_terms = satıcının sohbetinde politika dışı bir talep anlamına gelen sözcükler
param-buyer-4a-seller_sanction = politika dışı bir talep için ilk ihlaldeki yaptırım
param-buyer-4a-repeat_threshold = talebin tekrarlanmış sayıldığı önceki ihlal sayısı (askıya alma)
param-buyer-4a-suspension_days = tekrarlanan politika dışı bir talep için askıya alma gün sayısı
param-buyer-4a-buyer_response = destek ekibi iletişime geçtikten sonra alıcının açıklanmış bir doğrulamayı kabul etme veya reddetme süresi; o zamana kadar sessizlik ret sayılmaz
param-offensive_language-offensive_terms = destek ekibinin saldırgan olarak incelemesi gereken sohbet sözcükleri
param-offensive_language-suspension_days = doğrulanmış bir ihlal için P2P askıya alma gün sayısı
param-offensive_language-repeat_threshold = yeni bir ihlalin kalıcı yasağa yol açtığı, önceden doğrulanmış ihlal sayısı
param-seller-1a-buyer_proof_window = destek ekibi iletişime geçtikten sonra alıcının geçerli kanıt sunma süresi
param-seller-1a-false_claim_sanction = ödeme yapmadan ödendi olarak işaretleyen alıcı için P2P askıya alma gün sayısı
param-seller-1b-seller_statement_window = satıcının banka hesap dökümü sunma süresi
param-seller-1c-seller_response = satıcının paranın geri döndüğünü gösterme süresi
param-seller-1c-repeat_threshold = alıcının yasaklandığı önceki ihlal sayısı
param-seller-2a-mode = eksik ödemenin nasıl çözüleceği
param-seller-2a-top_up_window = alıcının eksiği ödeme süresi
param-seller-2a-asset_decimals = serbest bırakılan varlık miktarının aşağı yuvarlandığı ondalık basamak sayısı
param-seller-3a-unpaid_threshold = platform geçmişinde bir araştırma başlatan ödenmemiş sipariş sayısı
param-seller-4a-evidence_window = satıcının blokeye alıcının neden olduğunu kanıtlama süresi
param-seller-4a-buyer_docs_window = satıcının kanıtı geldikten sonra alıcının belge sunma süresi
param-seller-5a-buyer_response = destek ekibi iletişime geçtikten sonra alıcının yanıt vermiyor sayılmadan önce yanıt verme süresi
param-disclaimers-channels-channel_terms = sohbette geçtiğinde bu bildirimi getiren harici kanal adları
