## Who paid: payer names compared with the buyer's verified name as identities (identity.*)

identity-name-compared = ödeyen { $payer } ile alıcı { $buyer }, { $convention } ile { $payer_forms } ve { $buyer_forms } olarak karşılaştırıldı
identity-name-same = aynı kişi ({ $reason })
identity-name-different = başka bir kişi ({ $reason })
identity-name-cannot_tell = ayırt edilemiyor ({ $reason })
identity-payer-unverified = ödeyenin adı ({ $payers }) alıcıyla ({ $buyer }) ne eşleşiyor ne de onu dışlıyor: desteğin, ödeyen hesabın sahibini doğrulamak için itirazdan itibaren { $length }, { $due } tarihine kadar süresi var
identity-payer-verify = ödeyen hesabın sahibini doğrulayın (ör. sahibin adını gösteren bir banka ekstresi) ve findings.paying_account_holder olarak kaydedin
identity-payer-answers = ödeyen hesabın sahibine ilişkin her yanıtın sonucu
identity-payer-if_answered = sahibi alıcıysa: { $clause } adlar eşleşmiş gibi uygulanır; başkasıysa: üçüncü kişi ödemesi, ödeyen hesaba iade edilir (buyer 1.a)
identity-payer-not_shown = ödeyen hesabın sahibi { $due } tarihine kadar belirlenmedi
identity-payer-decide = ödeyen hesabın sahibine karar verin: adlardan iki sonuçtan hiçbiri çıkmıyor
identity-payer-verified_buyer = destek, { $payers } adının ödeme yaptığı hesabın alıcıya ait olduğunu doğruladı: adlar eşleşmiş sayılır
identity-payer-verified_someone_else = destek, { $payers } adının ödeme yaptığı hesabın alıcıdan başka birine ait olduğunu doğruladı
name_reason-exact = aynı yazılmış
name_reason-folded = büyük-küçük harf ve aksanlar yok sayılınca aynı
name_reason-punctuation = kısa çizgi, kesme, nokta ve boşluklar dışında aynı
name_reason-transliterated = öteki yazının kurala göre yazımı
name_reason-reordered = aynı kelimeler başka bir sırada
name_reason-word_missing = bir adın bir kelimesi ötekinde yok
name_reason-initial = bir kelimenin yerine baş harf ya da kısaltma
name_reason-spelling_variant = yalnızca aynı sesin farklı yazımları olarak ayrılan yazımlar
name_reason-unreadable = karakterlerin okunuşu bilinmiyor
name_reason-empty = bir ad boş
name_reason-too_long = bir ad bir kişinin adından uzun
name_reason-mixed_scripts = bir ad yazı sistemlerini karıştırıyor: farklı sözcükler iki yazıyla yazılmış tek sözcük olabilir
name_reason-tie_word_order = bir soy bağı kelimesi çevresindeki kelimeleri başka bir sırayla bağlıyor
name_reason-different_word = bir kelime öteki adın hiçbir kelimesiyle eşleşmiyor
