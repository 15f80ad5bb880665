## Satıcının itirazları 1.a, 1.b, 1.c ve 2.a (seller.1a.*, seller.1b.*, seller.1c.*, seller.2a.*)

seller-1a-trace-valid_proof = geçerli kanıtı olan ödemeler
seller-1a-trace-none_of = { $payments } ödemeden hiçbiri
seller-1a-no_payment = dosyada alıcının yaptığı bir ödeme yok
seller-1a-no_valid_proof = alıcının ödemesinin geçerli bir kanıtı yok (resmî bir bankacılık kaynağından, üzerinde oynanmamış bir dekont)
seller-1a-cancel_return = siparişi iptal edin; kripto satıcıya geri döner
seller-1a-forged_proof = { $payment } ödemesinin kanıtı üzerinde oynanmış bulundu: alıcının ödeme yaptığı iddiası geçersizdir ve sipariş iptal edilir
seller-1a-ask-proof = geçerli bir ödeme kanıtı yükleyin
seller-1a-unreachable_still_time = destek ekibi { $at } tarihinde alıcıya ulaşamadı; alıcının geçerli kanıt sunmak için { $due } tarihine kadar hâlâ süresi var
seller-1a-if_no_proof = o zamana kadar geçerli kanıt gelmezse siparişi iptal edin
seller-1a-unreachable = destek ekibi alıcıya ulaşamadı ({ $at } tarihinde denendi) ve { $due } tarihine kadar geçerli ödeme kanıtı gelmedi: sipariş iptal edilir ve kripto satıcıya geri döner
seller-1a-no_proof = { $due } tarihine kadar geçerli ödeme kanıtı yok: sipariş iptal edilir ve kripto satıcıya geri döner

seller-1b-proven = alıcının ödemesi geçerli kanıtla destekleniyor; satıcı paranın ulaşmadığını söylüyor
seller-1b-trace-statement = satıcının banka hesap dökümü
seller-1b-trace-tampered = üzerinde oynanmış bulundu
seller-1b-trace-shows = ödemeyi gösteriyor
seller-1b-trace-not_shown = ödemeyi göstermiyor
seller-1b-forged_statement = satıcının banka hesap dökümü üzerinde oynanmış bulundu: paranın ulaşmadığı iddiası reddedilir ve kripto alıcıya geçer
seller-1b-release = kriptoyu alıcıya serbest bırakın
seller-1b-statement_shows = satıcının kendi banka hesap dökümü ödemenin ulaştığını gösteriyor
seller-1b-statement_not_shown = satıcının banka hesap dökümü ödemeyi göstermiyor: ödemeyi her iki bankayla izleyin
seller-1b-trace_banks = ödemeyi alıcının ve satıcının bankalarıyla izleyin
seller-1b-ask-statement = ödeme tarihini kapsayan bir banka hesap dökümü gönderin
seller-1b-not_yet = satıcının banka hesap dökümü ödemeyi henüz göstermiyor, ancak transfer hâlâ ulaşabilir
seller-1b-ask-release_or_later = para ulaşınca serbest bırakın veya ulaşmadıysa daha sonraki bir banka hesap dökümü gönderin
seller-1b-if_still_missing = para o zamana kadar hâlâ ulaşmamışsa ödemeyi her iki bankayla izleyin
seller-1b-if_no_statement = o zamana kadar banka hesap dökümü gelmezse kriptoyu alıcıya serbest bırakın
seller-1b-no_statement = satıcı { $due } tarihine kadar banka hesap dökümü göndermedi: kripto alıcıya geçer
seller-1b-trace-transit = anlık olmayan ödeme { $at } + { $length } = { $arrives_by }
seller-1b-trace-in_transit = hâlâ yolda olabilir
seller-1b-trace-arrived = ulaşmış olmalıydı
seller-1b-in_transit = ödeme anlık değildi ve { $until } tarihine kadar hâlâ ulaşabilir

seller-1c-trace-different = farklı hesap
seller-1c-trace-account = ödeme yapılan hesap { $paid } ile sipariş sayfasındaki { $page }: { $kinds } olarak karşılaştırıldı, { $paid_form } ile { $page_form }
seller-1c-trace-same = aynı hesap
seller-1c-trace-cannot_tell = yazılıştan anlaşılamıyor
seller-1c-trace-confirmed = yazıldığı haliyle aynı değil, ama satıcı kendisinin olduğunu onayladı veya destek bunun sipariş sayfasındaki hesap olduğunu tespit etti
seller-1c-trace-found_other = destek bunun başka bir hesap olduğunu tespit etti
seller-1c-claimed-appeal = satıcının itirazı, ödeme yapılan hesaba erişilemediğini ileri sürüyor
seller-1c-claimed-answer = satıcı, ödeme yapılan hesaba erişilemediğini yanıtladı
seller-1c-claimed-instructions = alıcı { $account } hesabına sipariş sayfası dışında verilen talimatlarla ödeme yaptı
seller-1c-unclaimed = alıcı sipariş sayfasındaki { $page } hesabına değil { $account } hesabına ödeme yaptı, ama kimse o hesaba erişilemediğini ileri sürmedi: satıcı yanıt verene veya destek doğrulayana kadar bu alıcının kaybı değildir
seller-1c-cannot_tell = ödeme yapılan hesap ({ $account }) yazılıştan sipariş sayfasındaki hesaptan ({ $page }) ayırt edilemiyor: kimse kayba katlanmadan önce destek hangi hesaba ödeme yapıldığını doğrular
seller-1c-trace-answers = her yanıttan sonra ne olur
seller-1c-trace-answers-other = satıcı hesabın kendisinin olduğunu ve ödeme aldığını söyler (account_accessible) veya destek sipariş sayfasındaki hesap olduğunu tespit eder (findings.account_paid: order_page): sipariş sayfasına ödenmiş sayılır; satıcı hesaba erişilemediğini ileri sürer (account_inaccessible): satıcı 1.c, kayba alıcı katlanır; süre sonuna kadar yanıt yok: üst birime aktar, destek ödeme sağlayıcısıyla doğrular
seller-1c-trace-answers-cannot_tell = destek sipariş sayfasındaki hesap olduğunu tespit eder (findings.account_paid: order_page) veya satıcı kendisinin olduğunu ve ödeme aldığını söyler (account_accessible): sipariş sayfasına ödenmiş sayılır; destek başka bir hesap tespit eder (findings.account_paid: other): satıcı erişilemediğini ileri sürerse alıcının kaybı, yoksa satıcıya sorulur; süre sonuna kadar hiçbiri yok: üst birime aktar, destek ödeme sağlayıcısıyla doğrular
seller-1c-ask-account = { $account } hesabının sizin ve ödeme alan hesabınız olup olmadığını (account_accessible) veya ona erişemediğinizi (account_inaccessible) bildirin
seller-1c-verify-account = { $account } hesabının sipariş sayfasındaki hesap olup olmadığını ödeme sağlayıcısıyla doğrula ve findings.account_paid kaydet
seller-1c-if_unanswered = o zamana kadar ne satıcı yanıt verdiyse ne de destek hesabı doğruladıysa üst birime aktar: destek ödeme sağlayıcısıyla doğrular
seller-1c-unanswered = { $due } tarihine kadar ödeme yapılan hesabın satıcının olup olmadığına dair yanıt yok: destek ödeme sağlayıcısıyla doğrular
seller-1c-verify_with_provider = ödeme yapılan hesabın sahibini ödeme sağlayıcısıyla doğrula, sonra findings.account_paid kaydet
seller-1c-paid_elsewhere = alıcı, sipariş sayfasındaki { $page } hesabı yerine { $account } hesabına ödeme yaptı: resmî olmayan talimatlar bağlayıcı değildir, kaybı alıcı üstlenir
seller-1c-elsewhere-notice = Sipariş sayfasındaki hesaptan başka hesaplara yapılan ödemeler ödeyenin kendi hatasıdır; platform bunlardan sorumlu değildir.
seller-1c-trace-violations = alıcının önceki ihlalleri { $violations } / repeat_threshold { $threshold }
seller-1c-trace-repeat = tekrar: kalıcı yasak
seller-1c-trace-first = ilk: yaptırım yok
seller-1c-repeat = { $violations ->
    [one] alıcının bu türden { $violations } önceki ihlali var: kalıcı yasak
   *[other] alıcının bu türden { $violations } önceki ihlali var: kalıcı yasak
}
seller-1c-if_repeat = önceki ihlaller { $threshold } veya daha fazla olsaydı alıcı yasaklanırdı
seller-1c-cancel_keep = siparişi iptal edin; kripto satıcıda kalır
seller-1c-paid_to_page = alıcı sipariş sayfasındaki hesaba ({ $page }) ödeme yaptı: alıcı bağlayıcı bilgilere uydu
seller-1c-bounced = para alıcıya geri döndü: sipariş iptal edildi
seller-1c-cancel = siparişi iptal edin
seller-1c-partly_bounced = { $paid } tutarının yalnızca bir kısmı alıcıya geri döndü: satıcıya neyin ulaştığını bir kişinin mutabık kılması gerekir
seller-1c-reconcile = tutarları her iki bankayla mutabık kılın, ardından serbest bırakın veya iptal edip kalanı iade edin
seller-1c-ask-bounced = paranın alıcıya geri döndüğünü gösterin veya serbest bırakın
seller-1c-if_not_bounced = satıcı o zamana kadar paranın geri döndüğünü göstermezse kriptoyu alıcıya serbest bırakın
seller-1c-not_bounced = { $due } tarihine kadar paranın geri döndüğüne dair bir işaret yok: ödeme geçerlidir ve kripto alıcıya geçer
seller-1c-release = kriptoyu alıcıya serbest bırakın

seller-2a-trace-paid = zamanında ödenen { $paid } / sipariş tutarı { $amount } (tolerans { $tolerance })
seller-2a-trace-shortfall = eksik { $shortfall }
seller-2a-topped_up = ödemeler artık sipariş tutarını karşılıyor ({ $paid }): kripto serbest bırakılır
seller-2a-release = kriptoyu alıcıya serbest bırakın
seller-2a-short = alıcı { $amount } tutarının { $paid } kadarını ödedi: { $shortfall } eksik
seller-2a-out_of_range = ödenen miktar kesin ondalık aralığın dışında: bir kişinin hesaplaması gerekir
seller-2a-partial_release = kısmi serbest bırakma: alınan { $paid } karşılığında { $quantity } (aşağı yuvarlanmış, { $decimals } ondalık basamak)
seller-2a-release_quantity = alıcıya { $quantity } serbest bırakın ve kalanını satıcıya iade edin
seller-2a-refund_remainder = serbest bırakılan miktarın karşılamadığı { $remainder } tutarını iade edin
seller-2a-ask-top_up = eksik olan { $shortfall } tutarını ödeyin
seller-2a-if_top_up = eksik o zamana kadar ödenirse serbest bırakın; ödenmezse satıcı alınan { $paid } tutarını iade eder ve sipariş iptal edilir
seller-2a-not_topped_up = alıcı { $due } tarihine kadar eksiği ödemedi: satıcı ulaşan tutarı iade eder ve sipariş iptal edilir
seller-2a-refunded = satıcı alınan { $paid } tutarını iade etti
seller-2a-cancel = siparişi iptal edin
seller-2a-refund_held = hâlâ elde tutulan { $owed } tutarını alıcıya iade edin
seller-2a-cancel_once_refunded = iade onaylanınca siparişi iptal edin
seller-2a-late_payment = { $amount }, süre kapandıktan sonra { $at } tarihinde ulaştı: siparişi tamamlamaz ve ayrı bir ödeme olarak alıcıya geri döner
seller-2a-return_late = süre kapandıktan sonra ulaşan { $amount } tutarını alıcıya iade edin
