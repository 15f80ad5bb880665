## Süreler: destek ekibinin bir tarafla iletişimi, kanıt talepleri (window.*)

window-contact-trace = { $party } ile iletişim { $start }{ $counted_from } + { $length } ({ $written }) = son tarih { $due }; şu an { $now }
window-passed = doldu
window-running = işliyor
window-contact-if_acted = { $party } { $due } tarihine kadar işlem yapmış olsaydı sonuç farklı olurdu
window-contact-if_silent = { $party } { $due } tarihine kadar işlem yapmazsa süre kapanır ve vaka dosyadaki bilgilere göre karara bağlanır
window-contact-running = destek ekibi { $start } tarihinde { $party } tarafıyla { $attempt }: süre ({ $length }) { $due } tarihinde kapanıyor
window-contact-passed = destek ekibi { $start } tarihinde { $party } tarafıyla { $attempt }: süre ({ $length }) { $due } tarihinde kapandı
window-contact-before_appeal = destek ekibinin { $party } tarafıyla iletişimi itirazdan önceydi ve bir süre başlatmaz: { $party } tarafıyla yeniden iletişime geçilmelidir
window-contact-none = { $party } için cs_contacted olayı yok
window-contact-none_since_appeal = itirazdan ({ $appeal }) bu yana { $party } için cs_contacted olayı yok; { $early } tarihindeki iletişim ondan önceydi ve bir süre başlatmaz
window-at_place = { $at } ({ $place })
window-contact-waiting = bekleniyor: şimdi iletişime geçilirse{ $counted_from } son tarih { $due } olur
window-ask-party = son tarihe kadar: { $asked }
window-ask-contact = { $party } tarafıyla iletişime geçin ve şunu isteyin: { $asked }; bundan sonra { $length } süreleri olur
window-counted_from = { " " }(iş günü değil: { $begin } itibarıyla sayılır)
window-counted_from-start = { "" }
window-evidence-trace = { $from } tarafının kanıtı: { $start } ({ $since }) + { $length } = { $due }; şu an { $now }
window-evidence-running = { $from } tarafından sunulması gereken: { $what }, süre: { $since } anından itibaren { $length }: süre { $due } tarihinde kapanıyor
window-evidence-passed = { $from } tarafından sunulması gereken: { $what }, süre: { $since } anından itibaren { $length }: süre { $due } tarihinde kapandı
window-evidence-ask-support = vakaya ekleyin: { $what }
window-evidence-ask-party = gönderin: { $what }

## Destek ekibinin bir tarafa nasıl ulaştığı ve bir kanıt süresinin neyden itibaren işlediği

attempt-contacted = iletişime geçti
attempt-tried = iletişim kurmaya çalıştı
since-request = destek ekibinin talebi
since-appeal = itiraz
