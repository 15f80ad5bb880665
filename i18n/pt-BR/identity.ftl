## Who paid: payer names compared with the buyer's verified name as identities (identity.*)

identity-name-compared = pagador { $payer } frente ao comprador { $buyer }, comparados como { $payer_forms } frente a { $buyer_forms } pela convenção { $convention }
identity-name-same = a mesma pessoa ({ $reason })
identity-name-different = outra pessoa ({ $reason })
identity-name-cannot_tell = não é possível saber ({ $reason })
identity-payer-unverified = o nome do pagador ({ $payers }) nem coincide com o comprador ({ $buyer }) nem o descarta: o suporte tem { $length } desde a apelação, até { $due }, para verificar quem é o titular da conta pagadora
identity-payer-verify = verificar quem é o titular da conta pagadora (p. ex., um extrato bancário com o nome do titular) e registrar como findings.paying_account_holder
identity-payer-answers = o que segue cada resposta sobre o titular da conta pagadora
identity-payer-if_answered = é do comprador: { $clause } se aplica como se os nomes coincidissem; é de outra pessoa: pagamento de terceiro, reembolsado à conta pagadora (buyer 1.a)
identity-payer-not_shown = não se estabeleceu quem é o titular da conta pagadora até { $due }
identity-payer-decide = decidir quem é o titular da conta pagadora: os nomes não levam a nenhum dos dois resultados
identity-payer-verified_buyer = o suporte verificou que o comprador é o titular da conta de onde { $payers } pagou: os nomes são tidos como coincidentes
identity-payer-verified_someone_else = o suporte verificou que outra pessoa que não o comprador é a titular da conta de onde { $payers } pagou
name_reason-exact = escritos iguais
name_reason-folded = iguais sem maiúsculas e acentos
name_reason-punctuation = iguais exceto hífens, apóstrofos, pontos e espaços
name_reason-transliterated = a grafia da outra escrita pela convenção
name_reason-reordered = as mesmas palavras em outra ordem
name_reason-word_missing = uma palavra de um nome não está no outro
name_reason-initial = uma inicial ou abreviatura no lugar de uma palavra
name_reason-spelling_variant = grafias que diferem só como grafias de um mesmo som
name_reason-unreadable = a leitura dos caracteres não é conhecida
name_reason-empty = um nome está vazio
name_reason-too_long = um nome é mais longo que o de uma pessoa
name_reason-mixed_scripts = um nome mistura escritas: palavras diferentes podem ser a mesma palavra em duas escritas
name_reason-tie_word_order = uma palavra patronímica liga as palavras ao seu redor em outra ordem
name_reason-different_word = uma palavra não corresponde a nenhuma do outro nome
