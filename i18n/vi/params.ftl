## Ý nghĩa của từng tham số của một điều khoản (`appeal explain`, `appeal policy show`, lược đồ
## chính sách): `param-`, điều khoản (hoặc quy tắc hai điều khoản dùng chung) và khóa của tham số.

param-buyer-1a-price_band_pct = mức chênh lệch chấp nhận được của giá lệnh so với giá tham chiếu, ± phần trăm
param-buyer-1a-seller_response = thời gian người bán có để trả lời sau khi bộ phận hỗ trợ liên hệ
param-buyer-1a-refund_window = thời gian người bán có để hoàn tiền khi giá nằm ngoài biên độ
param-buyer-1b-instant_release = thời hạn giải phóng sau một khoản thanh toán tức thời (theo thời gian thực)
param-buyer-1b-non_instant_release = thời hạn giải phóng sau một khoản thanh toán không tức thời
param-buyer-1c-decision_window = thời gian người bán có để chọn hoàn tiền hoặc giải phóng
param-buyer-1c-sensitive_terms = các từ trong nội dung chuyển khoản khiến điều khoản này được áp dụng
param-buyer-2a-refund_window = thời gian người bán có để hoàn phần dư
param-buyer-3a-refund_window = thời gian người bán có để hoàn tiền
param-buyer-4a-verification_terms = từng loại xác minh bổ sung, kèm các từ gọi tên loại đó trong tin nhắn của người bán và trong điều khoản quảng cáo; một yêu cầu chỉ được coi là đã công bố khi điều khoản quảng cáo nêu tên đúng loại đó
param-buyer-4a-out_of_policy_terms = các từ trong tin nhắn của người bán cho thấy một yêu cầu ngoài chính sách
param-buyer-4a-seller_sanction = chế tài cho yêu cầu ngoài chính sách, vi phạm lần đầu
param-buyer-4a-repeat_threshold = số vi phạm trước đây mà từ đó yêu cầu được coi là tái phạm (tạm ngừng)
param-buyer-4a-suspension_days = số ngày tạm ngừng cho yêu cầu ngoài chính sách tái phạm
param-buyer-4a-buyer_response = thời gian người mua có để đồng ý hoặc từ chối việc xác minh đã được công bố sau khi bộ phận hỗ trợ liên hệ; im lặng trong thời gian đó không phải là từ chối
param-offensive_language-offensive_terms = các từ trong chat mà bộ phận hỗ trợ phải xem xét là xúc phạm
param-offensive_language-suspension_days = số ngày tạm ngừng P2P cho một vi phạm đã xác nhận
param-offensive_language-repeat_threshold = số vi phạm đã xác nhận trước đây mà từ đó vi phạm mới dẫn đến cấm vĩnh viễn
param-seller-1a-buyer_proof_window = thời gian người mua có để xuất trình bằng chứng hợp lệ sau khi bộ phận hỗ trợ liên hệ
param-seller-1a-false_claim_sanction = số ngày tạm ngừng P2P đối với người mua đã đánh dấu đã thanh toán mà không thanh toán
param-seller-1b-seller_statement_window = thời gian người bán có để nộp sao kê ngân hàng
param-seller-1c-seller_response = thời gian người bán có để chứng minh tiền đã bị trả về
param-seller-1c-repeat_threshold = số vi phạm trước đây mà từ đó người mua bị cấm
param-seller-2a-mode = cách giải quyết khoản thanh toán thiếu
param-seller-2a-top_up_window = thời gian người mua có để trả phần thiếu
param-seller-2a-asset_decimals = số chữ số thập phân mà số lượng tài sản được giải phóng được làm tròn xuống
param-seller-3a-unpaid_threshold = số lệnh chưa thanh toán trong lịch sử của nền tảng mà từ đó mở điều tra
param-seller-4a-evidence_window = thời gian người bán có để chứng minh người mua đã gây ra việc khóa
param-seller-4a-buyer_docs_window = thời gian người mua có để nộp tài liệu sau khi đã có bằng chứng của người bán
param-seller-5a-buyer_response = thời gian người mua có để trả lời bộ phận hỗ trợ sau khi được liên hệ, trước khi bị coi là không phản hồi
param-disclaimers-channels-channel_terms = tên các kênh bên ngoài mà khi xuất hiện trong chat sẽ kéo theo thông báo này
