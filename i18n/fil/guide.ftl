## Ang Bitget P2P Appeal Guide, at mga apelang hindi ipinapatupad ng patakaran ang probisyon (guide.*)

guide-completed-trace = nakumpleto ang order (nailabas), walang natuklasang panloloko
guide-completed-no_intervention = walang pakikialam
guide-completed-final = nakumpleto ang order; tagapamagitan ang platform at pinal ang mga nakumpletong bayad
guide-completed-ask-tell = sabihin sa umaapela na mananatiling kumpleto ang order; ang paratang na nanloko o nanlinlang ang kabilang panig ay nangangailangan ng ebidensya at natuklasang panloloko (findings.fraud)
guide-completed-notice = Tagapamagitan ang platform: pinal ang bayad kapag nakumpleto na ang order, at hindi sakop ang mga pagkalugi pagkatapos nito maliban kung nanloko o nanlinlang ang isang panig.
guide-completed-fraud_trace = nakumpleto ang order ({ $released }), ngunit may natuklasang panloloko o binagong ebidensya sa file
guide-completed-not_protected = hindi ipinatupad: hindi pinoprotektahan ng nakumpletong order ang panig na nanloko
guide-steps-trace = hindi ipinapatupad ang { $clause } sa ilalim ng patakarang ito
guide-steps-escalate = i-escalate sa isang support agent
guide-steps-to_agent = tinatanggap ang apela at mapupunta ito sa isang support agent; walang substantibong panuntunan para rito ang patakarang ito
guide-steps-fraud_on_file = may natuklasang panloloko o binagong ebidensya sa file: hindi pinoprotektahan ng panuntunan sa nakumpletong order ang panig na nanloko
guide-steps-ask-live_chat = buksan ang live chat (Help, kanang ibaba), pumili ng wika at ilarawan ang apela
guide-steps-ask-order_number = ibigay sa agent ang numero ng order { $order } at ang problema
guide-steps-ask-review = suriin ang na-upload na ebidensya (patunay ng bayad, mga screenshot ng transfer) at lutasin ang apela sa chat
guide-no_clause-trace = talahanayan ng mga probisyon
guide-no_clause-absent = wala sa patakarang ito
guide-no_clause-escalate = hindi ipinapatupad ng patakarang ito ang { $clause }, ang probisyon para sa apelang ito: isang tao ang dapat magpasya
guide-no_clause-ask-decide = magpasya nang manu-mano: walang talahanayang [clauses."{ $clause }"] ang patakaran
