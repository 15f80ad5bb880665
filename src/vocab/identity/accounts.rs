//! Payment accounts compared as accounts, not as strings.
//!
//! A written account is read into its kind first ([`parse`]): an IBAN is its ISO 13616
//! electronic form (case, spaces, an `IBAN:` label or a bank's name around it dropped, the check
//! digits verified); a phone-number wallet is its E.164 number, the country taken from the
//! order; a PIX key, a CLABE and a UPI handle are compared without their labels; any other
//! account number is its digits, the bank's name beside it kept apart. Two accounts are then
//! the same, different, or cannot be told apart from what is written ([`compare`]).

use iban::{Iban, IbanLike, ParseBaseIbanError, ParseIbanError};

use super::Identity;

/// What kind of account a written account is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum AccountKind {
    /// An International Bank Account Number (ISO 13616).
    Iban,
    /// A phone-number wallet, as its E.164 number.
    Phone,
    /// A Brazilian PIX key (CPF, CNPJ, e-mail, phone or random key).
    Pix,
    /// A Mexican CLABE: 18 digits, the last a check digit.
    Clabe,
    /// An Indian UPI handle, `name@bank`.
    Upi,
    /// An e-mail address used as an account (a wallet's login).
    Email,
    /// Any other account number: its digits.
    Number,
    /// Text that is none of the above, compared as written (spaces, dashes, dots and case aside).
    Text,
}

impl AccountKind {
    /// The word for it, as the ruling's JSON says it.
    pub fn as_str(self) -> &'static str {
        match self {
            AccountKind::Iban => "iban",
            AccountKind::Phone => "phone",
            AccountKind::Pix => "pix",
            AccountKind::Clabe => "clabe",
            AccountKind::Upi => "upi",
            AccountKind::Email => "email",
            AccountKind::Number => "number",
            AccountKind::Text => "text",
        }
    }
}

/// A written account read into its kind.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Account {
    pub kind: AccountKind,
    /// The form compared: the IBAN's electronic form, `+` and the E.164 digits, the PIX key,
    /// the CLABE's or the number's digits, the handle in lower case.
    pub form: String,
    /// The words written around it (a bank's or wallet's name, `IBAN`, `PIX`), upper-cased.
    pub label: Option<String>,
}

/// Why a written account cannot be the account it says it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AccountError {
    /// An IBAN whose check digits do not match the rest (ISO 13616, MOD 97-10).
    IbanCheckDigits { iban: String },
    /// An IBAN of a known country whose length or layout is not that country's.
    IbanLayout { iban: String },
    /// A CLABE whose 18th digit is not the check digit of the first 17.
    ClabeCheckDigit { clabe: String },
}

/// The country (ISO 3166 alpha-2) whose phone numbers an order's fiat is paid with, for the
/// currencies of one country. `None` for a currency of many (EUR, USD) or an unknown one.
pub fn country_of_currency(fiat: &str) -> Option<&'static str> {
    let country = match fiat.to_ascii_uppercase().as_str() {
        "PHP" => "PH",
        "VND" => "VN",
        "INR" => "IN",
        "BRL" => "BR",
        "MXN" => "MX",
        "TRY" => "TR",
        "RUB" => "RU",
        "NGN" => "NG",
        "IDR" => "ID",
        "THB" => "TH",
        "MYR" => "MY",
        "KES" => "KE",
        "GHS" => "GH",
        "PKR" => "PK",
        "BDT" => "BD",
        "EGP" => "EG",
        "COP" => "CO",
        "UAH" => "UA",
        "KZT" => "KZ",
        "ZAR" => "ZA",
        "GBP" => "GB",
        _ => return None,
    };
    Some(country)
}

/// How a country writes its mobile numbers: calling code, trunk prefix written before a
/// national number, the national (significant) number's lengths and the digits it starts with.
struct Numbering {
    country: &'static str,
    calling_code: &'static str,
    trunk: &'static str,
    lengths: &'static [usize],
    starts: &'static str,
}

/// Mobile numbering of the countries in [`country_of_currency`] (ITU-T E.164 assignments and
/// each regulator's national plan). A table of our own: see README, "How accounts are compared".
const NUMBERING: &[Numbering] = &[
    Numbering {
        country: "PH",
        calling_code: "63",
        trunk: "0",
        lengths: &[10],
        starts: "9",
    },
    Numbering {
        country: "VN",
        calling_code: "84",
        trunk: "0",
        lengths: &[9],
        starts: "35789",
    },
    Numbering {
        country: "IN",
        calling_code: "91",
        trunk: "0",
        lengths: &[10],
        starts: "6789",
    },
    Numbering {
        country: "BR",
        calling_code: "55",
        trunk: "0",
        lengths: &[11],
        starts: "123456789",
    },
    Numbering {
        country: "MX",
        calling_code: "52",
        trunk: "",
        lengths: &[10],
        starts: "123456789",
    },
    Numbering {
        country: "TR",
        calling_code: "90",
        trunk: "0",
        lengths: &[10],
        starts: "5",
    },
    Numbering {
        country: "RU",
        calling_code: "7",
        trunk: "8",
        lengths: &[10],
        starts: "9",
    },
    Numbering {
        country: "KZ",
        calling_code: "7",
        trunk: "8",
        lengths: &[10],
        starts: "7",
    },
    Numbering {
        country: "NG",
        calling_code: "234",
        trunk: "0",
        lengths: &[10],
        starts: "789",
    },
    Numbering {
        country: "ID",
        calling_code: "62",
        trunk: "0",
        lengths: &[9, 10, 11, 12],
        starts: "8",
    },
    Numbering {
        country: "TH",
        calling_code: "66",
        trunk: "0",
        lengths: &[9],
        starts: "689",
    },
    Numbering {
        country: "MY",
        calling_code: "60",
        trunk: "0",
        lengths: &[9, 10],
        starts: "1",
    },
    Numbering {
        country: "KE",
        calling_code: "254",
        trunk: "0",
        lengths: &[9],
        starts: "17",
    },
    Numbering {
        country: "GH",
        calling_code: "233",
        trunk: "0",
        lengths: &[9],
        starts: "25",
    },
    Numbering {
        country: "PK",
        calling_code: "92",
        trunk: "0",
        lengths: &[10],
        starts: "3",
    },
    Numbering {
        country: "BD",
        calling_code: "880",
        trunk: "0",
        lengths: &[10],
        starts: "1",
    },
    Numbering {
        country: "EG",
        calling_code: "20",
        trunk: "0",
        lengths: &[10],
        starts: "1",
    },
    Numbering {
        country: "CO",
        calling_code: "57",
        trunk: "",
        lengths: &[10],
        starts: "3",
    },
    Numbering {
        country: "UA",
        calling_code: "380",
        trunk: "0",
        lengths: &[9],
        starts: "3456789",
    },
    Numbering {
        country: "ZA",
        calling_code: "27",
        trunk: "0",
        lengths: &[9],
        starts: "678",
    },
    Numbering {
        country: "GB",
        calling_code: "44",
        trunk: "0",
        lengths: &[10],
        starts: "7",
    },
];

fn numbering(country: &str) -> Option<&'static Numbering> {
    NUMBERING
        .iter()
        .find(|n| n.country.eq_ignore_ascii_case(country))
}

/// Words that name a wallet paid by phone number, or say that a number is a phone's: beside
/// such a word a national number is read as a phone number.
const PHONE_WORDS: &[&str] = &[
    "GCASH",
    "MAYA",
    "PAYMAYA",
    "GRABPAY",
    "MOMO",
    "ZALOPAY",
    "VIETTELPAY",
    "PAYTM",
    "PHONEPE",
    "GPAY",
    "MPESA",
    "M-PESA",
    "OPAY",
    "PALMPAY",
    "PAGA",
    "PAPARA",
    "QIWI",
    "YOOMONEY",
    "SBP",
    "DANA",
    "OVO",
    "GOPAY",
    "TRUEMONEY",
    "PROMPTPAY",
    "TNG",
    "EASYPAISA",
    "JAZZCASH",
    "BKASH",
    "NAGAD",
    "NEQUI",
    "DAVIPLATA",
    "MTN",
    "AIRTELTIGO",
    "VODAFONE",
    "PHONE",
    "MOBILE",
    "TEL",
    "WALLET",
];

/// Characters written between the groups of a number.
fn is_separator(c: char) -> bool {
    c.is_whitespace() || matches!(c, '-' | '.' | '‐' | '–' | '(' | ')' | '/' | '_')
}

/// A written account read into its kind; `country` (ISO 3166 alpha-2) reads national phone
/// numbers. An error when it says it is an IBAN or a CLABE and its check digits are wrong.
pub fn parse(written: &str, country: Option<&str>) -> Result<Account, AccountError> {
    let cleaned = clean(written);
    let written = cleaned.as_str();
    let (label, core) = split_label(written);
    let compact: String = core
        .chars()
        .filter(|c| !is_separator(*c))
        .flat_map(char::to_uppercase)
        .collect();
    let labelled = |word: &str| label.as_deref().is_some_and(|l| has_word(l, word));
    let account = |kind, form: String| Account {
        kind,
        form,
        label: label.clone(),
    };
    if labelled("PIX") {
        let key = pix_text(written);
        let compact: String = key.chars().filter(|c| !is_separator(*c)).collect();
        return Ok(account(AccountKind::Pix, pix_key(&key, &compact)));
    }
    if let Some(handle) = handle(&core) {
        let kind = if handle.split('@').nth(1).is_some_and(|d| d.contains('.')) {
            AccountKind::Email
        } else {
            AccountKind::Upi
        };
        return Ok(account(kind, handle));
    }
    if let Some((candidate, others)) = iban_run(written) {
        let iban_label = others.iter().any(|w| w.eq_ignore_ascii_case("IBAN"));
        if let Some(iban) = iban(&candidate, iban_label)? {
            let label = (!others.is_empty()).then(|| others.join(" ").to_uppercase());
            return Ok(Account {
                kind: AccountKind::Iban,
                form: iban,
                label,
            });
        }
    }
    let digits = compact.strip_prefix('+').unwrap_or(&compact);
    if digits.is_empty() || !digits.chars().all(|c| c.is_ascii_digit()) {
        let form = if compact.is_empty() {
            written_key(written)
        } else {
            compact.clone()
        };
        return Ok(account(AccountKind::Text, form));
    }
    if compact.starts_with('+') {
        return Ok(account(AccountKind::Phone, format!("+{digits}")));
    }
    if let Some(clabe) = clabe(digits, labelled("CLABE"), country)? {
        return Ok(account(AccountKind::Clabe, clabe));
    }
    let phone_label = label.is_none() || PHONE_WORDS.iter().any(|w| labelled(w));
    if phone_label && let Some(e164) = country.and_then(|c| national_phone(digits, c)) {
        return Ok(account(AccountKind::Phone, e164));
    }
    Ok(account(AccountKind::Number, digits.to_string()))
}

/// The text as an account is read: invisible format characters (zero-width spaces and joiners,
/// direction marks) dropped, and digits of any script as ASCII digits (`٠٩١٧` and fullwidth
/// `０９１７` are `0917`).
fn clean(written: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    written
        .chars()
        .filter(|c| {
            !matches!(*c as u32, 0x200B..=0x200F | 0x202A..=0x202E | 0x2060..=0x2069 | 0xFEFF | 0x00AD)
        })
        .map(|c| ascii_digit(c).unwrap_or(c))
        .collect::<String>()
        .nfkc()
        .collect()
}

/// The ASCII digit a decimal digit of another script is.
fn ascii_digit(c: char) -> Option<char> {
    const ZEROS: &[u32] = &[
        0x0660, 0x06F0, 0x07C0, 0x0966, 0x09E6, 0x0A66, 0x0AE6, 0x0B66, 0x0BE6, 0x0C66, 0x0CE6,
        0x0D66, 0x0E50, 0x0ED0, 0x0F20, 0x1040, 0x17E0, 0x1810, 0xFF10,
    ];
    let code = c as u32;
    ZEROS
        .iter()
        .find(|zero| (**zero..**zero + 10).contains(&code))
        .and_then(|zero| char::from_digit(code - zero, 10))
}

/// The old comparison's key: the whole text without separators, upper-cased.
fn written_key(written: &str) -> String {
    clean(written)
        .chars()
        .filter(|c| !is_separator(*c))
        .flat_map(char::to_uppercase)
        .collect()
}

fn has_word(label: &str, word: &str) -> bool {
    label.split(' ').any(|w| w == word)
}

/// The words around the account (those without a digit, an `@` or a `+`, and whatever comes
/// before a `:`), and the rest.
fn split_label(written: &str) -> (Option<String>, String) {
    let mut label: Vec<String> = Vec::new();
    let mut rest = written.trim();
    if let Some((before, after)) = rest.split_once(':')
        && !before.trim().is_empty()
        && before
            .chars()
            .all(|c| c.is_alphabetic() || c == ' ' || c == '-')
    {
        label.push(before.trim().to_uppercase());
        rest = after.trim();
    }
    let mut core: Vec<&str> = Vec::new();
    for word in rest.split_whitespace() {
        let plain = word.chars().any(|c| c.is_alphabetic())
            && !word
                .chars()
                .any(|c| c.is_ascii_digit() || c == '@' || c == '+');
        // A wallet's or bank's name glued to the number (`GCASH0917…`): three letters or more,
        // so that an IBAN's two-letter country stays with it.
        let letters = word
            .find(|c: char| !c.is_alphabetic())
            .unwrap_or(word.len());
        let glued = letters >= 3
            && word[letters..].starts_with(|c: char| c.is_ascii_digit())
            && !word.contains('@');
        if plain {
            let word: String = word
                .chars()
                .filter(|c| c.is_alphanumeric() || *c == '-')
                .collect();
            label.push(word.to_uppercase());
        } else if glued {
            label.push(word[..letters].to_uppercase());
            core.push(&word[letters..]);
        } else {
            core.push(word);
        }
    }
    let label = (!label.is_empty()).then(|| label.join(" "));
    (label, core.join(" "))
}

/// A `name@provider` handle, lower-cased, when the account is one.
fn handle(core: &str) -> Option<String> {
    let core = core.trim();
    let (name, provider) = core.split_once('@')?;
    let ok = !name.is_empty()
        && !provider.is_empty()
        && !core.chars().any(char::is_whitespace)
        && !provider.contains('@');
    ok.then(|| core.to_lowercase())
}

/// The words of an IBAN written in the text: a word that starts with two letters and two
/// digits, alone when it is long enough, else with the groups of at most four letters or digits
/// after it (the printed form). Also the other words (labels), without a trailing colon.
fn iban_run(written: &str) -> Option<(String, Vec<String>)> {
    let spaced = written.replace(':', " ");
    let words: Vec<String> = spaced
        .split_whitespace()
        .map(|w| w.chars().filter(|c| !is_separator(*c)).collect::<String>())
        .filter(|w| !w.is_empty())
        .collect();
    let starts = |w: &str| {
        let b = w.as_bytes();
        b.len() >= 4
            && b[..2].iter().all(u8::is_ascii_alphabetic)
            && b[2..4].iter().all(u8::is_ascii_digit)
    };
    let first = words.iter().position(|w| starts(w))?;
    let group = |w: &String| w.len() <= 4 && w.chars().all(|c| c.is_ascii_alphanumeric());
    let end = if words[first].len() >= 15 {
        first + 1
    } else {
        first + 1 + words[first + 1..].iter().take_while(|w| group(w)).count()
    };
    let candidate = words[first..end].concat().to_uppercase();
    let others = words[..first]
        .iter()
        .chain(&words[end..])
        .cloned()
        .collect();
    Some((candidate, others))
}

/// The IBAN's electronic form when `compact` has an IBAN's shape (two letters, two digits,
/// then 11 to 30 letters or digits); an error when it has the shape but not the check digits.
/// Under an `IBAN` label, a country not in the registry is an error too.
fn iban(compact: &str, labelled: bool) -> Result<Option<String>, AccountError> {
    let bytes = compact.as_bytes();
    let shaped = (15..=34).contains(&bytes.len())
        && bytes[..2].iter().all(u8::is_ascii_uppercase)
        && bytes[2..4].iter().all(u8::is_ascii_digit)
        && bytes.iter().all(u8::is_ascii_alphanumeric);
    if !shaped {
        return Ok(None);
    }
    let iban = compact.to_string();
    match compact.parse::<Iban>() {
        Ok(parsed) => Ok(Some(parsed.electronic_str().to_string())),
        Err(ParseIbanError::InvalidBaseIban {
            source: ParseBaseIbanError::InvalidChecksum,
        }) => Err(AccountError::IbanCheckDigits { iban }),
        Err(ParseIbanError::InvalidBban(_)) => Err(AccountError::IbanLayout { iban }),
        Err(_) if labelled => Err(AccountError::IbanLayout { iban }),
        Err(_) => Ok(None),
    }
}

/// The CLABE's digits when `digits` is one: 18 digits with a valid check digit, in a Mexican
/// order or under a `CLABE` label. Under the label, a wrong check digit is an error.
fn clabe(
    digits: &str,
    labelled: bool,
    country: Option<&str>,
) -> Result<Option<String>, AccountError> {
    let mexican = country.is_some_and(|c| c.eq_ignore_ascii_case("MX"));
    if digits.len() != 18 || !(labelled || mexican) {
        return Ok(None);
    }
    const WEIGHTS: [u32; 3] = [3, 7, 1];
    let values: Vec<u32> = digits.chars().filter_map(|c| c.to_digit(10)).collect();
    let sum: u32 = values[..17]
        .iter()
        .enumerate()
        .map(|(i, d)| (d * WEIGHTS[i % 3]) % 10)
        .sum();
    let check = (10 - sum % 10) % 10;
    if check == values[17] {
        Ok(Some(digits.to_string()))
    } else if labelled {
        Err(AccountError::ClabeCheckDigit {
            clabe: digits.to_string(),
        })
    } else {
        Ok(None)
    }
}

/// A national (or calling-code-first) mobile number of `country` as `+` and its E.164 digits.
fn national_phone(digits: &str, country: &str) -> Option<String> {
    let plan = numbering(country)?;
    let fits = |national: &str| {
        plan.lengths.contains(&national.len())
            && national
                .chars()
                .next()
                .is_some_and(|c| plan.starts.contains(c))
    };
    let national = [
        digits.strip_prefix(plan.calling_code),
        (!plan.trunk.is_empty())
            .then(|| digits.strip_prefix(plan.trunk))
            .flatten(),
        digits
            .strip_prefix("00")
            .and_then(|d| d.strip_prefix(plan.calling_code)),
        Some(digits),
    ]
    .into_iter()
    .flatten()
    .find(|n| fits(n))?;
    Some(format!("+{}{national}", plan.calling_code))
}

/// The key after a `PIX` or `pix:` label: what follows the colon, else the words after the
/// leading words without digits (a random key's later groups may be all letters).
fn pix_text(written: &str) -> String {
    let text = written.trim();
    if let Some((before, after)) = text.split_once(':')
        && before.chars().all(|c| c.is_alphabetic() || c == ' ')
    {
        return after.trim().to_string();
    }
    let words: Vec<&str> = text.split_whitespace().collect();
    let first_key = words
        .iter()
        .position(|w| {
            w.chars()
                .any(|c| c.is_ascii_digit() || c == '@' || c == '+')
        })
        .unwrap_or(words.len());
    words[first_key..].join(" ")
}

/// A PIX key as compared: a phone key as `+` and its digits, a CPF or CNPJ as its digits, an
/// e-mail or random key in lower case.
fn pix_key(core: &str, compact: &str) -> String {
    if compact.starts_with('+') {
        return compact.to_string();
    }
    if !compact.is_empty() && compact.chars().all(|c| c.is_ascii_digit()) {
        return compact.to_string();
    }
    core.trim().to_lowercase()
}

/// Two accounts compared: the outcome and how it was reached.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AccountComparison {
    pub outcome: Identity,
    /// The kinds the two were read as.
    pub kinds: [AccountKind; 2],
    /// The forms compared.
    pub forms: [String; 2],
}

/// Whether `a` and `b` are the same account; `country` (ISO 3166 alpha-2) reads national
/// phone numbers. An account that cannot be read (a wrong check digit: the case reader reports
/// it) is compared as written.
pub fn compare(a: &str, b: &str, country: Option<&str>) -> AccountComparison {
    let read = |written: &str| {
        parse(written, country).unwrap_or_else(|_| Account {
            kind: AccountKind::Text,
            form: written_key(written),
            label: None,
        })
    };
    let (x, y) = (read(a), read(b));
    let outcome = if written_key(a) == written_key(b) && !written_key(a).is_empty() {
        Identity::Same
    } else if [&x, &y]
        .iter()
        .any(|t| t.kind == AccountKind::Text && t.form.is_empty())
    {
        // Nothing of an account is written (`---`): nothing to compare.
        Identity::CannotTell
    } else if pix_digits_are_phone(&x, &y, country) || pix_digits_are_phone(&y, &x, country) {
        Identity::Same
    } else {
        outcome(&x, &y)
    };
    AccountComparison {
        outcome,
        kinds: [x.kind, y.kind],
        forms: [x.form, y.form],
    }
}

/// Whether a PIX key of digits is the phone `phone` was read as: the same digits read as a
/// national number (`PIX: 123.456.789-09` paid to `12345678909`, read in Brazil as a phone), or
/// the key a national phone number and `phone` that number with the country's calling code.
fn pix_digits_are_phone(pix: &Account, phone: &Account, country: Option<&str>) -> bool {
    if pix.kind != AccountKind::Pix || phone.kind != AccountKind::Phone {
        return false;
    }
    let key = pix.form.as_str();
    if key.is_empty() || !key.chars().all(|c| c.is_ascii_digit()) {
        return false;
    }
    let calling = country.and_then(numbering).map(|plan| plan.calling_code);
    calling.is_some_and(|code| phone.form == format!("+{code}{key}"))
        || country.and_then(|c| national_phone(key, c)).as_deref() == Some(phone.form.as_str())
}

fn outcome(x: &Account, y: &Account) -> Identity {
    use AccountKind as K;
    let same_form = x.form == y.form;
    match (x.kind, y.kind) {
        (K::Number, K::Number) if same_form => match (&x.label, &y.label) {
            // The same digits under two bank names: maybe one bank written two ways, maybe two
            // banks.
            (Some(p), Some(q)) if p != q => Identity::CannotTell,
            _ => Identity::Same,
        },
        _ if x.kind == y.kind => decided(same_form),
        // A PIX key is a phone, a CPF or an e-mail written another way.
        (K::Pix, K::Phone | K::Number | K::Email) | (K::Phone | K::Number | K::Email, K::Pix) => {
            decided(same_form)
        }
        (K::Phone, K::Number) | (K::Number, K::Phone) => digits_overlap(x, y),
        (K::Iban, K::Number) | (K::Number, K::Iban) => digits_overlap(x, y),
        (K::Text, _) | (_, K::Text) => {
            if !x.form.is_empty()
                && !y.form.is_empty()
                && (x.form.contains(&y.form) || y.form.contains(&x.form))
            {
                Identity::CannotTell
            } else {
                Identity::Different
            }
        }
        _ => Identity::Different,
    }
}

fn decided(same: bool) -> Identity {
    if same {
        Identity::Same
    } else {
        Identity::Different
    }
}

/// A phone or an IBAN against a bare number: the same when the number is the phone's E.164
/// digits; cannot tell when one ends with the other (a national number read without its
/// country, an account number inside an IBAN); else different.
fn digits_overlap(x: &Account, y: &Account) -> Identity {
    let digits = |a: &Account| a.form.trim_start_matches('+').to_string();
    let (p, q) = (digits(x), digits(y));
    if p == q {
        return Identity::Same;
    }
    let national = |d: &str| d.trim_start_matches('0').to_string();
    let (np, nq) = (national(&p), national(&q));
    let long_enough = np.len().min(nq.len()) >= 7;
    if long_enough && (p.ends_with(&nq) || q.ends_with(&np)) {
        Identity::CannotTell
    } else {
        Identity::Different
    }
}

#[cfg(test)]
mod tests;
