## Các điều khoản theo cách diễn đạt của dự án (`appeal explain`, `appeal policy show`, tài nguyên
## điều khoản của máy chủ MCP): mỗi điều khoản một thông điệp, `clause-` và mã điều khoản. Không
## bao giờ chép nguyên văn quy tắc: nội dung mỗi điều khoản được diễn đạt theo cách của dự án.

# Vị trí của điều khoản trong thứ tự đánh giá.
stage-gate = điều kiện, được kiểm tra trước mọi điều khoản
stage-governing = điều khoản chi phối: quyết định khiếu nại thuộc phạm vi của nó
stage-cross_cutting = điều khoản chung, được thêm vào mọi phán quyết
stage-notice = thông báo, được thêm vào các phán quyết có liên quan

clause-general-age_limit = Khiếu nại về các lệnh đã quá thời hạn tối đa (tính theo tháng dương lịch từ khi tạo lệnh đến khi khiếu nại) có thể bị từ chối; bộ phận hỗ trợ có thể mở lại từng trường hợp.
clause-procedure-kyc = Cả hai bên phải hoàn tất xác minh danh tính (KYC) thì khiếu nại mới được xem xét.
clause-procedure-timer = Chỉ có thể nộp khiếu nại sau khi bộ đếm ngược của lệnh kể từ lúc "đánh dấu đã thanh toán" đã hết.
clause-procedure-reason = Khiếu nại phải nêu loại khiếu nại và lý do.
clause-procedure-evidence = Người khiếu nại phải tải lên bằng chứng mà thủ tục yêu cầu (ví dụ bằng chứng thanh toán) trước khi bộ phận hỗ trợ xử lý.
clause-buyer-1a = Người bán từ chối giải phóng sau khi người mua đã thanh toán đúng từ tài khoản của chính mình. Nếu giá nằm trong biên độ chấp nhận được, người bán không trả lời kịp thời sẽ mất tiền mã hóa cho người mua; nếu nằm ngoài biên độ, người bán phải hoàn toàn bộ khoản thanh toán, lệnh bị hủy khi việc hoàn tiền được xác nhận, và việc từ chối hoặc chậm trễ không chính đáng dẫn đến giải phóng tiền mã hóa cho người mua.
clause-buyer-1b = Người bán chậm giải phóng. Sau một khoản thanh toán tức thời, người bán có một thời hạn ngắn để giải phóng; sau một khoản thanh toán không tức thời, thời hạn dài hơn tính theo ngày làm việc, trong đó người bán phải chứng minh chưa nhận được tiền bằng sao kê ngân hàng, nếu không khoản thanh toán được coi là đã nhận.
clause-buyer-1c = Người bán giữ lại vì nội dung chuyển khoản của người mua chứa từ nhạy cảm. Bộ phận hỗ trợ yêu cầu người bán hoàn tiền hoặc giải phóng: giải phóng thì người bán tự chịu rủi ro, hoàn tiền thì người mua chịu chi phí.
clause-buyer-2a = Người mua đã trả nhiều hơn số tiền của lệnh. Bộ phận hỗ trợ yêu cầu người bán hoàn phần dư; người bán từ chối hoặc im lặng có thể bị đóng băng quyền truy cập P2P và tài sản cho đến khi giải quyết xong. Việc thu hồi được thực hiện trên cơ sở nỗ lực tối đa và nền tảng không chịu trách nhiệm về sai sót của người mua.
clause-buyer-3a = Người mua đã thanh toán nhưng lệnh bị hủy (hết thời gian hoặc nhầm lẫn). Khi khoản thanh toán được xác nhận, người bán phải hoàn tiền trong thời hạn; người bán từ chối bị đóng băng ngay, người bán im lặng bị đóng băng khi thời hạn kết thúc. Nền tảng không chịu trách nhiệm nếu người bán không bao giờ hoàn tiền.
clause-buyer-4a = Người bán đưa ra yêu cầu ngoài chuẩn mực. Xác minh bổ sung chỉ được phép nếu điều khoản quảng cáo đã công bố đúng yêu cầu đó và người mua đồng ý; nếu không, lệnh bị hủy. Các yêu cầu ngoài chính sách khác (thông tin liên lạc, kênh bên ngoài, phí thêm) dẫn đến hủy lệnh và chế tài đối với người bán.
clause-buyer-5a = Người bán đã dùng ngôn từ xúc phạm. Bộ phận hỗ trợ quyết định chế tài theo quyền tự quyết: tạm ngừng, hoặc cấm vĩnh viễn đối với người tái phạm.
clause-buyer-6a = Người bán đã gian lận. Kẻ gian lận mất quyền truy cập P2P vĩnh viễn và quảng cáo bị gỡ bỏ; tài sản có thể bị đóng băng khi có khả năng gây tổn thất.
clause-seller-1a = Người mua đánh dấu lệnh đã thanh toán mà không thanh toán. Nếu không có bằng chứng thanh toán hợp lệ (biên lai không bị chỉnh sửa từ nguồn ngân hàng chính thức) kịp thời, hoặc nếu không liên hệ được người mua, lệnh bị hủy và tiền mã hóa trở về người bán.
clause-seller-1b = Người mua có bằng chứng hợp lệ nhưng người bán nói tiền chưa về. Người bán phải chứng minh bằng sao kê ngân hàng kịp thời; không có sao kê thì tiền mã hóa được giải phóng, có sao kê thì khoản thanh toán được tra soát với cả hai ngân hàng.
clause-seller-1c = Người mua đã thanh toán vào một tài khoản mà người bán không thể truy cập. Chỉ thông tin thanh toán trên trang lệnh do hệ thống ghi nhận mới có giá trị ràng buộc: người mua làm theo thông tin đó được bảo vệ; người mua thanh toán vào nơi khác (qua chat, điều khoản quảng cáo, ứng dụng nhắn tin bên ngoài) tự chịu tổn thất, và người tái phạm có thể bị cấm.
clause-seller-2a = Người mua đã trả ít hơn số tiền của lệnh. Theo mặc định, người mua có thể bù phần thiếu trong thời hạn, nếu không người bán hoàn lại số tiền đã nhận và lệnh bị hủy; chính sách có thể thay vào đó giải phóng phần đã được thanh toán.
clause-seller-3a = Người mua đặt lệnh mà không có ý định thanh toán. Bộ phận hỗ trợ điều tra; khi được xác nhận, người mua bị loại khỏi P2P vĩnh viễn và không có quyền khiếu nại.
clause-seller-4a = Tài khoản của người bán bị khóa sau khi nhận khoản thanh toán của người mua. Quyền truy cập P2P và việc rút tiền của người mua bị tạm giữ cho đến khi giải quyết xong; người bán phải chứng minh người mua gây ra việc khóa, sau đó người mua phải hợp tác cung cấp tài liệu, nếu không sẽ bị cấm.
clause-seller-5a = Người bán đã giải phóng mà không xác nhận khoản thanh toán và tự chịu tổn thất; nền tảng không can thiệp. Người mua không hợp tác bị tạm ngừng, và người bán có thể trình báo công an.
clause-seller-6a = Người mua đã dùng ngôn từ xúc phạm. Bộ phận hỗ trợ quyết định chế tài theo quyền tự quyết: tạm ngừng, hoặc cấm vĩnh viễn đối với người tái phạm.
clause-seller-7a = Người mua đã gian lận. Kẻ gian lận mất quyền truy cập P2P vĩnh viễn và quảng cáo bị gỡ bỏ; tài sản có thể bị đóng băng khi có khả năng gây tổn thất.
clause-disclaimers-timeliness = Tổn thất do không làm theo hướng dẫn của bộ phận hỗ trợ trong thời hạn đã cho do người dùng tự chịu.
clause-disclaimers-off_platform = Giao dịch, khoản thanh toán và thỏa thuận bên ngoài nền tảng do người dùng tự chịu rủi ro; nền tảng không chịu trách nhiệm.
clause-disclaimers-channels = Chỉ khung chat và công cụ hỗ trợ của chính nền tảng mới có giá trị; tổn thất từ các kênh bên ngoài (ứng dụng nhắn tin, e-mail, điện thoại) không được bảo vệ.
clause-general-finality = Quyết định của bộ phận hỗ trợ về tranh chấp là quyết định cuối cùng, trừ khi quy tắc quy định khác.
clause-guide-steps = Khiếu nại đủ điều kiện được chuyển đến nhân viên hỗ trợ: người khiếu nại mở chat trực tuyến, cung cấp số lệnh và vấn đề, và bằng chứng được xem xét tại đó.
clause-guide-completed = Nền tảng là bên trung gian: khoản thanh toán là cuối cùng khi lệnh đã hoàn tất, và nền tảng không mở lại lệnh đã hoàn tất trừ khi một bên gian lận hoặc gây nhầm lẫn.
