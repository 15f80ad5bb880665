## Bitget P2P İtiraz Rehberi ve politikanın maddesini uygulamadığı itirazlar (guide.*)

guide-completed-trace = sipariş tamamlandı (kripto serbest bırakıldı), dolandırıcılık bulgusu yok
guide-completed-no_intervention = müdahale yok
guide-completed-final = sipariş tamamlandı; platform bir aracıdır ve tamamlanan ödemeler kesindir
guide-completed-ask-tell = itiraz edene siparişin tamamlanmış olarak kaldığını bildirin; karşı tarafın dolandırıcılık yaptığı veya yanılttığı iddiası, kanıtını ve bir dolandırıcılık bulgusunu (findings.fraud) gerektirir
guide-completed-notice = Platform bir aracıdır: sipariş tamamlandığında ödeme kesinleşir ve taraflardan biri dolandırıcılık yapmadıkça veya yanıltmadıkça tamamlanma sonrasındaki kayıplar karşılanmaz.
guide-completed-fraud_trace = sipariş tamamlandı ({ $released }), ancak dosyada bir dolandırıcılık bulgusu veya üzerinde oynanmış kanıt var
guide-completed-not_protected = uygulanmadı: tamamlanmış bir sipariş dolandırıcılık yapan tarafı korumaz
guide-steps-trace = { $clause } bu politika kapsamında uygulanmaz
guide-steps-escalate = bir destek temsilcisine iletin
guide-steps-to_agent = itiraz kabul edilebilir ve bir destek temsilcisine gider; bu politikada bunun için esasa ilişkin bir kural yok
guide-steps-fraud_on_file = dosyada bir dolandırıcılık bulgusu veya üzerinde oynanmış kanıt var: tamamlanmış sipariş kuralı dolandırıcılık yapan tarafı korumaz
guide-steps-ask-live_chat = canlı sohbeti açın (Yardım, sağ alt köşe), bir dil seçin ve itirazı açıklayın
guide-steps-ask-order_number = temsilciye { $order } sipariş numarasını ve sorunu iletin
guide-steps-ask-review = yüklenen kanıtları (ödeme kanıtı, transfer ekran görüntüleri) inceleyin ve itirazı sohbette çözün
guide-no_clause-trace = madde tablosu
guide-no_clause-absent = bu politikada yok
guide-no_clause-escalate = bu politika, bu itirazın maddesi olan { $clause } maddesini uygulamıyor: bir kişinin karar vermesi gerekir
guide-no_clause-ask-decide = elle karar verin: politikada [clauses."{ $clause }"] tablosu yok
