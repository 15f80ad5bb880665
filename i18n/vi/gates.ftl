## Các điều kiện kiểm tra trước mọi điều khoản: giới hạn thời gian của lệnh, xác minh danh tính, bộ đếm thời gian khiếu nại, lý do, bằng chứng (gates.*)

gates-not_applied-trace = điều kiện { $gates }
gates-not_applied = không áp dụng theo chính sách này
gates-age_limit-trace = lệnh được tạo { $created } + { $max_age } = { $limit }; khiếu nại được nộp { $filed }
gates-age_limit-over = quá giới hạn thời gian
gates-age_limit-within = trong giới hạn thời gian
gates-age_limit-reopened = lệnh đã quá { $max_age } nhưng bộ phận hỗ trợ đã chấp thuận mở lại khiếu nại
gates-age_limit-if_filed_by = một khiếu nại nộp trước { $limit } sẽ được xem xét; bộ phận hỗ trợ vẫn có thể mở lại
gates-age_limit-too_old = khiếu nại ({ $filed }) được nộp sau khi giới hạn { $max_age } của lệnh đã hết ({ $limit })
gates-age_limit-ask-refuse = thông báo cho người khiếu nại rằng khiếu nại bị từ chối vì quá hạn; việc mở lại do bộ phận hỗ trợ quyết định (đặt findings.reopen_approved)
gates-kyc-trace = KYC người mua { $buyer_id ->
        [yes] true
       *[no] false
    }, KYC người bán { $seller_id ->
        [yes] true
       *[no] false
    }
gates-kyc-verified = cả hai đã xác minh
gates-kyc-not_verified = chưa xác minh
gates-kyc-unverified = { $party } chưa hoàn tất xác minh KYC
gates-kyc-ask-verify = hoàn tất xác minh KYC; sau đó có thể nộp lại khiếu nại
gates-timer-no_marked_paid = không có sự kiện marked_paid
gates-timer-never_started = bộ đếm thời gian chưa bao giờ bắt đầu; không áp dụng
gates-timer-trace = đánh dấu đã thanh toán { $marked } + { $timer } ({ $source }) = khiếu nại mở lúc { $opens }; nộp lúc { $filed }
gates-timer-early = nộp trước khi bộ đếm thời gian hết
gates-timer-after = nộp sau khi bộ đếm thời gian hết
gates-timer-if_filed_at = một khiếu nại nộp vào hoặc sau { $opens } sẽ được chấp nhận
gates-timer-too_early = khiếu nại được nộp lúc { $filed }, trước khi bộ đếm thời gian của lệnh hết lúc { $opens }
gates-timer-ask-refile = khiếu nại mở vào thời điểm đã nêu: hãy nộp lại vào lúc đó, không nộp sớm hơn
gates-reason-trace = appeal.reason
gates-reason-given = đã nêu
gates-reason-missing = thiếu
gates-reason-none = khiếu nại không nêu lý do
gates-reason-ask-refile = nộp lại khiếu nại kèm loại khiếu nại và lý do
gates-evidence-trace = bằng chứng bắt buộc của { $party }: { $required }
gates-evidence-all_present = có đầy đủ
gates-evidence-missing = thiếu: { $missing }
gates-evidence-kinds = { $kinds }
gates-evidence-not_uploaded = { $party } chưa tải lên bằng chứng bắt buộc: { $missing }
gates-evidence-not_uploaded-others = { $party } chưa tải lên bằng chứng bắt buộc: { $missing } (đã tải lên: { $uploaded })
gates-evidence-late = { $missing } của { $party } được nộp sau khi thời hạn nộp bằng chứng kết thúc lúc { $due }: bằng chứng nộp muộn không đáp ứng thời hạn
gates-evidence-not_arrived = bằng chứng chưa đến trước { $due }
gates-evidence-if_late = nếu đến lúc đó chưa có bằng chứng, hãy đóng khiếu nại vì không đủ điều kiện

## Nguồn của bộ đếm thời gian khiếu nại

timer_source-order = order.appeal_timer
timer_source-policy = mặc định của chính sách
