## `appeal policy show`: ayarların ve parametrelerin çevresindeki satırlar, başlıklar ve notlar

policy_show-title = { $id } — { $title } (sürüm { $version })
policy_show-chosen_by-order_created = oluşturulan emirler
policy_show-chosen_by-appeal_filed = açılan itirazlar
policy_show-in_force_from = { $day } tarihinden itibaren yürürlükte: o günden sonraki { $chosen_by } için (`in_force_on = "{ $in_force_on }"`)
policy_show-in_force_always = her emir için yürürlükte (`effective_from` yok)
policy_show-source = kaynak: { $origin }   sha256: { $sha }
policy_show-defaults-same_id = varsayılanlar: yerleşik { $baseline } politikası (aynı id); ≠ ondan farklı bir değeri işaretler
policy_show-defaults-other_id = varsayılanlar: yerleşik { $baseline } politikası (hiçbir yerleşik politikanın bu id'si yok); ≠ ondan farklı bir değeri işaretler
policy_show-col-clause = madde
policy_show-col-cited_as = atıf
policy_show-col-setting = ayar (madde)
policy_show-col-value = değer
policy_show-col-default = varsayılan
policy_show-col-parameter = parametre
policy_show-clauses_in_force = Yürürlükteki maddeler
policy_show-left_out = Dışarıda bırakılanlar (`enabled = false`):
policy_show-settings = Ayarlar
policy_show-clause_parameters = Madde parametreleri
policy_show-no_parameters = Madde parametreleri: yok ({ $id } altında yürürlükteki hiçbir maddenin parametresi yok)
policy_show-not_applied_here = bu politikada uygulanmayanlar: { $clauses }
policy_show-applied_by_baseline = ≠ yerleşik { $baseline } politikasında uygulananlar: { $clauses }
policy_show-placeholder_key = ✱ = yayımlanan metinde açık bırakılmış: onaylanması gereken bir değer
policy_show-same = aynı
policy_show-not_applied = uygulanmıyor
policy_show-not_applied-left_out = uygulanmıyor: { $clause } dışarıda bırakıldı
policy_show-not_applied-timer_off = uygulanmıyor: appeal_after_timer false
policy_show-serves-deadlines = süreler
policy_show-serves-working_days = iş günleri
policy_show-serves-amounts_paid = ödenen tutarlar
policy_show-serves-payer_names_unclear = belirsiz ödeyen adları
policy_show-serves-evidence_requests = kanıt talepleri

policy_show-read_from = okunduğu yer: { $place }
policy_show-editions-order_created = { $id } sürümleri (bir dava, emrinin oluşturulduğu gün yürürlükte olan en son sürüme göre karara bağlanır):
policy_show-editions-appeal_filed = { $id } sürümleri (bir dava, itirazının açıldığı gün yürürlükte olan en son sürüme göre karara bağlanır):
policy_show-edition_from = { $day } tarihinden
policy_show-edition_always = her zaman
policy_show-edition_shown = (aşağıda gösterilen)
