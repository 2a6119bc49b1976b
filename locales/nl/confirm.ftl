# « Na te kijken »: wat de catalogus nog niet weet (kanalen en contacten
# gemarkeerd « to_confirm », contacten voor afspraken zonder naam).
access-to-confirm = na te kijken
guide-booking-ask = Een afspraak maken: te vragen.
guide-to-confirm = De manieren om deze procedure zonder internet te doen, moeten nog nagekeken worden: informeer u voor u zich verplaatst.
guide-limited-to-confirm = na te kijken
check-to-confirm-channel = het kanaal { $channel } (« { $contact } ») is gemarkeerd « to_confirm »: na te kijken bij de dienst, en daarna de markering weg te halen; tot dan telt het niet als offline alternatief
check-to-confirm-contact = het kanaal { $channel } loopt via het contact « { $contact } », gemarkeerd « to_confirm »: na te kijken; tot dan telt het niet als offline alternatief
check-to-confirm-booking = voor het loket « { $contact } » wordt een afspraak gemaakt via { $methods } zonder te zeggen via welk contact: te vragen (noem het, bv. « booking: [{"{"} phone: population-tel {"}"}] »)
check-doc-to_confirm = Wat de catalogus nog niet weet, wordt « na te kijken » gemeld, nooit als feit genomen: een kanaal (of zijn contact) gemarkeerd « to_confirm » telt niet als offline, en een loket waarvoor een afspraak per telefoon, aan het loket of per post gemaakt wordt, moet het contact noemen dat de afspraak vastlegt.
report-summary-to-confirm = { $count ->
    [one] { $count } procedure na te kijken
   *[other] { $count } procedures na te kijken
}
cr-kpi-to-confirm = { $count ->
    [one] procedure na te kijken (kanaal of contact gemarkeerd « to_confirm »): werk aan de winkel, geen naleving
   *[other] procedures na te kijken (kanaal of contact gemarkeerd « to_confirm »): werk aan de winkel, geen naleving
}
cr-work-heading = Eerst te doen werk: wat nog niet gekend is
cr-work-intro = Deze procedures bevatten nog invulvelden of na te kijken kanalen. Zolang die blijven, besluit de audit niets over deze procedures: dit is werk aan de winkel, geen naleving.
cr-work-authority = het bestuur: zijn beschrijving bevat nog invulvelden
cr-work-placeholder = in te vullen invulvelden
cr-work-to-confirm = na te kijken kanalen of contacten
cr-work-reasons = { $reasons }
guide-intro-no-hours = Voor elke procedure zegt deze gids hoe u ze zonder computer of smartphone kunt doen: waar u naartoe gaat, wie u belt, waar u schrijft en welk papieren formulier u vraagt.
