## Các loại khiếu nại bằng lời (`appeal explain TYPE`, `appeal new`): nội dung của từng loại, nơi
## nó được chuyển đến và các tình tiết chuyển hướng nó. `filing-TYPE-about`, `filing-TYPE-goes_to`,
## các chuyển hướng `filing-route-…`.

filing-route-released = tiền mã hóa đã được giải phóng (sự kiện `released`) → khiếu nại được `closed`
filing-route-cancelled = lệnh đã bị hủy (sự kiện `cancelled`) → buyer.3a
filing-route-no_payment = hồ sơ không có khoản thanh toán nào → bộ phận hỗ trợ yêu cầu người mua cung cấp bằng chứng; không có kịp thời → `cancel_order`
filing-route-overpaid = tổng các khoản thanh toán nhiều hơn order.amount (vượt quá dung sai của chính sách) → buyer.2a
filing-route-underpaid = tổng ít hơn, hoặc chỉ đạt được nhờ khoản bù sau thời hạn của seller 2.a → seller.2a
filing-route-third_party = một payer_name không phải verified_name của người mua → chỉ hoàn tiền, theo buyer.1a
filing-route-other_account = một khoản thanh toán được chuyển vào tài khoản khác với tài khoản trên trang lệnh → seller.1c
filing-route-payment_not_received = theo buyer.1a, người bán đã `responded` với `payment_not_received` → seller.1b (seller.1a nếu không có bằng chứng hợp lệ)
filing-route-own_fraud = hành vi gian lận đã xác lập (findings.fraud, hoặc bằng chứng bị chỉnh sửa) là của chính người khiếu nại → điều khoản gian lận của bên kia

filing-seller_not_releasing-about = Người mua đã thanh toán và người bán chưa giải phóng tiền mã hóa.
filing-seller_not_releasing-goes_to = buyer.1c nếu nội dung chuyển khoản có từ nhạy cảm; nếu không thì buyer.1a nếu người bán từ chối (`responded` với `refuses`) hoặc yêu cầu hủy (`cancel_requested`); nếu không thì buyer.1b
filing-sensitive_remarks-about = Người bán giữ lại vì nội dung chuyển khoản của người mua chứa từ nhạy cảm (tiền mã hóa, tên một sàn giao dịch…).
filing-sensitive_remarks-goes_to = buyer.1c
filing-overpaid-about = Người mua đã trả nhiều hơn số tiền của lệnh và muốn lấy lại phần dư.
filing-overpaid-goes_to = buyer.2a
filing-cancelled_after_payment-about = Người mua đã thanh toán nhưng lệnh bị hủy (hết thời gian hoặc nhầm lẫn).
filing-cancelled_after_payment-goes_to = buyer.3a
filing-out_of_norm_request-about = Người bán yêu cầu điều ngoài chuẩn mực: xác minh bổ sung, thông tin liên lạc, kênh khác, một khoản phí.
filing-out_of_norm_request-goes_to = buyer.4a
filing-offensive_language-about = Bên kia đã dùng ngôn từ xúc phạm.
filing-offensive_language-goes_to = buyer.5a khi người mua khiếu nại, seller.6a khi người bán khiếu nại
filing-fraud-about = Bên kia đã gian lận (giấy tờ giả mạo, khai báo sai sự thật).
filing-fraud-goes_to = buyer.6a khi người mua khiếu nại, seller.7a khi người bán khiếu nại
filing-payment_not_received-about = Người mua đã đánh dấu lệnh là đã thanh toán, nhưng người bán chưa nhận được tiền.
filing-payment_not_received-goes_to = seller.1a nếu không khoản thanh toán nào có bằng chứng hợp lệ (bằng chứng có official_source: true, không bị chỉnh sửa); nếu không thì seller.1b
filing-inaccessible_account-about = Người mua đã thanh toán vào một tài khoản mà người bán không thể truy cập.
filing-inaccessible_account-goes_to = seller.1c
filing-underpaid-about = Người mua đã trả ít hơn số tiền của lệnh.
filing-underpaid-goes_to = seller.2a
filing-malicious_buying-about = Người mua đặt lệnh mà không có ý định thanh toán.
filing-malicious_buying-goes_to = seller.3a
filing-account_blocked-about = Tài khoản của người bán bị khóa sau khi nhận khoản thanh toán của người mua.
filing-account_blocked-goes_to = seller.4a
filing-released_without_payment-about = Người bán đã giải phóng tiền mã hóa mà không xác nhận khoản thanh toán, và tiền không bao giờ đến.
filing-released_without_payment-goes_to = seller.5a

# Ai có thể nộp một loại khiếu nại.
filing-filed_by-buyer = người mua
filing-filed_by-seller = người bán
filing-filed_by-either = một trong hai bên

# Dù là điều khoản nào: không điều khoản nào giải phóng cho kẻ gian lận đã được xác lập.
filing-fraud_overrules = một phán quyết lẽ ra sẽ giải phóng tiền mã hóa cho người mua mà hành vi gian lận đã được xác lập (findings.fraud, hoặc bằng chứng bị chỉnh sửa do người mua nộp) sẽ chuyển sang seller.7a
filing-route-payer_cannot_tell = một payer_name không đủ để phân biệt (thiếu một từ, một chữ viết tắt) → buyer.1a chờ trong khi bộ phận hỗ trợ xác minh ai là chủ tài khoản thanh toán (findings.paying_account_holder)
filing-route-seller_third_party = payer_name của một khoản thanh toán có chứng từ là người khác, không phải người mua → chỉ hoàn tiền, theo buyer.1a (không phân biệt được → buyer.1a chờ xác minh)
filing-route-seller_fraud_third_party = người bán khiếu nại, chưa xác lập gian lận, và payer_name của một khoản thanh toán có chứng từ là người khác, không phải người mua → chỉ hoàn tiền, theo buyer.1a (không phân biệt được → buyer.1a chờ xác minh)
