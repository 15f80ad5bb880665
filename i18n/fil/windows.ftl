window-contact-trace = nakontak ang { $party } { $start }{ $counted_from } + { $length } ({ $written }) = deadline { $due }; ngayon { $now }
window-passed = lumipas na
window-running = tumatakbo
window-contact-if_acted = kung kumilos ang { $party } bago ang { $due }, iba sana ang kinalabasan
window-contact-if_silent = kung hindi pa kumikilos ang { $party } pagsapit ng { $due }, magsasara ang window at pagpapasyahan ang kaso batay sa nasa file
window-contact-running = { $attempt } ng support ang { $party } noong { $start }: magsasara ang window na { $length } sa { $due }
window-contact-passed = { $attempt } ng support ang { $party } noong { $start }: nagsara ang window na { $length } noong { $due }
window-contact-before_appeal = ang pagkontak ng support sa { $party } ay nauna sa apela at hindi nagsisimula ng window: dapat kontakin muli ang { $party }
window-contact-none = walang cs_contacted na event para sa { $party }
window-contact-none_since_appeal = walang cs_contacted na event para sa { $party } mula nang iapela ({ $appeal }); ang kontak noong { $early } ay nauna rito at hindi nagsisimula ng window
window-at_place = { $at } ({ $place })
window-contact-waiting = naghihintay: kung kokontakin ngayon{ $counted_from }, ang deadline ay { $due }
window-ask-party = { $asked } bago ang deadline
window-ask-contact = kontakin ang { $party } at hilingin na { $asked }; pagkatapos ay may { $length } sila
window-counted_from = { " " }(hindi araw ng trabaho: binilang mula { $begin })
window-counted_from-start = { "" }
window-evidence-trace = ebidensya mula sa { $from }: { $start } ({ $since }) + { $length } = { $due }; ngayon { $now }
window-evidence-running = kailangan ang { $what } mula sa { $from } sa loob ng { $length } mula sa { $since }: magsasara ang window sa { $due }
window-evidence-passed = kailangan ang { $what } mula sa { $from } sa loob ng { $length } mula sa { $since }: nagsara ang window noong { $due }
window-evidence-ask-support = idagdag ang { $what } sa kaso
window-evidence-ask-party = isumite ang { $what }

attempt-contacted = kinontak
attempt-tried = sinubukang abutin
since-request = kahilingan ng support
since-appeal = apela
