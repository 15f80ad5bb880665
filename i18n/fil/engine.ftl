sanctions-suspension = suspend_p2p ng { $party } ({ $length })
sanctions-contained_in_ban = kasama na sa permanenteng ban ({ $clause })
refund-partial = nakapag-refund na ang nagbebenta ng { $returned } sa ngayon: { $outstanding } pa ang utang
replay-as_of = muling sinuri sa oras na { $at }
replay-left_out = hindi isinama ang { $entries }
