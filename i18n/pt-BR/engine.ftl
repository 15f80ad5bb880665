## O que o mecanismo registra para toda cláusula: sanções combinadas, reembolsos parciais, reconstituições
## (sanctions.*, refund.*, replay.as_of, replay.left_out)

sanctions-suspension = suspend_p2p do { $party } ({ $length })
sanctions-contained_in_ban = contida no banimento permanente ({ $clause })
refund-partial = o vendedor reembolsou { $returned } até agora: ainda faltam { $outstanding }
replay-as_of = reconstituído na data de { $at }
replay-left_out = sem { $entries }
