# Ce que vaut le texte d'une règle (base légale, fondement, qualité des données),
# et les messages des vérifications ajoutées pour s'y tenir.
check-contact-detail-missing = le contact { $channel } « { $contact } » n'indique pas « { $field } » : les habitants ne peuvent pas le trouver ou le joindre ; demandez-le au service et notez-le dans le catalogue
check-doc-contact_details = Les contacts vers lesquels la démarche envoie disent où et quand les trouver : un guichet ou un contact postal a une adresse, un téléphone un numéro, et (si `details` le demande) guichets et téléphones ont des horaires. Un contact sans adresse n'est pas refusé au chargement : c'est ce constat.
why-reason = { $reason ->
    [why-partial] il ne couvre qu'une partie de la démarche
    [why-info-only] il ne donne que des informations
    [why-digital] il passe par internet
    [why-booking-online] le rendez-vous ne se prend qu'en ligne
    [why-form-download] le formulaire ne s'obtient qu'en le téléchargeant
   *[why-machine-only] personne ne répond, seulement un serveur vocal ou un robot
}
check-teleservice-substitute-not-offline = la solution de substitution (« substitute ») n'est pas hors ligne : { why-reason }
check-teleservice-assistance-not-offline = l'accompagnement (« assistance ») n'est pas joignable sans internet : { why-reason }
check-mediator-not-offline = le médiateur n'est pas joignable sans internet : { why-reason }
