## Khiếu nại của người mua, 4.a: các yêu cầu ngoài chuẩn mực của người bán (buyer.4a.*)

buyer-4a-chat_line = "{ $text }" ({ $terms })
buyer-4a-off_platform = người bán đề nghị giao dịch hoặc thanh toán bên ngoài nền tảng
buyer-4a-verification-request = một yêu cầu xác minh trên lệnh ({ $kind })
buyer-4a-demands-trace = tin nhắn và dòng thời gian của người bán so với verification_terms và out_of_policy_terms
buyer-4a-demands-count = { $verification } yêu cầu xác minh, { $out_of_policy } yêu cầu ngoài chính sách
buyer-4a-out_of_policy = yêu cầu ngoài chính sách của người bán: { $what }
buyer-4a-verification-as_well = còn yêu cầu xác minh bổ sung: { $what }
buyer-4a-offence-trace = số vi phạm trước đây của người bán { $violations } so với repeat_threshold { $threshold }
buyer-4a-offence-repeat = tái phạm
buyer-4a-offence-first = vi phạm lần đầu
buyer-4a-offence-if_fewer = với ít hơn { $threshold } vi phạm trước đây, chế tài sẽ là `{ $sanction }`
buyer-4a-offence-if_repeat = với { $threshold } vi phạm trước đây trở lên, người bán sẽ bị tạm ngừng
buyer-4a-offence-suspended = người bán có { $violations } vi phạm trước đây: bị tạm ngừng P2P trong { $days } ngày
buyer-4a-no_demand = hồ sơ không có yêu cầu ngoài chuẩn mực nào của người bán (tin nhắn hoặc dòng thời gian)
buyer-4a-ask-review_chat = xem xét toàn bộ tin nhắn của lệnh để tìm yêu cầu mà người mua mô tả
buyer-4a-verification-demanded = yêu cầu xác minh bổ sung: { $what }
buyer-4a-kind_named = { $kind } ({ $terms })
buyer-4a-kinds = { $kinds }
buyer-4a-kinds-none = không có
buyer-4a-kinds-none_named = không có loại nào được chính sách nêu tên
buyer-4a-kinds-requested = loại được yêu cầu
buyer-4a-disclosure-trace = điều khoản quảng cáo công bố từng loại xác minh được yêu cầu ({ $demanded }); câu trả lời của người mua
buyer-4a-disclosure-outcome = đã công bố: { $disclosed }; chưa công bố: { $undisclosed }; người mua { $answer }
buyer-4a-ad_asks = { " " }(điều khoản chỉ yêu cầu: { $kinds })
buyer-4a-ad_asks-nothing = { "" }
buyer-4a-unnamed_kind = loại xác minh được yêu cầu không được chính sách nêu tên, nên không thể chứng minh điều khoản quảng cáo đã công bố nó trước khi đặt lệnh{ $ad_asks }
buyer-4a-undisclosed = điều khoản quảng cáo đã không công bố { $kinds } được yêu cầu trước khi đặt lệnh{ $ad_asks }
buyer-4a-ask-answer = đồng ý hoặc từ chối việc xác minh mà điều khoản quảng cáo đã công bố
buyer-4a-agreed = điều khoản quảng cáo đã công bố việc xác minh trước khi đặt lệnh và người mua đã đồng ý: giao dịch tiếp tục
buyer-4a-ask-provide = cung cấp thông tin xác minh mà điều khoản quảng cáo yêu cầu
buyer-4a-ask-complete = hoàn tất giao dịch khi đã có thông tin xác minh
buyer-4a-refused = người mua đã từ chối xác minh
buyer-4a-awaiting_answer = điều khoản quảng cáo đã công bố việc xác minh; người mua chưa trả lời, và việc im lặng khi thời hạn còn đang chạy không phải là từ chối
buyer-4a-if_no_answer = nếu đến lúc đó người mua chưa đồng ý, hãy hủy lệnh (hoàn tiền cho người mua trước nếu họ đã thanh toán)
buyer-4a-never_agreed = điều khoản quảng cáo đã công bố việc xác minh, nhưng người mua đã không đồng ý trước { $due }: giao dịch không thể tiếp tục
buyer-4a-ask-cancel = hủy lệnh
buyer-4a-refunded = khoản { $paid } của người mua đã được hoàn
buyer-4a-paid = người mua đã thanh toán { $paid }: khoản này được hoàn trước khi hủy lệnh
buyer-4a-ask-refund = hoàn { $amount } cho người mua
buyer-4a-ask-cancel_after_refund = hủy lệnh khi việc hoàn tiền đã được xác nhận

## Các loại xác minh mà một yêu cầu trên lệnh nêu tên

verification_kind-payment_screenshot = ảnh chụp màn hình thanh toán
verification_kind-selfie_with_id = ảnh selfie cầm giấy tờ tùy thân
verification_kind-other = một hình thức kiểm tra khác

## Người mua đã trả lời yêu cầu xác minh như thế nào

verification_answer-agreed = đã đồng ý
verification_answer-refused = đã từ chối
verification_answer-none = chưa trả lời
