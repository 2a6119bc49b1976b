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
sv-map-hours-title = Openingsuren van het loket per week, per bestuur
sv-map-hours-desc = Hoe donkerder de kleur, hoe langer het loket open is; elke klasse staat in de legende. Besturen zonder gekende openingsuren zijn gearceerd.
sv-map-hours-class-0 = minder dan 10 u
sv-map-hours-class-1 = 10 tot 20 u
sv-map-hours-class-2 = 20 tot 30 u
sv-map-hours-class-3 = 30 tot 40 u
sv-map-hours-class-4 = 40 u en meer
sv-site-title = Observatorium van het recht op niet-digitale toegang
sv-site-nav = Navigatie
sv-site-home = Nationale pagina
sv-site-region-title = Gewest of regio { $name }
sv-site-departement-title = Departement { $name }
sv-site-page-of = Pagina { $page } van { $pages }
sv-site-pages = Pagina's van de lijst
sv-site-authorities-heading = Besturen
sv-site-authorities-caption = Besturen in alfabetische volgorde: openingsuren van het loket, procedures die zonder internet kunnen, vaststellingen
sv-site-all-authorities = Alle besturen
sv-site-all-link = De lijst van de { $count_text } { $count ->
        [one] bestuur
       *[other] besturen
    }, elk met zijn rapport en zijn gids voor de inwoners
sv-site-regions-heading = Per gewest of regio
sv-site-departements-heading = Per departement
sv-site-col-counter-under = Loket minder dan { $threshold } u open
sv-site-downloads-heading = De gegevens downloaden
sv-site-download-csv = CSV-tabel (één rij per bestuur)
sv-site-download-xlsx = xlsx-werkmap (besturen, soorten procedures, vaststellingen per regel, rangschikkingen)
sv-site-download-json = JSON-gegevens (hun schema: horsligne schema survey)
sv-site-evolution = Evolutie van de ene stand van zaken naar de andere
sv-site-chart-regions-title = Aandeel besturen waarvan het loket minder dan { $threshold } uur per week open is, per gewest of regio
sv-site-chart-rules-title = Aandeel betrokken besturen, per regel
sv-site-chart-desc = Staafdiagram: het aandeel van elke rij staat aan het eind van de staaf, en dezelfde cijfers staan in de tabellen van de pagina.
sv-site-group-counter-hours = Het loket van { $share } van de besturen van dit gebied ({ $concerned_text } op { $authorities_text }) is minder dan { $threshold } uur per week open (regel { $rule }).
sv-site-not-loaded = Niet gelezen catalogi: { $not_loaded }; id's die door meerdere catalogi gegeven worden: { $duplicates } (zie de downloadbare gegevens).
sv-site-report = Auditrapport
sv-site-guide = Gids voor de inwoners
sv-site-no-documents = Het rapport en de gids van dit bestuur konden niet opnieuw gemaakt worden
sv-site-map-too-large = De kaart van dit gebied is te gedetailleerd voor één pagina: ze staat op de pagina's van de departementen.
sv-site-unknown = na te gaan
sv-site-not-a-folder = dit is geen map: --site verwacht een map (aangemaakt als ze ontbreekt); er wordt niets geschreven
sv-site-not-a-site = deze map is niet leeg en is geen site die horsligne schreef (geen leesbare horsligne-site.json): er wordt niets in geschreven; kies een nieuwe of lege map
sv-site-foreign-file = dit bestand werd niet door horsligne geschreven en een pagina van de site zou in de plaats komen: er wordt niets geschreven
sv-site-written = Site geschreven in { $dir } ({ $files } bestanden).
cli-arg-site = Schrijft een statisch observatorium in deze map: nationale pagina, één pagina per gewest of regio en per departement, één per bestuur (zijn rapport en gids), de gegevens; aangemaakt als ze ontbreekt, of bijgewerkt als horsligne ze schreef.
cli-arg-map-indicator = Wat de kaart (--map) kleurt: offline_share (aandeel procedures die zonder internet kunnen) of counter_hours_per_week (openingsuren van het loket per week).
cli-value-indicator = INDICATOR
