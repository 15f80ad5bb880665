## Alıcının ödenen parayla ilgili itirazları: 2.a fazla ödeme, 3.a ödemeden sonra iptal edilen sipariş ve ikisinin de gerektirdiği iade (buyer.2a.*, buyer.3a.*, buyer.refund.*)

buyer-2a-trace = ödenen { $paid } / sipariş tutarı { $amount }
buyer-2a-excess = fazla { $excess }
buyer-2a-notice = Fazla ödemelerin iadesi en iyi çaba esasına göre yapılır; platform alıcının hatasından sorumlu değildir.
buyer-2a-no_excess = ödemeler ({ $paid }) sipariş tutarını ({ $amount }) aşmıyor: iade edilecek fazla tutar yok
buyer-2a-overpaid = alıcı { $amount } tutarındaki bir sipariş için { $paid } ödedi: { $excess } fazla
buyer-2a-ask-see_release = sipariş tutarının kendisi tamamen ödendi: satıcının kriptoyu serbest bırakmasını sağlayın (bırakmazsa buyer 1.b uygulanır)
buyer-2a-refunded = satıcı fazla olan { $excess } tutarını iade etti
buyer-refund-refused_before_appeal = satıcı { $at } tarihinde, itirazdan önce iadeyi reddetti: yalnızca destek ekibinin talebine verilen yanıt dikkate alınır
buyer-refund-refused = satıcı { $at } tarihinde iadeyi reddetti
buyer-refund-ask = alıcıya { $what } { $amount } tutarını iade edin
buyer-refund-refusal_trace = satıcının { $refused } tarihindeki reddi / sürenin { $due } tarihinde kapanması
buyer-refund-frozen_at_once = süre kapanmadan reddetti: derhal donduruldu
buyer-refund-if_not_refused = ret olmasaydı karar, satıcıyı dondurmadan önce sürenin kapanmasını beklerdi
buyer-refund-refused_in_time = satıcı { $when } reddetti: satıcının P2P erişimi ve varlıkları, iade yapılana kadar derhal dondurulur
buyer-refund-before_window_closed = süre { $due } tarihinde kapanmadan önce
buyer-refund-before_contact = destek ekibi kendisiyle iletişime geçmeden önce
buyer-refund-if_not_refunded = iade o zamana kadar tamamlanmazsa, tamamlanana kadar satıcının P2P erişimini ve varlıklarını dondurun
buyer-refund-not_refunded = iade { $due } tarihine kadar tamamlanmadı: satıcının P2P erişimi ve varlıkları iade tamamlanana kadar donduruldu
buyer-refund-ask-now = alıcıya { $what } { $amount } tutarını şimdi iade edin
buyer-refund-ask-freeze = satıcının P2P erişimini ve varlıklarını dondurun; iade onaylanınca dondurmayı kaldırın
buyer-3a-proof-trace = geçerli kanıtı olan ödemeler (resmî kaynak, üzerinde oynanmamış)
buyer-3a-proof-count = { $payments } ödemeden { $proven }
buyer-3a-no_valid_proof = alıcının ödemesi geçerli bir kanıtla (resmî bir bankacılık kaynağından, üzerinde oynanmamış bir dekontla) doğrulanmıyor
buyer-3a-proof-what = geçerli ödeme kanıtı: resmî, üzerinde oynanmamış bir banka dekontu
buyer-3a-no_proof_by = { $due } tarihine kadar geçerli ödeme kanıtı yok: iptal geçerliliğini korur
buyer-3a-notice = Satıcı iadeyi reddederse platform bu siparişten doğan kayıptan sorumlu değildir.
buyer-3a-confirmed = alıcının { $owed } tutarındaki ödemesi doğrulandı ve sipariş iptal edildi: satıcı bunu iade etmelidir
buyer-3a-refunded = satıcı { $owed } tutarını iade etti

## Satıcının alıcıya iade ettiği

refund_of-excess = fazla olan
refund_of-payment = ödenen
