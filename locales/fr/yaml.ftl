## Erreurs de lecture YAML, dites avec les mots de la personne qui écrit le fichier

yaml-duplicate-key = la clé « { $key } » apparaît deux fois au même niveau
yaml-duplicate-key-unnamed = une clé apparaît deux fois au même niveau
yaml-duplicate-key-help = une clé ne se donne qu'une fois par bloc : supprimez ou fusionnez l'une des deux
yaml-empty-value = valeur vide : une valeur est attendue après les deux-points
yaml-empty-value-help = écrivez la valeur après « clé: », ou supprimez la ligne si la clé est facultative
yaml-multiple-documents = ce fichier contient plusieurs documents YAML (séparés par « --- »)
yaml-multiple-documents-help = un fichier ne contient qu'un document : retirez la ligne « --- » du milieu, ou répartissez le contenu dans plusieurs fichiers du même dossier
yaml-unknown-anchor = cet alias (« *nom ») renvoie à une ancre (« &nom ») qui n'est définie nulle part avant lui
yaml-unexpected-end = le fichier se termine au milieu d'une valeur
yaml-unexpected-end-help = un guillemet, un crochet [ ou une accolade {"{"} n'est sans doute pas refermé
yaml-too-complex = le document est trop complexe à lire (alias ou imbrication au-delà des limites) : il est refusé pour protéger la mémoire
yaml-expected = attendu ici : { $kind }
yaml-kind-list = une liste (« - élément » ou [a, b])
yaml-kind-mapping = des clés avec leurs valeurs (« clé: valeur »)
yaml-kind-boolean = true ou false
yaml-kind-whole-number = un nombre entier positif
yaml-kind-integer = un nombre entier
yaml-kind-number = un nombre
yaml-kind-character = un seul caractère
yaml-kind-text = un texte (une seule valeur)
