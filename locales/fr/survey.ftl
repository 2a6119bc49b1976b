# survey : plusieurs collectivités en une fois, comparées ; history : leur évolution.

survey-folder-missing = ce dossier n'existe pas : il doit contenir un catalogue par collectivité (un fichier YAML ou un dossier chacun)
survey-folder-unreadable = impossible de lire ce dossier : { $error }
survey-folder-empty = aucun catalogue dans ce dossier : mettez-y un fichier YAML ou un dossier par collectivité
sv-none-loaded = aucun catalogue n'a pu être lu : l'état des lieux est vide

sv-title = État des lieux du droit au non-numérique
sv-generated = Audits du { $date }, faits avec horsligne { $version }.
sv-summary-heading = En bref
sv-headline = { $authorities_text } { $authorities ->
        [one] collectivité auditée
       *[other] collectivités auditées
    } le { $date } : { $offline_text } { $offline ->
        [one] démarche
       *[other] démarches
    } sur { $procedures_text } { $offline ->
        [one] peut
       *[other] peuvent
    } se faire sans internet ; { $online_only_text } { $online_only ->
        [one] est uniquement en ligne
       *[other] sont uniquement en ligne
    }.
sv-headline-to-confirm = { $count_text } { $count ->
        [one] démarche est à vérifier : elle ne compte
       *[other] démarches sont à vérifier : elles ne comptent
    } pas comme faisables sans internet tant qu'un canal n'est pas confirmé.
sv-map-heading = Carte
sv-map-title = Part des démarches faisables sans internet, par collectivité
sv-map-desc = Plus la couleur est foncée, plus la part des démarches faisables sans internet est grande. Les collectivités sans données sont hachurées.
sv-map-class-0 = moins de 20 %
sv-map-class-1 = de 20 à 40 %
sv-map-class-2 = de 40 à 60 %
sv-map-class-3 = de 60 à 80 %
sv-map-class-4 = 80 % et plus
sv-map-no-data = aucune donnée
sv-map-invalid-json = ce fichier GeoJSON n'est pas du JSON valide : { $error }
sv-map-no-features = ce fichier GeoJSON n'a pas de liste « features » : il faut une FeatureCollection
sv-authorities-heading = Par collectivité
sv-authorities-caption = Démarches auditées, faisables sans internet, uniquement en ligne et constats, par collectivité
sv-sort-hint = Cliquez sur un titre de colonne pour trier le tableau.
sv-n-of-m = { $n_text } sur { $m_text } ({ $share })
sv-kinds-heading = Par type de démarche
sv-kinds-none = Aucune démarche n'a pu être comparée d'une collectivité à l'autre.
sv-kinds-caption = Chaque type de démarche présent dans plusieurs collectivités
sv-kind-sentence = { $title } : uniquement en ligne dans { $online_only } { $authorities ->
        [one] collectivité
       *[other] collectivités
    } sur { $authorities } ({ $share }).
sv-matched-reference = référence
sv-matched-title = même intitulé
sv-unmatched = { $count ->
        [one] 1 démarche n'a pas pu être comparée (ni référence, ni intitulé partagé)
       *[other] { $count } démarches n'ont pas pu être comparées (ni référence, ni intitulé partagé)
    }
sv-not-loaded-heading = Catalogues non lus
sv-not-loaded = Le catalogue « { $source } » n'a pas pu être lu ({ $count ->
        [one] 1 erreur
       *[other] { $count } erreurs
    }) : il n'est pas compté.
sv-method-heading = Méthode
sv-method-offline = Une démarche « peut se faire sans internet » quand au moins un parcours complet passe par un guichet, un téléphone répondu par une personne ou un courrier, sans étape en ligne obligatoire. Elle est « uniquement en ligne » quand son seul parcours complet passe par internet.
sv-method-packs = Chaque collectivité est auditée avec les règles qui s'appliquent à elle (son pays, sa région, son niveau), comme le fait « horsligne audit » : les constats ne se comparent donc qu'entre collectivités tenues par les mêmes textes.
sv-method-matching = Les démarches sont rapprochées par leur référence (fiche Service-Public.fr ou code de la liste des démarches communales) ; sans référence, seulement quand l'intitulé est identique mot pour mot.
sv-sheet-authorities = Collectivités
sv-sheet-kinds = Types de démarche
sv-col-id = Identifiant
sv-col-name = Collectivité
sv-col-country = Pays
sv-col-region = Région
sv-col-procedures = Démarches
sv-col-offline = Sans internet
sv-col-online-only = Uniquement en ligne
sv-col-unreachable = Inaccessibles
sv-col-errors = Erreurs
sv-col-warnings = Points à améliorer
sv-col-infos = Informations
sv-col-packs = Textes appliqués
sv-col-date = Date de l'audit
sv-col-source = Catalogue
sv-col-kind = Démarche
sv-col-matched-by = Rapprochée par
sv-col-key = Clé
sv-col-authorities = Collectivités
sv-col-online-only-in = Uniquement en ligne à

hi-error-sqlite = historique « { $file } » : { $error }
hi-error-too-new = l'historique « { $file } » a été écrit par une version plus récente de horsligne (schéma { $version }) : mettez horsligne à jour
hi-error-foreign = « { $file } » est une base SQLite qui n'est pas un historique horsligne : elle n'est pas modifiée
hi-missing = l'historique « { $file } » n'existe pas : créez-le avec « horsligne survey DOSSIER --history { $file } » ou « horsligne audit --history { $file } »
hi-needs-source = donnez un historique (FICHIER) ou un catalogue suivi par git (--git CATALOGUE)
hi-git-no-commit = aucun commit n'a modifié ce catalogue : il n'y a pas d'évolution à montrer
hi-git-skipped = commit { $commit } : le catalogue n'a pas pu être lu à ce commit, il est passé
hi-recorded = Audit enregistré dans l'historique « { $file } ».
hi-already-recorded = Cet audit était déjà dans l'historique « { $file } » : rien n'a été ajouté.
hi-title = Évolution du droit au non-numérique
hi-empty = L'historique ne contient encore aucun audit.
hi-point-first = { $count_text } { $count ->
        [one] démarche uniquement en ligne
       *[other] démarches uniquement en ligne
    } le { $date }
hi-point = { $count_text } le { $date }
hi-overall-heading = Vue d'ensemble
hi-chart-online-only = Démarches uniquement en ligne, audit après audit
hi-chart-offline-share = Part des démarches faisables sans internet, audit après audit
hi-runs-caption = Chaque audit enregistré
hi-changes-heading = Ce qui a changé
hi-no-change = Aucune démarche n'a changé d'accès d'un audit à l'autre.
hi-change-online-only = est devenue uniquement en ligne
hi-change-unreachable = n'a plus aucun parcours complet
hi-change-fixed = peut de nouveau se faire sans internet
hi-authorities-heading = Par collectivité
hi-authorities-caption = Part des démarches faisables sans internet au premier et au dernier audit
hi-col-date = Date
hi-col-label = Audit
hi-col-authorities = Collectivités
hi-col-first = Premier audit
hi-col-last = Dernier audit
