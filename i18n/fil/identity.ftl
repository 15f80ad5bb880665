## Who paid: payer names compared with the buyer's verified name as identities (identity.*)

identity-name-compared = nagbayad na { $payer } laban sa mamimiling { $buyer }, pinaghambing bilang { $payer_forms } laban sa { $buyer_forms } ayon sa { $convention }
identity-name-same = iisang tao ({ $reason })
identity-name-different = ibang tao ({ $reason })
identity-name-cannot_tell = hindi masabi ({ $reason })
identity-payer-unverified = ang pangalan ng nagbayad ({ $payers }) ay hindi tugma sa mamimili ({ $buyer }) ngunit hindi rin ito isinasantabi: may { $length } ang support mula sa apela, hanggang { $due }, para i-verify kung sino ang may-ari ng account na pinagbayaran
identity-payer-verify = i-verify kung sino ang may-ari ng account na pinagbayaran (hal. bank statement na may pangalan ng may-ari) at itala ito bilang findings.paying_account_holder
identity-payer-answers = ano ang susunod sa bawat sagot tungkol sa may-ari ng account na pinagbayaran
identity-payer-if_answered = ang mamimili ang may-ari: iiral ang { $clause } na parang tugma ang mga pangalan; iba ang may-ari: bayad ng ikatlong partido, ire-refund sa account na pinagbayaran (buyer 1.a)
identity-payer-not_shown = hindi natukoy kung sino ang may-ari ng account na pinagbayaran bago ang { $due }
identity-payer-decide = pagpasyahan kung sino ang may-ari ng account na pinagbayaran: walang resulta sa dalawa ang sumusunod sa mga pangalan
identity-payer-verified_buyer = na-verify ng support na ang mamimili ang may-ari ng account na pinagbayaran ni { $payers }: itinuturing na tugma ang mga pangalan
identity-payer-verified_someone_else = na-verify ng support na ibang tao at hindi ang mamimili ang may-ari ng account na pinagbayaran ni { $payers }
name_reason-exact = magkapareho ang pagkakasulat
name_reason-folded = magkapareho kapag hindi pinansin ang malaking titik at tuldik
name_reason-punctuation = magkapareho maliban sa gitling, kudlit, tuldok at espasyo
name_reason-transliterated = ang baybay ng ibang sulat ayon sa kumbensiyon
name_reason-reordered = parehong mga salita sa ibang pagkakasunod
name_reason-word_missing = wala sa isa pang pangalan ang isang salita ng pangalan
name_reason-initial = isang inisyal o daglat sa halip na salita
name_reason-spelling_variant = mga baybay na nagkakaiba lamang bilang baybay ng iisang tunog
name_reason-unreadable = hindi alam ang basa ng mga titik
name_reason-empty = walang laman ang isang pangalan
name_reason-too_long = mas mahaba ang isang pangalan kaysa sa pangalan ng tao
name_reason-mixed_scripts = naghahalo ng mga sulat ang isang pangalan: maaaring iisang salita sa dalawang sulat ang magkaibang salita
name_reason-tie_word_order = may salitang patronimiko na nagbubuklod sa mga salitang nakapaligid dito sa ibang pagkakasunod
name_reason-different_word = may salitang hindi tugma sa alinmang salita ng kabilang pangalan
