# Türkçe: İngilizce kataloğun (i18n/en) çevirisi. Akıcı bir konuşucu tarafından gözden geçirilmelidir.
# Mesaj kimlikleri kararın kodlarıdır (`buyer.1a.inside_band`, `buyer-1a-inside_band` olur).

## Taraflar ve kimin işlem yaptığı

party-buyer = alıcı
party-seller = satıcı
party-support = destek ekibi
party-system = platform

## Kararların yazdığı biçimde süreler

duration-minutes = { $n ->
    [one] { $n } dakika
   *[other] { $n } dakika
}
duration-hours = { $n ->
    [one] { $n } saat
   *[other] { $n } saat
}
duration-days = { $n ->
    [one] { $n } gün
   *[other] { $n } gün
}
duration-working_days = { $n ->
    [one] { $n } iş günü
   *[other] { $n } iş günü
}
duration-months = { $n ->
    [one] { $n } ay
   *[other] { $n } ay
}

## Bağlaçlar

# Lists: what comes between two items, and before the last one ("a, b and c"); the
# spaces are written as {" "} so that they are kept.
list-separator = ,{" "}
list-and = {" "}ve{" "}
# Between the items of a series whose items hold commas of their own.
list-series_separator = ;{" "}

## Sohbet satırını kimin yazdığı

speaker-buyer = alıcı
speaker-seller = satıcı
speaker-cs = destek

## Bir yaptırımın süresi (sanction.length.*)

sanction-length-days = { $days ->
    [one] { $days } gün
   *[other] { $days } gün
}
sanction-length-until_resolved = çözülene kadar
sanction-length-permanent = kalıcı
sanction-length-none = —

## Daha önceki bir ana göre yeniden oynatmanın dışarıda bıraktıkları (replay.*)

replay-later_entries = { $count ->
    [one] vaka dosyasının { $count } sonraki kaydı
   *[other] vaka dosyasının { $count } sonraki kaydı
}

## Kanıt türleri (evidence_kind-*)

evidence_kind-payment_receipt = bir ödeme dekontu
evidence_kind-bank_statement = bir banka hesap dökümü
evidence_kind-screenshot = bir ekran görüntüsü
evidence_kind-chat_export = bir sohbet dökümü
evidence_kind-id_document = bir kimlik belgesi
evidence_kind-police_report = bir polis tutanağı
evidence_kind-chargeback_notice = bir ters ibraz (chargeback) bildirimi
evidence_kind-bank_notice = bankadan bir bildirim
evidence_kind-other = bir belge
