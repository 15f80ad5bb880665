## Bu projenin sözcükleriyle maddeler (`appeal explain`, `appeal policy show`, MCP sunucusunun
## madde kaynakları): her madde için bir mesaj, `clause-` ve maddenin kimliği. Asla kuralların
## kendi metni değil: her maddenin söylediği, bizim sözcüklerimizle.

# Bir maddenin değerlendirme sırasında nerede işlediği.
stage-gate = herhangi bir maddeden önce kontrol edilen bir ön koşul
stage-governing = belirleyici bir madde: uygulandığı itirazı karara bağlar
stage-cross_cutting = her karara eklenen, kesişen bir madde
stage-notice = ilgili olduğu kararlara eklenen bir bildirim

clause-general-age_limit = Azami yaştan eski siparişlere ilişkin itirazlar (sipariş oluşturulmasından itiraza kadar takvim ayı olarak sayılır) reddedilebilir; destek ekibi vaka bazında yeniden açabilir.
clause-procedure-kyc = İtirazın incelenmesi için her iki tarafın da kimlik doğrulamasını (KYC) tamamlamış olması gerekir.
clause-procedure-timer = İtiraz ancak siparişin "ödendi olarak işaretle" sonrasındaki geri sayımı dolduktan sonra yapılabilir.
clause-procedure-reason = İtirazda türü ve gerekçesi belirtilmelidir.
clause-procedure-evidence = İtiraz eden, destek ekibi işlem yapmadan önce prosedürün gerektirdiği kanıtı (örneğin ödeme kanıtı) yüklemelidir.
clause-buyer-1a = Satıcı, alıcının kendi hesabından yapılan doğru bir ödemeden sonra serbest bırakmayı reddediyor. Kabul edilebilir fiyat bandı içinde, zamanında yanıt vermeyen satıcı kriptoyu alıcıya kaptırır; bant dışında satıcı ödemenin tamamını iade etmelidir, iade onaylanınca sipariş iptal edilir ve haksız bir ret veya gecikme kriptoyu alıcıya serbest bırakır.
clause-buyer-1b = Satıcı serbest bırakmakta yavaş davranıyor. Anlık bir ödemeden sonra satıcının serbest bırakmak için kısa bir süresi vardır; anlık olmayan bir ödemeden sonra iş günü olarak daha uzun bir süresi vardır ve bu süre içinde ödemenin ulaşmadığını banka hesap dökümüyle kanıtlamalıdır, aksi hâlde ödeme alınmış sayılır.
clause-buyer-1c = Satıcı, alıcının ödeme açıklamaları hassas sözcükler içerdiği için bekletiyor. Destek ekibi satıcıdan ya iade etmesini ya da serbest bırakmasını ister: serbest bırakma riski yalnızca satıcıya, iade masrafı alıcıya aittir.
clause-buyer-2a = Alıcı sipariş tutarından fazla ödedi. Destek ekibi satıcıdan fazlayı iade etmesini ister; reddeden veya sessiz kalan satıcının P2P erişimi ve varlıkları çözülene kadar dondurulabilir. Geri alma en iyi çaba esasına dayanır ve platform alıcının hatasından sorumlu değildir.
clause-buyer-3a = Alıcı ödedi, ancak sipariş iptal edildi (zaman aşımı veya hata). Ödeme doğrulanınca satıcı süre içinde iade etmelidir; reddeden satıcı derhal, sessiz kalan satıcı süre kapandığında dondurulur. Satıcı hiç iade etmezse platform sorumlu değildir.
clause-buyer-4a = Satıcı olağan dışı taleplerde bulunuyor. Ek doğrulamaya yalnızca ilan şartları tam olarak bu gerekliliği açıklamışsa ve alıcı kabul ederse izin verilir; aksi hâlde sipariş iptal edilir. Diğer politika dışı talepler (iletişim bilgileri, harici kanallar, ek ücretler) siparişi iptal ettirir ve satıcıya yaptırım getirir.
clause-buyer-5a = Satıcı saldırgan dil kullandı. Destek ekibi yaptırımlara takdirine göre karar verir: askıya alma veya tekrarlayanlar için kalıcı yasak.
clause-buyer-6a = Satıcı dolandırıcılık yaptı. Dolandırıcı P2P erişimini kalıcı olarak kaybeder ve ilanları kaldırılır; kayıp olası olduğunda varlıkları dondurulabilir.
clause-seller-1a = Alıcı ödeme yapmadan siparişi ödendi olarak işaretledi. Zamanında geçerli bir ödeme kanıtı (resmî bir bankacılık kaynağından, üzerinde oynanmamış bir dekont) yoksa veya alıcıya ulaşılamıyorsa sipariş iptal edilir ve kripto satıcıya geri döner.
clause-seller-1b = Alıcının geçerli kanıtı var, ancak satıcı paranın ulaşmadığını söylüyor. Satıcı iddiasını zamanında bir banka hesap dökümüyle desteklemelidir; döküm yoksa kripto serbest bırakılır, varsa ödeme her iki bankayla izlenir.
clause-seller-1c = Alıcı, satıcının erişemediği bir hesaba ödeme yaptı. Yalnızca sistemin kaydettiği sipariş sayfasındaki ödeme bilgileri bağlayıcıdır: bunlara uyan alıcı korunur; başka bir yere (sohbet, ilan şartları, harici mesajlaşma uygulamaları) ödeme yapan alıcı kaybı üstlenir ve tekrarlayanlar yasaklanabilir.
clause-seller-2a = Alıcı sipariş tutarından az ödedi. Varsayılan olarak alıcı eksiği zamanında tamamlayabilir, aksi hâlde satıcı alınanı iade eder ve sipariş iptal edilir; bir politika bunun yerine ödenen kısmın serbest bırakılmasını öngörebilir.
clause-seller-3a = Alıcı ödeme niyeti olmadan sipariş veriyor. Destek ekibi araştırır; doğrulanınca alıcı itiraz hakkı olmaksızın P2P'den kalıcı olarak çıkarılır.
clause-seller-4a = Satıcının hesabı, alıcının ödemesini aldıktan sonra bloke edildi. Alıcının P2P erişimi ve para çekme işlemleri çözülene kadar durdurulur; satıcı blokeye alıcının neden olduğunu göstermelidir, ardından alıcı belgelerle iş birliği yapmalıdır, aksi hâlde yasaklanır.
clause-seller-5a = Satıcı ödemeyi doğrulamadan serbest bıraktı ve kaybı üstlenir; platform müdahale etmez. İş birliği yapmayan alıcı askıya alınır ve satıcı polise başvurabilir.
clause-seller-6a = Alıcı saldırgan dil kullandı. Destek ekibi yaptırımlara takdirine göre karar verir: askıya alma veya tekrarlayanlar için kalıcı yasak.
clause-seller-7a = Alıcı dolandırıcılık yaptı. Dolandırıcı P2P erişimini kalıcı olarak kaybeder ve ilanları kaldırılır; kayıp olası olduğunda varlıkları dondurulabilir.
clause-disclaimers-timeliness = Destek ekibinin talimatlarına verilen süre içinde uyulmamasından doğan kayıplar kullanıcının kendisine aittir.
clause-disclaimers-off_platform = Platform dışında yapılan işlemler, ödemeler ve anlaşmalar kullanıcıların kendi riskindedir; platform bunlardan sorumlu değildir.
clause-disclaimers-channels = Yalnızca platformun kendi sohbeti ve destek araçları geçerlidir; harici kanallardan (mesajlaşma uygulamaları, e-posta, telefon) doğan kayıplar karşılanmaz.
clause-general-finality = Destek ekibinin anlaşmazlıklara ilişkin kararları, kurallar aksini öngörmedikçe kesindir.
clause-guide-steps = Kabul edilebilir bir itiraz bir destek temsilcisine gider: itiraz eden canlı sohbeti açar, sipariş numarasını ve sorunu iletir ve kanıtlar orada incelenir.
clause-guide-completed = Platform bir aracıdır: sipariş tamamlandığında ödemeler kesinleşir ve taraflardan biri dolandırıcılık yapmadıkça veya yanıltmadıkça tamamlanmış siparişleri yeniden açmaz.
