# « À vérifier » : ce que le catalogue ne sait pas encore (canaux et contacts
# marqués « to_confirm », contacts de prise de rendez-vous non nommés).
access-to-confirm = à vérifier
guide-booking-ask = Pour prendre rendez-vous : à demander.
guide-to-confirm = Les façons de faire cette démarche sans internet restent à vérifier : renseignez-vous avant de vous déplacer.
guide-limited-to-confirm = à vérifier
