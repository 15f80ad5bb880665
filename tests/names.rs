//! Person names compared as identities: each pair with the outcome and the convention it
//! follows, across scripts and naming systems, with hard negatives (different people that
//! folding alone merges, or that look alike).

use appeal::vocab::identity::Identity::{self, CannotTell, Different, Same};
use appeal::vocab::identity::names::compare;

/// (a, b, outcome, convention).
const PAIRS: &[(&str, &str, Identity, &str)] = &[
    // Latin: English, French, Irish — punctuation never makes another person.
    ("John Smith", "JOHN SMITH", Same, "latin-fold"),
    (
        "Jean-Pierre Dubois",
        "JEAN PIERRE DUBOIS",
        Same,
        "latin-fold",
    ),
    (
        "Jean-Pierre Dubois",
        "JEANPIERRE DUBOIS",
        Same,
        "latin-fold",
    ),
    ("Seán O'Connor", "SEAN OCONNOR", Same, "latin-fold"),
    ("Seán O'Connor", "SEAN O CONNOR", Same, "latin-fold"),
    ("J. R. Smith", "JR SMITH", Same, "latin-fold"),
    ("John Smith", "John Smyth", CannotTell, "latin-fold"),
    ("John Smith", "Jane Smith", Different, "latin-fold"),
    ("John Smith", "J. SMITH", CannotTell, "latin-fold"),
    ("Jean Dupont", "Jean Durand", Different, "latin-fold"),
    // German, Polish, Nordic letters.
    ("Jürgen Groß", "JURGEN GROSS", Same, "latin-fold"),
    ("Łukasz Wójcik", "LUKASZ WOJCIK", Same, "latin-fold"),
    ("Søren Kierkegaard", "SOREN KIERKEGAARD", Same, "latin-fold"),
    ("Katarzyna Nowak", "KATARINA NOWAK", Different, "latin-fold"),
    // Spanish double surnames: a surname left out is cannot tell.
    (
        "María José García López",
        "MARIA JOSE GARCIA LOPEZ",
        Same,
        "latin-fold",
    ),
    (
        "María José García López",
        "MARIA JOSE GARCIA",
        CannotTell,
        "latin-fold",
    ),
    (
        "María José García López",
        "GARCIA LOPEZ MARIA JOSE",
        Same,
        "latin-fold",
    ),
    (
        "María José García López",
        "MARIA JOSE PEREZ LOPEZ",
        Different,
        "latin-fold",
    ),
    ("José Núñez", "JOSE NUNEZ", Same, "latin-fold"),
    // Filipino abbreviations.
    (
        "Ma. Lourdes Dela Cruz",
        "MARIA LOURDES DELA CRUZ",
        CannotTell,
        "latin-fold",
    ),
    (
        "Ma. Lourdes Dela Cruz",
        "MA LOURDES DELACRUZ",
        Same,
        "latin-fold",
    ),
    // Hungarian: family name first.
    ("Kovács Péter", "PETER KOVACS", Same, "latin-fold"),
    ("Kovács Péter", "PETRA KOVACS", Different, "latin-fold"),
    ("Nagy Éva", "EVA NAGY", Same, "latin-fold"),
    // Turkish.
    ("Ayşe Yılmaz", "YILMAZ AYSE", Same, "latin-fold"),
    ("Ayşe Yılmaz", "A. YILMAZ", CannotTell, "latin-fold"),
    ("Işık Yılmaz", "ISIK YILMAZ", Same, "latin-fold"),
    ("Ayşe Yılmaz", "AYSE YILDIZ", Different, "latin-fold"),
    // Vietnamese.
    ("Trần Thị B", "TRAN THI B", Same, "latin-fold"),
    ("Đặng Văn Lâm", "DANG VAN LAM", Same, "latin-fold"),
    ("Nguyễn Văn An", "NGUYEN AN", CannotTell, "latin-fold"),
    ("Tran Thi B", "Tran Thi C", Different, "latin-fold"),
    ("Nguyễn Văn An", "NGUYEN VAN ANH", Different, "latin-fold"),
    // Malay patronymics: the tie word fixes the order.
    ("Ahmad bin Ismail", "AHMAD BIN ISMAIL", Same, "latin-fold"),
    (
        "Ahmad bin Ismail",
        "Ismail bin Ahmad",
        Different,
        "latin-fold",
    ),
    ("Ahmad bin Ismail", "AHMAD IBN ISMAIL", Same, "latin-fold"),
    ("Ahmad bin Ismail", "AHMAD ISMAIL", CannotTell, "latin-fold"),
    (
        "Siti Aminah binti Abdullah",
        "SITI AMINAH BTE ABDULLAH",
        Same,
        "latin-fold",
    ),
    (
        "Siti Aminah binti Abdullah",
        "ABDULLAH BINTI SITI AMINAH",
        Different,
        "latin-fold",
    ),
    ("Ravi a/l Muthu", "RAVI A/L MUTHU", Same, "latin-fold"),
    ("Ravi a/l Muthu", "MUTHU A/L RAVI", Different, "latin-fold"),
    (
        "Mohd Faizal bin Hassan",
        "MOHD FAIZAL HASSAN",
        CannotTell,
        "latin-fold",
    ),
    // Hebrew patronymic in Latin.
    (
        "David ben Yosef",
        "YOSEF BEN DAVID",
        Different,
        "latin-fold",
    ),
    // Arabic names in Latin, hyphen and article.
    ("Khalid Al-Rashid", "KHALID AL RASHID", Same, "latin-fold"),
    ("Khalid Al-Rashid", "KHALID ALRASHID", Same, "latin-fold"),
    (
        "Mohammed Al-Rashid",
        "MOHAMED AL RASHID",
        CannotTell,
        "latin-fold",
    ),
    // Greek by ELOT 743.
    (
        "Ευστάθιος Παπαδόπουλος",
        "EVSTATHIOS PAPADOPOULOS",
        Same,
        "greek-elot-743",
    ),
    (
        "Ευστάθιος Παπαδόπουλος",
        "EUSTATHIOS PAPADOPOULOS",
        Same,
        "greek-elot-743",
    ),
    (
        "Γιώργος Παπαδόπουλος",
        "GIORGOS PAPADOPOULOS",
        Same,
        "greek-elot-743",
    ),
    (
        "Θεόδωρος Χατζής",
        "THEODOROS CHATZIS",
        Same,
        "greek-elot-743",
    ),
    (
        "Αικατερίνη Ψαρρού",
        "AIKATERINI PSARROU",
        Same,
        "greek-elot-743",
    ),
    (
        "Ευάγγελος Μπακογιάννης",
        "EVANGELOS BAKOGIANNIS",
        Same,
        "greek-elot-743",
    ),
    (
        "Αυγερινός Λαμπράκης",
        "AVGERINOS LAMPRAKIS",
        Same,
        "greek-elot-743",
    ),
    (
        "Αυγερινός Λαμπράκης",
        "AVGERINOS LABRAKIS",
        Same,
        "greek-elot-743",
    ),
    (
        "Ευθύμιος Κωστόπουλος",
        "EFTHYMIOS KOSTOPOULOS",
        Same,
        "greek-elot-743",
    ),
    (
        "Γιώργος Παπαδόπουλος",
        "GIORGOS PAPADAKIS",
        Different,
        "greek-elot-743",
    ),
    ("Ελένη Νικολάου", "ELENI NIKOLAOU", Same, "greek-elot-743"),
    (
        "Ελένη Νικολάου",
        "ELENI NIKOLAIDOU",
        Different,
        "greek-elot-743",
    ),
    (
        "Ελένη Νικολάου",
        "Ελένη Νικολαου",
        Same,
        "same-script:greek",
    ),
    // Chinese by Hanyu Pinyin: given name joined or apart, either order.
    ("刘德华", "LIU DEHUA", Same, "hanyu-pinyin"),
    ("刘德华", "LIU DE HUA", Same, "hanyu-pinyin"),
    ("刘德华", "DEHUA LIU", Same, "hanyu-pinyin"),
    ("劉德華", "LIU DEHUA", Same, "hanyu-pinyin"),
    ("王小明", "WANG XIAOMING", Same, "hanyu-pinyin"),
    ("李娜", "LI NA", Same, "hanyu-pinyin"),
    ("欧阳娜娜", "OUYANG NANA", Same, "hanyu-pinyin"),
    ("刘德华", "LIU DEMING", Different, "hanyu-pinyin"),
    ("王小明", "WANG MING", Different, "hanyu-pinyin"),
    ("王小明", "XIAOMING", CannotTell, "hanyu-pinyin"),
    ("刘德华", "LAU TAK WAH", CannotTell, "han-unread"),
    ("刘德华", "刘德华", Same, "same-script:han"),
    ("刘德华", "刘德明", Different, "same-script:han"),
    // Cyrillic by ICAO 9303, older spellings.
    (
        "Юлия Соколова",
        "IULIIA SOKOLOVA",
        Same,
        "icao-9303-cyrillic",
    ),
    (
        "Юлия Соколова",
        "YULIYA SOKOLOVA",
        Same,
        "icao-9303-cyrillic",
    ),
    (
        "Юлия Соколова",
        "YULIA SOKOLOVA",
        CannotTell,
        "icao-9303-cyrillic",
    ),
    (
        "Юлия Соколова",
        "IULIIA SOKOLOVSKAIA",
        Different,
        "icao-9303-cyrillic",
    ),
    (
        "Алексей Щукин",
        "ALEKSEI SHCHUKIN",
        Same,
        "icao-9303-cyrillic",
    ),
    (
        "Алексей Щукин",
        "ALEKSEY SHCHUKIN",
        Same,
        "icao-9303-cyrillic",
    ),
    (
        "Алексей Щукин",
        "ALEXEY SHCHUKIN",
        CannotTell,
        "icao-9303-cyrillic",
    ),
    (
        "Жанна Хрущёва",
        "ZHANNA KHRUSHCHEVA",
        Same,
        "icao-9303-cyrillic",
    ),
    (
        "Юлия Соколова",
        "Юлия Смирнова",
        Different,
        "same-script:cyrillic",
    ),
    (
        "Юлия Соколова",
        "ЮЛИЯ СОКОЛОВА",
        Same,
        "same-script:cyrillic",
    ),
    // Ukrainian.
    (
        "Олександр Ковальчук",
        "OLEKSANDR KOVALCHUK",
        Same,
        "icao-9303-cyrillic",
    ),
    (
        "Григорій Шевченко",
        "HRYHORII SHEVCHENKO",
        Same,
        "icao-9303-cyrillic",
    ),
    (
        "Григорій Шевченко",
        "HRYHORIY SHEVCHENKO",
        CannotTell,
        "icao-9303-cyrillic",
    ),
    (
        "Олександр Ковальчук",
        "OLEKSII KOVALCHUK",
        Different,
        "icao-9303-cyrillic",
    ),
    // Kazakh.
    (
        "Ғалымжан Құсайынов",
        "GALYMZHAN KUSAIYNOV",
        Same,
        "icao-9303-cyrillic",
    ),
    (
        "Әлия Нұрланқызы",
        "ALIIA NURLANKYZY",
        Same,
        "icao-9303-cyrillic",
    ),
    ("Ерлан Тоқаев", "ERLAN TOKAEV", Same, "icao-9303-cyrillic"),
    (
        "Ерлан Тоқаев",
        "ERLAN TOKAYEVA",
        Different,
        "icao-9303-cyrillic",
    ),
    // Arabic: common names by their bank spellings, else the consonants.
    ("محمد علي", "MOHAMMED ALI", Same, "arabic-bank-latin"),
    ("محمد علي", "MUHAMMAD ALY", Same, "arabic-bank-latin"),
    (
        "أحمد بن إسماعيل",
        "AHMED BIN ISMAIL",
        Same,
        "arabic-bank-latin",
    ),
    (
        "أحمد بن إسماعيل",
        "ISMAIL BIN AHMED",
        Different,
        "arabic-bank-latin",
    ),
    ("محمد علي", "MAHMOUD ALI", Different, "arabic-bank-latin"),
    ("سالم", "SALIM", Different, "arabic-bank-latin"),
    ("خالد الرشيد", "KHALED AL-RASHID", Same, "arabic-bank-latin"),
    (
        "عبد الرحمن يوسف",
        "ABDUL RAHMAN YOUSEF",
        Same,
        "arabic-bank-latin",
    ),
    ("عادل حداد", "ADEL HADDAD", CannotTell, "arabic-bank-latin"),
    ("عادل حداد", "ADEL KHOURY", Different, "arabic-bank-latin"),
    ("مُحَمَّد علي", "محمد علي", Same, "same-script:arabic"),
    ("محمد علي", "محمود علي", Different, "same-script:arabic"),
    // Thai by RTGS; within Thai every mark counts.
    ("สมชาย ใจดี", "SOMCHAI CHAIDI", Same, "thai-rtgs"),
    ("สมชาย ใจดี", "SOMCHAI JAIDEE", CannotTell, "thai-rtgs"),
    ("ก้องภพ สุขใจ", "KONGPHOP SUKCHAI", Same, "thai-rtgs"),
    ("สมศักดิ์ ใจดี", "SOMSAK CHAIDI", Same, "thai-rtgs"),
    ("สมชาย ใจดี", "SOMSAK CHAIDI", Different, "thai-rtgs"),
    ("สมชาย ใจดี", "สมชาย ใจดี", Same, "same-script:thai"),
    ("สมชาย ใจดี", "สมชัย ใจดี", Different, "same-script:thai"),
    ("ก้องภพ สุขใจ", "ก๊องภพ สุขใจ", Different, "same-script:thai"),
    ("ก้องภพ สุขใจ", "ก้องภพ สุขใด", Different, "same-script:thai"),
    ("มานี มีนา", "มานะ มีนา", Different, "same-script:thai"),
    // Korean by Revised Romanization, surnames as banks print them.
    ("김민수", "GIM MINSU", Same, "korean-rr"),
    ("김민수", "KIM MINSU", Same, "korean-rr"),
    ("김민수", "KIM MIN-SU", Same, "korean-rr"),
    ("김민수", "MINSU KIM", Same, "korean-rr"),
    ("이서연", "LEE SEOYEON", Same, "korean-rr"),
    ("이서연", "YI SEO YEON", Same, "korean-rr"),
    ("박지훈", "PARK JIHUN", Same, "korean-rr"),
    ("김민수", "KIM MINSOO", CannotTell, "korean-rr"),
    ("김민수", "KIM MINHO", Different, "korean-rr"),
    ("김민수", "PARK MINSU", Different, "korean-rr"),
    ("김민수", "김민호", Different, "same-script:hangul"),
    // Japanese kana by Hepburn; long vowels written or not; kanji unread.
    ("さとう たろう", "SATO TARO", Same, "japanese-hepburn"),
    ("さとう たろう", "SATOU TAROU", Same, "japanese-hepburn"),
    ("サトウ タロウ", "SATOH TAROH", Same, "japanese-hepburn"),
    ("おおの しんいち", "ONO SHINICHI", Same, "japanese-hepburn"),
    (
        "おおの しんいち",
        "OHNO SHIN'ICHI",
        Same,
        "japanese-hepburn",
    ),
    ("きょうこ やまだ", "YAMADA KYOKO", Same, "japanese-hepburn"),
    ("さとう たろう", "SATO JIRO", Different, "japanese-hepburn"),
    ("やまだ 太郎", "YAMADA TARO", CannotTell, "han-unread"),
    ("山田太郎", "YAMADA TARO", CannotTell, "han-unread"),
    (
        "やまだ たろう",
        "ヤマダ タロウ",
        Same,
        "same-script:japanese",
    ),
    // Devanagari: within the script every vowel sign counts; in Latin only a suggestion.
    ("राम कुमार", "राम कुमार", Same, "same-script:devanagari"),
    ("राम कुमार", "रमा कुमार", Different, "same-script:devanagari"),
    ("राम कुमार", "राम कुमारी", Different, "same-script:devanagari"),
    ("राम कुमार", "RAM KUMAR", CannotTell, "devanagari-latin"),
    ("राम कुमार", "SITA DEVI", Different, "devanagari-latin"),
    // Hebrew: points are optional; in Latin only a suggestion.
    ("שָׂרָה כֹּהֵן", "שרה כהן", Same, "same-script:hebrew"),
    ("שרה כהן", "שרה לוי", Different, "same-script:hebrew"),
    ("דוד לוי", "DAVID LEVI", CannotTell, "hebrew-latin"),
    ("דוד לוי", "MOSHE COHEN", Different, "hebrew-latin"),
    // Reviewer's probes (issue 20 point 1): each row a way a real name could go wrong.
    // Greek ELOT 743: `ευ`/`αυ` before a voiceless consonant `ef`/`af`, banks' `ev`/`av`.
    ("Ευστάθιος", "EVSTATHIOS", Same, "greek-elot-743"),
    ("Ευστάθιος", "EUSTATHIOS", Same, "greek-elot-743"),
    ("Ευστάθιος", "EFSTATHIOS", Same, "greek-elot-743"),
    ("Ευτυχία", "EFTYCHIA", Same, "greek-elot-743"),
    ("Αυξέντιος", "AFXENTIOS", Same, "greek-elot-743"),
    ("Σταύρος", "STAVROS", Same, "greek-elot-743"),
    ("Μπάμπης", "BAMPIS", Same, "greek-elot-743"),
    ("Μπάμπης", "BABIS", Same, "greek-elot-743"),
    ("Αγγελική", "ANGELIKI", Same, "greek-elot-743"),
    ("Αγγελική", "AGGELIKI", Same, "greek-elot-743"),
    ("Κυριάκος Λουκάς", "KYRIAKOS LOUKAS", Same, "greek-elot-743"),
    ("Ιωάννης", "IOANNIS", Same, "greek-elot-743"),
    ("Ευστάθιος", "EVANGELOS", Different, "greek-elot-743"),
    // Chinese: the given name's syllables joined, apart, or the whole name run together.
    ("李小龙", "LI XIAOLONG", Same, "hanyu-pinyin"),
    ("李小龙", "LI XIAO LONG", Same, "hanyu-pinyin"),
    ("李小龙", "XIAOLONG LI", Same, "hanyu-pinyin"),
    ("李小龙", "LI XIAO-LONG", Same, "hanyu-pinyin"),
    ("张伟", "ZHANG WEI", Same, "hanyu-pinyin"),
    ("张伟", "WEI ZHANG", Same, "hanyu-pinyin"),
    ("李小龙", "LI XIAOHU", Different, "hanyu-pinyin"),
    // Cyrillic: older spellings never another person; `ё` as `e` or `yo`.
    ("Юлия", "IULIIA", Same, "icao-9303-cyrillic"),
    ("Юлия", "YULIYA", Same, "icao-9303-cyrillic"),
    ("Юлия", "YULIA", CannotTell, "icao-9303-cyrillic"),
    ("Юлия", "JULIA", CannotTell, "icao-9303-cyrillic"),
    (
        "Наталья Иванова",
        "NATALIA IVANOVA",
        Same,
        "icao-9303-cyrillic",
    ),
    (
        "Наталья Иванова",
        "NATALYA IVANOVA",
        Same,
        "icao-9303-cyrillic",
    ),
    (
        "Дмитрий Орлов",
        "DMITRY ORLOV",
        CannotTell,
        "icao-9303-cyrillic",
    ),
    (
        "Ксения Орлова",
        "XENIA ORLOVA",
        CannotTell,
        "icao-9303-cyrillic",
    ),
    ("Фёдор Орлов", "FEDOR ORLOV", Same, "icao-9303-cyrillic"),
    ("Фёдор Орлов", "FYODOR ORLOV", Same, "icao-9303-cyrillic"),
    ("Пётр Орлов", "PYOTR ORLOV", Same, "icao-9303-cyrillic"),
    ("Фёдор Орлов", "Федор Орлов", Same, "same-script:cyrillic"),
    // Ukrainian national spelling: `я`, `ю`, `є`, `ї`, `й` inside a word are `ia`, `iu`,
    // `ie`, `i`, `i`; at its start `ya`, `yu`, `ye`, `yi`, `y`.
    (
        "Юлія Ткаченко",
        "YULIIA TKACHENKO",
        Same,
        "icao-9303-cyrillic",
    ),
    (
        "Наталія Бойко",
        "NATALIIA BOIKO",
        Same,
        "icao-9303-cyrillic",
    ),
    ("Євген Мельник", "YEVHEN MELNYK", Same, "icao-9303-cyrillic"),
    (
        "Андрій Коваленко",
        "ANDRII KOVALENKO",
        Same,
        "icao-9303-cyrillic",
    ),
    (
        "Ярослав Бойко",
        "YAROSLAV BOIKO",
        Same,
        "icao-9303-cyrillic",
    ),
    ("Йосип Бойко", "YOSYP BOIKO", Same, "icao-9303-cyrillic"),
    (
        "Юлія Ткаченко",
        "YULIIA TKACHUK",
        Different,
        "icao-9303-cyrillic",
    ),
    // Thai: vowel sign, tone mark, one consonant apart are two people within Thai.
    ("สมชาย", "สมชัย", Different, "same-script:thai"),
    ("วิชัย", "วิไช", Different, "same-script:thai"),
    ("สุดา", "สุดา่", Different, "same-script:thai"),
    ("สุดา", "สุตา", Different, "same-script:thai"),
    ("วิชัย สุขใจ", "WICHAI SUKCHAI", Same, "thai-rtgs"),
    ("วิชัย สุขใจ", "SUKCHAI WICHAI", Same, "thai-rtgs"),
    // Devanagari: a vowel sign is never dropped.
    ("सीता देवी", "सिता देवी", Different, "same-script:devanagari"),
    ("सीता देवी", "सत देवी", Different, "same-script:devanagari"),
    ("सुनील", "सुनिल", Different, "same-script:devanagari"),
    ("सीता देवी", "देवी सीता", Same, "same-script:devanagari"),
    // Arabic: harakat, shadda, tatweel and the hamza on alef folded.
    ("أحمد", "احمد", Same, "same-script:arabic"),
    ("عَلِيّ", "علي", Same, "same-script:arabic"),
    ("محمـــد", "محمد", Same, "same-script:arabic"),
    // Patronymics in a longer chain; a lone initial `B.` is an initial, not `bin`.
    (
        "Ahmad bin Ismail bin Yusuf",
        "AHMAD BIN YUSUF BIN ISMAIL",
        Different,
        "latin-fold",
    ),
    (
        "Ahmad bin Ismail",
        "ISMAIL BIN AHMAD",
        Different,
        "latin-fold",
    ),
    (
        "John B. Smith",
        "JOHN BERNARD SMITH",
        CannotTell,
        "latin-fold",
    ),
    ("John B. Smith", "SMITH JOHN B", Same, "latin-fold"),
    ("Tran Thi B", "TRAN THI BICH", CannotTell, "latin-fold"),
    // Hyphen, apostrophe, dot, word order, a word or an initial missing.
    ("Anne-Marie D'Arcy", "ANNE MARIE DARCY", Same, "latin-fold"),
    ("Anne-Marie D'Arcy", "DARCY ANNE-MARIE", Same, "latin-fold"),
    ("Anne-Marie D'Arcy", "ANNE DARCY", CannotTell, "latin-fold"),
    ("Anne-Marie D'Arcy", "A. M. DARCY", CannotTell, "latin-fold"),
    (
        "Anne-Marie D'Arcy",
        "ANNE MARIE DARCY SMITH",
        CannotTell,
        "latin-fold",
    ),
    (
        "Anne-Marie D'Arcy",
        "MARIE ANNE LEROY",
        Different,
        "latin-fold",
    ),
    // Korean and Japanese names as banks print them.
    ("이민호", "LEE MINHO", Same, "korean-rr"),
    ("이민호", "RHEE MINHO", Same, "korean-rr"),
    ("최지우", "CHOI JIWOO", CannotTell, "korean-rr"),
    ("최지우", "CHOI JIU", Same, "korean-rr"),
    ("정민", "JUNG MIN", Same, "korean-rr"),
    ("정민", "JEONG MIN", Same, "korean-rr"),
    ("윤서준", "YOON SEOJUN", Same, "korean-rr"),
    ("박서준", "PAK SEOJUN", Same, "korean-rr"),
    ("정민", "KIM MIN", Different, "korean-rr"),
    ("なんば けんいち", "NAMBA KENICHI", Same, "japanese-hepburn"),
    (
        "なんば けんいち",
        "NANBA KEN'ICHI",
        Same,
        "japanese-hepburn",
    ),
    ("いとう ゆうこ", "ITOH YUKO", Same, "japanese-hepburn"),
    ("いとう ゆうこ", "ITO YUUKO", Same, "japanese-hepburn"),
    ("いとう ゆうこ", "ITO YOKO", Different, "japanese-hepburn"),
    // Mixed scripts in one name: compared in the script of most of its letters, never
    // another person on that comparison alone.
    (
        "EVSTATHIOS Παπαδόπουλος",
        "Ευστάθιος Παπαδόπουλος",
        CannotTell,
        "same-script:greek",
    ),
    ("Ivan Петров", "IVAN PETROV", Same, "icao-9303-cyrillic"),
    (
        "EVSTATHIOS محمد",
        "Ευστάθιος Παπαδόπουλος",
        CannotTell,
        "greek-elot-743",
    ),
    // Spellings banks print that the first cut called another person.
    ("Αγγελική Μπαλτά", "AGGELIKI BALTA", Same, "greek-elot-743"),
    ("Ευάγγελος", "EVAGGELOS", Same, "greek-elot-743"),
    ("Χρήστος Χατζής", "HRISTOS HATZIS", Same, "greek-elot-743"),
    ("Χρήστος", "CHRISTOS", Same, "greek-elot-743"),
    ("Χρήστος", "KOSTAS", Different, "greek-elot-743"),
    // Cyrillic homoglyphs (`М`, `у`) in a Latin name: mixed scripts, cannot tell.
    ("Муhammad Ali", "MUHAMMAD ALI", CannotTell, "latin-fold"),
    ("Muhammad Ali", "MOHAMMED ALI", CannotTell, "latin-fold"),
    ("Ahmed Hassan", "AHMAD HASAN", CannotTell, "latin-fold"),
    ("Muhammad Ali", "MAHMOUD ALI", Different, "latin-fold"),
    ("Щербаков", "SHERBAKOV", CannotTell, "icao-9303-cyrillic"),
    (
        "Евгений Андреев",
        "YEVGENIY ANDREYEV",
        CannotTell,
        "icao-9303-cyrillic",
    ),
    (
        "Евгений Андреев",
        "YEVGENIY ANDRONOV",
        Different,
        "icao-9303-cyrillic",
    ),
    ("吕伟", "LYU WEI", Same, "hanyu-pinyin"),
    ("吕伟", "LV WEI", Same, "hanyu-pinyin"),
    ("じゅんこ", "ZYUNKO", CannotTell, "japanese-hepburn"),
    ("しゅんいち", "SYUNITI", CannotTell, "japanese-hepburn"),
    ("정우성", "JUNG WOOSUNG", CannotTell, "korean-rr"),
    ("정우성", "JUNG MINHO", Different, "korean-rr"),
    // A tie word at a name's edge may be a given name: cannot tell, not another person.
    (
        "Abu Bakar Ahmad",
        "AHMAD ABU BAKAR",
        CannotTell,
        "latin-fold",
    ),
    ("Ben Ali Smith", "SMITH BEN ALI", CannotTell, "latin-fold"),
    // Thai: two letters silent under one karan.
    ("ประยุทธ์ จันทร์โอชา", "PRAYUT CHAN-O-CHA", Same, "thai-rtgs"),
    ("ประยุทธ์ จันทร์โอชา", "PRAYUT CHANOCHA", Same, "thai-rtgs"),
    ("ประยุทธ์ จันทร์โอชา", "PRAYUT SUKCHAI", Different, "thai-rtgs"),
    // Nothing to compare.
    ("", "JOHN SMITH", CannotTell, "latin-fold"),
];

#[test]
fn name_pairs_have_the_outcome_of_their_convention() {
    let mut wrong = Vec::new();
    for (a, b, outcome, convention) in PAIRS {
        let found = compare(a, b);
        let reverse = compare(b, a);
        if found.outcome != *outcome || found.convention.code() != *convention {
            wrong.push(format!(
                "{a:?} / {b:?}: expected {} ({convention}), got {} ({}, {}) forms {:?}",
                outcome.as_str(),
                found.outcome.as_str(),
                found.convention.code(),
                found.reason.as_str(),
                found.forms
            ));
        }
        if reverse.outcome != found.outcome {
            wrong.push(format!("{a:?} / {b:?}: not symmetric"));
        }
    }
    assert!(
        wrong.is_empty(),
        "{} wrong:\n{}",
        wrong.len(),
        wrong.join("\n")
    );
}

#[test]
fn the_table_covers_many_scripts_and_outcomes() {
    let conventions: std::collections::BTreeSet<&str> =
        PAIRS.iter().map(|(_, _, _, c)| *c).collect();
    assert!(PAIRS.len() >= 100, "{} pairs", PAIRS.len());
    assert!(conventions.len() >= 12, "{conventions:?}");
    for outcome in [Same, Different, CannotTell] {
        assert!(PAIRS.iter().filter(|p| p.2 == outcome).count() >= 20);
    }
}

#[test]
fn a_comparison_says_what_was_compared() {
    let found = compare("刘德华", "LIU DE HUA");
    assert_eq!(
        found.written,
        ["刘德华".to_string(), "LIU DE HUA".to_string()]
    );
    assert_eq!(found.forms[0][0], "liu dehua");
    assert_eq!(found.forms[1][0], "liu de hua");
    let found = compare("Ευστάθιος", "EVSTATHIOS");
    assert_eq!(found.forms[0][0], "evstathios");
    assert_eq!(found.reason.as_str(), "transliterated");
    assert_eq!(
        compare("Ahmad bin Ismail", "Ismail bin Ahmad")
            .reason
            .as_str(),
        "tie_word_order"
    );
    assert_eq!(
        compare("Kovács Péter", "PETER KOVACS").reason.as_str(),
        "reordered"
    );
    assert_eq!(
        compare("Jean-Pierre", "JEAN PIERRE").reason.as_str(),
        "punctuation"
    );
}

proptest::proptest! {
    /// Any two texts compare without a panic, and the same way both ways round.
    #[test]
    fn any_names_compare(a in "\\PC{0,24}", b in "\\PC{0,24}") {
        let (ab, ba) = (compare(&a, &b), compare(&b, &a));
        proptest::prop_assert_eq!(ab.outcome, ba.outcome);
    }
}

#[test]
fn the_reason_tells_folding_from_punctuation() {
    assert_eq!(
        compare("Trần Thị B", "TRAN THI B").reason.as_str(),
        "folded"
    );
    assert_eq!(compare("TRAN THI B", "TRAN THI B").reason.as_str(), "exact");
    assert_eq!(
        compare("Seán O'Connor", "SEAN OCONNOR").reason.as_str(),
        "punctuation"
    );
}

/// Hostile names: very long, only punctuation, mixed scripts, emoji, joiners, direction
/// marks. Each compares without a panic, in bounded time, and nothing but letters counts.
#[test]
fn hostile_names_compare_quickly() {
    let long_words = "Ab ".repeat(5_000);
    let long_word = "a".repeat(200_000);
    let many_initials = "A. B. C. D. ".repeat(2_000);
    let han = "刘".repeat(5_000);
    let greek = "Ευστάθιος ".repeat(3_000);
    let ties = "Ahmad bin ".repeat(3_000);
    let near_cap: String = (0..32)
        .map(|i| format!("w{i:02}abcdefghijk"))
        .collect::<Vec<_>>()
        .join(" ");
    let cases: Vec<(String, String)> = vec![
        (long_words.clone(), long_words.chars().rev().collect()),
        (long_word.clone(), long_word.clone() + "b"),
        (many_initials.clone(), "ALPHA BRAVO ".repeat(4_000)),
        (han.clone(), "LIU ".repeat(5_000)),
        (greek.clone(), "EVSTATHIOS ".repeat(3_000)),
        (
            ties.clone(),
            ties.split(' ').rev().collect::<Vec<_>>().join(" "),
        ),
        ("--- ''' ...".into(), "...".into()),
        ("Jo\u{200d}hn\u{200b} Smith".into(), "JOHN SMITH".into()),
        ("\u{202e}John Smith\u{202c}".into(), "JOHN SMITH".into()),
        ("John 😀 Smith".into(), "JOHN SMITH".into()),
        ("Иван Smith 刘 สมชาย".into(), "IVAN SMITH".into()),
        // Just under the caps: the worst a comparison does.
        (
            near_cap.clone(),
            near_cap.split(' ').rev().collect::<Vec<_>>().join(" "),
        ),
        ("a".repeat(511), "ab".repeat(255)),
        ("刘".repeat(511), "LIU ".repeat(31)),
        ("ก้".repeat(255), "ก๊".repeat(255)),
    ];
    for (a, b) in &cases {
        let start = std::time::Instant::now();
        let (ab, ba) = (compare(a, b), compare(b, a));
        let took = start.elapsed();
        assert_eq!(ab.outcome, ba.outcome, "{:?}", &a[..a.len().min(40)]);
        assert!(
            took < std::time::Duration::from_secs(2),
            "{:?} took {took:?}",
            &a[..a.len().min(40)]
        );
    }
    assert_eq!(compare("--- ''' ...", "...").outcome, CannotTell);
    for long in [&long_words, &long_word, &many_initials, &han, &greek, &ties] {
        let found = compare(long, long);
        assert_eq!(found.outcome, CannotTell);
        assert_eq!(found.reason.as_str(), "too_long");
    }
    assert_eq!(compare(&near_cap, &near_cap).outcome, Same);
    assert_eq!(
        compare("Jo\u{200d}hn\u{200b} Smith", "JOHN SMITH").outcome,
        Same
    );
    assert_eq!(
        compare("\u{202e}John Smith\u{202c}", "JOHN SMITH").outcome,
        Same
    );
    assert_eq!(compare("John 😀 Smith", "JOHN SMITH").outcome, Same);
}
