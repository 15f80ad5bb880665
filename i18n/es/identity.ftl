## Who paid: payer names compared with the buyer's verified name as identities (identity.*)

identity-name-compared = pagador { $payer } frente a comprador { $buyer }, comparados como { $payer_forms } frente a { $buyer_forms } según { $convention }
identity-name-same = la misma persona ({ $reason })
identity-name-different = otra persona ({ $reason })
identity-name-cannot_tell = no se puede saber ({ $reason })
identity-payer-unverified = el nombre del pagador ({ $payers }) ni coincide con el comprador ({ $buyer }) ni lo descarta: soporte tiene { $length } desde la apelación, hasta { $due }, para verificar quién es titular de la cuenta pagadora
identity-payer-verify = verificar quién es titular de la cuenta pagadora (p. ej., un extracto bancario con el nombre del titular) y registrarlo como findings.paying_account_holder
identity-payer-answers = qué sigue a cada respuesta sobre el titular de la cuenta pagadora
identity-payer-if_answered = es del comprador: { $clause } se aplica como si los nombres coincidieran; es de otra persona: pago de un tercero, reembolsado a la cuenta pagadora (buyer 1.a)
identity-payer-not_shown = no se estableció quién es titular de la cuenta pagadora antes de { $due }
identity-payer-decide = decidir quién es titular de la cuenta pagadora: los nombres no dan ninguno de los dos resultados
identity-payer-verified_buyer = soporte verificó que el comprador es titular de la cuenta desde la que pagó { $payers }: los nombres se dan por coincidentes
identity-payer-verified_someone_else = soporte verificó que alguien distinto del comprador es titular de la cuenta desde la que pagó { $payers }
name_reason-exact = escritos igual
name_reason-folded = iguales sin mayúsculas ni acentos
name_reason-punctuation = iguales salvo guiones, apóstrofos, puntos y espacios
name_reason-transliterated = la grafía de la otra escritura según la convención
name_reason-reordered = las mismas palabras en otro orden
name_reason-word_missing = una palabra de un nombre no está en el otro
name_reason-initial = una inicial o abreviatura en lugar de una palabra
name_reason-spelling_variant = grafías que solo difieren como grafías de un mismo sonido
name_reason-unreadable = no se conoce la lectura de los caracteres
name_reason-empty = un nombre está vacío
name_reason-too_long = un nombre es más largo que el de una persona
name_reason-mixed_scripts = un nombre mezcla escrituras: palabras distintas pueden ser una misma palabra en dos escrituras
name_reason-tie_word_order = una palabra patronímica une las palabras que la rodean en otro orden
name_reason-different_word = una palabra no coincide con ninguna del otro nombre
