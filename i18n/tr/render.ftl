## Oluşturucuların kendi sözcükleri: başlıklar, etiketler ve bir kararın mesajları çevresindeki bölümler
## (metin, Markdown ve HTML kararları, zaman çizelgesi, `queue` iş listesi, `explain`)

# Dilin kendi adı, "alıcının bildirimleri … dilinde" için.
language-name = Türkçe

ruling-order = sipariş { $order }
ruling-appeal = İtiraz { $case }
ruling-trade = { $amount } { $fiat } karşılığında { $quantity } { $asset }
ruling-buyer = alıcı { $name } ({ $uid })
ruling-seller = satıcı { $name } ({ $uid })
ruling-policy = politika { $policy }
ruling-built_in = yerleşik
# The policy a ruling was made under: id, version, the day it is in force from, where it was
# read from, the digest's first 12 hex digits, and whether it is a modified copy.
ruling-policy_edition = { $id } { $version }{ $in_force } ({ $from }, sha256 { $sha }{ $copy })
ruling-policy_in_force = , { $day } tarihinden itibaren yürürlükte
ruling-policy_modified_copy = , yerleşik politikanın değiştirilmiş kopyası
ruling-as_of = { $at } itibarıyla
ruling-replay = yeniden oynatma: dışarıda bırakılan { $left_out }
ruling-decision = KARAR
ruling-rerouted = { $filed } kapsamında başvuruldu; olgular vakayı { $clause } maddesine taşıdı
ruling-next_deadline = sonraki son tarih: { $at }
ruling-would_change = değişecek olan: { $outcome }
ruling-lines = { $count ->
    [one] satır { $lines }
   *[other] satırlar { $lines }
}

status-pending = BEKLEMEDE
status-final = KESİN
status-awaiting_review = İNCELEME BEKLİYOR

section-why = Gerekçe
section-who = Kim ne yapar
section-sanctions = Yaptırımlar
section-notices = Taraflara bildirin
section-trace = İz
section-timeline = Zaman çizelgesi
section-glance = Bir bakışta

column-clause = madde
column-finding = tespit
column-rests_on = dayanak
column-who = kim
column-what = ne
column-due = son tarih
column-party = taraf
column-action = işlem
column-length = süre
column-notice = bildirim
column-checked = kontrol edilen
column-outcome = sonuç
column-when = ne zaman
column-line = satır

## Her tarafa hangi dilde bildirildiği ve başka bir dilde bildirilen tarafın bildirimleri

notices-languages = alıcıya bildirim dili: { $buyer }, satıcıya bildirim dili: { $seller }
notices-language = { $name } ({ $tag })
notices-for = Bildirilecek taraf: { $party } ({ $language })
notices-english_prevails = Bu, kolaylık sağlamak amacıyla yapılmış bir çeviridir; bu bildirimlerin İngilizce metni esastır.

## Zaman çizelgesi (metin, Markdown ve HTML)

lane-buyer = alıcı
lane-seller = satıcı
lane-support = destek ekibi
lane-platform = platform
timeline-heading = Zaman çizelgesi (saatler { $offset } diliminde)
timeline-as_of_rule = as_of { $at } — karar burada verilir
timeline-as_of_row = as_of: karar burada verilir
timeline-after_as_of = as_of sonrası: dışarıda bırakıldı
timeline-line = satır { $line }
timeline-order_created = sipariş oluşturuldu: { $amount } { $fiat } karşılığında { $quantity } { $asset }
timeline-paid = { $amount } { $fiat } ödendi, ödeyen: { $payer }, hesap: { $account }
timeline-appeal_filed = itiraz yapıldı: { $kind }
timeline-evidence = { $id }: { $kind }, sunan: { $party }
timeline-evidence-official = , resmî
timeline-evidence-tampered = , ÜZERİNDE OYNANMIŞ
timeline-evidence-shows = , parayı gösteriyor
timeline-evidence-does_not_show = , parayı göstermiyor
timeline-chat = sohbet { $id }: "{ $text }"
timeline-window-buyer_pays = alıcı öder
timeline-window-order_created = sipariş oluşturuldu
timeline-window-closes = süre kapanıyor: { $what } (başlangıç: { $from })
timeline-due = son tarih: { $action }
timeline-due-from = son tarih: { $action } (süre başlangıcı: { $from })
timeline-opened-contact = destek ekibinin { $party } tarafıyla iletişimi
timeline-opened-no_contact = as_of: henüz iletişim yok
timeline-opened-request = destek ekibinin { $party } tarafına kanıt talebi
timeline-opened-appeal = itiraz
timeline-opened-payment = ödeme
timeline-opened-marked_paid = alıcının siparişi ödendi olarak işaretlemesi
timeline-opened-later_of = destek ekibinin iletişimi ile kanıttan daha sonra olanı
timeline-window-met = süre kapandı: { $what } (başlangıç: { $from }): karşılandı
timeline-window-closed = süre kapandı: { $what } (başlangıç: { $from })
timeline-window-appeal_timer = { $length } itiraz zamanlayıcısı
timeline-window-of_party = { $clause } kapsamında { $party } tarafının { $length } süresi
timeline-marked_paid = siparişi ödendi olarak işaretledi
timeline-appeal_opened = itiraz platformda açıldı
timeline-cs_contacted = destek ekibi { $party } tarafıyla iletişime geçti
timeline-responded = yanıt verdi: { $stance }
timeline-cancel_requested = iptal istedi
timeline-released = kriptoyu serbest bıraktı
timeline-cancelled = sipariş iptal edildi ({ $reason })
timeline-refunded = { $amount } { $fiat } iade etti
timeline-refunded_buyer = alıcıya iade yaptı
timeline-refund_refused = iadeyi reddetti
timeline-account_blocked = { $party } tarafının hesabı bloke edildi
timeline-evidence_requested = { $party } tarafına kanıt talebi iletti
timeline-unreachable = { $party } tarafına ulaşılamadı
timeline-agreement = taraflar anlaştı
timeline-verification_requested = doğrulama istedi: { $kind }
timeline-verification_agreed = doğrulamayı kabul etti
timeline-verification_refused = doğrulamayı reddetti
timeline-off_platform = platform dışında işlem yapmayı önerdi

## HTML sayfasının grafiği

chart-label = vakanın zaman çizelgesi
chart-window = { $opens } ({ $from }) ile { $closes } arasındaki süre: { $what }
chart-window-not_waited_on = { $window } (karar artık bunu beklemiyor)
chart-window-from = başlangıç: { $from }
chart-due = son tarih { $at }
chart-as_of = as_of { $at }
legend-event = olay
legend-payment = ödeme
legend-evidence = kanıt
legend-chat = sohbet
legend-appeal = itiraz
legend-window = kararın beklediği süre
legend-window-closed = karşılanan veya kapanan süre
legend-due = son tarih
legend-as_of = as_of

## `queue` iş listesi

queue-left-in = { $span } içinde
queue-left-overdue = { $span } gecikmiş
queue-overdue = GECİKMİŞ
queue-at = { $at } itibarıyla
queue-at-own = her vakanın kendi as_of anında
queue-summary = { $when } karara bağlanan { $judged } vakadan { $listed } listelendi: { $due } vadesi gelen ({ $overdue } gecikmiş), { $review } inceleme bekliyor
queue-left-waiting = { $span } bekliyor
queue-review = İNCELEME
queue-review-since = { $at } tarihinden beri incelemede
queue-what-window = { $action } (süre başlangıcı: { $from }, { $start })
queue-not_yet = ; daha sonra itiraz edilen { $count } vaka listelenmedi
queue-invalid = ; { $count } geçersiz
queue-column-case = vaka
queue-column-decision = karar
queue-column-who = kim
queue-column-what = ne
queue-column-due = son tarih
queue-column-left = kalan
queue-column-file = dosya
queue-column-who_what = kim: ne

## `explain CLAUSE` ve `explain TYPE` (maddelerin özetleri clauses.ftl içinde, parametrelerin anlamları params.ftl içinde, itiraz türlerinin metinleri filing.ftl içinde)

explain-cited_as = atıf biçimi
explain-under_policy = politika
explain-column-parameter = parametre
explain-column-value = değer
explain-column-placeholder = yer tutucu
explain-column-meaning = anlam
explain-yes = evet
explain-no = hayır
explain-decisions = verebileceği kararlar
explain-branches = `appeal test --coverage` tarafından sayılan dallar
explain-sample_cases = ona ulaşan örnek vakalar
explain-not_applied = { $policy } { $version } politikası kapsamında uygulanmaz: [clauses."{ $clause }"] tablosu yok
explain-no_cases_folder = örnek vakalar: burada `cases/` klasörü yok; bir örnek vaka klasöründe aramak için --cases DIR verin
explain-not_a_folder = örnek vakalar: `{ $folder }` bir klasör değil; örnek vakaların bulunduğu bir klasörle --cases DIR verin
explain-no_sample_case = örnek vakalar: `{ $folder }` altındaki hiçbir vaka { $clause } maddesine ulaşmıyor
explain-appeal_type = { $type } — bir itiraz türü, yapan: { $filed_by }
explain-goes_to = gittiği yer: { $clauses }
explain-moved_when = olgular onu şu durumlarda yönlendirir:
explain-whatever_the_clause = madde ne olursa olsun: { $rule }
explain-gates_first = önce ön koşullar: politikanın ön koşulları (yaş sınırı; bitget kapsamında KYC, zamanlayıcı, gerekçe ve kanıt) herhangi bir maddeden önce karar verir
explain-clauses_it_can_reach = ulaşabileceği maddeler (her biri için `appeal explain CLAUSE`):
explain-start_a_case = bir vaka başlatın: { $command }
explain-case_format = vaka biçimi: docs/case-format.md
