# Observatoire national (issue 26) : constats sur les coordonnées lues dans les données ouvertes.
check-contact-number-unreadable = le numéro « { $number } » du contact { $channel } « { $contact } » ne se lit pas dans le plan de numérotation : les habitants ne peuvent pas l'appeler ; vérifiez-le auprès du service
check-contact-address-incomplete = l'adresse « { $address } » du contact { $channel } « { $contact } » est incomplète (il manque : { $missing }) : les habitants ne peuvent pas s'y rendre ou y écrire
check-contact-hours-suspicious = les horaires du contact { $channel } « { $contact } » contiennent des plages qui ne peuvent pas être une ouverture telles qu'écrites ({ $slots }) : elles ne sont pas comptées ; vérifiez-les auprès du service
