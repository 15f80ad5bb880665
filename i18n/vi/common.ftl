# Tiếng Việt: bản dịch của danh mục tiếng Anh (i18n/en). Cần người nói thành thạo rà soát.

party-buyer = người mua
party-seller = người bán
party-support = bộ phận hỗ trợ
party-system = nền tảng

duration-minutes = { $n } phút
duration-hours = { $n } giờ
duration-days = { $n } ngày
duration-working_days = { $n } ngày làm việc
duration-months = { $n } tháng

list-and = và

speaker-buyer = người mua
speaker-seller = người bán
speaker-cs = hỗ trợ

text = { $text }

sanction-length-days = { $days } ngày
sanction-length-until_resolved = cho đến khi vụ việc được giải quyết
sanction-length-permanent = vĩnh viễn
sanction-length-none = —

replay-later_entries = { $count } mục sau đó của hồ sơ vụ việc
