## What the engine notes for every clause: merged sanctions, partial refunds, replays
## (sanctions.*, refund.*, replay.as_of, replay.left_out)

sanctions-suspension = suspend_p2p of the { $party } ({ $length })
sanctions-contained_in_ban = contained in the permanent ban ({ $clause })
refund-partial = the seller has refunded { $returned } so far: { $outstanding } is still owed
replay-as_of = replayed as of { $at }
replay-left_out = { $entries } left out
