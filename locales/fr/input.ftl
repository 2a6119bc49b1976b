# Erreurs de saisie : ce qui ne va pas dans un fichier, dit avec des mots
# plutôt qu'avec ceux de l'analyseur YAML.

diag-expected-list = une liste est attendue ici
diag-expected-mapping = des clés avec leurs valeurs sont attendues ici
diag-expected-bool = true ou false est attendu ici
diag-expected-text = un texte est attendu ici
diag-expected-number = un nombre entier est attendu ici
diag-wrong-type = cette valeur n'est pas du type attendu ici
diag-yaml-tabs = tabulation dans l'indentation
diag-bad-date = date impossible à lire
diag-duplicate-key = cette clé est déjà donnée plus haut dans le même bloc
diag-yaml-help = vérifiez l'indentation (des espaces, alignés), les deux-points après chaque clé et les guillemets autour des textes qui contiennent « : » ou « # »

io-not-found = fichier ou dossier introuvable
io-permission-denied = accès refusé (droits du fichier)
io-is-a-directory = c'est un dossier, pas un fichier
io-not-a-directory = un élément du chemin n'est pas un dossier
io-invalid-data = contenu illisible
io-storage-full = disque plein
io-read-only = système de fichiers en lecture seule
io-already-exists = le fichier existe déjà
io-other = erreur d'entrée-sortie

load-no-default-catalog = pas de dossier « catalog » ici : quel catalogue faut-il lire ?
load-no-default-catalog-help = donnez le chemin du catalogue, par exemple « horsligne audit ma-commune/ » ; pour commencer, copiez le dossier catalog/ livré avec horsligne et adaptez-le (docs/catalog-format.md)

diag-warning = attention
warn-no-address = le contact « { $contact } » n'a pas d'adresse, ou une adresse provisoire
warn-no-address-help = le guide dira aux habitants « adresse à demander à la mairie » ; indiquez l'adresse (« address: ») pour qu'ils sachent où aller ou écrire
warn-no-hours = le contact « { $contact } » n'a pas d'horaires
warn-no-hours-help = le guide ne pourra pas dire quand venir ou appeler ; indiquez les horaires (« opening_hours: », aide-mémoire : docs/horaires.md)
