# Who paid: payer names compared with the buyer's verified name as identities.

identity-name-compared = payer { $payer } vs buyer { $buyer }, compared as { $payer_forms } vs { $buyer_forms } by { $convention }
identity-name-same = the same person ({ $reason })
identity-name-different = another person ({ $reason })
identity-name-cannot_tell = cannot tell ({ $reason })
identity-payer-unverified = the payer's name ({ $payers }) neither matches nor rules out the buyer ({ $buyer }): support has { $length } from the appeal, until { $due }, to verify who holds the paying account
identity-payer-verify = verify who holds the paying account (e.g. a bank statement that shows the holder's name) and record it as findings.paying_account_holder
identity-payer-answers = what follows each answer on the paying account's holder
identity-payer-if_answered = the buyer holds it: { $clause } applies as if the names matched; someone else holds it: a third-party payment, refunded to the paying account (buyer 1.a)
identity-payer-not_shown = who holds the paying account was not established by { $due }
identity-payer-decide = decide who holds the paying account: neither outcome follows from the names
identity-payer-verified_buyer = support verified that the buyer holds the account { $payers } paid from: the names are taken as matching
identity-payer-verified_someone_else = support verified that someone other than the buyer holds the account { $payers } paid from

name_reason-exact = written alike
name_reason-folded = alike once case and accents are folded
name_reason-punctuation = alike but for hyphens, apostrophes, dots and spacing
name_reason-transliterated = the other script's spelling by the convention
name_reason-reordered = the same words in another order
name_reason-word_missing = a word of one name is not in the other
name_reason-initial = an initial or abbreviation stands for a word
name_reason-spelling_variant = spellings that differ only as spellings of one sound
name_reason-unreadable = the characters' reading is not known
name_reason-empty = a name is empty
name_reason-too_long = a name is longer than a person's name
name_reason-mixed_scripts = a name mixes scripts: words that differ may be one word written in two scripts
name_reason-tie_word_order = a patronymic word ties the words around it in another order
name_reason-different_word = a word matches no word of the other name
