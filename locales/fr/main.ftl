# Les mots de l'outil, en français (langue par défaut).
# Les textes des règles (titres, pourquoi, comment corriger) sont dans rules/*.yaml.

## Canaux
channel-online = En ligne
channel-counter = Guichet
channel-phone = Téléphone
channel-postal = Courrier
channel-email = Courriel
channel-other_offline = Autre (hors ligne)

## Diagnostics (erreurs d'entrée)
diag-error = erreur
diag-note = note
diag-help = aide
diag-summary = { $count ->
    [one] 1 erreur dans l'entrée : rien n'a été audité.
   *[other] { $count } erreurs dans l'entrée : rien n'a été audité.
}
diag-did-you-mean = vouliez-vous dire « { $candidate } » ?
diag-valid-values = valeurs possibles : { $values }
diag-unknown-key = clé inconnue « { $key } »
diag-unknown-value = valeur inconnue « { $value } »
diag-missing-key = clé obligatoire absente : « { $key } »
diag-yaml = YAML illisible à cet endroit
diag-date-help = une date s'écrit AAAA-MM-JJ, par exemple 2025-06-01
diag-bool-help = attendu : true ou false
diag-mapping-help = écrivez « clé: valeur », une par ligne, en retrait sous la clé ; ou false pour un canal non offert
diag-sequence-help = écrivez un élément par ligne commençant par « - », ou [a, b]
diag-tabs-help = YAML n'accepte pas les tabulations pour indenter : utilisez des espaces.

## Chargement
load-cannot-open = impossible d'ouvrir : { $error }
load-no-yaml = ce dossier ne contient aucun fichier .yaml ou .yml
load-too-large = fichier trop gros ({ $size }, limite { $limit })
load-too-large-help = un catalogue fait quelques centaines de kilo-octets ; si ce fichier est bien un catalogue, relevez la limite avec --max-file-size
load-not-utf8 = le fichier n'est pas en UTF-8 (octet invalide ici)
load-not-utf8-help = enregistrez le fichier en UTF-8 (dans la plupart des éditeurs : « Enregistrer sous », encodage UTF-8)
load-empty-file = fichier vide
load-duplicate-version = « version: { $version } » diffère de « version: { $first_version } » donnée dans { $first } : tous les fichiers d'un catalogue ont la même version
load-duplicate-authority = « authority » déjà donnée dans { $first } : une seule autorité par catalogue
load-duplicate-contact = contact « { $id } » déjà défini dans { $first }
load-duplicate-procedure = démarche « { $id } » déjà définie en { $first }
load-missing-version = aucun fichier ne donne « version: 1 »
load-unsupported-version = version { $version } du format non prise en charge (attendu : 1)
load-missing-authority = aucun fichier ne décrit l'autorité (« authority: »)
load-no-procedures = le catalogue ne contient aucune démarche
load-no-procedures-help = un audit sans démarche ne prouverait rien : ajoutez une liste « procedures: »

## Résolution
resolve-bad-country = code pays « { $value } » invalide : deux lettres majuscules ISO 3166-1 (FR, BE, CH…)
resolve-unknown-contact = contact « { $id } » introuvable dans « contacts »
resolve-wrong-kind = le contact « { $id } » est de type { $kind }, attendu : { $expected }
resolve-bad-hours = horaires « { $value } » illisibles : { $detail }
resolve-bad-hours-help = écrivez les horaires en syntaxe OpenStreetMap : « du lundi au vendredi de 8 h 30 à 12 h » s'écrit « Mo-Fr 08:30-12:00 », et « le samedi de 9 h à 12 h » « Sa 09:00-12:00 » ; séparez les jours par « ; » (aide-mémoire : docs/horaires.md)
resolve-bad-phone = « { $value } » n'est pas un numéro de téléphone
resolve-invalid-phone = « { $value } » n'est pas un numéro valide du plan de numérotation ({ $country })
resolve-bad-phone-help = écrivez le numéro comme on le compose, par exemple « 04 78 03 67 67 » ou « +33 4 78 03 67 67 »
resolve-duplicate-step = deux étapes portent le nom « { $name } »
resolve-inline-kind = un contact de type { $kind } ne peut pas servir de canal { $channel }
resolve-misplaced-field = « { $field } » n'a de sens que pour le canal { $owner }, pas { $channel }
resolve-missing-replaces = « other_offline » doit dire quel canal il remplace (« replaces: counter | phone | postal »)
resolve-empty-channel = canal { $channel } sans contact : donnez « contact: <id> » ou ses coordonnées
resolve-negative = « { $field } » : les valeurs doivent être positives

## Packs
pack-duplicate-id = pack « { $id } » déjà défini dans { $first }
pack-duplicate-rule = règle « { $id } » déjà définie dans { $first } : un identifiant ne sert qu'une fois
pack-no-rules = ce pack ne contient aucune règle
pack-bad-effective = « effective_until » est antérieur à « effective_from »
pack-unconfirmed-error = la règle { $id } n'est pas confirmée (confidence: unconfirmed) : elle ne peut pas être une erreur
pack-supersedes-unknown = « supersedes » ou « absorbs » nomme une règle inconnue : { $id }
pack-unknown = pack inconnu : { $id }
pack-unknown-rule = règle inconnue : { $id }
pack-none-selected = aucun pack ne s'applique à ce catalogue : choisissez-en avec --pack
pack-status-in_force = droit en vigueur
pack-status-bill = proposition de loi
pack-status-recommendation = recommandation
pack-status-local_policy = engagement local
severity-error = erreur
severity-warning = avertissement
severity-info = information
confidence-confirmed = confirmé dans le texte
confidence-secondary = source secondaire
confidence-interpretation = interprétation
confidence-unconfirmed = non confirmé

## Constats
check-channel-missing = pas de canal { $channel ->
    [counter] guichet
    [phone] téléphone
    [postal] courrier
   *[other] { $channel }
} permettant de faire toute la démarche
check-channel-not-offline = le canal { $channel ->
    [counter] guichet
    [phone] téléphone
    [postal] courrier
   *[other] { $channel }
} ne compte pas comme alternative hors ligne : { $reason ->
    [why-partial] il ne couvre qu'une partie de la démarche
    [why-info-only] il ne donne que des informations
    [why-digital] il passe par internet
    [why-booking-online] le rendez-vous ne se prend qu'en ligne
    [why-form-download] le formulaire ne s'obtient qu'en le téléchargeant
    [why-self-service] c'est une borne en libre-service : personne pour aider
    [why-booking-machine] le rendez-vous ne se prend que par un téléphone où personne ne répond
    [why-to-confirm] il reste à vérifier (marqué « to_confirm »)
   *[why-machine-only] personne ne répond, seulement un serveur vocal ou un robot
}
check-channel-equivalent-refused = le canal { $channel ->
    [counter] guichet
    [phone] téléphone
    [postal] courrier
   *[other] { $channel }
} manque ; le canal de remplacement (other_offline) n'est pas accepté par ce texte
check-online-only = démarche uniquement en ligne : aucun canal hors ligne ne permet de la faire
check-online-only-step = étape uniquement en ligne : la personne sans internet est bloquée ici
check-unreachable = aucun canal ne permet de faire toute la démarche : l'entrée du catalogue est incomplète
check-booking-online-only = le rendez-vous au guichet « { $contact } » ne se prend qu'en ligne ou par courriel
check-booking-unspecified = le guichet « { $contact } » exige un rendez-vous sans dire comment le prendre
check-form-download-only = le formulaire « { $form } » ne s'obtient qu'en le téléchargeant
check-phone-machine = au { $number }, personne ne répond : serveur vocal ou robot seulement
check-phone-premium = le { $number } est un numéro surtaxé
check-phone-not-free = le { $number } n'est pas gratuit
check-phone-tariff-unknown = le tarif du { $number } ne se déduit pas du numéro : indiquez « tariff: free | standard | premium »
check-hours-too-few = { $channel ->
    [counter] guichet
    [phone] téléphone
   *[other] { $channel }
} ouvert { $hours } h par semaine seulement (minimum { $min } h) : « { $text } »
check-fee-higher = faire la démarche par { $channel ->
    [counter] le guichet
    [phone] téléphone
    [postal] courrier
   *[other] un autre canal
} coûte { $fee } € contre { $online } € en ligne
check-delay-longer = par { $channel ->
    [counter] le guichet
    [phone] téléphone
    [postal] courrier
   *[other] un autre canal
}, { $days } jours de traitement contre { $online } en ligne (plus de { $ratio } fois plus long)
check-digital-prerequisite = le canal { $channel ->
    [counter] guichet
    [phone] téléphone
    [postal] courrier
   *[other] { $channel }
} exige d'abord : { $requires }
check-teleservice-no-basis = téléservice obligatoire sans texte qui l'impose (« legal_basis »)
check-teleservice-no-substitute = aucune solution de substitution hors ligne si le téléservice échoue (« substitute »)
check-teleservice-no-assistance = aucun accompagnement joignable sans outils numériques pour le téléservice obligatoire (« assistance »)
check-deadline-no-postal = démarche soumise à un délai sans envoi postal possible (le cachet de la poste fait foi)
check-no-mediator = aucun médiateur désigné pour aider à faire les démarches sans internet (« authority.mediator »)
check-never-reviewed = l'entrée n'a jamais été vérifiée (« reviewed »)
check-review-stale = entrée vérifiée pour la dernière fois le { $date }, il y a plus de { $months } mois
check-exemption-no-reason = l'exemption pour { $rule } n'a pas de motif
check-exemption-no-reference = l'exemption pour { $rule } ne cite aucune référence (délibération, texte)
check-exemption-no-until = l'exemption pour { $rule } n'a pas de date de fin (« until »)
check-exemption-expired = l'exemption pour { $rule } a expiré le { $date } : le constat revient
check-exemption-ground-refused = le motif « { $ground } » n'est pas accepté par le texte de { $rule }
check-exemption-unknown-rule = l'exemption vise { $rule }, qui n'est pas une règle de cet audit
check-exemption-unused = l'exemption pour { $rule } ne couvre aucun constat : à retirer

## Prérequis numériques
requirement-account = un compte en ligne
requirement-email = une adresse électronique
requirement-smartphone = un smartphone
requirement-app = une application
requirement-qr_code = un QR code
requirement-eid = une identité numérique (FranceConnect, itsme)
requirement-scan_upload = des documents numérisés à téléverser
requirement-online_payment = un paiement en ligne
requirement-captcha = un captcha

## Non applicable
na-not-procedure-check = vérification au niveau de l'autorité
na-not-authority-check = vérification au niveau des démarches
na-retired = démarche retirée
na-no-appointment = aucun guichet sur rendez-vous obligatoire
na-no-paper-form = aucun formulaire papier
na-no-phone = aucun canal téléphonique
na-no-hours = horaires du canal { $channel } non renseignés
na-hours-channel-to-confirm = canal { $channel } à vérifier : seules les heures de son contact sont évaluées
na-no-online-fee = pas de tarif en ligne pour comparer
na-no-online-delay = pas de délai en ligne pour comparer
na-no-mandatory-online = aucun téléservice obligatoire
na-no-deadline = aucun délai imposé

## Rapport terminal
report-title = Audit du droit au non-numérique
report-packs = Textes appliqués :
report-authority = (autorité)
report-legend = ✔ hors ligne, démarche complète   ◐ offert mais ne compte pas (partiel, information, rendez-vous en ligne…)   ✘ absent   ● en ligne
report-severity-heading = { $severity ->
    [error] Erreurs
    [warning] Avertissements
   *[info] Informations
} ({ $count })
report-exempted-heading = Exemptions acceptées ({ $count })
report-summary = { $procedures ->
    [one] { $procedures } démarche auditée
   *[other] { $procedures } démarches auditées
} : { $compliant ->
    [one] { $compliant } conforme
   *[other] { $compliant } conformes
}, { $online_only } uniquement en ligne, { $unreachable ->
    [one] { $unreachable } inaccessible
   *[other] { $unreachable } inaccessibles
} · { $errors ->
    [one] { $errors } erreur
   *[other] { $errors } erreurs
}, { $warnings ->
    [one] { $warnings } avertissement
   *[other] { $warnings } avertissements
}, { $infos ->
    [one] { $infos } information
   *[other] { $infos } informations
}, { $exempted ->
    [one] { $exempted } exemptée
   *[other] { $exempted } exemptées
}
col-procedure = Démarche
col-service = Service
col-access = Sans internet ?
col-findings = Constats
access-offline = oui
access-online-only = EN LIGNE SEULEMENT
access-unreachable = inaccessible
access-retired = retirée

## Ligne de commande
output-cannot-write = impossible d'écrire ce fichier : { $error }
cli-several-stdout = plusieurs formats vers la sortie standard : donnez un fichier à tous sauf un (--format json=audit.json)
cli-output-is-input = { $path } : ce fichier de sortie écraserait une entrée de la commande ({ $input }) : choisissez un autre fichier
cli-output-is-dir = { $path } est un dossier : donnez un nom de fichier pour le rapport (par exemple rapport.html)
baseline-exists = la référence { $path } existe déjà : « baseline create » ne la remplace pas
baseline-exists-help = « horsligne baseline update » y ajoute les constats d'aujourd'hui (avec --prune, retire ceux qui ne correspondent plus à rien) ; ou supprimez le fichier
validate-ok = { $path } : catalogue valide ({ $procedures ->
    [one] { $procedures } démarche
   *[other] { $procedures } démarches
}, { $files ->
    [one] { $files } fichier
   *[other] { $files } fichiers
})

## Documentation des règles
doc-title = Règles de horsligne
doc-generated = Généré par `horsligne rules docs` à partir de rules/*.yaml ; `horsligne rules explain <ID>` affiche la même section.
doc-pack = Pack :
doc-status = Statut :
doc-scope = S'applique à :
doc-scope-all = tous les catalogues
doc-opt-in = sur demande uniquement, avec --pack
doc-sources = Sources :
doc-severity = Gravité :
doc-severity-by-level = Gravité selon le niveau :
doc-slug = Nom lisible :
doc-confidence = Fiabilité :
doc-check = Vérification :
doc-citation = Base légale :
doc-why = Pourquoi :
doc-fix = Comment corriger :
doc-exemptions = Exemptions acceptées :
doc-no-exemption = aucune
doc-supersedes = Remplace :
doc-effective-from = En vigueur depuis :
doc-example-fail = Exemple non conforme :
doc-example-pass = Exemple conforme :

## Documentation des vérifications
check-doc-channel_offered = La démarche, et chacune de ses étapes, peut se faire entièrement par ce canal hors ligne. Un canal qui ne donne que des informations, un guichet sur rendez-vous pris seulement en ligne, un formulaire seulement téléchargeable ou un téléphone sans humain ne comptent pas. Avec `accept_equivalent`, un canal `other_offline` qui le remplace compte à sa place.
check-doc-not_online_only = La démarche, et chacune de ses étapes, a au moins un canal hors ligne. Une seule étape uniquement en ligne rend toute la démarche uniquement en ligne.
check-doc-reachable = La démarche a au moins un canal, en ligne ou non, qui permet de la faire entièrement. Sinon l'entrée du catalogue est incomplète.
check-doc-booking_offline = Un guichet sur rendez-vous obligatoire permet de prendre rendez-vous sans internet (téléphone, guichet, courrier).
check-doc-paper_form_offline = Quand l'envoi postal demande un formulaire papier, on peut l'obtenir sans internet (guichet, courrier, téléphone).
check-doc-phone_human = Le téléphone aboutit à une personne, pas seulement à un serveur vocal ou à un robot.
check-doc-phone_tariff = L'appel ne coûte pas plus que `max` (`standard` : non surtaxé ; `free` : gratuit). Le tarif est celui déclaré, sinon celui déduit du numéro ; s'il ne se déduit pas (numéros courts 3BPQ), il n'est jamais supposé gratuit.
check-doc-opening_hours_min = Le guichet ou le téléphone est ouvert au moins `min_hours_per_week` heures par semaine (horaires OpenStreetMap).
check-doc-fee_parity = Faire la démarche hors ligne ne coûte pas plus cher qu'en ligne.
check-doc-delay_parity = Le traitement hors ligne n'est pas plus de `max_ratio` fois plus long qu'en ligne.
check-doc-no_digital_prerequisite = Un canal hors ligne n'exige rien de numérique au préalable (compte en ligne, pré-demande, courriel, smartphone…).
check-doc-teleservice_safeguards = Un téléservice obligatoire cite le texte qui l'impose, prévoit une solution de substitution hors ligne et un accompagnement (CE, 3 juin 2022).
check-doc-deadline_postal = Une démarche soumise à un délai accepte l'envoi postal, le cachet de la poste faisant foi.
check-doc-mediator_designated = L'autorité désigne une personne qui aide à faire les démarches sans internet, joignable hors ligne.
check-doc-exemption_valid = Chaque exemption est motivée, référencée, datée, fondée sur un motif que le texte accepte, non expirée et utile. Sinon elle ne s'applique pas et elle est signalée.
check-doc-reviewed_recently = L'entrée du catalogue a été vérifiée il y a moins de `max_months` mois.

## Rule packs (packs juridictionnels, exemples, documentation)
check-doc-human_contact = Quelque part dans la démarche, on peut joindre une personne sans internet : un guichet qui ne se réserve pas seulement en ligne, ou une ligne téléphonique répondue par un humain (même pour un simple renseignement).
check-doc-walk_in_counter = Quand la démarche a des guichets, au moins l'un d'eux reçoit sans rendez-vous obligatoire.
check-no-human-contact = aucun canal ne permet de joindre une personne sans internet (ni guichet accessible, ni téléphone répondu par un humain)
check-no-walk-in-counter = tous les guichets de la démarche exigent un rendez-vous
na-no-counter = aucun guichet
na-not-online = la démarche n'a pas de voie en ligne
example-invalid = exemple de règle invalide : { $detail }
example-should-fail = l'exemple qui échoue (example_fail) ne déclenche pas la règle { $rule }
example-should-pass = l'exemple conforme (example_pass) déclenche la règle { $rule } : { $message }
example-missing = la règle { $rule } n'a pas d'exemple { $which }
examples-ok = { $rules } règles, tous les exemples sont vérifiés
doc-example-header-title = Les contacts des exemples
doc-example-header = Les exemples de chaque règle sont des listes de démarches évaluées avec l'autorité et les contacts ci-dessous (accueil, titres, standard, robot, courrier, mail). Une règle qui porte sur l'autorité écrit une table `authority:` (champs remplaçant ceux de l'en-tête) et `procedures:`. Les exemples sont exécutés par les tests : l'exemple qui échoue déclenche la règle, l'exemple conforme ne la déclenche pas.
pack-bill-error = la règle { $id } appartient à une proposition de loi (status: bill) : elle ne peut pas être une erreur, un avertissement au plus
pack-supersedes-cycle = la règle { $id } se remplace elle-même (directement ou par une chaîne de « supersedes ») : aucune règle de la chaîne ne tournerait

## CI gate: diff, baseline, SARIF / JUnit / GitHub formats
diff-title = Sans internet : effet de la modification
diff-no-change = Aucun changement pour l'accès sans internet aux démarches.
diff-summary = { $regressions ->
    [one] { $regressions } régression
   *[other] { $regressions } régressions
  }, { $improvements ->
    [one] { $improvements } amélioration
   *[other] { $improvements } améliorations
  }, { $notices ->
    [one] { $notices } remarque
   *[other] { $notices } remarques
  } (`{ $base }` → `{ $head }`)
diff-verdict-regressions = ❌ Cette modification retire des moyens de faire une démarche sans internet.
diff-verdict-ok = ✅ Aucune démarche ne perd de moyen hors ligne.
diff-legend = ✔ hors ligne, démarche complète · ◐ proposé mais ne compte pas (partiel, information, rendez-vous en ligne…) · ✘ absent · ● en ligne
diff-col-impact = Effet
diff-col-change = Changement
diff-col-before = Avant
diff-col-after = Après
diff-impact-regression = Régression
diff-impact-improvement = Amélioration
diff-impact-notice = Remarque
diff-mark-offline = hors ligne
diff-mark-limited = limité
diff-mark-absent = absent
diff-mark-online = en ligne
diff-in-step = Étape « { $step } » : { $change }
diff-renamed-to = Renommée ? Une démarche au titre proche a été ajoutée : { $id }
diff-renamed-from = Renommage ? Une démarche au titre proche a été retirée : { $id }
diff-coverage-full = démarche complète
diff-coverage-partial = démarche partielle
diff-coverage-info = information seulement
diff-no-end = sans date de fin
diff-tariff-free = gratuit
diff-tariff-standard = prix d'un appel normal
diff-tariff-premium = surtaxé
diff-tariff-unknown = tarif inconnu
diff-channel-added-offline = Nouveau canal hors ligne : { $channel }.
diff-channel-added = Nouveau canal : { $channel } (ne permet pas de faire la démarche sans internet).
diff-channel-removed-offline = Le canal { $channel }, qui permettait de faire la démarche sans internet, est retiré.
diff-channel-removed = Le canal { $channel } est retiré.
diff-coverage-lowered = { $channel } : couvre moins de la démarche ({ $from } → { $to }).
diff-coverage-raised = { $channel } : couvre davantage de la démarche ({ $from } → { $to }).
diff-counter-booking-online-only = Le guichet exige désormais un rendez-vous qui ne se prend qu'en ligne.
diff-counter-booking-offline = Le rendez-vous au guichet peut de nouveau se prendre sans internet.
diff-phone-premium = Le numéro de téléphone devient surtaxé (avant : { $from }).
diff-phone-no-longer-premium = Le numéro de téléphone n'est plus surtaxé (maintenant : { $to }).
diff-phone-machine-only = Le téléphone ne répond plus que par un serveur vocal ou un robot.
diff-phone-human-again = Le téléphone est de nouveau répondu par une personne.
diff-paper-form-download-only = Le formulaire papier ne peut plus être obtenu qu'en le téléchargeant.
diff-paper-form-offline = Le formulaire papier peut de nouveau être obtenu sans internet.
diff-became-online-only = La démarche devient UNIQUEMENT EN LIGNE : plus aucun moyen de la faire sans internet.
diff-no-longer-online-only = La démarche peut de nouveau se faire sans internet.
diff-new-online-only = Nouvelle démarche UNIQUEMENT EN LIGNE : aucun moyen de la faire sans internet.
diff-procedure-added = Nouvelle démarche.
diff-procedure-removed = Démarche retirée du catalogue.
diff-exemption-added = Nouvelle exemption à la règle { $rule } (jusqu'au { $until }).
diff-exemption-extended = Exemption à la règle { $rule } prolongée ({ $from } → { $to }).
diff-exemption-removed = Exemption à la règle { $rule } supprimée.
diff-exemption-shortened = Exemption à la règle { $rule } raccourcie ({ $from } → { $to }).
git-bad-revision = révision git inconnue : « { $revision } »
git-outside-repository = ce chemin n'est pas dans un dépôt git
git-no-catalogue = aucun fichier YAML de catalogue sous « { $path } » à la révision « { $revision } »
git-cannot-run = impossible de lancer git : { $error }
git-failed = « { $command } » a échoué : { $error }
diff-usage-paths = donnez deux catalogues (BASE HEAD), ou --git-base RÉVISION [HEAD]
diff-usage-git = avec --git-base, donnez au plus un chemin (le catalogue HEAD)
diff-unknown-kind = type de changement inconnu : « { $kind } »
baseline-created = { $path } écrit : { $count ->
    [one] { $count } constat accepté
   *[other] { $count } constats acceptés
}.
baseline-updated = { $path } mis à jour : { $count ->
    [one] { $count } constat accepté
   *[other] { $count } constats acceptés
}.
baseline-summary = Référence { $file } : { $new ->
    [one] { $new } nouveau constat
   *[other] { $new } nouveaux constats
}, { $known ->
    [one] { $known } déjà accepté
   *[other] { $known } déjà acceptés
}, { $fixed ->
    [one] { $fixed } corrigé
   *[other] { $fixed } corrigés
}.
baseline-fixed = ✔ corrigé :
baseline-unmatched = ⚠ entrée de la référence qui ne correspond plus à rien (démarche ou règle disparue) : [{ $rule }] { $subject } ({ $fingerprint }) ; lancez `horsligne baseline update --prune`.
baseline-unreadable = impossible de lire la référence : { $error }
baseline-invalid = référence illisible (JSON attendu, voir docs/ci.md) : { $error }
baseline-bad-version = version de référence non prise en charge : { $version } (attendu : 1)
sarif-more = Documentation :
junit-baselined = constat déjà accepté dans la référence (baseline)
junit-exempted = exemption acceptée : { $reason }
junit-not-applicable = règle non applicable à cette démarche
github-no-new-finding = Aucun nouveau constat.
github-col-rule = Règle
github-col-message = Constat
github-col-where = Où

## Rapports lisibles (Markdown, HTML, CSV), commande report et guide des habitants
rp-generated = Audit au { $date } · { $tool } { $version }
rp-toc = Sommaire
rp-summary-heading = Synthèse
rp-kpi-compliant-share = { $share } % des démarches auditées sont conformes.
rp-charts-heading = En un coup d'œil
rp-chart-services = Conformité par service
rp-chart-services-desc = Pour chaque service, nombre de démarches conformes et non conformes.
rp-chart-compliant = conformes
rp-chart-noncompliant = non conformes
rp-chart-rules = Constats par règle
rp-chart-rules-desc = Nombre de constats non exemptés pour chaque règle.
rp-chart-channels = Couverture des canaux hors ligne
rp-chart-channels-desc = Pour le guichet, le téléphone et le courrier : nombre de démarches où le canal permet toute la démarche sans internet, est offert de façon limitée, ou est absent.
rp-chart-empty = Rien à représenter.
rp-mark-offline = hors ligne
rp-mark-limited = limité
rp-mark-absent = absent
rp-mark-online = oui
rp-mark-online-absent = non
rp-procedures-heading = Démarches
rp-procedures-caption = Les canaux de chaque démarche et son accès sans internet
rp-findings-heading = Constats et comment y remédier
rp-findings-count = { $count ->
    [one] 1 constat
   *[other] { $count } constats
}
rp-why = Pourquoi
rp-fix = Comment corriger
rp-citation = Base légale
rp-severity = Gravité
rp-location = Emplacement
rp-message = Constat
rp-subject = Objet
rp-no-findings = Aucun constat : toutes les règles appliquées sont respectées.
rp-exemptions-heading = Exemptions acceptées
rp-no-exemptions = Aucune exemption.
rp-col-rule = Règle
rp-col-reason = Motif
rp-col-reference = Référence
rp-col-ground = Fondement
rp-col-until = Jusqu'au
rp-until-none = sans date de fin
rp-ground-legal_text = texte légal
rp-ground-disproportionate_burden = charge disproportionnée
rp-ground-technical = raison technique
rp-ground-other = autre motif
rp-method-heading = Méthodologie
rp-method-text = Chaque démarche du catalogue est confrontée aux règles des textes ci-dessous. Un canal compte comme hors ligne s'il permet de faire toute la démarche sans internet ; une démarche est conforme quand aucune règle ne relève de constat non exempté. Les démarches retirées sont listées mais pas auditées.
rp-method-date = Date de l'audit
rp-method-tool = Outil
rp-method-catalog = Catalogue
rp-method-authority = Autorité
rp-catalog-version = format { $format }, { $files ->
    [one] 1 fichier
   *[other] { $files } fichiers
}, dernière vérification le { $reviewed }
rp-catalog-version-unreviewed = format { $format }, { $files ->
    [one] 1 fichier
   *[other] { $files } fichiers
}
rp-catalog-unknown = non indiqué
rp-col-pack = Texte
rp-col-status = Statut
rp-col-title = Intitulé
rp-col-confidence = Fiabilité
rp-rules-applied = Règles appliquées
rp-severity-error = erreur
rp-severity-warning = avertissement
rp-severity-info = information
rp-confidence-confirmed = confirmée
rp-confidence-secondary = source secondaire
rp-confidence-interpretation = interprétation
rp-confidence-unconfirmed = non confirmée
rp-service-none = Autres démarches
rp-yes = oui
rp-label-sep = {" : "}
rp-no = non
csv-procedure = démarche
csv-title = intitulé
csv-service = service
csv-access = accès sans internet
csv-compliant = conforme
csv-rule = règle
csv-severity = gravité
csv-step = étape
csv-message = constat
csv-citation = base légale
csv-file = fichier
csv-line = ligne
csv-exempted = exempté
csv-exemption-reason = motif de l'exemption
csv-exemption-until = exemption jusqu'au
csv-fingerprint = empreinte
report-cannot-read = impossible de lire { $path } : { $error }
report-not-json = { $path } n'est pas un fichier JSON : { $error }
report-not-report = { $path } n'est pas un rapport de horsligne (pas de champ report_version) : produisez-le avec « horsligne audit --format json=audit.json »
report-bad-version = { $path } : rapport en version { $version }, cette version de horsligne ne lit que la version 1
report-invalid = { $path } : rapport illisible : { $error }
guide-title = Faire ses démarches sans internet
guide-subtitle = Guide pour les habitants { $of_authority }, et pour celles et ceux qui les aident
guide-updated = Informations vérifiées au plus tard le { $date }.
guide-intro = Pour chaque démarche, ce guide dit comment la faire sans ordinateur ni smartphone : où aller, qui appeler et quand, où écrire et quel formulaire papier demander.
guide-help-heading = Besoin d'aide ?
guide-help-mediator = Une personne peut vous aider à faire vos démarches sans internet :
guide-no-mediator = Aucune personne n'est encore désignée pour aider aux démarches sans internet.
guide-index = Sommaire
guide-where = Sur place
guide-phone = Par téléphone
guide-postal = Par courrier
guide-other = Autre moyen
guide-hours-label = Horaires :
guide-hours-irregular = horaires variables, renseignez-vous
guide-appointment-none = Sans rendez-vous.
guide-appointment-optional = Avec ou sans rendez-vous.
guide-appointment-required = Sur rendez-vous seulement.
guide-booking = Pour prendre rendez-vous : { $ways }.
guide-booking-phone = par téléphone
guide-booking-phone-number = par téléphone au { $number }
guide-booking-counter = au guichet
guide-booking-postal = par courrier
guide-booking-online-only = Le rendez-vous se prend seulement sur internet : demandez de l'aide.
guide-step-free = Accessible en fauteuil roulant.
guide-call = Appelez le { $number }.
guide-tariff-free = Appel gratuit.
guide-tariff-premium = Appel surtaxé : il coûte plus cher qu'un appel normal.
guide-tariff-unknown = Le prix de l'appel n'est pas connu : renseignez-vous avant d'appeler.
guide-answered-ivr = Un serveur vocal répond d'abord, puis une personne.
guide-answered-machine = Seul un répondeur ou un serveur vocal répond.
guide-write-to = Écrivez à :
guide-paper-form = Formulaire à remplir : « { $form } ».
guide-form-from = Demandez ce formulaire { $ways }.
guide-form-counter = au guichet
guide-form-postal = par courrier
guide-form-phone = par téléphone
guide-limited-info = pour se renseigner seulement
guide-limited-partial = pour une partie de la démarche : demandez laquelle
guide-step = Étape « { $step } »
guide-online-only = Pas encore de démarche sans internet.
guide-ask-mediator = Demandez au médiateur :
guide-ask-contact = Ou contactez :
guide-unreachable = Le catalogue n'indique pas encore comment faire cette démarche.
guide-planned = Cette démarche n'est pas encore ouverte.
guide-footer = Guide établi par { $tool } { $version } à partir du catalogue des démarches { $of_authority }.
guide-hours-group = { $days }, { $times }
guide-hours-separator = {" ; "}
guide-days-every = tous les jours
guide-days-span = du { $first } au { $last }
guide-days-one = le { $day }
guide-day-mo = lundi
guide-day-tu = mardi
guide-day-we = mercredi
guide-day-th = jeudi
guide-day-fr = vendredi
guide-day-sa = samedi
guide-day-su = dimanche
guide-all-day = toute la journée
guide-time-span = de { $from } à { $to }
guide-time-hour = { $h } h
guide-time-hour-minutes = { $h } h { $m }
guide-and = { $list } et { $last }
guide-or = { $list } ou { $last }
guide-form-download-only = Ce formulaire se télécharge seulement sur internet : demandez de l'aide pour l'obtenir.

## verify (vérification des pages publiques)
na-not-verified = pages non vérifiées (lancez « horsligne verify »)
na-no-page = aucune page à vérifier (ni « page » ni « online.url »)
na-channel-not-compared = aucun canal { $channel } avec un numéro ou une adresse à comparer
check-page-contradicts = la page { $url } contredit le canal { $channel ->
    [counter] guichet
    [phone] téléphone
    [postal] courrier
   *[other] { $channel }
} déclaré : { $basis ->
    [online_only_wording] elle dit la démarche uniquement en ligne
    [appointment_online_wording] elle dit que le rendez-vous ne se prend qu'en ligne
    [different_number] la page donne un autre numéro : { $found } (le catalogue déclare { $declared })
    [different_address] la page donne une autre adresse : { $found } (le catalogue déclare { $declared })
   *[premium_number] elle donne un numéro surtaxé ({ $found })
} — « { $snippet } »
check-page-problem = la page { $url } { $state ->
    [http_error] répond par une erreur HTTP { $status }
    [login_redirect] renvoie vers une page de connexion ({ $final })
   *[moved] a déménagé : elle redirige définitivement vers { $final }
}
check-page-inconclusive = la page { $url } n'a pas pu être vérifiée : { $reason ->
    [timeout] délai dépassé
    [bot_wall] protection anti-robots
    [robots_disallow] son robots.txt l'interdit
    [tls] erreur TLS
    [dns] nom de domaine introuvable (DNS)
    [private_address] adresse privée ou locale refusée
    [too_large] page trop grande
    [too_deep] page trop imbriquée
    [rate_limited] le serveur refuse (trop de requêtes)
    [not_in_cache] absente du cache (--offline)
    [unsupported_scheme] seuls http et https sont lus
    [too_many_redirects] trop de redirections
   *[connection] connexion impossible
} ({ $detail })
check-doc-page_agrees = La page publique de la démarche ne contredit pas le canal déclaré (`channel` : counter, phone ou postal) : elle ne dit pas la démarche uniquement en ligne, ne dit pas que le rendez-vous au guichet ne se prend qu'en ligne, ne donne pas un numéro surtaxé à la place de la ligne déclarée. Lit les preuves de `horsligne verify` ; sans objet dans `audit`.
check-doc-page_reachable = Les pages de la démarche (page d'information et téléservice) répondent : ni erreur HTTP, ni redirection vers une page de connexion, ni déménagement (redirection permanente). Lit les preuves de `horsligne verify`.
check-doc-page_checked = Chaque page de la démarche a pu être lue ; sinon (délai, anti-robots, robots.txt, TLS, DNS) la vérification est sans conclusion et le dit. N'échoue en CI qu'avec `verify --strict`.
verify-progress = pages
verify-evidence-heading = Preuves des pages ({ $count ->
    [one] { $count } démarche
   *[other] { $count } démarches
})
verify-verdict = { $verdict ->
    [confirmed] confirmé
    [contradicted] contredit
    [not_found] absent de la page
   *[inconclusive] sans conclusion
}
verify-page-state = { $state ->
    [ok] lue
    [moved] déménagée
    [http_error] erreur HTTP
    [login_redirect] connexion demandée
   *[inconclusive] sans conclusion
}
verify-summary = { $pages ->
    [one] { $pages } page
   *[other] { $pages } pages
} : { $read ->
    [one] { $read } lue
   *[other] { $read } lues
}, { $inconclusive } sans conclusion ; canaux : { $confirmed ->
    [one] { $confirmed } confirmé
   *[other] { $confirmed } confirmés
}, { $contradicted ->
    [one] { $contradicted } contredit
   *[other] { $contradicted } contredits
}, { $not_found ->
    [one] { $not_found } absent
   *[other] { $not_found } absents
}, { $unknown } sans conclusion
verify-offline-needs-cache = --offline lit seulement le cache : donnez-le avec --cache DIR
verify-strict-note = --strict : les pages sans conclusion comptent pour le code de sortie

## Preuves des pages publiques dans les rapports HTML et Markdown
ev-heading = Ce que disent les pages publiques
ev-intro = « horsligne verify » a lu la page publique de chaque démarche et l'a comparée à ce que déclare le catalogue. Pour chaque canal : confirmé (la page donne le numéro ou l'adresse déclarés), contredit (la page dit le contraire : démarche uniquement en ligne, rendez-vous seulement en ligne, numéro surtaxé), absent de la page, ou sans conclusion (la page n'a pas pu être lue). Les démarches dont la page contredit le catalogue viennent en premier. Chaque page est datée et identifiée par l'empreinte SHA-256 de son contenu (complète dans le rapport JSON).
ev-contradicted-count = { $count ->
    [0] Aucune page ne contredit le catalogue.
    [one] { $count } démarche dont la page contredit le catalogue.
   *[other] { $count } démarches dont la page contredit le catalogue.
}
ev-nothing-read = Aucune page n'a pu être lue : rien n'est prouvé, dans un sens ou dans l'autre.
ev-pages-caption = Pages lues
ev-channels-caption = Canaux déclarés et ce qu'en dit la page
ev-col-page = Page
ev-col-state = État
ev-col-http = HTTP
ev-col-fetched = Lue le
ev-col-hash = Empreinte
ev-col-channel = Canal
ev-col-declared = Déclaré au catalogue
ev-col-verdict = Verdict
ev-col-basis = Fondé sur
ev-col-snippet = Extrait de la page
ev-role = { $role ->
    [online] téléservice
   *[page] page d'information
}
ev-redirected = redirigée vers
ev-from-cache = (copie du cache)
ev-reason = { $reason ->
    [timeout] délai dépassé
    [bot_wall] protection anti-robots
    [robots_disallow] interdite par son robots.txt
    [tls] erreur TLS
    [dns] nom de domaine introuvable (DNS)
    [private_address] adresse privée ou locale refusée
    [too_large] page trop grande
    [too_deep] page trop imbriquée
    [rate_limited] le serveur refuse (trop de requêtes)
    [not_in_cache] absente du cache (--offline)
    [unsupported_scheme] seuls http et https sont lus
    [too_many_redirects] trop de redirections
   *[connection] connexion impossible
}
ev-basis = { $basis ->
    [number_on_page] le numéro déclaré est sur la page
    [other_numbers] la page donne d'autres numéros
    [premium_number] la page donne un numéro surtaxé
    [no_number] aucun numéro sur la page
    [address_on_page] la rue et le code postal déclarés sont sur la page
    [address_absent] la page ne donne pas l'adresse déclarée
    [different_number] la page donne un autre numéro pour la démarche
    [different_address] la page donne une autre adresse dans la même commune
    [only_in_frame] seulement dans l'en-tête, les menus ou le pied de page du site : ne confirme pas le canal
    [online_only_wording] la page dit la démarche uniquement en ligne
    [appointment_online_wording] la page dit que le rendez-vous ne se prend qu'en ligne
   *[page_unreadable] la page n'a pas pu être lue
}
ev-found = numéros sur la page : { $numbers }
ev-found-addresses = adresses sur la page : { $numbers }
ev-snippet = « { $snippet } »
ev-unreadable-channels = Sans conclusion, faute de page lisible : { $channels }.
ev-premium = Numéros surtaxés sur la page : { $numbers }
ev-hours = Horaires mentionnés sur la page : { $hours }
