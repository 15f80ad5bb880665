## The Disclaimers and General Terms (disclaimers.*, general.finality)

disclaimers-channels-named_in_chat = chat { $chat } ({ $from }) names an outside channel: "{ $text }" ({ $terms })
disclaimers-channels-notice = Only the platform's own chat and support tools count. Losses from using outside channels (messengers, e-mail, phone calls) are not covered, and support acts on nothing agreed there.
disclaimers-off_platform-proposed = the { $party } proposed to trade or pay off the platform
disclaimers-off_platform-notice = P2P trades must stay on the platform. Losses from trades, payments or arrangements made outside it are the users' own; the platform is not liable for them.
disclaimers-timeliness-notice = The { $party } did not act within the time support gave; losses that follow from that are the { $party }'s own.
general-finality-notice = Support's decision on this dispute is final unless the rules say otherwise.
