# Русский: перевод английского каталога (i18n/en). Требуется проверка носителем языка.
# Идентификаторы сообщений — коды решения (`buyer.1a.inside_band` — это `buyer-1a-inside_band`).

## Стороны и кто действует

party-buyer = покупатель
party-seller = продавец
party-support = поддержка
party-system = платформа

## Продолжительность, как её пишут решения

duration-minutes = { $n ->
    [one] { $n } минута
    [few] { $n } минуты
    [many] { $n } минут
   *[other] { $n } минуты
}
duration-hours = { $n ->
    [one] { $n } час
    [few] { $n } часа
    [many] { $n } часов
   *[other] { $n } часа
}
duration-days = { $n ->
    [one] { $n } день
    [few] { $n } дня
    [many] { $n } дней
   *[other] { $n } дня
}
duration-working_days = { $n ->
    [one] { $n } рабочий день
    [few] { $n } рабочих дня
    [many] { $n } рабочих дней
   *[other] { $n } рабочего дня
}
duration-months = { $n ->
    [one] { $n } месяц
    [few] { $n } месяца
    [many] { $n } месяцев
   *[other] { $n } месяца
}

## Союзы

# Lists: what comes between two items, and before the last one ("a, b and c"); the
# spaces are written as {" "} so that they are kept.
list-separator = ,{" "}
list-and = {" "}и{" "}
# Between the items of a series whose items hold commas of their own.
list-series_separator = ;{" "}

## Кто написал строку чата

speaker-buyer = покупатель
speaker-seller = продавец
speaker-cs = поддержка

## Срок санкции (sanction.length.*)

sanction-length-days = { $days ->
    [one] { $days } день
    [few] { $days } дня
    [many] { $days } дней
   *[other] { $days } дня
}
sanction-length-until_resolved = до урегулирования
sanction-length-permanent = бессрочно
sanction-length-none = —

## Что не учтено при воспроизведении на более ранний момент (replay.*)

replay-later_entries = { $count ->
    [one] { $count } более поздняя запись дела
    [few] { $count } более поздние записи дела
    [many] { $count } более поздних записей дела
   *[other] { $count } более поздней записи дела
}

## Виды доказательств (evidence_kind-*)

evidence_kind-payment_receipt = квитанция об оплате
evidence_kind-bank_statement = банковская выписка
evidence_kind-screenshot = снимок экрана
evidence_kind-chat_export = выгрузка чата
evidence_kind-id_document = документ, удостоверяющий личность
evidence_kind-police_report = заявление в полицию
evidence_kind-chargeback_notice = уведомление о чарджбэке
evidence_kind-bank_notice = уведомление банка
evidence_kind-other = документ
