## Khiếu nại của người mua về số tiền đã trả: 2.a trả thừa, 3.a lệnh bị hủy sau khi thanh toán, và khoản hoàn tiền (buyer.2a.*, buyer.3a.*, buyer.refund.*)

buyer-2a-trace = đã trả { $paid } so với số tiền của lệnh { $amount }
buyer-2a-excess = phần dư { $excess }
buyer-2a-notice = Việc hoàn lại khoản trả thừa được thực hiện trên cơ sở nỗ lực tối đa; nền tảng không chịu trách nhiệm về sai sót của người mua.
buyer-2a-no_excess = các khoản thanh toán ({ $paid }) không vượt quá số tiền của lệnh ({ $amount }): không có phần dư nào để hoàn
buyer-2a-overpaid = người mua đã trả { $paid } cho một lệnh { $amount }: thừa { $excess }
buyer-2a-ask-see_release = bản thân số tiền của lệnh đã được trả đủ: hãy bảo đảm người bán giải phóng tiền mã hóa (nếu không thì áp dụng buyer 1.b)
buyer-2a-refunded = người bán đã hoàn phần dư { $excess }
buyer-refund-refused_before_appeal = người bán đã từ chối hoàn tiền lúc { $at }, trước khi có khiếu nại: chỉ câu trả lời cho yêu cầu của bộ phận hỗ trợ mới được tính
buyer-refund-refused = người bán đã từ chối hoàn tiền lúc { $at }
buyer-refund-ask = hoàn { $what } { $amount } cho người mua
buyer-refund-refusal_trace = việc người bán từ chối lúc { $refused } so với thời hạn kết thúc lúc { $due }
buyer-refund-frozen_at_once = từ chối trước khi thời hạn kết thúc: đóng băng ngay lập tức
buyer-refund-if_not_refused = nếu không có việc từ chối, phán quyết sẽ chờ thời hạn kết thúc rồi mới đóng băng người bán
buyer-refund-refused_in_time = người bán đã từ chối { $when }: quyền truy cập P2P và tài sản của người bán bị đóng băng ngay lập tức cho đến khi hoàn tiền xong
buyer-refund-before_window_closed = trước khi thời hạn kết thúc lúc { $due }
buyer-refund-before_contact = trước khi bộ phận hỗ trợ liên hệ với họ
buyer-refund-if_not_refunded = nếu đến lúc đó việc hoàn tiền chưa hoàn tất, hãy đóng băng quyền truy cập P2P và tài sản của người bán cho đến khi hoàn tất
buyer-refund-not_refunded = việc hoàn tiền chưa hoàn tất trước { $due }: quyền truy cập P2P và tài sản của người bán bị đóng băng cho đến khi hoàn tất
buyer-refund-ask-now = hoàn { $what } { $amount } cho người mua ngay bây giờ
buyer-refund-ask-freeze = đóng băng quyền truy cập P2P và tài sản của người bán; gỡ đóng băng khi việc hoàn tiền đã được xác nhận
buyer-3a-proof-trace = các khoản thanh toán có bằng chứng hợp lệ (nguồn chính thức, không bị chỉnh sửa)
buyer-3a-proof-count = { $proven } trên { $payments }
buyer-3a-no_valid_proof = khoản thanh toán của người mua chưa được xác nhận bằng bằng chứng hợp lệ (biên lai không bị chỉnh sửa từ nguồn ngân hàng chính thức)
buyer-3a-proof-what = bằng chứng thanh toán hợp lệ: biên lai ngân hàng chính thức, không bị chỉnh sửa
buyer-3a-no_proof_by = không có bằng chứng thanh toán hợp lệ trước { $due }: việc hủy lệnh giữ nguyên
buyer-3a-notice = Nếu người bán từ chối hoàn tiền, nền tảng không chịu trách nhiệm về tổn thất từ lệnh này.
buyer-3a-confirmed = khoản thanh toán { $owed } của người mua đã được xác nhận và lệnh đã bị hủy: người bán phải hoàn lại khoản này
buyer-3a-refunded = người bán đã hoàn { $owed }

## Người bán hoàn gì cho người mua

refund_of-excess = phần dư
refund_of-payment = khoản
