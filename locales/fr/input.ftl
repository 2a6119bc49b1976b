# Erreurs de saisie : ce qui ne va pas dans un fichier, dit avec des mots
# plutôt qu'avec ceux de l'analyseur YAML.

diag-bad-date = date impossible à lire

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
load-no-default-catalog-help = donnez le chemin du catalogue, par exemple « horsligne audit ma-commune/ ».
    { first-steps }

diag-warning = attention
## Reading the user's files (catalogue, packs, phrases, baseline, saved report)

input-not-regular = ce n'est pas un fichier ordinaire ({ $kind }) : il n'est pas lu
input-not-regular-help = donnez le chemin d'un fichier texte enregistré sur le disque ; dans un dossier de catalogue, retirez ce lien ou renommez-le sans l'extension .yaml
input-kind-directory = un dossier
input-kind-device = un périphérique
input-kind-fifo = un tube nommé, dont la lecture attendrait sans fin
input-kind-socket = une socket
input-kind-pseudo-file = un fichier du système, dont la taille annoncée n'est pas le contenu
input-not-text = le fichier contient un caractère de contrôle (U+{ $code }) : ce n'est pas un fichier texte, son contenu n'est pas affiché
input-not-text-help = un catalogue, un pack ou un rapport est du texte (YAML ou JSON) ; ce fichier est sans doute binaire ou corrompu
