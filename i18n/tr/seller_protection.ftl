## Satıcının itirazları 3.a, 4.a ve 5.a (seller.3a.*, seller.4a.*, seller.5a.*)

seller-3a-trace-finding = findings.malicious_buying_confirmed
seller-3a-trace-confirmed = doğrulandı
seller-3a-confirmed = destek ekibi kötü niyetli alımı doğruladı: alıcı P2P'den kalıcı olarak çıkarıldı
seller-3a-no_appeal-notice = Kötü niyetli alım nedeniyle kalıcı çıkarma kararına itiraz hakkı yoktur.
seller-3a-cancel_return = siparişi iptal edin; kripto satıcıya geri döner
seller-3a-trace-unpaid = alıcının ödenmemiş siparişleri { $unpaid } / unpaid_threshold { $threshold }
seller-3a-trace-pattern = örüntü: araştırın
seller-3a-trace-below = eşiğin altında
seller-3a-if_fewer = ödenmemiş siparişler { $threshold } sayısından az olsaydı araştırma olmazdı
seller-3a-if_more = ödenmemiş siparişler { $threshold } veya daha fazla olsaydı bir araştırma başlardı
seller-3a-pattern = alıcı { $unpaid } siparişi ödemeden bıraktı (eşik { $threshold }): destek ekibi araştırıyor
seller-3a-investigate = alıcının ödenmemiş siparişlerini araştırın ve findings.malicious_buying_confirmed kaydedin
seller-3a-no_pattern = alıcının { $unpaid } ödenmemiş siparişi var, { $threshold } eşiğinin altında: kötü niyetli alım örüntüsü yok
seller-3a-unpaid_order = bu sipariş ödenmedi: iptal edilir ve kripto satıcıya geri döner
seller-3a-cancel = siparişi iptal edin
seller-3a-paid_review = alıcı bu siparişi ödedi: ödeme kurallarına göre inceleyin

seller-4a-agreement = taraflar anlaşmaya vardı: kısıtlamalar sona erer ve itiraz kapanır
seller-4a-blocked = satıcının hesabı alıcının ödemesinden sonra bloke edildi: kural gereği satıcının iddiası incelenirken alıcının P2P erişimi ve para çekme işlemleri durdurulur
seller-4a-ask-seller_proof = blokeye alıcının neden olduğunu gösterin (polis tutanağı, ters ibraz veya banka bildirimi)
seller-4a-forged = satıcının, blokeye alıcının neden olduğuna dair kanıtı ({ $kind }) üzerinde oynanmış bulundu: iddia reddedilir ve alıcının kısıtlamaları kaldırılır
seller-4a-lift = alıcının P2P askısını ve para çekme durdurmasını kaldırın
seller-4a-if_no_seller_evidence = satıcının kanıtı o zamana kadar gelmezse alıcının kısıtlamalarını kaldırın
seller-4a-no_seller_evidence = satıcı { $due } tarihine kadar blokeye alıcının neden olduğuna dair kanıt sunmadı: alıcının kısıtlamaları kaldırılır
seller-4a-seller_evidence_in = satıcı, blokeye alıcının neden olduğuna dair kanıt sundu ({ $kind }): alıcının şimdi buna belgelerle yanıt vermesi gerekir
seller-4a-ask-buyer_documents = çözümü destekleyen belgeleri gönderin
seller-4a-buyer_contacted = destek ekibi { $contact } tarihinde alıcıyla iletişime geçti: belgeler, bu iletişim ile satıcının kanıtından hangisi daha sonraysa ondan { $length } sonra, { $due } tarihine kadar verilmelidir
seller-4a-trace-buyer_documents = alıcının belgeleri: iletişim ile satıcının kanıtından daha sonraki { $start } + { $length } = { $due }
seller-4a-buyer_documents_in = alıcı belgeleri sundu: iki tarafı bir kişi değerlendirir
seller-4a-review_documents = alıcının belgelerini satıcının kanıtıyla karşılaştırarak inceleyin
seller-4a-if_no_buyer_documents = alıcının belgeleri o zamana kadar gelmezse alıcının P2P erişimini kalıcı olarak kapatın
seller-4a-buyer_documents_missed = alıcı { $due } tarihine kadar belgelerle iş birliği yapmadı: P2P erişimi kalıcı olarak kapatıldı, para çekme işlemleri kısıtlandı
seller-4a-cancel_keep = siparişi iptal edin; kripto satıcıda kalır

seller-5a-released = satıcı kriptoyu ödemeyi doğrulamadan serbest bıraktı ve kaybı üstlenir: platform müdahale etmez
seller-5a-police = kaybı polise bildirebilirsiniz; destek ekibi kolluk kuvvetlerinin taleplerine yanıt verir
seller-5a-ask-buyer_answer = destek ekibine yanıt verin ve ödemenin veya kriptonun iadesinde iş birliği yapın
seller-5a-trace-first_answer = alıcının son tarihe kadar destek ekibine verdiği ilk yanıt
seller-5a-trace-refuses = iş birliğini reddediyor
seller-5a-trace-answered = yanıt verdi
seller-5a-trace-unresponsive = yok: yanıt vermiyor
seller-5a-trace-none_yet = henüz yok
seller-5a-buyer_answered = alıcı destek ekibine yanıt verdi: yaptırım yok
seller-5a-unreachable_still_time = destek ekibi { $at } tarihinde alıcıya ulaşamadı; alıcının yanıt vermek için { $due } tarihine kadar hâlâ süresi var
seller-5a-if_silent = alıcı o zamana kadar yanıt vermezse alıcının P2P erişimini çözülene kadar askıya alın
seller-5a-refuses = alıcı iş birliğini reddediyor: P2P erişimi askıya alındı
seller-5a-unresponsive = alıcı { $due } tarihine kadar destek ekibine yanıt vermedi: yanıt vermiyor, P2P erişimi askıya alındı
