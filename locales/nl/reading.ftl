# Lezen van echte pagina's (issue 21): wat een waarde van het ontwerp niet is.
scan-note-site-footer = adres van het bestuur (voettekst van de site), niet het adres dat de pagina voor deze procedure geeft: na te kijken
scan-note-authority-name = de pagina zegt niet waar: de naam van het bestuur staat in de plaats van een adres; adres te vragen aan de dienst (na te kijken)
scan-note-info = nummer ter informatie (inlichtingen, hulp): de pagina zegt niet dat de procedure per telefoon kan
scan-comment-booking-number = nummer om een afspraak te maken (geen kanaal van de procedure): { $number }; volgens
scan-comment-other-service-number = nummer van een andere dienst (geen kanaal van de procedure): { $number }; volgens
scan-comment-booking-contact = nummer om een afspraak te maken, genoemd door het loket (na te kijken vóór publicatie); volgens
