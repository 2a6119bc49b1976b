# « À vérifier » : ce que le catalogue ne sait pas encore (canaux et contacts
# marqués « to_confirm », contacts de prise de rendez-vous non nommés).
access-to-confirm = à vérifier
guide-booking-ask = Pour prendre rendez-vous : à demander.
guide-to-confirm = Les façons de faire cette démarche sans internet restent à vérifier : renseignez-vous avant de vous déplacer.
guide-limited-to-confirm = à vérifier
check-to-confirm-channel = le canal { $channel } (« { $contact } ») est marqué « to_confirm » : à vérifier auprès du service, puis retirer la marque ; d'ici là il ne compte pas comme alternative hors ligne
check-to-confirm-contact = le canal { $channel } passe par le contact « { $contact } », marqué « to_confirm » : à vérifier ; d'ici là il ne compte pas comme alternative hors ligne
check-to-confirm-booking = le guichet « { $contact } » se réserve par { $methods } sans dire par quel contact : à demander (nommez-le, par ex. « booking: [{"{"} phone: population-tel {"}"}] »)
check-doc-to_confirm = Ce que le catalogue ne sait pas encore est signalé « à vérifier », jamais pris pour un fait : un canal (ou son contact) marqué « to_confirm » ne compte pas comme hors ligne, et un guichet réservé par téléphone, au guichet ou par courrier doit nommer le contact qui prend le rendez-vous.
report-summary-to-confirm = { $count ->
    [one] { $count } démarche à vérifier
   *[other] { $count } démarches à vérifier
}
cr-kpi-to-confirm = { $count ->
    [one] démarche à vérifier (canal ou contact marqué « to_confirm ») : du travail à faire, pas une conformité
   *[other] démarches à vérifier (canal ou contact marqué « to_confirm ») : du travail à faire, pas une conformité
}
