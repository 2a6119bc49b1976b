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
    [why-self-service] c'est une borne en libre-service : personne pour aider
    [why-booking-machine] le rendez-vous ne se prend que par un téléphone où personne ne répond
    [why-to-confirm] il reste à vérifier (marqué « to_confirm »)
   *[why-machine-only] personne ne répond, seulement un serveur vocal ou un robot
}
check-teleservice-substitute-not-offline = la solution de substitution (« substitute ») n'est pas hors ligne : { why-reason }
check-teleservice-assistance-not-offline = l'accompagnement (« assistance ») n'est pas joignable sans internet : { why-reason }
check-mediator-not-offline = le médiateur n'est pas joignable sans internet : { why-reason }
pack-status-advocacy = revendication associative (plaidoyer)
confidence-data_quality = sans objet (qualité des données)
rp-confidence-data_quality = sans objet (qualité des données)
doc-confidence-by-level = Fiabilité selon le niveau :
doc-absorbs = Regroupe (même problème, cité avec cette règle) :
basis-legal = Base légale
basis-grounds-recommendation = Fondement (recommandation, non contraignante)
basis-grounds-bill = Fondement (proposition de loi, non en vigueur)
basis-grounds-local-policy = Fondement (engagement propre de l'autorité)
basis-grounds-advocacy = Source (revendication associative, non contraignante)
basis-data-quality = Qualité des données (aucun texte en jeu)
rp-also-cited = Textes qui disent la même chose
rp-col-source = Texte cité et sa valeur
rp-headline-offline = { $offline ->
    [one] { $offline } démarche
   *[other] { $offline } démarches
} sur { $procedures } { $offline ->
    [one] peut
   *[other] peuvent
} se faire sans internet.
rp-headline-compliant = { $compliant ->
    [one] { $compliant } est conforme
   *[other] { $compliant } sont conformes
} : « conforme » veut dire qu'aucune erreur non exemptée n'est relevée pour la démarche ; une erreur n'est relevée que là où un texte en vigueur lie cette autorité, où elle s'est engagée elle-même, ou pour une erreur de données.
na-channel-absent = aucun canal { $channel }
check-doc-exemption_ground_refused = Signale seulement les exemptions dont le motif fait partie de `grounds` et que la règle visée refuse (à Bruxelles, la « charge disproportionnée » ne dispense pas des trois canaux). Les autres problèmes d'exemption (expirée, inutile, sans référence) restent signalés par la règle `exemption_valid`, à sa propre gravité.
