# Observatoire national (issue 26) : constats sur les coordonnées lues dans les données ouvertes.
check-contact-number-unreadable = le numéro « { $number } » du contact { $channel } « { $contact } » ne se lit pas dans le plan de numérotation : les habitants ne peuvent pas l'appeler ; vérifiez-le auprès du service
check-contact-address-incomplete = l'adresse « { $address } » du contact { $channel } « { $contact } » est incomplète (il manque : { $missing }) : les habitants ne peuvent pas s'y rendre ou y écrire
check-contact-hours-suspicious = les horaires du contact { $channel } « { $contact } » contiennent des plages qui ne peuvent pas être une ouverture telles qu'écrites ({ $slots }) : elles ne sont pas comptées ; vérifiez-les auprès du service
sv-duplicate-id = La collectivité « { $id } » est donnée par plusieurs catalogues ({ $sources }) : tous sont audités et listés ; vérifiez lequel est juste.
sv-duplicates-heading = Identifiants donnés par plusieurs catalogues
sv-loud-not-loaded = { $not_loaded } { $not_loaded ->
        [one] catalogue sur { $total } n'a pas pu être lu et n'est pas compté
       *[other] catalogues sur { $total } n'ont pas pu être lus et ne sont pas comptés
    }{ $duplicates ->
        [0] {""}
       *[other] ; { $duplicates } identifiants sont donnés par plusieurs catalogues
    } (voir le rapport). Pour l'accepter : --accept-not-loaded.
sv-loud-not-loaded-accepted = { $not_loaded } { $not_loaded ->
        [one] catalogue sur { $total } n'a pas pu être lu et n'est pas compté
       *[other] catalogues sur { $total } n'ont pas pu être lus et ne sont pas comptés
    }{ $duplicates ->
        [0] {""}
       *[other] ; { $duplicates } identifiants sont donnés par plusieurs catalogues
    } (voir le rapport ; accepté par --accept-not-loaded).
sv-loud-duplicates = { $duplicates } { $duplicates ->
        [one] identifiant est donné
       *[other] identifiants sont donnés
    } par plusieurs catalogues : tous sont audités (voir le rapport).
report-contact-subject = contact « { $contact } » ({ $count ->
        [one] 1 démarche
       *[other] { $count } démarches
    } : { $procedures })
cli-arg-accept-not-loaded = Sort avec le code 0 même si des catalogues n'ont pas pu être lus (ils restent comptés sur le terminal et listés dans chaque rapport).
sv-rules-heading = Constats par règle
sv-rules-caption = Chaque règle en défaut : constats actifs, collectivités concernées, et l'écart entre régions et entre départements
sv-col-rule = Règle
sv-col-findings = Constats
sv-col-concerned = Collectivités concernées
sv-col-spread-region = Par région
sv-col-spread-departement = Par département
sv-spread = de { $low } ({ $low_key }) à { $high } ({ $high_key })
sv-groups-heading = Par territoire
sv-groups-caption = Part des collectivités concernées par chaque règle : { $dimension }
sv-dim-region = région
sv-dim-departement = département
sv-dim-level = niveau
sv-dim-population_band = tranche de population
pack-threshold-none = la règle { $id } n'a pas de seuil numérique unique à régler : --threshold ne s'applique qu'aux règles qui en ont un (par exemple NN-COUNTER-HOURS=20)
sv-threshold-malformed = « { $text } » n'est pas un seuil : écrivez RÈGLE=VALEUR, par exemple NN-COUNTER-HOURS=20
sv-method-threshold = Seuil réglé pour cet état des lieux : { $rule } = { $value } (au lieu de la valeur de son paquet de règles).
cli-arg-thresholds = Règle le seuil d'une règle pour cette exécution, par exemple NN-COUNTER-HOURS=20 (répétable) ; les rapports disent quelle valeur a servi.
cli-value-value = VALEUR
sv-indicator-hours = Guichet : ouvert { $median } h par semaine en médiane ({ $known } { $known ->
        [one] collectivité
       *[other] collectivités
    } sur { $total } dont les horaires sont connus).
sv-indicator-saturday = Ouvert le samedi : { $open } sur { $known } ({ $share }) parmi les guichets dont la semaine est connue.
sv-indicator-phone = Téléphone (la ligne la plus chère de chaque collectivité) :
sv-phone-free = gratuit
sv-phone-standard = tarif ordinaire
sv-phone-premium = surtaxé
sv-phone-unknown = tarif à vérifier
sv-phone-none = aucun
sv-col-code = Code officiel
sv-col-departement = Département
sv-col-population = Population
sv-col-counter-hours = Heures de guichet par semaine
sv-col-saturday = Ouvert le samedi
sv-col-phone-class = Classe de téléphone
sv-counter-hours-sentence = Le guichet de { $share } des collectivités ({ $concerned_text } sur { $authorities_text }) est ouvert moins de { $threshold } h par semaine (règle { $rule }).
sv-counter-hours-by-region = Selon la région : { $spread }.
sv-counter-hours-by-departement = Selon le département : { $spread }.
sv-value-hours = { $hours } h
sv-rankings-heading = Les mieux et les moins bien placées
sv-rank-counter_hours_per_week = Heures d'ouverture du guichet par semaine
sv-rank-offline_share = Part des démarches faisables sans internet
sv-ranking-known = Classement parmi { $known_text } { $known ->
        [one] collectivité dont la valeur est connue
       *[other] collectivités dont la valeur est connue
    } (à égalité, par identifiant).
sv-ranking-best = { $indicator } : { $count ->
        [one] la mieux placée
       *[other] les { $count } mieux placées
    }
sv-ranking-worst = { $indicator } : { $count ->
        [one] la moins bien placée
       *[other] les { $count } moins bien placées
    }
sv-col-rank = Rang
sv-sheet-rules = Constats par règle
sv-sheet-rankings = Classements
sv-col-dimension = Regroupement
sv-col-group = Groupe
sv-dim-total = ensemble
sv-col-share = Part des collectivités
sv-col-indicator = Indicateur
sv-col-list = Liste
sv-col-value = Valeur
sv-list-best = mieux placées
sv-list-worst = moins bien placées
sv-map-hours-title = Heures d'ouverture du guichet par semaine, par collectivité
sv-map-hours-desc = Plus la couleur est foncée, plus le guichet est ouvert longtemps ; chaque classe est nommée dans la légende. Les collectivités sans horaires connus sont hachurées.
sv-map-hours-class-0 = moins de 10 h
sv-map-hours-class-1 = de 10 à 20 h
sv-map-hours-class-2 = de 20 à 30 h
sv-map-hours-class-3 = de 30 à 40 h
sv-map-hours-class-4 = 40 h et plus
sv-site-title = Observatoire du droit au non-numérique
sv-site-nav = Navigation
sv-site-home = Page nationale
sv-site-region-title = Région { $name }
sv-site-departement-title = Département { $name }
sv-site-page-of = Page { $page } sur { $pages }
sv-site-pages = Pages de la liste
sv-site-authorities-heading = Collectivités
sv-site-authorities-caption = Collectivités par ordre alphabétique : heures de guichet, démarches faisables sans internet, constats
sv-site-all-authorities = Toutes les collectivités
sv-site-all-link = La liste des { $count_text } { $count ->
        [one] collectivité
       *[other] collectivités
    }, chacune avec son rapport et son guide des habitants
sv-site-regions-heading = Par région
sv-site-departements-heading = Par département
sv-site-col-counter-under = Guichet ouvert moins de { $threshold } h
sv-site-downloads-heading = Télécharger les données
sv-site-download-csv = Tableau CSV (une ligne par collectivité)
sv-site-download-xlsx = Classeur xlsx (collectivités, types de démarche, constats par règle, classements)
sv-site-download-json = Données JSON (leur schéma : horsligne schema survey)
sv-site-evolution = Évolution d'un état des lieux à l'autre
sv-site-chart-regions-title = Part des collectivités dont le guichet est ouvert moins de { $threshold } h par semaine, par région
sv-site-chart-rules-title = Part des collectivités concernées, par règle
sv-site-chart-desc = Diagramme en barres : la part de chaque ligne est écrite au bout de sa barre, et les mêmes chiffres sont dans les tableaux de la page.
sv-site-group-counter-hours = Le guichet de { $share } des collectivités de ce territoire ({ $concerned_text } sur { $authorities_text }) est ouvert moins de { $threshold } h par semaine (règle { $rule }).
sv-site-not-loaded = Catalogues non lus : { $not_loaded } ; identifiants donnés par plusieurs catalogues : { $duplicates } (voir les données téléchargeables).
sv-site-report = Rapport d'audit
sv-site-guide = Guide des habitants
sv-site-no-documents = Le rapport et le guide de cette collectivité n'ont pas pu être refaits
sv-site-map-too-large = La carte de ce territoire est trop détaillée pour une page : elle est sur les pages de ses départements.
sv-site-unknown = à vérifier
sv-site-not-a-folder = ce n'est pas un dossier : --site attend un dossier (créé s'il n'existe pas) ; rien n'est écrit
sv-site-not-a-site = ce dossier n'est pas vide et n'est pas un site écrit par horsligne (pas de horsligne-site.json lisible) : rien n'y est écrit ; choisissez un dossier nouveau ou vide
sv-site-foreign-file = ce fichier n'a pas été écrit par horsligne et une page du site prendrait sa place : rien n'est écrit
sv-site-written = Site écrit dans { $dir } ({ $files } fichiers).
cli-arg-site = Écrit un observatoire statique dans ce dossier : page nationale, une page par région et par département, une par collectivité (son rapport et son guide), les données ; créé s'il n'existe pas, ou mis à jour s'il vient de horsligne.
cli-arg-map-indicator = Ce qui colore la carte (--map) : offline_share (part des démarches faisables sans internet) ou counter_hours_per_week (heures de guichet par semaine).
cli-value-indicator = INDICATEUR
