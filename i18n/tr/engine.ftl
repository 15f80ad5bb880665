## Motorun her madde için not ettikleri: birleştirilen yaptırımlar, kısmi iadeler, yeniden oynatmalar
## (sanctions.*, refund.*, replay.as_of, replay.left_out)

sanctions-suspension = suspend_p2p: { $party } ({ $length })
sanctions-contained_in_ban = kalıcı yasağın kapsamında ({ $clause })
refund-partial = satıcı şimdiye kadar { $returned } iade etti: { $outstanding } hâlâ borçlu
replay-as_of = { $at } itibarıyla yeniden oynatıldı
replay-left_out = dışarıda bırakılan: { $entries }
