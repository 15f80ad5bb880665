## Who paid: payer names compared with the buyer's verified name as identities (identity.*)

identity-name-compared = người thanh toán { $payer } so với người mua { $buyer }, so sánh dưới dạng { $payer_forms } và { $buyer_forms } theo { $convention }
identity-name-same = cùng một người ({ $reason })
identity-name-different = một người khác ({ $reason })
identity-name-cannot_tell = không phân biệt được ({ $reason })
identity-payer-unverified = tên người thanh toán ({ $payers }) không khớp với người mua ({ $buyer }) mà cũng không loại trừ: bộ phận hỗ trợ có { $length } kể từ khiếu nại, đến { $due }, để xác minh ai là chủ tài khoản thanh toán
identity-payer-verify = xác minh ai là chủ tài khoản thanh toán (ví dụ sao kê ngân hàng ghi tên chủ tài khoản) và ghi vào findings.paying_account_holder
identity-payer-answers = điều gì xảy ra theo từng câu trả lời về chủ tài khoản thanh toán
identity-payer-if_answered = chủ là người mua: áp dụng { $clause } như thể tên khớp; chủ là người khác: thanh toán của bên thứ ba, hoàn về tài khoản thanh toán (buyer 1.a)
identity-payer-not_shown = chưa xác lập được chủ tài khoản thanh toán trước { $due }
identity-payer-decide = quyết định ai là chủ tài khoản thanh toán: tên không dẫn đến kết quả nào trong hai
identity-payer-verified_buyer = bộ phận hỗ trợ đã xác minh người mua là chủ tài khoản mà { $payers } đã thanh toán từ đó: coi như tên khớp
identity-payer-verified_someone_else = bộ phận hỗ trợ đã xác minh chủ tài khoản mà { $payers } đã thanh toán từ đó là người khác, không phải người mua
name_reason-exact = viết giống nhau
name_reason-folded = giống nhau khi bỏ qua chữ hoa và dấu
name_reason-punctuation = giống nhau trừ gạch nối, dấu nháy, dấu chấm và khoảng trắng
name_reason-transliterated = cách viết của hệ chữ kia theo quy ước
name_reason-reordered = cùng các từ theo thứ tự khác
name_reason-word_missing = một từ của tên này không có trong tên kia
name_reason-initial = một chữ cái đầu hoặc chữ viết tắt thay cho một từ
name_reason-spelling_variant = các cách viết chỉ khác nhau như cách viết của cùng một âm
name_reason-unreadable = không biết cách đọc các chữ
name_reason-empty = một tên để trống
name_reason-too_long = một tên dài hơn tên của một người
name_reason-mixed_scripts = một tên trộn nhiều hệ chữ: các từ khác nhau có thể là một từ viết bằng hai hệ chữ
name_reason-tie_word_order = một từ chỉ quan hệ cha con gắn các từ xung quanh theo thứ tự khác
name_reason-different_word = một từ không khớp với từ nào của tên kia
