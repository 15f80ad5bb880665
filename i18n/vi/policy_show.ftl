## `appeal policy show`: các dòng, tiêu đề và ghi chú quanh thiết lập và tham số

policy_show-title = { $id } — { $title } (phiên bản { $version })
policy_show-chosen_by-order_created = lệnh được tạo
policy_show-chosen_by-appeal_filed = khiếu nại được gửi
policy_show-in_force_from = có hiệu lực từ { $day }: cho các { $chosen_by } từ ngày đó (`in_force_on = "{ $in_force_on }"`)
policy_show-in_force_always = có hiệu lực cho mọi lệnh (không có `effective_from`)
policy_show-source = nguồn: { $origin }   sha256: { $sha }
policy_show-defaults-same_id = mặc định: chính sách tích hợp sẵn { $baseline } (cùng id); ≠ đánh dấu giá trị khác với nó
policy_show-defaults-other_id = mặc định: chính sách tích hợp sẵn { $baseline } (không chính sách tích hợp sẵn nào có id này); ≠ đánh dấu giá trị khác với nó
policy_show-col-clause = điều khoản
policy_show-col-cited_as = trích dẫn là
policy_show-col-setting = thiết lập (điều khoản)
policy_show-col-value = giá trị
policy_show-col-default = mặc định
policy_show-col-parameter = tham số
policy_show-clauses_in_force = Các điều khoản có hiệu lực
policy_show-left_out = Bị loại (`enabled = false`):
policy_show-settings = Thiết lập
policy_show-clause_parameters = Tham số của điều khoản
policy_show-no_parameters = Tham số của điều khoản: không có (không điều khoản nào có hiệu lực trong { $id } có tham số)
policy_show-not_applied_here = không áp dụng trong chính sách này: { $clauses }
policy_show-applied_by_baseline = ≠ được áp dụng trong chính sách tích hợp sẵn { $baseline }: { $clauses }
policy_show-placeholder_key = ✱ = văn bản công bố chưa quy định: giá trị cần xác nhận
policy_show-same = giống
policy_show-not_applied = không áp dụng
policy_show-not_applied-left_out = không áp dụng: { $clause } bị loại
policy_show-not_applied-timer_off = không áp dụng: appeal_after_timer là false
policy_show-serves-deadlines = thời hạn
policy_show-serves-working_days = ngày làm việc
policy_show-serves-amounts_paid = số tiền đã trả
policy_show-serves-payer_names_unclear = tên người trả không rõ ràng
policy_show-serves-evidence_requests = yêu cầu bằng chứng

policy_show-read_from = đọc từ { $place }
policy_show-editions-order_created = các phiên bản của { $id } (một vụ việc được xét theo phiên bản mới nhất có hiệu lực vào ngày tạo lệnh):
policy_show-editions-appeal_filed = các phiên bản của { $id } (một vụ việc được xét theo phiên bản mới nhất có hiệu lực vào ngày gửi khiếu nại):
policy_show-edition_from = từ { $day }
policy_show-edition_always = luôn luôn
policy_show-edition_shown = (hiển thị bên dưới)
