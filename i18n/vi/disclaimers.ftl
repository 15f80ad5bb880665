disclaimers-channels-named_in_chat = tin nhắn { $chat } ({ $from }) nhắc đến một kênh bên ngoài: "{ $text }" ({ $terms })
disclaimers-channels-notice = Chỉ khung chat và công cụ hỗ trợ của chính nền tảng mới có giá trị. Tổn thất do sử dụng kênh bên ngoài (ứng dụng nhắn tin, e-mail, cuộc gọi điện thoại) không được bảo vệ, và bộ phận hỗ trợ không căn cứ vào bất cứ điều gì đã thỏa thuận ở đó.
disclaimers-off_platform-proposed = { $party } đề nghị giao dịch hoặc thanh toán bên ngoài nền tảng
disclaimers-off_platform-notice = Giao dịch P2P phải diễn ra trên nền tảng. Tổn thất từ các giao dịch, khoản thanh toán hoặc thỏa thuận bên ngoài nền tảng do người dùng tự chịu; nền tảng không chịu trách nhiệm.
disclaimers-timeliness-notice = { $party } đã không hành động trong thời hạn bộ phận hỗ trợ đưa ra; tổn thất phát sinh từ việc đó do { $party } tự chịu.
general-finality-notice = Quyết định của bộ phận hỗ trợ về tranh chấp này là quyết định cuối cùng, trừ khi quy tắc quy định khác.
