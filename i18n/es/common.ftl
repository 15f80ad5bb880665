# Español (neutro latinoamericano): traducción del catálogo en inglés (i18n/en). Requiere revisión de un hablante nativo.
# Los ids de los mensajes son los códigos del fallo (`buyer.1a.inside_band` es `buyer-1a-inside_band`).

## Las partes y quién actúa

party-buyer = comprador
party-seller = vendedor
party-support = soporte
party-system = plataforma

## Periodos de tiempo como los escriben los fallos

duration-minutes = { $n ->
    [one] { $n } minuto
   *[other] { $n } minutos
}
duration-hours = { $n ->
    [one] { $n } hora
   *[other] { $n } horas
}
duration-days = { $n ->
    [one] { $n } día
   *[other] { $n } días
}
duration-working_days = { $n ->
    [one] { $n } día hábil
   *[other] { $n } días hábiles
}
duration-months = { $n ->
    [one] { $n } mes
   *[other] { $n } meses
}

## Palabras de enlace

# Lists: what comes between two items, and before the last one ("a, b and c"); the
# spaces are written as {" "} so that they are kept.
list-separator = ,{" "}
list-and = {" "}y{" "}
# Between the items of a series whose items hold commas of their own.
list-series_separator = ;{" "}

## Quién escribió una línea del chat

speaker-buyer = comprador
speaker-seller = vendedor
speaker-cs = soporte

## Cuánto dura una sanción (sanction.length.*)

sanction-length-days = { $days ->
    [one] { $days } día
   *[other] { $days } días
}
sanction-length-until_resolved = hasta la resolución
sanction-length-permanent = permanente
sanction-length-none = —

## Lo que una reconstrucción en un momento anterior dejó fuera (replay.*)

replay-later_entries = { $count ->
    [one] { $count } registro posterior del expediente
   *[other] { $count } registros posteriores del expediente
}

## Tipos de prueba (evidence_kind-*)

evidence_kind-payment_receipt = un comprobante de pago
evidence_kind-bank_statement = un estado de cuenta bancario
evidence_kind-screenshot = una captura de pantalla
evidence_kind-chat_export = una exportación del chat
evidence_kind-id_document = un documento de identidad
evidence_kind-police_report = una denuncia policial
evidence_kind-chargeback_notice = un aviso de contracargo
evidence_kind-bank_notice = un aviso del banco
evidence_kind-other = un documento
