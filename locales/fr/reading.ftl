# Lecture des pages réelles (issue 21) : ce qu'une valeur du brouillon n'est pas.
scan-note-site-footer = adresse de l'administration (pied de page du site), pas celle que la page donne pour cette démarche : à vérifier
scan-note-authority-name = la page ne dit pas où : le nom de l'administration tient lieu de lieu ; adresse à demander au service (à vérifier)
scan-note-info = numéro donné pour information (renseignements, aide) : la page ne dit pas que la démarche se fait par téléphone
scan-comment-booking-number = numéro pour prendre rendez-vous (pas un canal de la démarche) : { $number } ; d'après
scan-comment-other-service-number = numéro d'un autre service (pas un canal de la démarche) : { $number } ; d'après
