sanctions-suspension = suspend_p2p đối với { $party } ({ $length })
sanctions-contained_in_ban = đã bao gồm trong lệnh cấm vĩnh viễn ({ $clause })
refund-partial = người bán đến nay đã hoàn { $returned }: vẫn còn nợ { $outstanding }
replay-as_of = xét lại tại thời điểm { $at }
replay-left_out = bỏ qua { $entries }
