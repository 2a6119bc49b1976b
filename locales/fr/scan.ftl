## horsligne scan : un brouillon de catalogue à partir du site d'une collectivité
scan-progress = pages lues
scan-draft-header = BROUILLON À RELIRE : écrit par « horsligne scan » à partir de { $start }
    ({ $pages } pages lues, { $procedures } démarches trouvées).
    Chaque valeur vient d'une page du site, citée en commentaire au-dessus d'elle ;
    rien n'est inventé, mais la lecture d'une page peut se tromper. Vérifiez chaque
    démarche auprès du service, complétez ce que les pages ne disent pas (« reviewed »,
    « service », horaires, rendez-vous), puis lancez « horsligne audit » sur ce fichier.
scan-comment-source = d'après
scan-comment-channel = canal proposé par la page :
scan-comment-online-only = la page dit que la démarche passe par internet :
scan-comment-prerequisite = prérequis indiqué par la page :
scan-comment-no-channel = la page ne dit pas comment faire la démarche : à compléter
scan-summary = { $pages ->
    [one] { $pages } page lue
   *[other] { $pages } pages lues
} ({ $unreadable } illisibles), { $procedure_pages ->
    [one] { $procedure_pages } page de démarche
   *[other] { $procedure_pages } pages de démarches
}, { $procedures ->
    [one] { $procedures } démarche dans le brouillon
   *[other] { $procedures } démarches dans le brouillon
}
scan-start-unreadable = la page de départ { $url } n'a pas pu être lue : { $detail }
scan-country-unknown = le pays de { $host } ne se déduit pas de son nom : donnez-le avec --country (FR, BE…)
scan-not-a-web-address = { $url } n'est pas une adresse web (http ou https)
scan-host-given-up = { $host } abandonné : { $why }
scan-deadline-reached = délai dépassé ({ $seconds } s) : { $left ->
    [one] { $left } page trouvée n'a pas été lue
   *[other] { $left } pages trouvées n'ont pas été lues
} ; le brouillon est incomplet (--deadline pour allonger)
# Aucun brouillon plutôt qu'un catalogue invalide (issue 21) : un catalogue sans démarche ne se charge pas.
scan-no-procedure = aucune démarche reconnue sur { $pages ->
    [one] { $pages } page lue
   *[other] { $pages } pages lues
} : aucun brouillon écrit (essayer l'adresse de la page qui liste les démarches, ou --max-pages)
