# Português (Brasil): tradução do catálogo inglês (i18n/en). Requer revisão de um falante nativo.
# Os ids das mensagens são os códigos da decisão (`buyer.1a.inside_band` é `buyer-1a-inside_band`).

## As partes e quem age

party-buyer = comprador
party-seller = vendedor
party-support = suporte
party-system = plataforma

## Períodos de tempo como as decisões os escrevem

duration-minutes = { $n ->
    [one] { $n } minuto
   *[other] { $n } minutos
}
duration-hours = { $n ->
    [one] { $n } hora
   *[other] { $n } horas
}
duration-days = { $n ->
    [one] { $n } dia
   *[other] { $n } dias
}
duration-working_days = { $n ->
    [one] { $n } dia útil
   *[other] { $n } dias úteis
}
duration-months = { $n ->
    [one] { $n } mês
   *[other] { $n } meses
}

## Palavras de ligação

# Lists: what comes between two items, and before the last one ("a, b and c"); the
# spaces are written as {" "} so that they are kept.
list-separator = ,{" "}
list-and = {" "}e{" "}
# Between the items of a series whose items hold commas of their own.
list-series_separator = ;{" "}

## Quem escreveu uma linha do chat

speaker-buyer = comprador
speaker-seller = vendedor
speaker-cs = suporte

## Duração de uma sanção (sanction.length.*)

sanction-length-days = { $days ->
    [one] { $days } dia
   *[other] { $days } dias
}
sanction-length-until_resolved = até a resolução
sanction-length-permanent = permanente
sanction-length-none = —

## O que uma reconstituição num momento anterior deixou de fora (replay.*)

replay-later_entries = { $count ->
    [one] { $count } registro posterior do processo
   *[other] { $count } registros posteriores do processo
}

## Tipos de prova (evidence_kind-*)

evidence_kind-payment_receipt = um comprovante de pagamento
evidence_kind-bank_statement = um extrato bancário
evidence_kind-screenshot = uma captura de tela
evidence_kind-chat_export = uma exportação do chat
evidence_kind-id_document = um documento de identidade
evidence_kind-police_report = um boletim de ocorrência
evidence_kind-chargeback_notice = um aviso de chargeback
evidence_kind-bank_notice = um aviso do banco
evidence_kind-other = um documento
