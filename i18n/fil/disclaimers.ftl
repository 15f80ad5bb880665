disclaimers-channels-named_in_chat = ang chat { $chat } ({ $from }) ay bumabanggit ng channel sa labas: "{ $text }" ({ $terms })
disclaimers-channels-notice = Ang sariling chat at mga support tool lamang ng platform ang may bisa. Hindi sakop ang mga pagkalugi mula sa paggamit ng mga channel sa labas (messenger, e-mail, tawag sa telepono), at walang aaksyunan ang support sa anumang napagkasunduan doon.
disclaimers-off_platform-proposed = ang { $party } ay nagmungkahing makipagkalakalan o magbayad sa labas ng platform
disclaimers-off_platform-notice = Dapat manatili sa platform ang mga P2P trade. Ang mga pagkalugi mula sa mga trade, bayad o kasunduang ginawa sa labas nito ay pananagutan ng mga user; walang pananagutan ang platform sa mga ito.
disclaimers-timeliness-notice = Hindi kumilos ang { $party } sa loob ng oras na ibinigay ng support; ang mga pagkalugi na bunga nito ay pananagutan ng { $party }.
general-finality-notice = Pinal ang desisyon ng support sa hindi pagkakasundong ito maliban kung iba ang sinasabi ng mga patakaran.
