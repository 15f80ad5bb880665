## Слова самих визуализаторов: заголовки, подписи и части решения вокруг его сообщений
## (решения в виде текста, Markdown и HTML, хронология, список задач `queue`, `explain`)

# Собственное название языка, для «уведомления покупателя даны на …».
language-name = Русский

ruling-order = ордер { $order }
ruling-appeal = Апелляция { $case }
ruling-trade = { $quantity } { $asset } за { $amount } { $fiat }
ruling-buyer = покупатель { $name } ({ $uid })
ruling-seller = продавец { $name } ({ $uid })
ruling-policy = политика { $policy }
ruling-built_in = встроенная
# The policy a ruling was made under: id, version, the day it is in force from, where it was
# read from, the digest's first 12 hex digits, and whether it is a modified copy.
ruling-policy_edition = { $id } { $version }{ $in_force } ({ $from }, sha256 { $sha }{ $copy })
ruling-policy_in_force = , действует с { $day }
ruling-policy_modified_copy = , изменённая копия встроенной
ruling-as_of = на момент { $at }
ruling-replay = воспроизведение: не учтено { $left_out }
ruling-decision = РЕШЕНИЕ
ruling-rerouted = подано по { $filed }; по фактам дело перенесено в { $clause }
ruling-next_deadline = ближайший срок: { $at }
ruling-would_change = изменилось бы: { $outcome }
ruling-lines = { $count ->
    [one] строка { $lines }
   *[other] строки { $lines }
}

status-pending = ОЖИДАЕТ
status-final = ОКОНЧАТЕЛЬНО
status-awaiting_review = ОЖИДАЕТ ПРОВЕРКИ

section-why = Основания
section-who = Кто что делает
section-sanctions = Санкции
section-notices = Сообщить сторонам
section-trace = Ход проверки
section-timeline = Хронология
section-glance = Кратко

column-clause = пункт
column-finding = вывод
column-rests_on = основание
column-who = кто
column-what = что
column-due = срок
column-party = сторона
column-action = действие
column-length = продолжительность
column-notice = уведомление
column-checked = проверено
column-outcome = результат
column-when = когда
column-line = строка

## На каком языке сообщают каждой стороне, и уведомления стороне, которой сообщают на другом языке

notices-languages = покупателю сообщается на языке: { $buyer }, продавцу — на языке: { $seller }
notices-language = { $name } ({ $tag })
notices-for = Сообщить стороне: { $party } ({ $language })
notices-english_prevails = Это перевод для удобства; преимущественную силу имеет английский текст этих уведомлений.

## Хронология (текст, Markdown и HTML)

lane-buyer = покупатель
lane-seller = продавец
lane-support = поддержка
lane-platform = платформа
timeline-heading = Хронология (время в { $offset })
timeline-as_of_rule = as_of { $at } — здесь выносится решение
timeline-as_of_row = as_of: здесь выносится решение
timeline-after_as_of = после as_of: не учтено
timeline-line = строка { $line }
timeline-order_created = ордер создан: { $quantity } { $asset } за { $amount } { $fiat }
timeline-paid = оплачено { $amount } { $fiat } от { $payer } на { $account }
timeline-appeal_filed = подана апелляция: { $kind }
timeline-evidence = { $id }: { $kind }, сторона: { $party }
timeline-evidence-official = , из официального источника
timeline-evidence-tampered = , ПРИЗНАНО ПОДДЕЛКОЙ
timeline-evidence-shows = , отражает средства
timeline-evidence-does_not_show = , не отражает средства
timeline-chat = чат { $id }: "{ $text }"
timeline-window-buyer_pays = покупатель платит
timeline-window-order_created = ордер создан
timeline-window-closes = срок истекает: { $what } (с момента: { $from })
timeline-due = срок: { $action }
timeline-due-from = срок: { $action } (срок с момента: { $from })
timeline-opened-contact = связь поддержки со стороной ({ $party })
timeline-opened-no_contact = as_of: связи ещё не было
timeline-opened-request = запрос поддержки о доказательствах стороны ({ $party })
timeline-opened-appeal = апелляция
timeline-opened-payment = платёж
timeline-opened-marked_paid = отметка покупателя об оплате ордера
timeline-opened-later_of = более поздний из моментов: связь поддержки или доказательство
timeline-window-met = срок истёк: { $what } (с момента: { $from }): соблюдён
timeline-window-closed = срок истёк: { $what } (с момента: { $from })
timeline-window-appeal_timer = таймер апелляции { $length }
timeline-window-of_party = срок стороны ({ $party }) { $length } по { $clause }
timeline-marked_paid = отметил ордер как оплаченный
timeline-appeal_opened = апелляция открыта на платформе
timeline-cs_contacted = поддержка связалась со стороной ({ $party })
timeline-responded = ответ: { $stance }
timeline-cancel_requested = запрошена отмена
timeline-released = криптовалюта отпущена
timeline-cancelled = ордер отменён ({ $reason })
timeline-refunded = возвращено { $amount } { $fiat }
timeline-refunded_buyer = средства возвращены покупателю
timeline-refund_refused = отказ в возврате
timeline-account_blocked = счёт стороны ({ $party }) заблокирован
timeline-evidence_requested = у стороны ({ $party }) запрошены доказательства
timeline-unreachable = не удалось связаться со стороной ({ $party })
timeline-agreement = стороны договорились
timeline-verification_requested = запрошена верификация: { $kind }
timeline-verification_agreed = согласие на верификацию
timeline-verification_refused = отказ от верификации
timeline-off_platform = предложение провести сделку вне платформы

## Диаграмма HTML-страницы

chart-label = хронология дела
chart-window = срок с { $opens } ({ $from }) до { $closes }: { $what }
chart-window-not_waited_on = { $window } (решение его больше не ожидает)
chart-window-from = с момента: { $from }
chart-due = срок { $at }
chart-as_of = as_of { $at }
legend-event = событие
legend-payment = платёж
legend-evidence = доказательство
legend-chat = чат
legend-appeal = апелляция
legend-window = срок, которого ожидает решение
legend-window-closed = срок соблюдён или истёк
legend-due = срок
legend-as_of = as_of

## Список задач `queue`

queue-left-in = через { $span }
queue-left-overdue = просрочено на { $span }
queue-overdue = ПРОСРОЧЕНО
queue-at = на { $at }
queue-at-own = на собственный as_of каждого дела
queue-summary = показано { $listed } из { $judged } рассмотренных дел { $when }: со сроком { $due } (просрочено { $overdue }), ожидают проверки { $review }
queue-left-waiting = ожидание { $span }
queue-review = ПРОВЕРКА
queue-review-since = на проверке с { $at }
queue-what-window = { $action } (срок с момента: { $from }, { $start })
queue-not_yet = ; апелляции поданы позже, не показаны: { $count }
queue-invalid = ; недействительных: { $count }
queue-column-case = дело
queue-column-decision = решение
queue-column-who = кто
queue-column-what = что
queue-column-due = срок
queue-column-left = осталось
queue-column-file = файл
queue-column-who_what = кто: что

## `explain CLAUSE` и `explain TYPE` (краткое содержание пунктов — в clauses.ftl, смысл параметров — в params.ftl, тексты типов апелляций — в filing.ftl)

explain-cited_as = ссылка
explain-under_policy = в политике
explain-column-parameter = параметр
explain-column-value = значение
explain-column-placeholder = подстановка
explain-column-meaning = смысл
explain-yes = да
explain-no = нет
explain-decisions = возможные решения
explain-branches = ветви, учитываемые `appeal test --coverage`
explain-sample_cases = примеры дел, которые до него доходят
explain-not_applied = не применяется в политике { $policy } { $version }: в ней нет таблицы [clauses."{ $clause }"]
explain-no_cases_folder = примеры дел: здесь нет папки `cases/`; укажите --cases DIR, чтобы искать в папке с примерами дел
explain-not_a_folder = примеры дел: `{ $folder }` не является папкой; укажите --cases DIR с папкой примеров дел
explain-no_sample_case = примеры дел: ни одно дело в `{ $folder }` не доходит до { $clause }
explain-appeal_type = { $type } — тип апелляции; подаёт: { $filed_by }
explain-goes_to = направляется в: { $clauses }
explain-moved_when = факты перенаправляют апелляцию этого типа, когда:
explain-whatever_the_clause = какой бы ни был пункт: { $rule }
explain-gates_first = сначала проверки: проверки политики (предельный срок; в bitget — KYC, таймер, причина и доказательства) решают до любого пункта
explain-clauses_it_can_reach = пункты, до которых может дойти апелляция (`appeal explain CLAUSE` для каждого):
explain-start_a_case = начать дело: { $command }
explain-case_format = формат дела: docs/case-format.md
