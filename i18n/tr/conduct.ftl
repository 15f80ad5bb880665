## İşlem sırasındaki davranış: saldırgan dil (buyer 5.a, seller 6.a) ve dolandırıcılık (buyer 6.a, seller 7.a) (conduct.*)

conduct-offensive-on_record = kayıtlı saldırgan dil: sohbet { $chat } ({ $party }): "{ $text }" — eşleşen: { $terms }
conduct-offensive-possible = olası saldırgan dil: sohbet { $chat } ({ $party }): "{ $text }" — eşleşen: { $terms }
conduct-offensive-ask-review = { $chat } numaralı sohbeti { $party } tarafının saldırgan dili açısından inceleyin ve bir bulgu kaydedin (findings.offensive_language_confirmed)
conduct-offensive-trace = { $party } tarafının daha önce doğrulanmış ihlalleri { $earlier } / repeat_threshold { $threshold }
conduct-offensive-repeat = tekrar: kalıcı yasak
conduct-offensive-first = ilk: askıya alma
conduct-offensive-if_fewer = önceki ihlaller { $threshold } sayısından azsa: { $days } günlük askıya alma
conduct-offensive-if_repeat = önceki ihlaller { $threshold } veya daha fazlaysa: kalıcı yasak
conduct-offensive-banned = destek ekibi { $party } tarafının saldırgan dil kullandığını doğruladı; önceki ihlal sayısı { $earlier }: kalıcı yasak
conduct-offensive-suspended = destek ekibi { $party } tarafının saldırgan dil kullandığını doğruladı: P2P { $days } gün süreyle askıya alındı
conduct-offensive-appeal-trace = findings.offensive_language_confirmed
conduct-offensive-appeal-confirmed = { $party } aleyhine doğrulandı
conduct-offensive-appeal-no_finding = henüz bulgu yok
conduct-offensive-appeal-no_match = { $party } tarafının hiçbir sohbet satırı politikanın saldırgan terimleriyle eşleşmiyor; şikâyetin bir kişi tarafından okunması gerekir
conduct-offensive-appeal-ask-read = sipariş sohbetini ve destek mesajlarını { $party } tarafının saldırgan dili açısından okuyun ve bir bulgu kaydedin
conduct-fraud-established = { $party } tarafının dolandırıcılığı tespit edildi: P2P erişimi kalıcı olarak kapatıldı ve ilanlar kaldırıldı{ $frozen_id ->
        [yes] ; kayıp olası olduğundan varlıklar donduruldu
       *[no] { "" }
    }
conduct-fraud-appeal-trace = findings.fraud ve kanıt üzerinde oynama
conduct-fraud-appeal-not_established = dolandırıcılık tespit edilmedi
conduct-fraud-appeal-unconfirmed = dolandırıcılık iddiası destek ekibi tarafından (henüz) doğrulanmadı ve hiçbir kanıt üzerinde oynanmış olarak işaretlenmedi
conduct-fraud-appeal-ask-investigate = dolandırıcılık iddiasını araştırın ve findings.fraud kaydedin
conduct-fraud-appeal-established = dolandırıcılık tespit edildi
conduct-fraud-appeal-perpetrator = dolandırıcılığı yapan: { $party }
conduct-fraud-appeal-for_buyer = sipariş, mağdur alıcı lehine karara bağlanır
conduct-fraud-appeal-ask-release = emanetteki kriptoyu alıcıya serbest bırakın
conduct-fraud-appeal-already_released = kripto zaten serbest bırakıldı ve bir kararla geri alınamaz: sipariş kapandı; alıcıya yönelik yaptırımlar geçerliliğini korur
conduct-fraud-appeal-ask-tell_seller = satıcıya siparişin kapandığını bildirin; geriye kalan çare, alıcının varlıklarının dondurulmasıdır (kayıp olası olduğunda)
conduct-fraud-appeal-for_seller = sipariş, mağdur satıcı lehine karara bağlanır: iptal edilir ve kripto satıcıda kalır
conduct-fraud-appeal-ask-cancel = siparişi iptal edin; kripto satıcıya geri döner
