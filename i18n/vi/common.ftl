# Tiếng Việt: bản dịch của danh mục tiếng Anh (i18n/en). Cần người nói thành thạo rà soát.

party-buyer = người mua
party-seller = người bán
party-support = bộ phận hỗ trợ
party-system = nền tảng

duration-minutes = { $n ->
   *[other] { $n } phút
}
duration-hours = { $n ->
   *[other] { $n } giờ
}
duration-days = { $n ->
   *[other] { $n } ngày
}
duration-working_days = { $n ->
   *[other] { $n } ngày làm việc
}
duration-months = { $n ->
   *[other] { $n } tháng
}

# Lists: what comes between two items, and before the last one ("a, b and c"); the
# spaces are written as {" "} so that they are kept.
list-separator = ,{" "}
list-and = {" "}và{" "}
# Between the items of a series whose items hold commas of their own.
list-series_separator = ;{" "}

speaker-buyer = người mua
speaker-seller = người bán
speaker-cs = hỗ trợ

sanction-length-days = { $days ->
   *[other] { $days } ngày
}
sanction-length-until_resolved = cho đến khi vụ việc được giải quyết
sanction-length-permanent = vĩnh viễn
sanction-length-none = —

replay-later_entries = { $count ->
   *[other] { $count } mục sau đó của hồ sơ vụ việc
}

evidence_kind-payment_receipt = biên lai thanh toán
evidence_kind-bank_statement = sao kê ngân hàng
evidence_kind-screenshot = ảnh chụp màn hình
evidence_kind-chat_export = bản xuất tin nhắn
evidence_kind-id_document = giấy tờ tùy thân
evidence_kind-police_report = biên bản trình báo công an
evidence_kind-chargeback_notice = thông báo hoàn tiền (chargeback)
evidence_kind-bank_notice = thông báo của ngân hàng
evidence_kind-other = một tài liệu
