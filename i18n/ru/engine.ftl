## Что движок отмечает для каждого пункта: объединённые санкции, частичные возвраты, воспроизведение
## (sanctions.*, refund.*, replay.as_of, replay.left_out)

sanctions-suspension = suspend_p2p: { $party } ({ $length })
sanctions-contained_in_ban = входит в бессрочную блокировку ({ $clause })
refund-partial = продавец вернул пока { $returned }: остаётся к возврату { $outstanding }
replay-as_of = воспроизведено на момент { $at }
replay-left_out = не учтено: { $entries }
