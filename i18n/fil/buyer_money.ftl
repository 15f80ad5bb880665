## Mga apela ng Mamimili tungkol sa perang naibayad: 2.a sobrang bayad, 3.a order na kinansela matapos magbayad, at ang refund na utang (buyer.2a.*, buyer.3a.*, buyer.refund.*)

buyer-2a-trace = nagbayad ng { $paid } laban sa halaga ng order na { $amount }
buyer-2a-excess = sobra { $excess }
buyer-2a-notice = Ang pag-refund ng sobrang bayad ay ginagawa sa abot ng makakaya; walang pananagutan ang platform sa pagkakamali ng mamimili.
buyer-2a-no_excess = ang mga bayad ({ $paid }) ay hindi lumampas sa halaga ng order ({ $amount }): walang sobrang ire-refund
buyer-2a-overpaid = nagbayad ang mamimili ng { $paid } para sa order na { $amount }: sobra ng { $excess }
buyer-2a-ask-see_release = buo nang nabayaran ang halaga ng order mismo: tiyaking ilalabas ng nagbebenta ang crypto (kung hindi, buyer 1.b ang iiral)
buyer-2a-refunded = na-refund na ng nagbebenta ang sobrang { $excess }
buyer-refund-refused_before_appeal = tumanggi ang nagbebenta na mag-refund noong { $at }, bago ang apela: ang sagot lamang sa hiling ng support ang binibilang
buyer-refund-refused = tumanggi ang nagbebenta na mag-refund noong { $at }
buyer-refund-ask = i-refund sa mamimili ang { $what } { $amount }
buyer-refund-refusal_trace = pagtanggi ng nagbebenta noong { $refused } laban sa pagsasara ng window sa { $due }
buyer-refund-frozen_at_once = tumanggi bago nagsara ang window: i-freeze agad
buyer-refund-if_not_refused = kung walang pagtanggi, hihintayin ng pasya na magsara ang window bago i-freeze ang nagbebenta
buyer-refund-refused_in_time = tumanggi ang nagbebenta { $when }: agad na naka-freeze ang P2P access at mga asset ng nagbebenta hanggang magawa ang refund
buyer-refund-before_window_closed = bago nagsara ang window noong { $due }
buyer-refund-before_contact = bago sila kinontak ng support
buyer-refund-if_not_refunded = kung hindi pa kumpleto ang refund pagsapit niyon, i-freeze ang P2P access at mga asset ng nagbebenta hanggang makumpleto ito
buyer-refund-not_refunded = hindi kumpleto ang refund pagsapit ng { $due }: naka-freeze ang P2P access at mga asset ng nagbebenta hanggang makumpleto ito
buyer-refund-ask-now = i-refund na ngayon sa mamimili ang { $what } { $amount }
buyer-refund-ask-freeze = i-freeze ang P2P access at mga asset ng nagbebenta; alisin ang freeze kapag nakumpirma na ang refund
buyer-3a-proof-trace = mga bayad na may wastong patunay (opisyal na pinagmulan, hindi binago)
buyer-3a-proof-count = { $proven } sa { $payments }
buyer-3a-no_valid_proof = hindi kumpirmado ng wastong patunay ang bayad ng mamimili (hindi binagong resibo mula sa opisyal na pinagmulang bangko)
buyer-3a-proof-what = wastong patunay ng bayad: opisyal at hindi binagong resibo ng bangko
buyer-3a-no_proof_by = walang wastong patunay ng bayad pagsapit ng { $due }: mananatili ang pagkansela
buyer-3a-notice = Kung tatanggi ang nagbebenta na mag-refund, walang pananagutan ang platform sa pagkalugi mula sa order na ito.
buyer-3a-confirmed = kumpirmado ang bayad ng mamimili na { $owed } at kinansela ang order: dapat itong i-refund ng nagbebenta
buyer-3a-refunded = na-refund na ng nagbebenta ang { $owed }

## Ang ire-refund ng nagbebenta sa mamimili

refund_of-excess = sobrang
refund_of-payment = bayad na
