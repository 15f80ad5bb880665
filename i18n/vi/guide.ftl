## Hướng dẫn khiếu nại P2P của Bitget, và các khiếu nại có điều khoản mà chính sách không áp dụng (guide.*)

guide-completed-trace = lệnh đã hoàn tất (đã giải phóng), không có nhận định gian lận
guide-completed-no_intervention = không can thiệp
guide-completed-final = lệnh đã hoàn tất; nền tảng là bên trung gian và các khoản thanh toán đã hoàn tất là cuối cùng
guide-completed-ask-tell = thông báo cho người khiếu nại rằng lệnh vẫn ở trạng thái hoàn tất; cáo buộc bên kia gian lận hoặc gây nhầm lẫn cần có bằng chứng và nhận định gian lận (findings.fraud)
guide-completed-notice = Nền tảng là bên trung gian: khoản thanh toán là cuối cùng khi lệnh đã hoàn tất, và tổn thất sau khi hoàn tất không được bảo vệ, trừ khi một bên gian lận hoặc gây nhầm lẫn.
guide-completed-fraud_trace = lệnh đã hoàn tất ({ $released }), nhưng hồ sơ có nhận định gian lận hoặc bằng chứng bị chỉnh sửa
guide-completed-not_protected = không áp dụng: lệnh đã hoàn tất không bảo vệ bên gian lận
guide-steps-trace = { $clause } không được áp dụng theo chính sách này
guide-steps-escalate = chuyển lên nhân viên hỗ trợ
guide-steps-to_agent = khiếu nại đủ điều kiện và được chuyển đến nhân viên hỗ trợ; chính sách này không có quy tắc nội dung cho trường hợp này
guide-steps-fraud_on_file = hồ sơ có nhận định gian lận hoặc bằng chứng bị chỉnh sửa: quy tắc về lệnh đã hoàn tất không bảo vệ bên gian lận
guide-steps-ask-live_chat = mở chat trực tuyến (Trợ giúp, góc dưới bên phải), chọn ngôn ngữ và mô tả khiếu nại
guide-steps-ask-order_number = cung cấp cho nhân viên số lệnh { $order } và vấn đề
guide-steps-ask-review = xem xét bằng chứng đã tải lên (bằng chứng thanh toán, ảnh chụp màn hình chuyển khoản) và giải quyết khiếu nại trong chat
guide-no_clause-trace = bảng điều khoản
guide-no_clause-absent = không có trong chính sách này
guide-no_clause-escalate = chính sách này không áp dụng { $clause }, điều khoản của khiếu nại này: cần một người quyết định
guide-no_clause-ask-decide = quyết định thủ công: chính sách không có bảng [clauses."{ $clause }"]
