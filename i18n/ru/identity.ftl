## Who paid: payer names compared with the buyer's verified name as identities (identity.*)

identity-name-compared = плательщик { $payer } и покупатель { $buyer }, сравнены как { $payer_forms } и { $buyer_forms } по { $convention }
identity-name-same = одно и то же лицо ({ $reason })
identity-name-different = другое лицо ({ $reason })
identity-name-cannot_tell = нельзя сказать ({ $reason })
identity-payer-unverified = имя плательщика ({ $payers }) не совпадает с покупателем ({ $buyer }) и не исключает его: у поддержки { $length } с момента апелляции, до { $due }, чтобы проверить, кто владелец счёта плательщика
identity-payer-verify = проверить, кто владелец счёта плательщика (например, по банковской выписке с именем владельца), и записать это в findings.paying_account_holder
identity-payer-answers = что следует из каждого ответа о владельце счёта плательщика
identity-payer-if_answered = владелец — покупатель: { $clause } применяется, как если бы имена совпали; владелец — другое лицо: платёж третьего лица, возврат на счёт плательщика (buyer 1.a)
identity-payer-not_shown = владелец счёта плательщика не установлен к { $due }
identity-payer-decide = решить, кто владелец счёта плательщика: из имён не следует ни один из исходов
identity-payer-verified_buyer = поддержка проверила, что счёт, с которого платил { $payers }, принадлежит покупателю: имена считаются совпадающими
identity-payer-verified_someone_else = поддержка проверила, что счёт, с которого платил { $payers }, принадлежит не покупателю
name_reason-exact = написаны одинаково
name_reason-folded = одинаковы без учёта регистра и диакритики
name_reason-punctuation = одинаковы, кроме дефисов, апострофов, точек и пробелов
name_reason-transliterated = написание другого алфавита по правилу
name_reason-reordered = те же слова в другом порядке
name_reason-word_missing = слова одного имени нет в другом
name_reason-initial = инициал или сокращение вместо слова
name_reason-spelling_variant = написания различаются лишь как написания одного звука
name_reason-unreadable = чтение иероглифов неизвестно
name_reason-empty = имя пусто
name_reason-too_long = имя длиннее имени человека
name_reason-mixed_scripts = имя смешивает письменности: разные слова могут быть одним словом в двух письменностях
name_reason-tie_word_order = слово-патроним связывает соседние слова в другом порядке
name_reason-different_word = слово не совпадает ни с одним словом другого имени
