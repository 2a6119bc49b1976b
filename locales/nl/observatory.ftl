# Nationaal observatorium (issue 26): vaststellingen over de contactgegevens uit open data.
check-contact-number-unreadable = het nummer « { $number } » van het contact { $channel } « { $contact } » past niet in het nummerplan: de inwoners kunnen het niet bellen; kijk het na bij de dienst
check-contact-address-incomplete = het adres « { $address } » van het contact { $channel } « { $contact } » is onvolledig (er ontbreekt: { $missing }): de inwoners kunnen er niet naartoe gaan of naar schrijven
check-contact-hours-suspicious = de openingsuren van het contact { $channel } « { $contact } » bevatten tijdvakken die zoals ze geschreven zijn geen openingstijd kunnen zijn ({ $slots }): ze worden niet meegeteld; kijk ze na bij de dienst
sv-duplicate-id = Het bestuur « { $id } » wordt door meer catalogi gegeven ({ $sources }): ze worden allemaal gecontroleerd en vermeld; kijk na welke juist is.
sv-duplicates-heading = Identificatoren die door meer catalogi gegeven worden
sv-loud-not-loaded = { $not_loaded } { $not_loaded ->
        [one] catalogus van de { $total } kon niet gelezen worden en wordt niet meegeteld
       *[other] catalogi van de { $total } konden niet gelezen worden en worden niet meegeteld
    }{ $duplicates ->
        [0] {""}
       *[other] ; { $duplicates } identificatoren worden door meer catalogi gegeven
    } (zie het rapport). Om dat te aanvaarden: --accept-not-loaded.
sv-loud-not-loaded-accepted = { $not_loaded } { $not_loaded ->
        [one] catalogus van de { $total } kon niet gelezen worden en wordt niet meegeteld
       *[other] catalogi van de { $total } konden niet gelezen worden en worden niet meegeteld
    }{ $duplicates ->
        [0] {""}
       *[other] ; { $duplicates } identificatoren worden door meer catalogi gegeven
    } (zie het rapport; aanvaard met --accept-not-loaded).
sv-loud-duplicates = { $duplicates } { $duplicates ->
        [one] identificator wordt
       *[other] identificatoren worden
    } door meer catalogi gegeven: ze worden allemaal gecontroleerd (zie het rapport).
report-contact-subject = contact « { $contact } » ({ $count ->
        [one] 1 procedure
       *[other] { $count } procedures
    }: { $procedures })
cli-arg-accept-not-loaded = Eindigt met code 0, ook als catalogi niet gelezen konden worden (ze blijven meegeteld op de terminal en vermeld in elk rapport).
sv-rules-heading = Vaststellingen per regel
sv-rules-caption = Elke regel die niet nageleefd wordt: actieve vaststellingen, betrokken besturen, en het verschil tussen gewesten en tussen departementen
sv-col-rule = Regel
sv-col-findings = Vaststellingen
sv-col-concerned = Betrokken besturen
sv-col-spread-region = Per gewest
sv-col-spread-departement = Per departement
sv-spread = van { $low } ({ $low_key }) tot { $high } ({ $high_key })
sv-groups-heading = Per grondgebied
sv-groups-caption = Aandeel van de besturen waarop elke regel betrekking heeft: { $dimension }
sv-dim-region = gewest
sv-dim-departement = departement
sv-dim-level = niveau
sv-dim-population_band = bevolkingsklasse
pack-threshold-none = de regel { $id } heeft geen enkele numerieke drempel om in te stellen: --threshold geldt alleen voor regels die er een hebben (bijvoorbeeld NN-COUNTER-HOURS=20)
sv-threshold-malformed = « { $text } » is geen drempel: schrijf REGEL=WAARDE, bijvoorbeeld NN-COUNTER-HOURS=20
sv-method-threshold = Drempel ingesteld voor deze stand van zaken: { $rule } = { $value } (in plaats van de waarde van zijn regelpakket).
cli-arg-thresholds = Stelt de drempel van een regel in voor deze uitvoering, bijvoorbeeld NN-COUNTER-HOURS=20 (herhaalbaar); de rapporten zeggen welke waarde gebruikt werd.
cli-value-value = WAARDE
sv-col-code = Officiële code
sv-col-counter-hours = Loketuren per week
sv-col-departement = Departement
sv-col-phone-class = Telefoonklasse
sv-col-population = Bevolking
sv-col-saturday = Open op zaterdag
sv-indicator-hours = Loket: mediaan { $median } u per week open ({ $known } { $known ->
        [one] bestuur
       *[other] besturen
    } van { $total } waarvan de openingsuren gekend zijn).
sv-indicator-phone = Telefoon (de duurste lijn van elk bestuur):
sv-indicator-saturday = Open op zaterdag: { $open } van { $known } ({ $share }) onder de loketten waarvan de week gekend is.
sv-phone-free = gratis
sv-phone-none = geen
sv-phone-premium = betalend (verhoogd tarief)
sv-phone-standard = gewoon tarief
sv-phone-unknown = tarief na te kijken
sv-counter-hours-sentence = Het loket van { $share } van de besturen ({ $concerned_text } op { $authorities_text }) is minder dan { $threshold } uur per week open (regel { $rule }).
sv-counter-hours-by-region = Per gewest of regio: { $spread }.
sv-counter-hours-by-departement = Per departement: { $spread }.
sv-value-hours = { $hours } u
sv-rankings-heading = Best en minst goed geplaatst
sv-rank-counter_hours_per_week = Openingsuren van het loket per week
sv-rank-offline_share = Aandeel procedures die zonder internet kunnen
sv-ranking-known = Rangschikking onder { $known_text } { $known ->
        [one] bestuur waarvan de waarde gekend is
       *[other] besturen waarvan de waarde gekend is
    } (bij gelijke stand volgens id).
sv-ranking-best = { $indicator }: { $count ->
        [one] het best geplaatste
       *[other] de { $count } best geplaatste
    }
sv-ranking-worst = { $indicator }: { $count ->
        [one] het minst goed geplaatste
       *[other] de { $count } minst goed geplaatste
    }
sv-col-rank = Rang
sv-sheet-rules = Vaststellingen per regel
sv-sheet-rankings = Rangschikkingen
sv-col-dimension = Groepering
sv-col-group = Groep
sv-dim-total = geheel
sv-col-share = Aandeel besturen
sv-col-indicator = Indicator
sv-col-list = Lijst
sv-col-value = Waarde
sv-list-best = best geplaatst
sv-list-worst = minst goed geplaatst
