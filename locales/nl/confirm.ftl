# « Na te kijken »: wat de catalogus nog niet weet (kanalen en contacten
# gemarkeerd « to_confirm », contacten voor afspraken zonder naam).
access-to-confirm = na te kijken
guide-booking-ask = Een afspraak maken: te vragen.
guide-to-confirm = De manieren om deze procedure zonder internet te doen, moeten nog nagekeken worden: informeer u voor u zich verplaatst.
guide-limited-to-confirm = na te kijken
