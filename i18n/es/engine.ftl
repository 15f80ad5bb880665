## Lo que el motor anota para toda cláusula: sanciones combinadas, reembolsos parciales, reconstrucciones
## (sanctions.*, refund.*, replay.as_of, replay.left_out)

sanctions-suspension = suspend_p2p del { $party } ({ $length })
sanctions-contained_in_ban = incluida en la inhabilitación permanente ({ $clause })
refund-partial = el vendedor ha reembolsado { $returned } hasta ahora: aún se adeudan { $outstanding }
replay-as_of = reconstruido a la fecha { $at }
replay-left_out = sin { $entries }
