## Sözcüklerle itiraz türleri (`appeal explain TYPE`, `appeal new`): her birinin konusu, nereye
## gittiği ve onu yeniden yönlendiren olgular. `filing-TYPE-about`, `filing-TYPE-goes_to`,
## yeniden yönlendirmeler `filing-route-…`.

filing-route-released = kripto zaten serbest bırakılmıştı (bir `released` olayı) → itiraz `closed`
filing-route-cancelled = sipariş iptal edildi (bir `cancelled` olayı) → buyer.3a
filing-route-no_payment = dosyada ödeme yok → destek ekibi alıcıdan kanıt ister; zamanında gelmezse → `cancel_order`
filing-route-overpaid = ödemelerin toplamı order.amount tutarından fazla (politikanın toleransının ötesinde) → buyer.2a
filing-route-underpaid = toplam daha az veya ancak seller 2.a süresinden sonraki bir tamamlamayla ulaşıyor → seller.2a
filing-route-third_party = bir payer_name, alıcının verified_name değeri değil → yalnızca iade, buyer.1a kapsamında
filing-route-other_account = bir ödeme, sipariş sayfasındakinden başka bir hesaba gitti → seller.1c
filing-route-payment_not_received = buyer.1a kapsamında satıcı `payment_not_received` ile `responded` → seller.1b (geçerli kanıt yoksa seller.1a)
filing-route-own_fraud = tespit edilen dolandırıcılık (findings.fraud veya üzerinde oynanmış kanıt) itiraz edenin kendisine ait → karşı tarafın dolandırıcılık maddesi

filing-seller_not_releasing-about = Alıcı ödedi ve satıcı kriptoyu serbest bırakmadı.
filing-seller_not_releasing-goes_to = bir ödemenin açıklamaları hassas bir sözcük içeriyorsa buyer.1c; değilse satıcı reddettiyse (`refuses` ile `responded`) veya iptal istediyse (`cancel_requested`) buyer.1a; değilse buyer.1b
filing-sensitive_remarks-about = Satıcı, alıcının ödeme açıklamaları hassas sözcükler (kripto, bir borsanın adı…) içerdiği için bekletiyor.
filing-sensitive_remarks-goes_to = buyer.1c
filing-overpaid-about = Alıcı sipariş tutarından fazla ödedi ve fazlayı geri istiyor.
filing-overpaid-goes_to = buyer.2a
filing-cancelled_after_payment-about = Alıcı ödedi, ancak sipariş iptal edildi (zaman aşımı veya hata).
filing-cancelled_after_payment-goes_to = buyer.3a
filing-out_of_norm_request-about = Satıcı olağan dışı bir şey talep ediyor: ek doğrulama, iletişim bilgileri, başka bir kanal, bir ücret.
filing-out_of_norm_request-goes_to = buyer.4a
filing-offensive_language-about = Karşı taraf saldırgan dil kullandı.
filing-offensive_language-goes_to = alıcı başvurursa buyer.5a, satıcı başvurursa seller.6a
filing-fraud-about = Karşı taraf dolandırıcılık yaptı (sahte belgeler, asılsız bir iddia).
filing-fraud-goes_to = alıcı başvurursa buyer.6a, satıcı başvurursa seller.7a
filing-payment_not_received-about = Alıcı siparişi ödendi olarak işaretledi, ancak satıcı parayı almadı.
filing-payment_not_received-goes_to = hiçbir ödemenin geçerli kanıtı yoksa (official_source: true olan, üzerinde oynanmamış kanıt) seller.1a; değilse seller.1b
filing-inaccessible_account-about = Alıcı, satıcının erişemediği bir hesaba ödeme yaptı.
filing-inaccessible_account-goes_to = seller.1c
filing-underpaid-about = Alıcı sipariş tutarından az ödedi.
filing-underpaid-goes_to = seller.2a
filing-malicious_buying-about = Alıcı ödeme niyeti olmadan sipariş veriyor.
filing-malicious_buying-goes_to = seller.3a
filing-account_blocked-about = Satıcının hesabı, alıcının ödemesini aldıktan sonra bloke edildi.
filing-account_blocked-goes_to = seller.4a
filing-released_without_payment-about = Satıcı ödemeyi doğrulamadan kriptoyu serbest bıraktı ve para hiç gelmedi.
filing-released_without_payment-goes_to = seller.5a

# Bir itiraz türünü kimin yapabileceği.
filing-filed_by-buyer = alıcı
filing-filed_by-seller = satıcı
filing-filed_by-either = taraflardan herhangi biri

# Madde ne olursa olsun: hiçbir madde, dolandırıcılığı tespit edilmiş birine serbest bırakmaz.
filing-fraud_overrules = dolandırıcılığı tespit edilmiş (findings.fraud veya alıcının sunduğu, üzerinde oynanmış kanıt) bir alıcıya kriptoyu serbest bırakacak bir karar, bunun yerine seller.7a maddesine gider
filing-route-payer_cannot_tell = bir payer_name ayırt etmeye yetmiyor (bir kelime eksik, bir baş harf) → destek ödeyen hesabın sahibini doğrulayana kadar buyer.1a bekler (findings.paying_account_holder)
filing-route-seller_third_party = kanıtlı bir ödemenin payer_name'i alıcıdan başka birini gösteriyor → yalnızca iade, buyer.1a kapsamında (ayırt edilemiyorsa → buyer.1a doğrulamayı bekler)
filing-route-seller_fraud_third_party = satıcı açmış, dolandırıcılık tespit edilmemiş ve kanıtlı bir ödemenin payer_name'i alıcıdan başka birini gösteriyor → yalnızca iade, buyer.1a kapsamında (ayırt edilemiyorsa → buyer.1a doğrulamayı bekler)
