## Ang mga uri ng apela sa salita (`appeal explain TYPE`, `appeal new`): kung tungkol saan ang
## bawat isa, kung saan ito napupunta at ang mga katotohanang naglilipat dito. `filing-TYPE-about`,
## `filing-TYPE-goes_to`, ang mga paglilipat na `filing-route-…`.

filing-route-released = nailabas na ang crypto (isang `released` na event) → ang apela ay `closed`
filing-route-cancelled = kinansela ang order (isang `cancelled` na event) → buyer.3a
filing-route-no_payment = walang bayad sa file → hihingi ang support ng patunay sa mamimili; kung wala sa oras → `cancel_order`
filing-route-overpaid = ang kabuuan ng mga bayad ay higit sa order.amount (lampas sa tolerance ng patakaran) → buyer.2a
filing-route-underpaid = kulang ang kabuuan, o umaabot lamang dito sa pamamagitan ng dagdag na bayad matapos ang window ng seller 2.a → seller.2a
filing-route-third_party = ang isang payer_name ay hindi ang verified_name ng mamimili → refund lamang, sa ilalim ng buyer.1a
filing-route-other_account = napunta ang isang bayad sa account na iba sa nasa pahina ng order → seller.1c
filing-route-payment_not_received = sa ilalim ng buyer.1a, ang nagbebenta ay `responded` ng `payment_not_received` → seller.1b (seller.1a kung walang wastong patunay)
filing-route-own_fraud = ang napatunayang panloloko (findings.fraud, o binagong ebidensya) ay sariling gawa ng umaapela → ang probisyon sa panloloko ng kabilang panig

filing-seller_not_releasing-about = Nagbayad ang mamimili at hindi pa inilalabas ng nagbebenta ang crypto.
filing-seller_not_releasing-goes_to = buyer.1c kung may sensitibong salita ang remark ng isang bayad; kung hindi, buyer.1a kung tumanggi ang nagbebenta (`responded` ng `refuses`) o humiling na kanselahin (`cancel_requested`); kung hindi, buyer.1b
filing-sensitive_remarks-about = Nagpipigil ang nagbebenta dahil may mga sensitibong salita ang mga remark ng bayad ng mamimili (crypto, pangalan ng isang exchange…).
filing-sensitive_remarks-goes_to = buyer.1c
filing-overpaid-about = Nagbayad ang mamimili nang higit sa halaga ng order at gusto niyang maibalik ang sobra.
filing-overpaid-goes_to = buyer.2a
filing-cancelled_after_payment-about = Nagbayad ang mamimili ngunit kinansela ang order (timeout o pagkakamali).
filing-cancelled_after_payment-goes_to = buyer.3a
filing-out_of_norm_request-about = Humihingi ang nagbebenta ng bagay na labas sa karaniwan: dagdag na beripikasyon, contact details, ibang channel, isang bayarin.
filing-out_of_norm_request-goes_to = buyer.4a
filing-offensive_language-about = Gumamit ng nakakasakit na pananalita ang kabilang panig.
filing-offensive_language-goes_to = buyer.5a kapag ang mamimili ang naghain, seller.6a kapag ang nagbebenta ang naghain
filing-fraud-about = Nanloko ang kabilang panig (mga pekeng dokumento, maling pahayag).
filing-fraud-goes_to = buyer.6a kapag ang mamimili ang naghain, seller.7a kapag ang nagbebenta ang naghain
filing-payment_not_received-about = Minarkahan ng mamimili na bayad na ang order, ngunit hindi pa natatanggap ng nagbebenta ang pera.
filing-payment_not_received-goes_to = seller.1a kung walang bayad na may wastong patunay (ebidensyang may official_source: true, hindi binago); kung hindi, seller.1b
filing-inaccessible_account-about = Nagbayad ang mamimili sa account na hindi ma-access ng nagbebenta.
filing-inaccessible_account-goes_to = seller.1c
filing-underpaid-about = Nagbayad ang mamimili nang kulang sa halaga ng order.
filing-underpaid-goes_to = seller.2a
filing-malicious_buying-about = Naglalagay ang mamimili ng mga order nang walang balak magbayad.
filing-malicious_buying-goes_to = seller.3a
filing-account_blocked-about = Na-block ang account ng nagbebenta matapos matanggap ang bayad ng mamimili.
filing-account_blocked-goes_to = seller.4a
filing-released_without_payment-about = Inilabas ng nagbebenta ang crypto nang hindi kinukumpirma ang bayad, at hindi kailanman dumating ang pera.
filing-released_without_payment-goes_to = seller.5a

# Sino ang maaaring maghain ng isang uri ng apela.
filing-filed_by-buyer = mamimili
filing-filed_by-seller = nagbebenta
filing-filed_by-either = alinmang partido

# Anuman ang probisyon: walang probisyong naglalabas sa isang napatunayang manloloko.
filing-fraud_overrules = ang pasyang maglalabas sana ng crypto sa mamimiling napatunayang nanloko (findings.fraud, o binagong ebidensyang isinumite ng mamimili) ay mapupunta sa seller.7a sa halip
filing-route-payer_cannot_tell = hindi masabi mula sa isang payer_name (may kulang na salita, may inisyal) → naghihintay ang buyer.1a habang bine-verify ng support kung sino ang may-ari ng account na pinagbayaran (findings.paying_account_holder)
filing-route-seller_third_party = ang payer_name ng isang napatunayang bayad ay ibang tao at hindi ang mamimili → refund lamang, sa ilalim ng buyer.1a (hindi masabi → naghihintay ang buyer.1a ng beripikasyon)
filing-route-seller_fraud_third_party = isinampa ng nagbebenta, walang napatunayang panloloko, at ang payer_name ng isang napatunayang bayad ay ibang tao at hindi ang mamimili → refund lamang, sa ilalim ng buyer.1a (hindi masabi → naghihintay ang buyer.1a ng beripikasyon)
