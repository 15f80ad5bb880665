## Hành vi trong giao dịch: ngôn từ xúc phạm (buyer 5.a, seller 6.a) và gian lận (buyer 6.a, seller 7.a) (conduct.*)

conduct-offensive-on_record = ngôn từ xúc phạm được ghi nhận: tin nhắn { $chat } ({ $party }): "{ $text }" — khớp với { $terms }
conduct-offensive-possible = có thể là ngôn từ xúc phạm: tin nhắn { $chat } ({ $party }): "{ $text }" — khớp với { $terms }
conduct-offensive-ask-review = xem xét tin nhắn { $chat } về ngôn từ xúc phạm của { $party } và ghi lại nhận định (findings.offensive_language_confirmed)
conduct-offensive-trace = số vi phạm đã xác nhận trước đây của { $party } { $earlier } so với repeat_threshold { $threshold }
conduct-offensive-repeat = tái phạm: cấm vĩnh viễn
conduct-offensive-first = lần đầu: tạm ngừng
conduct-offensive-if_fewer = với ít hơn { $threshold } vi phạm trước đây: tạm ngừng { $days } ngày
conduct-offensive-if_repeat = với { $threshold } vi phạm trước đây trở lên: cấm vĩnh viễn
conduct-offensive-banned = bộ phận hỗ trợ xác nhận { $party } đã dùng ngôn từ xúc phạm, và bên này đã có { $earlier } vi phạm trước đây: cấm vĩnh viễn
conduct-offensive-suspended = bộ phận hỗ trợ xác nhận { $party } đã dùng ngôn từ xúc phạm: tạm ngừng P2P trong { $days } ngày
conduct-offensive-appeal-trace = findings.offensive_language_confirmed
conduct-offensive-appeal-confirmed = đã xác nhận đối với { $party }
conduct-offensive-appeal-no_finding = chưa có nhận định
conduct-offensive-appeal-no_match = không có tin nhắn nào của { $party } khớp với các từ xúc phạm của chính sách; khiếu nại cần một người đọc và đánh giá
conduct-offensive-appeal-ask-read = đọc tin nhắn của lệnh và tin nhắn hỗ trợ để tìm ngôn từ xúc phạm của { $party } và ghi lại nhận định
conduct-fraud-established = hành vi gian lận của { $party } đã được xác lập: quyền truy cập P2P bị vô hiệu hóa vĩnh viễn và quảng cáo bị gỡ bỏ{ $frozen_id ->
        [yes] ; tài sản bị đóng băng vì có khả năng gây tổn thất
       *[no] { "" }
    }
conduct-fraud-appeal-trace = findings.fraud và chứng cứ bị chỉnh sửa
conduct-fraud-appeal-not_established = chưa xác lập hành vi gian lận
conduct-fraud-appeal-unconfirmed = cáo buộc gian lận chưa được bộ phận hỗ trợ xác nhận và không có bằng chứng nào được đánh dấu là bị chỉnh sửa
conduct-fraud-appeal-ask-investigate = điều tra cáo buộc gian lận và ghi lại findings.fraud
conduct-fraud-appeal-established = đã xác lập hành vi gian lận
conduct-fraud-appeal-perpetrator = bên vi phạm: { $party }
conduct-fraud-appeal-for_buyer = lệnh được quyết định có lợi cho người mua bị thiệt hại
conduct-fraud-appeal-ask-release = giải phóng tiền mã hóa đang ký quỹ cho người mua
conduct-fraud-appeal-already_released = tiền mã hóa đã được giải phóng và không thể lấy lại bằng phán quyết: lệnh được đóng; các chế tài đối với người mua vẫn giữ nguyên
conduct-fraud-appeal-ask-tell_seller = thông báo cho người bán rằng lệnh đã đóng; biện pháp còn lại là đóng băng tài sản của người mua (khi có khả năng gây tổn thất)
conduct-fraud-appeal-for_seller = lệnh được quyết định có lợi cho người bán bị thiệt hại: lệnh bị hủy và tiền mã hóa ở lại với người bán
conduct-fraud-appeal-ask-cancel = hủy lệnh; tiền mã hóa trở về người bán
