# Les erreurs de la ligne de commande (celles que clap écrit en anglais),
# dites avec les mots de l'outil : src/cli/clap_error.rs.

clap-value-required = { $arg } demande une valeur, et aucune n'est donnée
clap-invalid-value = valeur « { $value } » invalide pour { $arg }
clap-invalid-value-because = valeur « { $value } » invalide pour { $arg } : { $reason }
clap-unknown-argument = argument inattendu : « { $arg } »
clap-unknown-command = commande inconnue « { $command } »
clap-missing-required = arguments obligatoires absents : { $args }
clap-missing-command = « { $command } » demande une commande, et aucune n'est donnée
clap-repeated = { $arg } ne peut être donné qu'une fois
clap-conflict = { $arg } ne peut pas être donné avec { $other }
clap-no-equals = { $arg } s'écrit avec un signe égal : { $arg }=VALEUR
clap-too-many-values = valeur inattendue « { $value } » pour { $arg } : aucune autre n'était attendue
clap-value-count = { $arg } demande { $expected } valeurs ; { $actual ->
    [one] une seule est donnée
   *[other] { $actual } sont données
}
clap-invalid-utf8 = un argument n'est pas du texte UTF-8 valide
clap-commands = commandes : { $commands }
clap-tip-value = une valeur proche existe : « { $value } »
clap-tip-argument = un argument proche existe : « { $arg } »
clap-tip-command = une commande proche existe : « { $command } »
clap-tip-escape = pour passer « { $word } » comme valeur, écrivez « { $escaped } »
clap-tip-remove-dashes = la commande « { $command } » existe : retirez le « -- » qui la précède
clap-more-help = Pour en savoir plus : « --help ».
clap-why-url = ce n'est pas une adresse web valide ({ $detail })
clap-why-url-relative = l'adresse doit être complète, avec https:// au début (par exemple https://www.ma-commune.be)
clap-why-url-no-host = l'adresse n'a pas de nom de site après https://
clap-why-url-port = le numéro de port de l'adresse n'est pas valide
clap-why-whole-number = un nombre entier est attendu
clap-why-range = un nombre entre { $min } et { $max } est attendu
clap-why-at-least = un nombre d'au moins { $min } est attendu
clap-why-other = { $detail }
format-needs-file = « { $name }= » demande un nom de fichier après « = »
format-unknown = format inconnu « { $name } » (formats : { $expected })
format-unknown-close = format inconnu « { $name } » : vouliez-vous dire « { $candidate } » ? (formats : { $expected })
output-binary-terminal = ce format est binaire (un classeur) : il ne s'affiche pas dans un terminal ; donnez un fichier (--format xlsx=FICHIER.xlsx ou --output FICHIER) ou redirigez la sortie
output-exists = { $path } existe déjà : il n'est jamais remplacé ; donnez un autre nom
output-needs-folder = ce format s'écrit dans un dossier : donnez-le avec --output DOSSIER

# After input errors of a command that audits nothing (init, import, guide…).
diag-summary-nothing-written = { $count ->
    [one] 1 erreur dans l'entrée : rien n'a été écrit.
   *[other] { $count } erreurs dans l'entrée : rien n'a été écrit.
}

# Les erreurs des bibliothèques (tableurs, JSON), dites avec des mots.
lib-unreadable = contenu illisible ({ $detail })
lib-json = { $kind ->
    [eof] le fichier s'arrête avant la fin du JSON (ligne { $line }, colonne { $column })
    [data] le JSON ne suit pas le format attendu, ligne { $line }, colonne { $column } ({ $detail })
    [io] lecture interrompue
   *[syntax] JSON mal formé ligne { $line }, colonne { $column }
}
