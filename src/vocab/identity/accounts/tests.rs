use super::*;
use AccountKind as K;
use Identity::{CannotTell, Different, Same};

/// One pair: order page account, account paid, country, outcome, kind read on the page's side,
/// why.
type Pair = (
    &'static str,
    &'static str,
    Option<&'static str>,
    Identity,
    AccountKind,
    &'static str,
);

const PAIRS: &[Pair] = &[
    // IBAN: case, spaces, a label or the bank's name do not change it.
    (
        "TR33 0006 1005 1978 6457 8413 26",
        "TR330006100519786457841326",
        Some("TR"),
        Same,
        K::Iban,
        "spaces",
    ),
    (
        "TR33 0006 1005 1978 6457 8413 26",
        "IBAN: tr33 0006 1005 1978 6457 8413 26",
        Some("TR"),
        Same,
        K::Iban,
        "label and case",
    ),
    (
        "Ziraat Bankası TR33 0006 1005 1978 6457 8413 26",
        "IBAN TR330006100519786457841326",
        Some("TR"),
        Same,
        K::Iban,
        "bank name and label",
    ),
    (
        "DE89 3704 0044 0532 0130 00",
        "de89370400440532013000 (Commerzbank)",
        None,
        Same,
        K::Iban,
        "bank name after",
    ),
    (
        "GB82 WEST 1234 5698 7654 32",
        "IBAN:GB82WEST12345698765432",
        None,
        Same,
        K::Iban,
        "label without space",
    ),
    // Hard negatives: another IBAN, one digit different (and so its check digits recomputed).
    (
        "DE89 3704 0044 0532 0130 00",
        "GB82 WEST 1234 5698 7654 32",
        None,
        Different,
        K::Iban,
        "another IBAN",
    ),
    (
        "TR33 0006 1005 1978 6457 8413 26",
        "TR06 0006 1005 1978 6457 8413 27",
        Some("TR"),
        Different,
        K::Iban,
        "one digit different, valid check digits",
    ),
    // An IBAN against a bare account number inside it: the same account written nationally, or not.
    (
        "TR33 0006 1005 1978 6457 8413 26",
        "Ziraat 6457 8413 26",
        Some("TR"),
        CannotTell,
        K::Iban,
        "national number inside the IBAN",
    ),
    (
        "TR33 0006 1005 1978 6457 8413 26",
        "Ziraat 1111 2222 33",
        Some("TR"),
        Different,
        K::Iban,
        "number not in the IBAN",
    ),
    // Phone wallets: national and E.164 forms, country from the order.
    (
        "0917 123 4567",
        "+63 917 123 4567",
        Some("PH"),
        Same,
        K::Phone,
        "PH national vs E.164",
    ),
    (
        "GCASH 0917-555-0142",
        "+639175550142",
        Some("PH"),
        Same,
        K::Phone,
        "PH wallet label",
    ),
    (
        "GCash 09175550142",
        "639175550142",
        Some("PH"),
        Same,
        K::Phone,
        "PH calling code without plus",
    ),
    (
        "MoMo 0912 345 678",
        "+84 912 345 678",
        Some("VN"),
        Same,
        K::Phone,
        "VN",
    ),
    (
        "Paytm 98765 43210",
        "+91 98765 43210",
        Some("IN"),
        Same,
        K::Phone,
        "IN without trunk",
    ),
    (
        "0532 123 45 67",
        "+90 532 123 45 67",
        Some("TR"),
        Same,
        K::Phone,
        "TR",
    ),
    (
        "8 (912) 345-67-89",
        "+7 912 345 67 89",
        Some("RU"),
        Same,
        K::Phone,
        "RU trunk 8",
    ),
    (
        "0803 123 4567",
        "+234 803 123 4567",
        Some("NG"),
        Same,
        K::Phone,
        "NG",
    ),
    (
        "55 1234 5678",
        "+52 55 1234 5678",
        Some("MX"),
        Same,
        K::Phone,
        "MX no trunk",
    ),
    // Hard negatives for phones.
    (
        "0917 123 4567",
        "+63 917 123 4568",
        Some("PH"),
        Different,
        K::Phone,
        "one digit different",
    ),
    (
        "+63 917 123 4567",
        "+84 917 123 4567",
        Some("PH"),
        Different,
        K::Phone,
        "same digits, other country",
    ),
    (
        "0917 123 4567",
        "+84 917 123 4567",
        Some("PH"),
        Different,
        K::Phone,
        "national read in PH, paid a VN number",
    ),
    // Without a country a national number cannot be read as a phone: cannot tell.
    (
        "0917 123 4567",
        "+63 917 123 4567",
        None,
        CannotTell,
        K::Number,
        "no country",
    ),
    // PIX keys with and without their labels.
    (
        "PIX 123.456.789-09",
        "pix: 12345678909",
        Some("BR"),
        Same,
        K::Pix,
        "CPF key",
    ),
    (
        "PIX: ana.souza@example.com",
        "ANA.SOUZA@EXAMPLE.COM",
        Some("BR"),
        Same,
        K::Pix,
        "e-mail key, unlabelled payee",
    ),
    (
        "pix: +55 11 91234-5678",
        "+5511912345678",
        Some("BR"),
        Same,
        K::Pix,
        "phone key",
    ),
    (
        "PIX 7d9f0335-8dcc-4054-9bf9-0dbd61e0c9f5",
        "pix:7D9F0335-8DCC-4054-9BF9-0DBD61E0C9F5",
        Some("BR"),
        Same,
        K::Pix,
        "random key",
    ),
    (
        "PIX 123.456.789-09",
        "PIX 123.456.789-08",
        Some("BR"),
        Different,
        K::Pix,
        "CPF one digit different",
    ),
    (
        "PIX: ana.souza@example.com",
        "pix: ana.sousa@example.com",
        Some("BR"),
        Different,
        K::Pix,
        "e-mail one letter different",
    ),
    // CLABE.
    (
        "CLABE 032 180 000118359719",
        "032180000118359719",
        Some("MX"),
        Same,
        K::Clabe,
        "label and spaces",
    ),
    (
        "CLABE 032 180 000118359719",
        "CLABE 002 180 000118359719",
        Some("MX"),
        Different,
        K::Clabe,
        "another bank's CLABE",
    ),
    // UPI handles, case-insensitive.
    (
        "UPI: ravi.kumar@okaxis",
        "Ravi.Kumar@OKAXIS",
        Some("IN"),
        Same,
        K::Upi,
        "case and label",
    ),
    (
        "ravi.kumar@okaxis",
        "ravi.kumar@oksbi",
        Some("IN"),
        Different,
        K::Upi,
        "another bank's handle",
    ),
    (
        "ravi.kumar@okaxis",
        "ravi.kumr@okaxis",
        Some("IN"),
        Different,
        K::Upi,
        "one letter different",
    ),
    // Bank account numbers with bank names.
    (
        "VCB 0071 0012 3456",
        "VCB 0071.0012.3456",
        Some("VN"),
        Same,
        K::Number,
        "dots",
    ),
    (
        "VCB 0071 0012 3456",
        "007100123456",
        Some("VN"),
        Same,
        K::Number,
        "bank name left out",
    ),
    (
        "VCB 0071 0012 3456",
        "Vietcombank 0071 0012 3456",
        Some("VN"),
        CannotTell,
        K::Number,
        "bank written two ways, or two banks",
    ),
    (
        "VCB 0071 0012 3456",
        "VCB 0071 0012 3457",
        Some("VN"),
        Different,
        K::Number,
        "one digit different",
    ),
    (
        "GCASH 0917-555-0142",
        "BPI 1234-5678-90",
        Some("PH"),
        Different,
        K::Phone,
        "a bank account, not the wallet",
    ),
    (
        "GCASH 0917-555-0142",
        "GCASH0917-555-0142",
        Some("PH"),
        Same,
        K::Phone,
        "wallet name glued to the number",
    ),
    // Text accounts.
    (
        "Binance Pay ID 123456789",
        "binance pay id 123456789",
        None,
        Same,
        K::Number,
        "text, case",
    ), // Reviewer's probes: a PIX key of digits paid as those digits; Unicode digits and
    // invisible characters; nothing written.
    (
        "PIX: 123.456.789-09",
        "12345678909",
        Some("BR"),
        Same,
        K::Pix,
        "CPF key paid as its digits, read in Brazil as a phone",
    ),
    (
        "PIX 11 91234-5678",
        "+55 11 91234-5678",
        Some("BR"),
        Same,
        K::Pix,
        "phone key written nationally",
    ),
    (
        "PIX: 123.456.789-09",
        "98765432100",
        Some("BR"),
        Different,
        K::Pix,
        "another CPF",
    ),
    (
        "GCash 0917 123 4567",
        "٠٩١٧ ١٢٣ ٤٥٦٧",
        Some("PH"),
        Same,
        K::Phone,
        "Arabic-Indic digits",
    ),
    (
        "GCash 0917 123 4567",
        "０９１７ １２３ ４５６７",
        Some("PH"),
        Same,
        K::Phone,
        "fullwidth digits",
    ),
    (
        "DE89 3704 0044 0532 0130 00",
        "DE89\u{200b}3704\u{200b}0044 0532 0130 00",
        None,
        Same,
        K::Iban,
        "zero-width spaces",
    ),
    (
        "DE89 3704 0044 0532 0130 00",
        "\u{202e}DE89 3704 0044 0532 0130 00\u{202c}",
        None,
        Same,
        K::Iban,
        "direction marks",
    ),
    ("---", "...", None, CannotTell, K::Text, "nothing written"),
];

#[test]
fn account_pairs_compare_as_accounts() {
    let mut wrong = Vec::new();
    for (page, paid, country, want, kind, why) in PAIRS {
        let got = compare(page, paid, *country);
        let reversed = compare(paid, page, *country);
        if got.outcome != *want || got.kinds[0] != *kind || reversed.outcome != *want {
            wrong.push(format!(
                "{why}: {page:?} / {paid:?} ({country:?}): want {want:?} {kind:?}, got {:?} {:?} {:?} (reversed {:?})",
                got.outcome, got.kinds, got.forms, reversed.outcome
            ));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn wrong_check_digits_are_errors() {
    assert_eq!(
        parse("IBAN: TR34 0006 1005 1978 6457 8413 26", Some("TR")),
        Err(AccountError::IbanCheckDigits {
            iban: "TR340006100519786457841326".into()
        })
    );
    assert!(matches!(
        parse("DE89 3704 0044 0532 0130 01", None),
        Err(AccountError::IbanCheckDigits { .. })
    ));
    // Too short for a German IBAN: an error whichever check finds it.
    assert!(parse("IBAN DE89 3704 0044 0532 0130", None).is_err());
    assert!(matches!(
        parse("CLABE 032180000118359718", Some("MX")),
        Err(AccountError::ClabeCheckDigit { .. })
    ));
    // Not written as a CLABE, outside Mexico: an 18-digit number is a number.
    assert_eq!(
        parse("032180000118359718", Some("VN")).map(|a| a.kind),
        Ok(AccountKind::Number)
    );
}

#[test]
fn forms_compared_are_the_normal_forms() {
    let c = compare(
        "GCASH 0917-555-0142",
        "IBAN: GB82 WEST 1234 5698 7654 32",
        Some("PH"),
    );
    assert_eq!(
        c.forms,
        [
            "+639175550142".to_string(),
            "GB82WEST12345698765432".to_string()
        ]
    );
    assert_eq!(c.kinds, [AccountKind::Phone, AccountKind::Iban]);
    assert_eq!(c.outcome, Identity::Different);
}

#[test]
fn currencies_name_their_country() {
    assert_eq!(country_of_currency("php"), Some("PH"));
    assert_eq!(country_of_currency("BRL"), Some("BR"));
    assert_eq!(country_of_currency("EUR"), None);
}
