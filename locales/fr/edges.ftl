# Entrées hostiles : limites des classeurs (issue 24).
sheet-too-large = classeur trop grand : plus de { $limit } { $what ->
    [rows] lignes dans une feuille
    [columns] colonnes dans une feuille
    [cells] cellules remplies
   *[text] octets de texte
  } ; il n'a pas été lu
sheet-too-large-help = un catalogue de 100 000 démarches tient largement dans ces limites ; vérifiez que le fichier est bien un classeur horsligne (une cellule isolée très loin, des lignes répétées)
sheet-error-value = la cellule { $cell } de la feuille « { $sheet } » contient une erreur de tableur ({ $error }), pas une valeur
sheet-csv-unclosed-quote = un guillemet ouvert à cette ligne n'est jamais fermé : toutes les lignes suivantes seraient lues comme une seule cellule
sheet-csv-unclosed-quote-help = fermez le guillemet (un guillemet dans une cellule entre guillemets s'écrit "")
