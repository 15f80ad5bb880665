## Sorumluluk reddi beyanları ve Genel Şartlar (disclaimers.*, general.finality)

disclaimers-channels-named_in_chat = { $chat } numaralı sohbet mesajı ({ $from }) harici bir kanaldan söz ediyor: "{ $text }" ({ $terms })
disclaimers-channels-notice = Yalnızca platformun kendi sohbeti ve destek araçları geçerlidir. Harici kanalların (mesajlaşma uygulamaları, e-posta, telefon görüşmeleri) kullanılmasından doğan kayıplar karşılanmaz ve destek ekibi orada kararlaştırılan hiçbir şeye göre işlem yapmaz.
disclaimers-off_platform-proposed = { $party }, platform dışında işlem yapmayı veya ödeme yapmayı önerdi
disclaimers-off_platform-notice = P2P işlemleri platform üzerinde kalmalıdır. Platform dışında yapılan işlemlerden, ödemelerden veya anlaşmalardan doğan kayıplar kullanıcıların kendilerine aittir; platform bunlardan sorumlu değildir.
disclaimers-timeliness-notice = Destek ekibinin verdiği süre içinde { $party } işlem yapmadı; bundan doğan kayıplar { $party } tarafına aittir.
general-finality-notice = Destek ekibinin bu anlaşmazlık hakkındaki kararı, kurallar aksini öngörmedikçe kesindir.
