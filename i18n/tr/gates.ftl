## Herhangi bir maddeden önce yapılan kontroller: yaş sınırı, kimlik doğrulama, itiraz zamanlayıcısı, gerekçe, kanıt (gates.*)

gates-not_applied-trace = kontroller { $gates }
gates-not_applied = bu politika kapsamında uygulanmaz
gates-age_limit-trace = sipariş oluşturuldu { $created } + { $max_age } = { $limit }; itiraz yapıldı { $filed }
gates-age_limit-over = yaş sınırını aşıyor
gates-age_limit-within = yaş sınırı içinde
gates-age_limit-reopened = sipariş { $max_age } süresinden eski, ancak destek ekibi itirazın yeniden açılmasını onayladı
gates-age_limit-if_filed_by = { $limit } tarihine kadar yapılan bir itiraz incelenirdi; destek ekibi yine de yeniden açabilir
gates-age_limit-too_old = itiraz ({ $filed }), siparişin { $max_age } yaş sınırı dolduktan ({ $limit }) sonra geldi
gates-age_limit-ask-refuse = itiraz edene itirazın süresi geçtiği için reddedildiğini bildirin; yeniden açma destek ekibinin takdirindedir (findings.reopen_approved ayarlayın)
gates-kyc-trace = alıcı KYC { $buyer_id ->
        [yes] true
       *[no] false
    }, satıcı KYC { $seller_id ->
        [yes] true
       *[no] false
    }
gates-kyc-verified = ikisi de doğrulanmış
gates-kyc-not_verified = doğrulanmamış
gates-kyc-unverified = { $party } KYC doğrulamasını tamamlamadı
gates-kyc-ask-verify = KYC doğrulamasını tamamlayın; ardından itiraz yeniden yapılabilir
gates-timer-no_marked_paid = marked_paid olayı yok
gates-timer-never_started = zamanlayıcı hiç başlamadı; uygulanmaz
gates-timer-trace = ödendi olarak işaretlendi { $marked } + { $timer } ({ $source }) = itiraz açılır { $opens }; yapıldı { $filed }
gates-timer-early = zamanlayıcı dolmadan yapıldı
gates-timer-after = zamanlayıcı dolduktan sonra yapıldı
gates-timer-if_filed_at = { $opens } veya sonrasında yapılan bir itiraz kabul edilebilir olurdu
gates-timer-too_early = itiraz { $filed } tarihinde, sipariş zamanlayıcısı { $opens } tarihinde dolmadan önce yapıldı
gates-timer-ask-refile = itiraz belirtilen zamanda açılır: o zaman yeniden yapın, daha önce değil
gates-reason-trace = appeal.reason
gates-reason-given = belirtildi
gates-reason-missing = eksik
gates-reason-none = itirazda gerekçe belirtilmemiş
gates-reason-ask-refile = itirazı türü ve bir gerekçeyle yeniden yapın
gates-evidence-trace = { $party } tarafından sunulması gereken kanıt: { $required }
gates-evidence-all_present = tümü mevcut
gates-evidence-missing = eksik: { $missing }
gates-evidence-kinds = { $kinds }
gates-evidence-not_uploaded = { $party } gerekli kanıtı yüklemedi: { $missing }
gates-evidence-not_uploaded-others = { $party } gerekli kanıtı yüklemedi: { $missing } (şimdiye kadar yüklenen: { $uploaded })
gates-evidence-late = { $party } tarafının kanıtı ({ $missing }), kanıt süresi { $due } tarihinde kapandıktan sonra geldi: geç gelen kanıt süreyi karşılamaz
gates-evidence-not_arrived = kanıt { $due } tarihine kadar ulaşmadı
gates-evidence-if_late = kanıt o zamana kadar gelmezse itirazı kabul edilemez olarak kapatın

## İtiraz zamanlayıcısının kaynağı

timer_source-order = order.appeal_timer
timer_source-policy = politikanın varsayılanı
