window-contact-trace = { $party } được liên hệ { $start }{ $counted_from } + { $length } ({ $written }) = hạn chót { $due }; hiện tại { $now }
window-passed = đã qua
window-running = đang chạy
window-contact-if_acted = nếu { $party } đã hành động trước { $due }, kết quả sẽ khác
window-contact-if_silent = nếu { $party } chưa hành động trước { $due }, thời hạn kết thúc và vụ việc được quyết định theo hồ sơ hiện có
window-contact-running = bộ phận hỗ trợ { $attempt } { $party } lúc { $start }: thời hạn { $length } kết thúc lúc { $due }
window-contact-passed = bộ phận hỗ trợ { $attempt } { $party } lúc { $start }: thời hạn { $length } đã kết thúc lúc { $due }
window-contact-before_appeal = việc hỗ trợ liên hệ { $party } diễn ra trước khiếu nại nên không bắt đầu thời hạn nào: phải liên hệ lại { $party }
window-contact-none = không có sự kiện cs_contacted cho { $party }
window-contact-none_since_appeal = không có sự kiện cs_contacted cho { $party } kể từ khiếu nại ({ $appeal }); lần liên hệ lúc { $early } diễn ra trước đó và không bắt đầu thời hạn nào
window-at_place = { $at } ({ $place })
window-contact-waiting = đang chờ: nếu liên hệ ngay bây giờ{ $counted_from }, hạn chót là { $due }
window-ask-party = { $asked } trước hạn chót
window-ask-contact = liên hệ { $party } và yêu cầu họ { $asked }; sau đó họ có { $length }
window-counted_from = { " " }(không phải ngày làm việc: tính từ { $begin })
window-counted_from-start = { "" }
window-evidence-trace = bằng chứng từ { $from }: { $start } ({ $since }) + { $length } = { $due }; hiện tại { $now }
window-evidence-running = cần { $what } từ { $from } trong vòng { $length } kể từ { $since }: thời hạn kết thúc lúc { $due }
window-evidence-passed = cần { $what } từ { $from } trong vòng { $length } kể từ { $since }: thời hạn đã kết thúc lúc { $due }
window-evidence-ask-support = bổ sung { $what } vào hồ sơ
window-evidence-ask-party = nộp { $what }

attempt-contacted = đã liên hệ
attempt-tried = đã cố liên hệ
since-request = yêu cầu của bộ phận hỗ trợ
since-appeal = khiếu nại
