//! Writes a corpus of valid, varied case files for the batch benchmarks (`bench/run.sh`).
//!
//!     cargo run --release --example corpus -- --count 10000 --seed 7 --out /tmp/corpus
//!
//! Deterministic: the same `--count` and `--seed` write the same bytes, on any machine, whatever
//! else is in the repository (nothing is read; every case is built from scratch). Each case is
//! drawn from a realistic shape — buyer and seller appeals of the common types (seller not
//! releasing with an instant or non-instant payment or a refusing seller, overpaid, underpaid,
//! cancelled after payment, payment not received, out-of-norm requests raised in chat, offensive
//! language, account blocked, malicious buying) — in one of several markets (currency, UTC
//! offset, banks, names with accents), with 2–8 timeline events, 0–4 chat lines, 1–2 payments
//! with their evidence (none where the buyer never paid), and random ids, times, amounts and
//! moments of ruling, so the outcomes vary (pending / final, before / after each deadline).
//! Every file passes `appeal check` with no warning. No `expect:` blocks are written.

use std::fmt::Write as _;
use std::path::PathBuf;

use chrono::{DateTime, Duration, FixedOffset, NaiveDate};
use rust_decimal::Decimal;

/// splitmix64: small, fast, reproducible; no cryptographic use.
struct Rng(u64);

impl Rng {
    fn new(seed: u64) -> Rng {
        Rng(seed ^ 0x5DEE_CE66_D1CE_4E5B)
    }

    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n`.
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }

    /// A number in `lo..=hi`.
    fn range(&mut self, lo: i64, hi: i64) -> i64 {
        lo + self.below((hi - lo + 1) as u64) as i64
    }

    /// True `percent` times in a hundred.
    fn chance(&mut self, percent: u64) -> bool {
        self.below(100) < percent
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len() as u64) as usize]
    }
}

/// A trading market: currency, local offset, price range, banks and people.
struct Market {
    fiat: &'static str,
    /// Seconds east of UTC; 0 is written `Z`.
    offset: i32,
    /// Price in minor units and their scale (`3940, 2` = 39.40).
    price: (i64, i64, u32),
    /// Whole units of USDT per order.
    quantity: (i64, i64),
    banks: &'static [&'static str],
    /// Verified name and the upper-case ASCII name on the paying account.
    people: &'static [(&'static str, &'static str)],
    /// Ordinary chat in the market's language (no word of any policy list in them).
    chat: &'static [&'static str],
    reasons: &'static [&'static str],
}

const MARKETS: &[Market] = &[
    Market {
        fiat: "VND",
        offset: 7 * 3600,
        price: (25_300, 26_100, 0),
        quantity: (20, 2_000),
        banks: &["VCB", "TCB", "ACB", "MBB", "BIDV"],
        people: &[
            ("Trần Thị Bích", "TRAN THI BICH"),
            ("Nguyễn Văn An", "NGUYEN VAN AN"),
            ("Lê Hoàng Phúc", "LE HOANG PHUC"),
            ("Phạm Minh Châu", "PHAM MINH CHAU"),
            ("Võ Thị Ánh Tuyết", "VO THI ANH TUYET"),
            ("Hồ Quốc Khánh", "HO QUOC KHANH"),
        ],
        chat: &[
            "Đã chuyển khoản, anh kiểm tra giúp em",
            "Chưa thấy tiền về",
            "Em chuyển rồi ạ",
            "Vui lòng chờ một chút",
            "Ok, đang kiểm tra",
        ],
        reasons: &[
            "Đã chuyển tiền nhưng chưa nhận được",
            "Người bán không phản hồi",
            "Chuyển khoản xong rồi",
        ],
    },
    Market {
        fiat: "TRY",
        offset: 3 * 3600,
        price: (3_880, 4_020, 2),
        quantity: (50, 3_000),
        banks: &["TR33 0006 1005", "TR12 0001 0017", "TR64 0004 6007"],
        people: &[
            ("Çağrı Öztürk", "CAGRI OZTURK"),
            ("Gökhan Şahin", "GOKHAN SAHIN"),
            ("Ayşe Güneş", "AYSE GUNES"),
            ("Mehmet Çelik", "MEHMET CELIK"),
            ("Zeynep Doğan", "ZEYNEP DOGAN"),
        ],
        chat: &[
            "Ödemeyi yaptım, kontrol eder misiniz?",
            "Henüz görünmüyor",
            "Tamam, bekliyorum",
            "Havale gönderildi",
        ],
        reasons: &[
            "Ödeme yapıldı, satıcı onaylamıyor",
            "Satıcı cevap vermiyor",
            "Para hesaba geçti",
        ],
    },
    Market {
        fiat: "BRL",
        offset: -3 * 3600,
        price: (548, 579, 2),
        quantity: (30, 4_000),
        banks: &["PIX", "ITAU", "NUBANK", "BRADESCO"],
        people: &[
            ("João Araújo", "JOAO ARAUJO"),
            ("Conceição Gonçalves", "CONCEICAO GONCALVES"),
            ("Luíza Brandão", "LUIZA BRANDAO"),
            ("André Müller Simões", "ANDRE MULLER SIMOES"),
        ],
        chat: &[
            "Já paguei, pode liberar?",
            "Ainda não caiu aqui",
            "Mandei o comprovante",
            "Vou verificar, um momento",
        ],
        reasons: &[
            "Paguei e o vendedor não libera",
            "Vendedor sumiu",
            "Pagamento feito via PIX",
        ],
    },
    Market {
        fiat: "NGN",
        offset: 3600,
        price: (1_540, 1_620, 0),
        quantity: (50, 2_500),
        banks: &["GTB", "ACCESS", "ZENITH", "OPAY"],
        people: &[
            ("Adaeze Nwosu", "ADAEZE NWOSU"),
            ("Chukwuemeka Obi", "CHUKWUEMEKA OBI"),
            ("Oluwaseun Adébáyọ̀", "OLUWASEUN ADEBAYO"),
            ("Ngozi Eze", "NGOZI EZE"),
        ],
        chat: &[
            "I have sent the money, please check",
            "Not received yet, bank is slow today",
            "Please confirm when you see it",
            "Okay, checking now",
        ],
        reasons: &[
            "Paid but seller has not released",
            "Seller is not responding",
            "Transfer done since morning",
        ],
    },
    Market {
        fiat: "PHP",
        offset: 8 * 3600,
        price: (5_690, 5_890, 2),
        quantity: (20, 3_000),
        banks: &["GCASH", "BDO", "BPI", "MAYA"],
        people: &[
            ("Ma. Lourdes Dela Cruz", "MA LOURDES DELA CRUZ"),
            ("Jericho Santos", "JERICHO SANTOS"),
            ("Niño Peñaflor", "NINO PENAFLOR"),
            ("Kristine Bautista", "KRISTINE BAUTISTA"),
        ],
        chat: &[
            "Paid na po, pa-check",
            "Wait lang po",
            "Sent already, kindly release",
            "Checking my account",
        ],
        reasons: &[
            "Paid already, seller not releasing",
            "No reply from seller",
            "Bayad na po",
        ],
    },
    Market {
        fiat: "EUR",
        offset: 0,
        price: (86, 95, 2),
        quantity: (50, 5_000),
        banks: &["DE89 3704 0044", "FR76 3000 6000", "ES91 2100 0418"],
        people: &[
            ("François Lefèvre", "FRANCOIS LEFEVRE"),
            ("Zoë Müller", "ZOE MULLER"),
            ("Björn Ångström", "BJORN ANGSTROM"),
            ("Inés Martínez", "INES MARTINEZ"),
        ],
        chat: &[
            "Virement envoyé",
            "Überweisung ist raus",
            "Transferencia hecha, gracias",
            "Please wait, checking",
        ],
        reasons: &[
            "SEPA transfer sent, no release",
            "Seller silent after payment",
            "Paiement effectué",
        ],
    },
    Market {
        fiat: "INR",
        offset: 5 * 3600 + 1800,
        price: (8_450, 8_790, 2),
        quantity: (20, 2_000),
        banks: &["HDFC", "ICICI", "SBI", "UPI"],
        people: &[
            ("Anaya Sharma", "ANAYA SHARMA"),
            ("Rohan Mehta", "ROHAN MEHTA"),
            ("Priyā Iyer", "PRIYA IYER"),
            ("Vikram Rāo", "VIKRAM RAO"),
        ],
        chat: &[
            "Payment done via IMPS",
            "Please check and release",
            "Not reflected yet",
            "Wait five minutes",
        ],
        reasons: &[
            "IMPS transfer done, seller not releasing",
            "Seller not replying",
            "Amount debited",
        ],
    },
    Market {
        fiat: "MXN",
        offset: -6 * 3600,
        price: (1_690, 1_820, 2),
        quantity: (30, 3_000),
        banks: &["SPEI", "BBVA", "BANORTE"],
        people: &[
            ("José Pérez Núñez", "JOSE PEREZ NUNEZ"),
            ("Verónica Ibáñez", "VERONICA IBANEZ"),
            ("Ramón Gutiérrez", "RAMON GUTIERREZ"),
        ],
        chat: &[
            "Ya hice la transferencia",
            "Todavía no me llega",
            "Te mando el comprobante",
            "Un momento por favor",
        ],
        reasons: &[
            "Pagué y no libera",
            "El vendedor no contesta",
            "Transferencia SPEI enviada",
        ],
    },
];

const SHAPES: &[&str] = &[
    "buyer-release-instant",
    "buyer-release-non-instant",
    "buyer-release-refused",
    "buyer-overpaid",
    "seller-underpaid",
    "buyer-cancelled-after-payment",
    "seller-payment-not-received",
    "buyer-out-of-norm",
    "offensive-language",
    "seller-account-blocked",
    "seller-malicious-buying",
];

struct Trader {
    uid: String,
    name: &'static str,
    ascii: &'static str,
    kyc: bool,
    history: Vec<(&'static str, i64)>,
}

struct Payment {
    at: i64,
    amount: Decimal,
    payer: String,
    to_account: String,
    instant: Option<bool>,
    remarks: Option<String>,
    proof: Option<String>,
}

struct Evidence {
    id: String,
    by: &'static str,
    kind: &'static str,
    at: i64,
    official: bool,
    tampered: bool,
    shows_receipt: Option<bool>,
}

/// A case under construction; every time is in minutes after the order was created.
struct Case {
    market: &'static Market,
    created: DateTime<FixedOffset>,
    id: String,
    policy: Option<&'static str>,
    order_id: String,
    price: Decimal,
    quantity: Decimal,
    reference: Option<Decimal>,
    payment_window: Option<&'static str>,
    method_kind: &'static str,
    instant: bool,
    /// The seller's account on the order page (a valid IBAN in the IBAN markets).
    account: String,
    ad_terms: Option<String>,
    buyer: Trader,
    seller: Trader,
    payments: Vec<Payment>,
    timeline: Vec<(i64, String)>,
    appeal_by: &'static str,
    appeal_at: i64,
    appeal_type: &'static str,
    reason: Option<String>,
    evidence: Vec<Evidence>,
    chat: Vec<(i64, &'static str, String)>,
    findings: Vec<String>,
    /// The moment of the ruling, before it is moved past every other time.
    as_of: i64,
}

impl Case {
    fn amount(&self) -> Decimal {
        self.price * self.quantity
    }

    fn event(&mut self, at: i64, body: impl Into<String>) {
        self.timeline.push((at, body.into()));
    }

    /// The order page's account as the payer typed it: same characters, other separators.
    fn typed_account(&self, rng: &mut Rng) -> String {
        let all = self.account.clone();
        match rng.below(4) {
            0 => all,
            1 => all.replace(' ', ""),
            2 => all.replace(' ', "-"),
            _ => all.replace(' ', "."),
        }
    }

    /// A payment of `amount` at minute `at`, with its receipt as evidence.
    fn pay(&mut self, rng: &mut Rng, at: i64, amount: Decimal) {
        let n = self.payments.len() + 1;
        let proof = format!("receipt-{n}");
        let to_account = if rng.chance(4) {
            // Paid to an account from the chat rather than the order page.
            let bank = *rng.pick(self.market.banks);
            account_number(bank, rng)
        } else {
            self.typed_account(rng)
        };
        let payer = if rng.chance(5) {
            // A third party paid.
            rng.pick(self.market.people).1.to_string()
        } else if rng.chance(30) {
            self.buyer.name.to_string()
        } else {
            self.buyer.ascii.to_string()
        };
        let remarks = match rng.below(4) {
            0 => None,
            1 => Some(format!("Order {}", self.order_id)),
            _ => Some(self.order_id.clone()),
        };
        let official = !rng.chance(8);
        self.payments.push(Payment {
            at,
            amount,
            payer,
            to_account,
            instant: if rng.chance(10) {
                Some(self.instant)
            } else {
                None
            },
            remarks,
            proof: Some(proof.clone()),
        });
        self.evidence.push(Evidence {
            id: proof,
            by: "buyer",
            kind: if official {
                "payment_receipt"
            } else {
                "screenshot"
            },
            at: at + rng.range(0, 20),
            official,
            tampered: rng.chance(2),
            shows_receipt: None,
        });
    }

    fn say(&mut self, rng: &mut Rng, at: i64, from: &'static str) {
        let text = rng.pick(self.market.chat).to_string();
        self.chat.push((at, from, text));
    }
}

fn digits(rng: &mut Rng, n: usize) -> String {
    (0..n)
        .map(|_| char::from(b'0' + rng.below(10) as u8))
        .collect()
}

/// An account at `bank`: in the IBAN markets (a bank written as the IBAN's first groups) a
/// whole IBAN of the country's length with its ISO 13616 check digits, in groups of four; else
/// the bank's name and twelve digits.
fn account_number(bank: &str, rng: &mut Rng) -> String {
    let compact: String = bank.chars().filter(|c| !c.is_whitespace()).collect();
    let length = match compact.get(..2) {
        Some("TR") => 26,
        Some("DE") => 22,
        Some("FR") => 27,
        Some("ES") => 24,
        _ => {
            return format!(
                "{bank} {} {} {}",
                digits(rng, 4),
                digits(rng, 4),
                digits(rng, 4)
            );
        }
    };
    let mut iban = compact;
    while iban.len() < length {
        iban.push_str(&digits(rng, 1));
    }
    let rearranged = format!("{}{}00", &iban[4..], &iban[..2]);
    let remainder = rearranged.chars().fold(0u32, |rest, c| {
        let value = c.to_digit(36).unwrap_or(0);
        if value >= 10 {
            (rest * 100 + value) % 97
        } else {
            (rest * 10 + value) % 97
        }
    });
    iban.replace_range(2..4, &format!("{:02}", 98 - remainder));
    let groups: Vec<String> = iban
        .as_bytes()
        .chunks(4)
        .map(|chunk| String::from_utf8_lossy(chunk).into_owned())
        .collect();
    groups.join(" ")
}

fn other(party: &'static str) -> &'static str {
    if party == "buyer" { "seller" } else { "buyer" }
}

/// The common start: an order, two traders, a price.
fn order(rng: &mut Rng, index: usize) -> Case {
    let market = rng.pick(MARKETS);
    // From the day the built-in MEXC edition is in force: an earlier order has no edition.
    let day = NaiveDate::from_ymd_opt(2025, 6, 1).unwrap() + Duration::days(rng.range(0, 540));
    let local = day
        .and_hms_opt(
            rng.range(7, 22) as u32,
            rng.range(0, 59) as u32,
            rng.range(0, 59) as u32,
        )
        .unwrap();
    let offset = FixedOffset::east_opt(market.offset).unwrap();
    let created = local.and_local_timezone(offset).unwrap();
    let (lo, hi, scale) = market.price;
    let price = Decimal::new(rng.range(lo, hi), scale);
    let quantity = if rng.chance(20) {
        Decimal::new(
            rng.range(market.quantity.0 * 100, market.quantity.1 * 100),
            2,
        )
    } else {
        Decimal::from(rng.range(market.quantity.0, market.quantity.1))
    };
    let deviation = rng.range(-60, 60); // tenths of a percent
    let reference = (!rng.chance(5)).then(|| {
        (price * Decimal::new(1000 - deviation, 3))
            .round_dp(scale)
            .max(Decimal::new(1, scale))
    });
    let mut people: Vec<_> = market.people.iter().collect();
    let b = rng.below(people.len() as u64) as usize;
    let buyer = people.remove(b);
    let seller = people[rng.below(people.len() as u64) as usize];
    let instant = !rng.chance(25);
    Case {
        market,
        created,
        id: format!("APL-{}-{:06}", created.format("%Y"), index),
        policy: match rng.below(10) {
            0 => Some("bitget"),
            1 | 2 => Some("mexc"),
            _ => None,
        },
        order_id: {
            let n = rng.range(5, 11) as usize;
            format!("{}{}", created.format("%Y%m%d"), digits(rng, n))
        },
        price,
        quantity,
        reference,
        payment_window: match rng.below(4) {
            0 => Some("15m"),
            1 => Some("30m"),
            _ => None,
        },
        method_kind: if rng.chance(80) {
            "bank_transfer"
        } else {
            "e_wallet"
        },
        instant,
        account: account_number(
            market.banks[rng.below(market.banks.len() as u64) as usize],
            rng,
        ),
        ad_terms: rng
            .chance(20)
            .then(|| "Release within 30 minutes of a confirmed transfer".to_string()),
        buyer: Trader {
            uid: format!("B-{:06}", rng.below(1_000_000)),
            name: buyer.0,
            ascii: buyer.1,
            kyc: !rng.chance(4),
            history: Vec::new(),
        },
        seller: Trader {
            uid: format!("S-{:06}", rng.below(1_000_000)),
            name: seller.0,
            ascii: seller.1,
            kyc: !rng.chance(4),
            history: Vec::new(),
        },
        payments: Vec::new(),
        timeline: Vec::new(),
        appeal_by: "buyer",
        appeal_at: 0,
        appeal_type: "seller_not_releasing",
        reason: None,
        evidence: Vec::new(),
        chat: Vec::new(),
        findings: Vec::new(),
        as_of: 0,
    }
}

/// Builds one case of `shape`.
fn build(rng: &mut Rng, index: usize, shape: &str) -> Case {
    let mut c = order(rng, index);
    let amount = c.amount();
    let paid_at = rng.range(2, 14);
    let marked = paid_at + rng.range(0, 3);
    let appeal_at = marked + rng.range(15, 90);
    let contact = appeal_at + rng.range(3, 45);
    c.appeal_at = appeal_at;
    c.reason = (!rng.chance(10)).then(|| rng.pick(c.market.reasons).to_string());
    // How long after support's contact the ruling is made: before or after the usual windows.
    let later = *rng.pick(&[10, 40, 59, 61, 90, 180, 600, 1_500, 3_000, 4_400, 6_000]);
    match shape {
        "buyer-release-instant" | "buyer-release-non-instant" | "buyer-release-refused" => {
            c.instant = shape != "buyer-release-non-instant";
            c.pay(rng, paid_at, amount);
            c.event(marked, "marked_paid, by: buyer");
            c.event(appeal_at, "appeal_opened, by: buyer");
            let contacted = !rng.chance(15);
            if contacted {
                c.event(contact, "cs_contacted, party: seller");
            }
            if shape == "buyer-release-refused" {
                let stance = if rng.chance(70) {
                    "responded, by: seller, stance: refuses"
                } else {
                    "cancel_requested, by: seller"
                };
                c.event(marked + rng.range(1, 10), stance);
                // Often the price is what the seller objects to.
                if rng.chance(50) {
                    let off = Decimal::new(rng.range(112, 130), 2);
                    c.reference = Some((c.price / off).round_dp(c.market.price.2));
                }
                if contacted && rng.chance(25) {
                    c.event(
                        contact + rng.range(30, 900),
                        format!("refund_completed, by: seller, amount: \"{amount}\""),
                    );
                }
            } else if shape == "buyer-release-non-instant" {
                if rng.chance(40) {
                    let shows = rng.chance(50);
                    c.evidence.push(Evidence {
                        id: "statement-1".into(),
                        by: "seller",
                        kind: "bank_statement",
                        at: contact + rng.range(30, 1_200),
                        official: true,
                        tampered: false,
                        shows_receipt: Some(shows),
                    });
                    c.event(
                        contact + rng.range(5, 25),
                        "responded, by: seller, stance: other",
                    );
                }
            } else if rng.chance(25) {
                c.event(contact + rng.range(5, 120), "released, by: seller");
            } else if rng.chance(20) {
                c.event(
                    contact + rng.range(2, 20),
                    "responded, by: seller, stance: will_release",
                );
            }
            if rng.chance(10) {
                // Sensitive words in the transfer's remark: buyer 1.c.
                c.payments[0].remarks = Some("USDT p2p".into());
            }
            c.say(rng, marked, "buyer");
            c.as_of = contact + later;
        }
        "buyer-overpaid" => {
            c.instant = true;
            let extra = (amount * Decimal::new(rng.range(1, 12), 2))
                .round_dp(0)
                .max(Decimal::ONE);
            c.pay(rng, paid_at, amount + extra);
            c.event(marked, "marked_paid, by: buyer");
            c.event(contact, "cs_contacted, party: seller");
            if rng.chance(35) {
                c.event(
                    contact + rng.range(20, 1_800),
                    format!("refund_completed, by: seller, amount: \"{extra}\""),
                );
            }
            if rng.chance(30) {
                c.event(contact + rng.range(1, 30), "released, by: seller");
            }
            c.appeal_type = "overpaid";
            c.reason = Some(format!("Sent {} instead of {amount}", amount + extra));
            c.as_of = contact + later;
        }
        "seller-underpaid" => {
            c.instant = true;
            let short = (amount * Decimal::new(rng.range(1, 15), 2))
                .round_dp(0)
                .max(Decimal::ONE);
            let short = short.min(amount - Decimal::new(1, 2));
            c.pay(rng, paid_at, amount - short);
            c.event(marked, "marked_paid, by: buyer");
            c.event(contact, "cs_contacted, party: buyer");
            match rng.below(3) {
                0 => {
                    let top_up = contact + rng.range(5, 100);
                    c.pay(rng, top_up, short);
                }
                1 => c.event(
                    contact + rng.range(60, 600),
                    format!(
                        "refund_completed, by: seller, amount: \"{}\"",
                        amount - short
                    ),
                ),
                _ => {}
            }
            c.appeal_by = "seller";
            c.appeal_type = "underpaid";
            c.reason = Some(format!("Received {} of {amount}", amount - short));
            c.as_of = contact + later;
        }
        "buyer-cancelled-after-payment" => {
            c.pay(rng, paid_at, amount);
            let cancel = if rng.chance(50) {
                "cancelled, by: system, reason: timeout"
            } else {
                "cancelled, by: seller, reason: other"
            };
            c.event(paid_at + rng.range(1, 20), cancel);
            c.event(appeal_at, "appeal_opened, by: buyer");
            c.event(contact, "cs_contacted, party: seller");
            match rng.below(4) {
                0 => c.event(
                    contact + rng.range(30, 1_000),
                    format!("refund_completed, by: seller, amount: \"{amount}\""),
                ),
                1 => c.event(contact + rng.range(5, 60), "refund_refused, by: seller"),
                _ => {}
            }
            c.appeal_type = "cancelled_after_payment";
            c.say(rng, paid_at + 1, "buyer");
            c.as_of = contact + later;
        }
        "seller-payment-not-received" => {
            if rng.chance(85) {
                c.pay(rng, paid_at, amount);
            }
            c.event(marked, "marked_paid, by: buyer");
            c.event(appeal_at, "appeal_opened, by: seller");
            c.event(contact, "cs_contacted, party: buyer");
            c.event(contact + rng.range(1, 10), "cs_contacted, party: seller");
            if rng.chance(15) {
                c.event(contact + rng.range(30, 120), "unreachable, party: buyer");
            }
            if rng.chance(40) {
                c.evidence.push(Evidence {
                    id: "statement-1".into(),
                    by: "seller",
                    kind: "bank_statement",
                    at: contact + rng.range(30, 1_500),
                    official: true,
                    tampered: false,
                    shows_receipt: Some(rng.chance(50)),
                });
            }
            c.appeal_by = "seller";
            c.appeal_type = "payment_not_received";
            c.reason = Some("Buyer marked paid, nothing arrived".into());
            c.say(rng, marked, "buyer");
            c.say(rng, marked + 5, "seller");
            c.as_of = contact + later;
        }
        "buyer-out-of-norm" => {
            let paid = rng.chance(50);
            let ask = paid_at.max(3) - 1;
            if rng.chance(50) {
                // Extra verification.
                let kind = *rng.pick(&["selfie_with_id", "payment_screenshot", "other"]);
                c.event(
                    ask,
                    format!("verification_requested, by: seller, kind: {kind}"),
                );
                let line = *rng.pick(&[
                    "Please send a selfie holding your ID card first",
                    "I need a screenshot of your banking app before I confirm",
                    "Short video call to check your identity please",
                ]);
                c.chat.push((ask, "seller", line.into()));
                if rng.chance(50) {
                    c.ad_terms = Some("Selfie with ID card required from new buyers".into());
                }
                let answer = if rng.chance(50) {
                    "verification_agreed, by: buyer"
                } else {
                    "verification_refused, by: buyer"
                };
                c.event(ask + rng.range(1, 5), answer);
            } else {
                let line = *rng.pick(&[
                    "Add me on Telegram, it is faster there",
                    "There is an extra fee of 2 % for this bank",
                    "Send your WhatsApp number and pay me outside",
                ]);
                c.chat.push((ask, "seller", line.into()));
                if rng.chance(40) {
                    c.event(ask + 1, "off_platform, by: seller");
                }
                if rng.chance(30) {
                    c.seller.history.push(("violations", rng.range(1, 3)));
                }
            }
            if paid {
                c.pay(rng, paid_at + 5, amount);
                c.event(marked + 5, "marked_paid, by: buyer");
            }
            c.event(appeal_at, "appeal_opened, by: buyer");
            if rng.chance(70) {
                c.event(contact, "cs_contacted, party: seller");
            }
            c.appeal_type = "out_of_norm_request";
            c.reason = Some("The seller asks for things outside the rules".into());
            c.say(rng, ask + 2, "buyer");
            c.as_of = appeal_at + later;
        }
        "offensive-language" => {
            let by = if rng.chance(50) { "buyer" } else { "seller" };
            let offender = other(by);
            c.pay(rng, paid_at, amount);
            c.event(marked, "marked_paid, by: buyer");
            c.event(appeal_at, format!("appeal_opened, by: {by}"));
            c.event(contact, format!("cs_contacted, party: {offender}"));
            let insult = *rng.pick(&[
                "You are an idiot, wait like everyone else",
                "Shut up and wait",
                "Eres un pendejo",
                "Sen aptal mısın?",
                "Go to hell with your appeal",
            ]);
            c.say(rng, marked, "buyer");
            c.chat
                .push((marked + rng.range(1, 10), offender, insult.into()));
            if rng.chance(40) {
                c.findings.push(format!(
                    "offensive_language_confirmed: {{ party: {offender} }}"
                ));
            }
            if rng.chance(30) {
                let t = if offender == "buyer" {
                    &mut c.buyer
                } else {
                    &mut c.seller
                };
                t.history.push(("offensive_language", rng.range(1, 2)));
            }
            c.appeal_by = by;
            c.appeal_type = "offensive_language";
            c.reason = Some("Insulted in the order chat".into());
            c.as_of = contact + later;
        }
        "seller-account-blocked" => {
            c.pay(rng, paid_at, amount);
            c.event(marked, "marked_paid, by: buyer");
            c.event(marked + rng.range(5, 20), "released, by: seller");
            let blocked = appeal_at - rng.range(1, 10);
            c.event(blocked, "account_blocked, party: seller");
            c.event(contact, "cs_contacted, party: seller");
            if rng.chance(60) {
                let at = contact + rng.range(60, 4_000);
                let kind = *rng.pick(&["police_report", "chargeback_notice", "bank_notice"]);
                c.evidence.push(Evidence {
                    id: "block-1".into(),
                    by: "seller",
                    kind,
                    at,
                    official: true,
                    tampered: false,
                    shows_receipt: None,
                });
                let asked = at + rng.range(10, 600);
                c.event(asked, "cs_contacted, party: buyer");
                if rng.chance(40) {
                    c.evidence.push(Evidence {
                        id: "docs-1".into(),
                        by: "buyer",
                        kind: "id_document",
                        at: asked + rng.range(60, 4_000),
                        official: true,
                        tampered: false,
                        shows_receipt: None,
                    });
                } else if rng.chance(15) {
                    c.event(asked + rng.range(60, 600), "agreement");
                }
            }
            c.appeal_by = "seller";
            c.appeal_type = "account_blocked";
            c.reason = Some("My bank account was frozen after this order".into());
            c.as_of = contact + later * 2;
        }
        "seller-malicious-buying" => {
            // The buyer never pays.
            let window = rng.range(15, 30);
            c.event(window, "cancelled, by: system, reason: timeout");
            c.event(appeal_at, "appeal_opened, by: seller");
            if rng.chance(60) {
                c.event(contact, "cs_contacted, party: buyer");
            }
            c.buyer.history.push(("unpaid_orders", rng.range(0, 6)));
            if rng.chance(30) {
                c.findings.push("malicious_buying_confirmed: true".into());
            }
            c.appeal_by = "seller";
            c.appeal_type = "malicious_buying";
            c.reason = Some("Buyer keeps locking my ads without paying".into());
            c.as_of = appeal_at + later;
        }
        // The shapes are the generator's own fixed list.
        #[allow(clippy::unreachable)]
        _ => unreachable!("unknown shape {shape}"),
    }
    // 2–8 events: pad with what support typically logs.
    while c.timeline.len() < 2 {
        let at = c.appeal_at + rng.range(1, 30);
        let party = if rng.chance(50) { "buyer" } else { "seller" };
        c.event(at, format!("evidence_requested, party: {party}"));
    }
    c.timeline.truncate(8);
    // Up to 4 chat lines.
    let room = 4usize.saturating_sub(c.chat.len());
    for _ in 0..rng.below(room as u64 + 1).min(2) {
        let at = c.appeal_at - rng.range(1, 10).min(c.appeal_at);
        let from = if rng.chance(50) { "buyer" } else { "seller" };
        c.say(rng, at, from);
    }
    c.chat.truncate(4);
    if rng.chance(5) {
        c.findings.push("valid_refund_justification: false".into());
    }
    // The ruling is made after everything recorded.
    let last = c
        .timeline
        .iter()
        .map(|e| e.0)
        .chain(c.payments.iter().map(|p| p.at))
        .chain(c.evidence.iter().map(|e| e.at))
        .chain(c.chat.iter().map(|l| l.0))
        .chain([c.appeal_at])
        .max()
        .unwrap_or(0);
    c.as_of = c.as_of.max(last + rng.range(0, 15));
    c
}

/// A double-quoted YAML string.
fn q(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for ch in text.chars() {
        match ch {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            _ => out.push(ch),
        }
    }
    out.push('"');
    out
}

/// A decimal, written as a number or as a string.
fn num(rng: &mut Rng, value: Decimal) -> String {
    if rng.chance(30) {
        format!("\"{value}\"")
    } else {
        value.to_string()
    }
}

fn time(c: &Case, minutes: i64) -> String {
    let t = c.created + Duration::minutes(minutes);
    if c.market.offset == 0 {
        t.format("%Y-%m-%dT%H:%M:%SZ").to_string()
    } else {
        t.format("%Y-%m-%dT%H:%M:%S%:z").to_string()
    }
}

fn trader(out: &mut String, rng: &mut Rng, role: &str, t: &Trader) {
    let history = t
        .history
        .iter()
        .map(|(k, v)| format!("{k}: {v}"))
        .collect::<Vec<_>>()
        .join(", ");
    if rng.chance(50) {
        let _ = write!(
            out,
            "{role}: {{ uid: {}, verified_name: {}, kyc_verified: {}",
            q(&t.uid),
            q(t.name),
            t.kyc
        );
        if !history.is_empty() {
            let _ = write!(out, ", history: {{ {history} }}");
        }
        out.push_str(" }\n");
    } else {
        let _ = writeln!(out, "{role}:");
        let _ = writeln!(out, "  uid: {}", q(&t.uid));
        let _ = writeln!(out, "  verified_name: {}", q(t.name));
        let _ = writeln!(out, "  kyc_verified: {}", t.kyc);
        if !history.is_empty() {
            let _ = writeln!(out, "  history: {{ {history} }}");
        }
    }
}

fn render(rng: &mut Rng, c: &mut Case, shape: &str) -> String {
    let mut out = String::with_capacity(2048);
    let _ = writeln!(out, "# yaml-language-server: $schema=../schema/case.json");
    let _ = writeln!(
        out,
        "# Generated by examples/corpus.rs: {shape}, {}.",
        c.market.fiat
    );
    let _ = writeln!(out, "case: {}", c.id);
    if let Some(policy) = c.policy {
        let _ = writeln!(out, "policy: {policy}");
    }
    let _ = writeln!(out, "as_of: {}", time(c, c.as_of));
    let _ = writeln!(out, "order:");
    let _ = writeln!(out, "  id: {}", q(&c.order_id));
    let _ = writeln!(out, "  created_at: {}", time(c, 0));
    let _ = writeln!(out, "  asset: USDT");
    let _ = writeln!(out, "  fiat: {}", c.market.fiat);
    let _ = writeln!(out, "  price: {}", num(rng, c.price));
    let _ = writeln!(out, "  quantity: {}", num(rng, c.quantity));
    let _ = writeln!(out, "  amount: {}", num(rng, c.amount()));
    if let Some(reference) = c.reference {
        let _ = writeln!(out, "  reference_price: {}", num(rng, reference));
    }
    if let Some(window) = c.payment_window {
        let _ = writeln!(out, "  payment_window: {window}");
    }
    let account = q(&c.account);
    let holder = q(c.seller.ascii);
    if rng.chance(50) {
        let _ = writeln!(
            out,
            "  payment_method: {{ kind: {}, instant: {}, account: {account}, holder: {holder} }}",
            c.method_kind, c.instant
        );
    } else {
        let _ = writeln!(out, "  payment_method:");
        let _ = writeln!(out, "    kind: {}", c.method_kind);
        let _ = writeln!(out, "    instant: {}", c.instant);
        let _ = writeln!(out, "    account: {account}");
        let _ = writeln!(out, "    holder: {holder}");
    }
    if let Some(terms) = &c.ad_terms {
        let _ = writeln!(out, "  ad_terms: {}", q(terms));
    }
    trader(&mut out, rng, "buyer", &c.buyer);
    trader(&mut out, rng, "seller", &c.seller);

    if c.payments.is_empty() {
        out.push_str("payments: []\n");
    } else {
        out.push_str("payments:\n");
        for p in &c.payments {
            let mut fields = vec![
                format!("at: {}", time(c, p.at)),
                format!("amount: {}", num(rng, p.amount)),
                format!("payer_name: {}", q(&p.payer)),
                format!("to_account: {}", q(&p.to_account)),
            ];
            if let Some(instant) = p.instant {
                fields.push(format!("instant: {instant}"));
            }
            if let Some(remarks) = &p.remarks {
                fields.push(format!("remarks: {}", q(remarks)));
            }
            if let Some(proof) = &p.proof {
                fields.push(format!("proof: {proof}"));
            }
            if rng.chance(50) {
                let _ = writeln!(out, "  - {{ {} }}", fields.join(", "));
            } else {
                let _ = writeln!(out, "  - {}", fields.join("\n    "));
            }
        }
    }

    // The file lists events in no particular order half the time (they are sorted on load).
    c.timeline.sort_by_key(|e| e.0);
    if rng.chance(20) {
        c.timeline.reverse();
    }
    out.push_str("timeline:\n");
    for (at, body) in &c.timeline {
        let _ = writeln!(out, "  - {{ at: {}, event: {body} }}", time(c, *at));
    }

    let _ = writeln!(out, "appeal:");
    let _ = writeln!(out, "  by: {}", c.appeal_by);
    let _ = writeln!(out, "  at: {}", time(c, c.appeal_at));
    let _ = writeln!(out, "  type: {}", c.appeal_type);
    if let Some(reason) = &c.reason {
        let _ = writeln!(out, "  reason: {}", q(reason));
    }

    if c.evidence.is_empty() {
        out.push_str("evidence: []\n");
    } else {
        out.push_str("evidence:\n");
        for e in &c.evidence {
            let mut fields = vec![
                format!("id: {}", e.id),
                format!("by: {}", e.by),
                format!("kind: {}", e.kind),
                format!("at: {}", time(c, e.at)),
                format!("official_source: {}", e.official),
            ];
            if e.tampered {
                fields.push("tampered: true".into());
            }
            if let Some(shows) = e.shows_receipt {
                fields.push(format!("shows_receipt: {shows}"));
            }
            let _ = writeln!(out, "  - {{ {} }}", fields.join(", "));
        }
    }

    c.chat.sort_by_key(|l| l.0);
    if c.chat.is_empty() {
        out.push_str("chat: []\n");
    } else {
        out.push_str("chat:\n");
        for (n, (at, from, text)) in c.chat.iter().enumerate() {
            let _ = writeln!(
                out,
                "  - {{ id: c{}, at: {}, from: {from}, text: {} }}",
                n + 1,
                time(c, *at),
                q(text)
            );
        }
    }
    if !c.findings.is_empty() {
        out.push_str("findings:\n");
        for f in &c.findings {
            let _ = writeln!(out, "  {f}");
        }
    }
    out
}

fn argument(args: &[String], flag: &str) -> Option<String> {
    args.iter()
        .position(|a| a == flag)
        .and_then(|i| args.get(i + 1))
        .cloned()
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let usage = "usage: corpus --count N --seed S --out DIR";
    let count: usize = argument(&args, "--count")
        .unwrap_or_else(|| "1000".into())
        .parse()
        .expect(usage);
    let seed: u64 = argument(&args, "--seed")
        .unwrap_or_else(|| "7".into())
        .parse()
        .expect(usage);
    let out = PathBuf::from(argument(&args, "--out").expect(usage));
    std::fs::create_dir_all(&out).expect("create the output folder");
    let mut rng = Rng::new(seed);
    let mut per_shape = vec![0usize; SHAPES.len()];
    for index in 0..count {
        let s = rng.below(SHAPES.len() as u64) as usize;
        per_shape[s] += 1;
        let shape = SHAPES[s];
        let mut case = build(&mut rng, index, shape);
        let text = render(&mut rng, &mut case, shape);
        let path = out.join(format!("{index:06}-{shape}.yaml"));
        std::fs::write(&path, text).expect("write a case file");
    }
    let mix: Vec<String> = SHAPES
        .iter()
        .zip(&per_shape)
        .map(|(s, n)| format!("{s} {n}"))
        .collect();
    eprintln!(
        "wrote {count} cases to {} ({})",
        out.display(),
        mix.join(", ")
    );
}
