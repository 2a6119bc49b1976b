# De woorden van het hulpmiddel, in het (Belgisch) Nederlands.
# De teksten van de regels (titels, waarom, hoe te verhelpen) staan in rules/*.yaml.

## Kanalen
channel-online = Online
channel-counter = Loket
channel-phone = Telefoon
channel-postal = Post
channel-email = E-mail
channel-other_offline = Ander (offline)

## Diagnoses (fouten in de invoer)
diag-error = fout
diag-help = hulp
diag-summary = { $count ->
    [one] 1 fout in de invoer: er is niets gecontroleerd.
   *[other] { $count } fouten in de invoer: er is niets gecontroleerd.
}
diag-did-you-mean = bedoelde u « { $candidate } »?
diag-valid-values = mogelijke waarden: { $values }
diag-unknown-key = onbekende sleutel « { $key } »
diag-unknown-value = onbekende waarde « { $value } »
diag-missing-key = verplichte sleutel ontbreekt: « { $key } »
diag-yaml = YAML onleesbaar op deze plaats
diag-date-help = een datum schrijft men JJJJ-MM-DD, bijvoorbeeld 2025-06-01
diag-bool-help = verwacht: true of false
diag-mapping-help = schrijf « sleutel: waarde », één per regel, ingesprongen onder de sleutel; of false voor een kanaal dat niet aangeboden wordt
diag-sequence-help = schrijf één element per regel die begint met « - », of [a, b]
diag-tabs-help = YAML aanvaardt geen tabs om in te springen: gebruik spaties.

## Laden
load-cannot-open = kan niet openen: { $error }
load-no-yaml = deze map bevat geen enkel .yaml- of .yml-bestand
load-too-large = bestand te groot ({ $size }, grens { $limit })
load-too-large-help = een catalogus is enkele honderden kilobytes groot; is dit bestand echt een catalogus, verhoog dan de grens met --max-file-size
load-not-utf8 = het bestand is niet in UTF-8 (ongeldige byte hier)
load-not-utf8-help = bewaar het bestand in UTF-8 (in de meeste editors: « Opslaan als », codering UTF-8)
load-empty-file = leeg bestand
load-duplicate-version = « version: { $version } » verschilt van « version: { $first_version } » gegeven in { $first }: alle bestanden van een catalogus hebben dezelfde versie
load-duplicate-authority = « authority » al gegeven in { $first }: één bestuur per catalogus
load-duplicate-contact = contact « { $id } » al bepaald in { $first }
load-duplicate-procedure = procedure « { $id } » al bepaald in { $first }
load-missing-version = geen enkel bestand geeft « version: 1 »
load-unsupported-version = versie { $version } van het formaat wordt niet ondersteund (verwacht: 1)
load-missing-authority = geen enkel bestand beschrijft het bestuur (« authority: »)
load-no-procedures = de catalogus bevat geen enkele procedure
load-no-procedures-help = een controle zonder procedure zou niets bewijzen: voeg een lijst « procedures: » toe

## Oplossen van verwijzingen
resolve-bad-country = landcode « { $value } » ongeldig: twee hoofdletters ISO 3166-1 (BE, FR, CH…)
resolve-unknown-contact = contact « { $id } » niet gevonden in « contacts »
resolve-wrong-kind = het contact « { $id } » is van het type { $kind }, verwacht: { $expected }
resolve-bad-hours = openingsuren « { $value } » onleesbaar: { $detail }
resolve-bad-hours-help = schrijf de openingsuren in OpenStreetMap-syntaxis: « van maandag tot vrijdag van 8.30 tot 12 uur » wordt « Mo-Fr 08:30-12:00 », en « zaterdag van 9 tot 12 uur » « Sa 09:00-12:00 »; scheid de dagen met « ; » (geheugensteun: docs/horaires.en.md)
resolve-bad-phone = « { $value } » is geen telefoonnummer
resolve-invalid-phone = « { $value } » is geen geldig nummer in het nummeringsplan ({ $country })
resolve-bad-phone-help = schrijf het nummer zoals men het vormt, bijvoorbeeld « 02 279 22 11 » of « +32 2 279 22 11 »
resolve-duplicate-step = twee stappen dragen de naam « { $name } »
resolve-inline-kind = een contact van het type { $kind } kan niet dienen als kanaal { $channel }
resolve-misplaced-field = « { $field } » heeft alleen zin voor het kanaal { $owner }, niet voor { $channel }
resolve-missing-replaces = « other_offline » moet zeggen welk kanaal het vervangt (« replaces: counter | phone | postal »)
resolve-empty-channel = kanaal { $channel } zonder contact: geef « contact: <id> » of de contactgegevens
resolve-negative = « { $field } »: de waarden moeten positief zijn

## Pakketten
pack-duplicate-id = pakket « { $id } » al bepaald in { $first }
pack-duplicate-rule = regel « { $id } » al bepaald in { $first }: een id dient maar één keer
pack-no-rules = dit pakket bevat geen enkele regel
pack-bad-effective = « effective_until » ligt vóór « effective_from »
pack-unconfirmed-error = de regel { $id } is niet bevestigd (confidence: unconfirmed): ze kan geen fout zijn
pack-supersedes-unknown = « supersedes » of « absorbs » noemt een onbekende regel: { $id }
pack-unknown = onbekend pakket: { $id }
pack-unknown-rule = onbekende regel: { $id }
pack-none-selected = geen enkel pakket is van toepassing op deze catalogus: kies er met --pack
pack-status-in_force = geldend recht
pack-status-bill = wetsvoorstel
pack-status-recommendation = aanbeveling
pack-status-local_policy = lokaal engagement
severity-error = fout
severity-warning = waarschuwing
severity-info = informatie
confidence-confirmed = bevestigd in de tekst
confidence-secondary = secundaire bron
confidence-interpretation = interpretatie
confidence-unconfirmed = niet bevestigd

## Vaststellingen
check-channel-missing = geen kanaal { $channel ->
    [counter] loket
    [phone] telefoon
    [postal] post
   *[other] { $channel }
} waarlangs de hele procedure kan
check-channel-not-offline = het kanaal { $channel ->
    [counter] loket
    [phone] telefoon
    [postal] post
   *[other] { $channel }
} telt niet als offline alternatief: { $reason ->
    [why-partial] het dekt maar een deel van de procedure
    [why-info-only] het geeft alleen informatie
    [why-digital] het loopt via internet
    [why-booking-online] de afspraak kan alleen online gemaakt worden
    [why-form-download] het formulier is alleen te krijgen door het te downloaden
    [why-self-service] het is een selfservicezuil: niemand om te helpen
    [why-booking-machine] de afspraak kan alleen gemaakt worden via een telefoon waar niemand opneemt
    [why-to-confirm] het moet nog nagekeken worden (gemarkeerd « to_confirm »)
   *[why-machine-only] niemand neemt op, alleen een keuzemenu of een robot
}
check-channel-equivalent-refused = het kanaal { $channel ->
    [counter] loket
    [phone] telefoon
    [postal] post
   *[other] { $channel }
} ontbreekt; het vervangende kanaal (other_offline) wordt door deze tekst niet aanvaard
check-online-only = procedure alleen online: geen enkel offline kanaal maakt ze mogelijk
check-online-only-step = stap alleen online: wie geen internet heeft, zit hier vast
check-unreachable = geen enkel kanaal maakt de hele procedure mogelijk: de catalogusfiche is onvolledig
check-booking-online-only = de afspraak aan het loket « { $contact } » kan alleen online of per e-mail gemaakt worden
check-booking-unspecified = het loket « { $contact } » vraagt een afspraak zonder te zeggen hoe die te maken
check-form-download-only = het formulier « { $form } » is alleen te krijgen door het te downloaden
check-phone-machine = op { $number } neemt niemand op: alleen een keuzemenu of een robot
check-phone-premium = { $number } is een betaalnummer
check-phone-not-free = { $number } is niet gratis
check-phone-tariff-unknown = het tarief van { $number } valt niet uit het nummer af te leiden: vermeld « tariff: free | standard | premium »
check-hours-too-few = { $channel ->
    [counter] loket
    [phone] telefoon
   *[other] { $channel }
} maar { $hours } uur per week open (minimum { $min } uur): « { $text } »
check-fee-higher = de procedure { $channel ->
    [counter] aan het loket
    [phone] per telefoon
    [postal] per post
   *[other] via een ander kanaal
} kost { $fee } € tegenover { $online } € online
check-delay-longer = { $channel ->
    [counter] aan het loket
    [phone] per telefoon
    [postal] per post
   *[other] via een ander kanaal
}: { $days } dagen behandeling tegenover { $online } online (meer dan { $ratio } keer langer)
check-digital-prerequisite = het kanaal { $channel ->
    [counter] loket
    [phone] telefoon
    [postal] post
   *[other] { $channel }
} vraagt eerst: { $requires }
check-teleservice-no-basis = verplichte e-dienst zonder tekst die hem oplegt (« legal_basis »)
check-teleservice-no-substitute = geen offline alternatief als de e-dienst faalt (« substitute »)
check-teleservice-no-assistance = geen begeleiding bereikbaar zonder digitale middelen voor de verplichte e-dienst (« assistance »)
check-deadline-no-postal = procedure met een termijn zonder mogelijke verzending per post (de poststempel geldt als bewijs)
check-no-mediator = geen bemiddelaar aangewezen om te helpen bij procedures zonder internet (« authority.mediator »)
check-never-reviewed = de fiche is nooit nagekeken (« reviewed »)
check-review-stale = fiche voor het laatst nagekeken op { $date }, meer dan { $months } maanden geleden
check-exemption-no-reason = de afwijking voor { $rule } heeft geen motief
check-exemption-no-reference = de afwijking voor { $rule } vermeldt geen referentie (beslissing, tekst)
check-exemption-no-until = de afwijking voor { $rule } heeft geen einddatum (« until »)
check-exemption-expired = de afwijking voor { $rule } is verlopen op { $date }: de vaststelling keert terug
check-exemption-ground-refused = het motief « { $ground } » wordt niet aanvaard door de tekst van { $rule }
check-exemption-unknown-rule = de afwijking betreft { $rule }, dat geen regel van deze controle is
check-exemption-unused = de afwijking voor { $rule } dekt geen enkele vaststelling: te schrappen

## Digitale voorwaarden
requirement-account = een online account
requirement-email = een e-mailadres
requirement-smartphone = een smartphone
requirement-app = een app
requirement-qr_code = een QR-code
requirement-eid = een digitale identiteit (itsme, eID, FranceConnect)
requirement-scan_upload = ingescande documenten om op te laden
requirement-online_payment = een online betaling
requirement-captcha = een captcha

## Niet van toepassing
na-not-procedure-check = controle op het niveau van het bestuur
na-not-authority-check = controle op het niveau van de procedures
na-retired = procedure ingetrokken
na-no-appointment = geen loket met verplichte afspraak
na-no-paper-form = geen papieren formulier
na-no-phone = geen telefonisch kanaal
na-no-hours = openingsuren van het kanaal { $channel } niet ingevuld
na-hours-channel-to-confirm = kanaal { $channel } te bevestigen: alleen de openingsuren van het contact worden beoordeeld
na-no-online-fee = geen online tarief om mee te vergelijken
na-no-online-delay = geen online termijn om mee te vergelijken
na-no-mandatory-online = geen verplichte e-dienst
na-no-deadline = geen opgelegde termijn

## Rapport in de terminal
report-title = Controle van het recht op een niet-digitale overheid
report-packs = Toegepaste teksten:
report-authority = (bestuur)
report-legend = ✔ offline, volledige procedure   ◐ aangeboden maar telt niet (gedeeltelijk, informatie, afspraak online…)   ✘ afwezig   ● online
report-severity-heading = { $severity ->
    [error] Fouten
    [warning] Waarschuwingen
   *[info] Informatie
} ({ $count })
report-exempted-heading = Aanvaarde afwijkingen ({ $count })
report-summary = { $procedures ->
    [one] { $procedures } procedure gecontroleerd
   *[other] { $procedures } procedures gecontroleerd
}: { $compliant } in orde, { $online_only } alleen online, { $unreachable } onbereikbaar · { $errors ->
    [one] { $errors } fout
   *[other] { $errors } fouten
}, { $warnings ->
    [one] { $warnings } waarschuwing
   *[other] { $warnings } waarschuwingen
}, { $infos } informatie, { $exempted ->
    [one] { $exempted } afwijking
   *[other] { $exempted } afwijkingen
}
col-procedure = Procedure
col-service = Dienst
col-access = Zonder internet?
col-findings = Vaststellingen
access-offline = ja
access-online-only = ALLEEN ONLINE
access-unreachable = onbereikbaar
access-retired = ingetrokken

## Opdrachtregel
output-cannot-write = kan dit bestand niet schrijven: { $error }
cli-several-stdout = meerdere formaten naar de standaarduitvoer: geef een bestand aan alle formaten behalve één (--format json=audit.json)
cli-output-is-input = { $path }: dit uitvoerbestand zou een invoer van de opdracht overschrijven ({ $input }): kies een ander bestand
cli-output-is-dir = { $path } is een map: geef een bestandsnaam voor het rapport (bijvoorbeeld rapport.html)
baseline-exists = de referentie { $path } bestaat al: « baseline create » vervangt ze niet
baseline-exists-help = « horsligne baseline update » voegt er de vaststellingen van vandaag aan toe (met --prune verwijdert het wat nergens meer mee overeenkomt); of verwijder het bestand
validate-ok = { $path }: geldige catalogus ({ $procedures ->
    [one] { $procedures } procedure
   *[other] { $procedures } procedures
}, { $files ->
    [one] { $files } bestand
   *[other] { $files } bestanden
})

## Documentatie van de regels
doc-title = Regels van horsligne
doc-generated = Gemaakt door `horsligne rules docs` uit rules/*.yaml; `horsligne rules explain <ID>` toont dezelfde sectie.
doc-pack = Pakket:
doc-status = Status:
doc-scope = Van toepassing op:
doc-scope-all = alle catalogi
doc-opt-in = alleen op vraag, met --pack
doc-sources = Bronnen:
doc-severity = Ernst:
doc-severity-by-level = Ernst volgens het niveau:
doc-slug = Leesbare naam:
doc-confidence = Betrouwbaarheid:
doc-check = Controle:
doc-citation = Rechtsgrond:
doc-why = Waarom:
doc-fix = Hoe te verhelpen:
doc-exemptions = Aanvaarde afwijkingen:
doc-no-exemption = geen
doc-supersedes = Vervangt:
doc-effective-from = Van kracht sinds:
doc-example-fail = Niet-conform voorbeeld:
doc-example-pass = Conform voorbeeld:

## Documentatie van de controles
check-doc-channel_offered = De procedure, en elk van haar stappen, kan volledig via dit offline kanaal. Een kanaal dat alleen informatie geeft, een loket met een afspraak die alleen online te maken is, een formulier dat alleen te downloaden is of een telefoon zonder mens tellen niet. Met `accept_equivalent` telt een kanaal `other_offline` dat het vervangt in zijn plaats.
check-doc-not_online_only = De procedure, en elk van haar stappen, heeft minstens één offline kanaal. Eén enkele stap die alleen online kan, maakt de hele procedure alleen online.
check-doc-reachable = De procedure heeft minstens één kanaal, online of niet, waarlangs ze volledig kan. Anders is de catalogusfiche onvolledig.
check-doc-booking_offline = Bij een loket met verplichte afspraak kan de afspraak zonder internet gemaakt worden (telefoon, loket, post).
check-doc-paper_form_offline = Vraagt de verzending per post een papieren formulier, dan is dat zonder internet te krijgen (loket, post, telefoon).
check-doc-phone_human = De telefoon komt uit bij een mens, niet alleen bij een keuzemenu of een robot.
check-doc-phone_tariff = De oproep kost niet meer dan `max` (`standard`: geen betaalnummer; `free`: gratis). Het tarief is het opgegeven tarief, anders het tarief dat uit het nummer volgt; valt het niet af te leiden (korte nummers 3BPQ), dan wordt het nooit gratis verondersteld.
check-doc-opening_hours_min = Het loket of de telefoon is minstens `min_hours_per_week` uur per week open (openingsuren in OpenStreetMap-syntaxis).
check-doc-fee_parity = De procedure offline doen kost niet meer dan online.
check-doc-delay_parity = De offline behandeling duurt niet meer dan `max_ratio` keer langer dan online.
check-doc-no_digital_prerequisite = Een offline kanaal vraagt vooraf niets digitaals (online account, voorafgaande aanvraag, e-mail, smartphone…).
check-doc-teleservice_safeguards = Een verplichte e-dienst vermeldt de tekst die hem oplegt, voorziet een offline alternatief en begeleiding (Franse Raad van State, 3 juni 2022).
check-doc-deadline_postal = Een procedure met een termijn aanvaardt verzending per post, waarbij de poststempel als bewijs geldt.
check-doc-mediator_designated = Het bestuur wijst iemand aan die helpt om procedures zonder internet te doen, offline bereikbaar.
check-doc-exemption_valid = Elke afwijking is gemotiveerd, met referentie, gedateerd, gegrond op een motief dat de tekst aanvaardt, niet verlopen en nuttig. Anders geldt ze niet en wordt ze gemeld.
check-doc-reviewed_recently = De catalogusfiche werd minder dan `max_months` maanden geleden nagekeken.

## Regelpakketten (rechtsgebieden, voorbeelden, documentatie)
check-doc-human_contact = Ergens in de procedure kan men zonder internet een mens bereiken: een loket dat niet alleen online te reserveren is, of een telefoonlijn waar een mens opneemt (ook voor een eenvoudige inlichting).
check-doc-walk_in_counter = Heeft de procedure loketten, dan ontvangt minstens één ervan zonder verplichte afspraak.
check-no-human-contact = geen enkel kanaal laat toe zonder internet een mens te bereiken (geen bereikbaar loket, geen telefoon waar een mens opneemt)
check-no-walk-in-counter = alle loketten van de procedure vragen een afspraak
na-no-counter = geen loket
na-not-online = de procedure heeft geen online weg
example-invalid = ongeldig voorbeeld van een regel: { $detail }
example-should-fail = het falende voorbeeld (example_fail) doet de regel { $rule } niet afgaan
example-should-pass = het conforme voorbeeld (example_pass) doet de regel { $rule } afgaan: { $message }
example-missing = de regel { $rule } heeft geen voorbeeld { $which }
examples-ok = { $rules } regels, alle voorbeelden zijn nagekeken
doc-example-header-title = De contacten van de voorbeelden
doc-example-header = De voorbeelden van elke regel zijn lijsten van procedures die beoordeeld worden met het bestuur en de contacten hieronder (onthaal, documenten, centrale, robot, post, mail). Een regel over het bestuur schrijft een tabel `authority:` (velden die die van de hoofding vervangen) en `procedures:`. De voorbeelden worden door de tests uitgevoerd: het falende voorbeeld doet de regel afgaan, het conforme voorbeeld niet.
pack-bill-error = de regel { $id } hoort bij een wetsvoorstel (status: bill): ze kan geen fout zijn, hooguit een waarschuwing
pack-supersedes-cycle = de regel { $id } vervangt zichzelf (rechtstreeks of via een keten van « supersedes »): geen enkele regel van de keten zou lopen

## CI-poort: diff, baseline, SARIF / JUnit / GitHub-formaten
diff-title = Zonder internet: gevolg van de wijziging
diff-no-change = Geen verandering voor de toegang zonder internet tot de procedures.
diff-summary = { $regressions ->
    [one] { $regressions } achteruitgang
   *[other] { $regressions } achteruitgangen
  }, { $improvements ->
    [one] { $improvements } verbetering
   *[other] { $improvements } verbeteringen
  }, { $notices ->
    [one] { $notices } opmerking
   *[other] { $notices } opmerkingen
  } (`{ $base }` → `{ $head }`)
diff-verdict-regressions = ❌ Deze wijziging neemt middelen weg om een procedure zonder internet te doen.
diff-verdict-ok = ✅ Geen enkele procedure verliest een offline middel.
diff-legend = ✔ offline, volledige procedure · ◐ aangeboden maar telt niet (gedeeltelijk, informatie, afspraak online…) · ✘ afwezig · ● online
diff-col-impact = Gevolg
diff-col-change = Wijziging
diff-col-before = Voor
diff-col-after = Na
diff-impact-regression = Achteruitgang
diff-impact-improvement = Verbetering
diff-impact-notice = Opmerking
diff-mark-offline = offline
diff-mark-limited = beperkt
diff-mark-absent = afwezig
diff-mark-online = online
diff-in-step = Stap « { $step } »: { $change }
diff-renamed-to = Hernoemd? Een procedure met een gelijkaardige titel werd toegevoegd: { $id }
diff-renamed-from = Hernoemd? Een procedure met een gelijkaardige titel werd geschrapt: { $id }
diff-coverage-full = volledige procedure
diff-coverage-partial = gedeeltelijke procedure
diff-coverage-info = alleen informatie
diff-no-end = zonder einddatum
diff-tariff-free = gratis
diff-tariff-standard = prijs van een gewone oproep
diff-tariff-premium = betaalnummer
diff-tariff-unknown = tarief onbekend
diff-channel-added-offline = Nieuw offline kanaal: { $channel }.
diff-channel-added = Nieuw kanaal: { $channel } (maakt de procedure zonder internet niet mogelijk).
diff-channel-removed-offline = Het kanaal { $channel }, waarlangs de procedure zonder internet kon, is weggenomen.
diff-channel-removed = Het kanaal { $channel } is weggenomen.
diff-coverage-lowered = { $channel }: dekt minder van de procedure ({ $from } → { $to }).
diff-coverage-raised = { $channel }: dekt meer van de procedure ({ $from } → { $to }).
diff-counter-booking-online-only = Het loket vraagt voortaan een afspraak die alleen online te maken is.
diff-counter-booking-offline = De afspraak aan het loket kan opnieuw zonder internet gemaakt worden.
diff-phone-premium = Het telefoonnummer wordt een betaalnummer (voorheen: { $from }).
diff-phone-no-longer-premium = Het telefoonnummer is geen betaalnummer meer (nu: { $to }).
diff-phone-machine-only = Aan de telefoon antwoordt alleen nog een keuzemenu of een robot.
diff-phone-human-again = Aan de telefoon neemt opnieuw een mens op.
diff-paper-form-download-only = Het papieren formulier is alleen nog te krijgen door het te downloaden.
diff-paper-form-offline = Het papieren formulier is opnieuw zonder internet te krijgen.
diff-became-online-only = De procedure wordt ALLEEN ONLINE: geen enkel middel meer om ze zonder internet te doen.
diff-no-longer-online-only = De procedure kan opnieuw zonder internet.
diff-new-online-only = Nieuwe procedure ALLEEN ONLINE: geen enkel middel om ze zonder internet te doen.
diff-procedure-added = Nieuwe procedure.
diff-procedure-removed = Procedure uit de catalogus geschrapt.
diff-exemption-added = Nieuwe afwijking van de regel { $rule } (tot { $until }).
diff-exemption-extended = Afwijking van de regel { $rule } verlengd ({ $from } → { $to }).
diff-exemption-removed = Afwijking van de regel { $rule } geschrapt.
diff-exemption-shortened = Afwijking van de regel { $rule } ingekort ({ $from } → { $to }).
git-bad-revision = onbekende git-revisie: « { $revision } »
git-outside-repository = dit pad ligt niet in een git-repository
git-no-catalogue = geen YAML-catalogusbestand onder « { $path } » bij revisie « { $revision } »
git-cannot-run = kan git niet starten: { $error }
git-failed = « { $command } » is mislukt: { $error }
diff-usage-paths = geef twee catalogi (VOOR NA), of --git-base REVISIE [NA]
diff-usage-git = met --git-base, geef hooguit één pad (de catalogus NA)
diff-unknown-kind = onbekend type wijziging: « { $kind } »
baseline-created = { $path } geschreven: { $count ->
    [one] { $count } vaststelling aanvaard
   *[other] { $count } vaststellingen aanvaard
}.
baseline-updated = { $path } bijgewerkt: { $count ->
    [one] { $count } vaststelling aanvaard
   *[other] { $count } vaststellingen aanvaard
}.
baseline-summary = Referentie { $file }: { $new ->
    [one] { $new } nieuwe vaststelling
   *[other] { $new } nieuwe vaststellingen
}, { $known } al aanvaard, { $fixed } verholpen.
baseline-fixed = ✔ verholpen:
baseline-unmatched = ⚠ regel van de referentie die nergens meer mee overeenkomt (procedure of regel verdwenen): [{ $rule }] { $subject } ({ $fingerprint }); voer `horsligne baseline update --prune` uit.
baseline-unreadable = kan de referentie niet lezen: { $error }
baseline-invalid = referentie onleesbaar (JSON verwacht, zie docs/ci.md): { $error }
baseline-bad-version = versie van de referentie niet ondersteund: { $version } (verwacht: 1)
sarif-more = Documentatie:
junit-baselined = vaststelling al aanvaard in de referentie (baseline)
junit-exempted = aanvaarde afwijking: { $reason }
junit-not-applicable = regel niet van toepassing op deze procedure
github-no-new-finding = Geen nieuwe vaststelling.
github-col-rule = Regel
github-col-message = Vaststelling
github-col-where = Waar

## Leesbare rapporten (Markdown, HTML, CSV), opdracht report en gids voor de inwoners
rp-generated = Controle op { $date } · { $tool } { $version }
rp-toc = Inhoud
rp-summary-heading = Samenvatting
rp-kpi-compliant-share = { $share } % van de gecontroleerde procedures is in orde.
rp-charts-heading = In één oogopslag
rp-chart-services = In orde per dienst
rp-chart-services-desc = Voor elke dienst het aantal procedures dat in orde is en dat niet in orde is.
rp-chart-compliant = in orde
rp-chart-noncompliant = niet in orde
rp-chart-rules = Vaststellingen per regel
rp-chart-rules-desc = Aantal vaststellingen zonder afwijking voor elke regel.
rp-chart-channels = Dekking door de offline kanalen
rp-chart-channels-desc = Voor het loket, de telefoon en de post: aantal procedures waarvoor het kanaal de hele procedure zonder internet mogelijk maakt, beperkt aangeboden wordt, of afwezig is.
rp-chart-empty = Niets om voor te stellen.
rp-mark-offline = offline
rp-mark-limited = beperkt
rp-mark-absent = afwezig
rp-mark-online = ja
rp-mark-online-absent = nee
rp-procedures-heading = Procedures
rp-procedures-caption = De kanalen van elke procedure en haar toegang zonder internet
rp-findings-heading = Vaststellingen en hoe ze te verhelpen
rp-findings-count = { $count ->
    [one] 1 vaststelling
   *[other] { $count } vaststellingen
}
rp-why = Waarom
rp-fix = Hoe te verhelpen
rp-citation = Rechtsgrond
rp-severity = Ernst
rp-location = Plaats
rp-message = Vaststelling
rp-subject = Onderwerp
rp-no-findings = Geen vaststelling: alle toegepaste regels worden nageleefd.
rp-exemptions-heading = Aanvaarde afwijkingen
rp-no-exemptions = Geen afwijking.
rp-col-rule = Regel
rp-col-reason = Motief
rp-col-reference = Referentie
rp-col-ground = Grond
rp-col-until = Tot
rp-until-none = zonder einddatum
rp-ground-legal_text = wettekst
rp-ground-disproportionate_burden = onevenredige last
rp-ground-technical = technische reden
rp-ground-other = ander motief
rp-method-heading = Werkwijze
rp-method-text = Elke procedure van de catalogus wordt getoetst aan de regels van de teksten hieronder. Een kanaal telt als offline als de hele procedure erlangs zonder internet kan; een procedure is in orde wanneer geen enkele regel een vaststelling zonder afwijking oplevert. Ingetrokken procedures worden opgesomd maar niet gecontroleerd.
rp-method-date = Datum van de controle
rp-method-tool = Hulpmiddel
rp-method-catalog = Catalogus
rp-method-authority = Bestuur
rp-catalog-version = formaat { $format }, { $files ->
    [one] 1 bestand
   *[other] { $files } bestanden
}, laatst nagekeken op { $reviewed }
rp-catalog-version-unreviewed = formaat { $format }, { $files ->
    [one] 1 bestand
   *[other] { $files } bestanden
}
rp-catalog-unknown = niet vermeld
rp-col-pack = Tekst
rp-col-status = Status
rp-col-title = Titel
rp-col-confidence = Betrouwbaarheid
rp-rules-applied = Toegepaste regels
rp-severity-error = fout
rp-severity-warning = waarschuwing
rp-severity-info = informatie
rp-confidence-confirmed = bevestigd
rp-confidence-secondary = secundaire bron
rp-confidence-interpretation = interpretatie
rp-confidence-unconfirmed = niet bevestigd
rp-service-none = Andere procedures
rp-yes = ja
rp-label-sep = {": "}
rp-no = nee
csv-procedure = procedure
csv-title = titel
csv-service = dienst
csv-access = toegang zonder internet
csv-compliant = in orde
csv-rule = regel
csv-severity = ernst
csv-step = stap
csv-message = vaststelling
csv-citation = rechtsgrond
csv-file = bestand
csv-line = regel
csv-exempted = afwijking
csv-exemption-reason = motief van de afwijking
csv-exemption-until = afwijking tot
csv-fingerprint = vingerafdruk
report-cannot-read = kan { $path } niet lezen: { $error }
report-not-json = { $path } is geen JSON-bestand: { $error }
report-not-report = { $path } is geen rapport van horsligne (geen veld report_version): maak het met « horsligne audit --format json=audit.json »
report-bad-version = { $path }: rapport in versie { $version }, deze versie van horsligne leest alleen versie 1
report-invalid = { $path }: rapport onleesbaar: { $error }
guide-title = Uw procedures zonder internet
guide-subtitle = Gids voor de inwoners { $of_authority }, en voor wie hen helpt
guide-updated = Informatie nagekeken op { $date } of later.
guide-intro = Voor elke procedure zegt deze gids hoe u ze zonder computer of smartphone doet: waar u naartoe gaat, wie u belt en wanneer, waar u schrijft en welk papieren formulier u vraagt.
guide-help-heading = Hulp nodig?
guide-help-mediator = Iemand kan u helpen om uw procedures zonder internet te doen:
guide-no-mediator = Er is nog niemand aangewezen om te helpen bij procedures zonder internet: wend u tot het onthaal.
guide-index = Inhoud
guide-where = Ter plaatse
guide-phone = Per telefoon
guide-postal = Per post
guide-other = Andere manier
guide-hours-label = Openingsuren:
guide-hours-irregular = wisselende uren, informeer u
guide-appointment-none = Zonder afspraak.
guide-appointment-optional = Met of zonder afspraak.
guide-appointment-required = Alleen op afspraak.
guide-booking = Een afspraak maken: { $ways }.
guide-booking-phone = per telefoon
guide-booking-phone-number = per telefoon op { $number }
guide-booking-counter = aan het loket
guide-booking-postal = per post
guide-booking-online-only = De afspraak kan alleen via internet gemaakt worden: vraag hulp.
guide-step-free = Toegankelijk met een rolstoel.
guide-call = Bel { $number }.
guide-tariff-free = Gratis oproep.
guide-tariff-premium = Betaalnummer: het kost meer dan een gewone oproep.
guide-tariff-unknown = De prijs van de oproep is niet gekend: informeer u voor u belt.
guide-answered-ivr = Eerst antwoordt een keuzemenu, daarna een mens.
guide-answered-machine = Alleen een antwoordapparaat of een keuzemenu antwoordt.
guide-write-to = Schrijf naar:
guide-paper-form = In te vullen formulier: « { $form } ».
guide-form-from = Vraag dit formulier { $ways }.
guide-form-counter = aan het loket
guide-form-postal = per post
guide-form-phone = per telefoon
guide-limited-info = alleen om inlichtingen te vragen
guide-limited-partial = alleen voor een deel van de procedure
guide-step = Stap « { $step } »
guide-online-only = Nog geen procedure zonder internet.
guide-ask-mediator = Vraag het aan de bemiddelaar:
guide-ask-contact = Of neem contact op met:
guide-unreachable = De catalogus zegt nog niet hoe deze procedure te doen.
guide-planned = Deze procedure is nog niet open.
guide-footer = Gids opgesteld door { $tool } { $version } uit de catalogus van de procedures { $of_authority }.
guide-hours-group = { $days }, { $times }
guide-hours-separator = {"; "}
guide-days-every = elke dag
guide-days-span = van { $first } tot { $last }
guide-days-one = op { $day }
guide-day-mo = maandag
guide-day-tu = dinsdag
guide-day-we = woensdag
guide-day-th = donderdag
guide-day-fr = vrijdag
guide-day-sa = zaterdag
guide-day-su = zondag
guide-all-day = de hele dag
guide-time-span = van { $from } tot { $to }
guide-time-hour = { $h } uur
guide-time-hour-minutes = { $h }.{ $m } uur
guide-and = { $list } en { $last }
guide-or = { $list } of { $last }
guide-form-download-only = Dit formulier is alleen via internet te downloaden: vraag hulp om het te krijgen.

## verify (controle van de openbare pagina's)
na-not-verified = pagina's niet gecontroleerd (voer « horsligne verify » uit)
na-no-page = geen pagina om te controleren (geen « page », geen « online.url »)
na-channel-not-compared = geen kanaal { $channel } met een nummer of een adres om te vergelijken
check-page-contradicts = de pagina { $url } spreekt het opgegeven kanaal { $channel ->
    [counter] loket
    [phone] telefoon
    [postal] post
   *[other] { $channel }
} tegen: { $basis ->
    [online_only_wording] ze zegt dat de procedure alleen online kan
    [appointment_online_wording] ze zegt dat de afspraak alleen online te maken is
   *[premium_number] ze geeft een betaalnummer ({ $found })
} — « { $snippet } »
check-page-problem = de pagina { $url } { $state ->
    [http_error] antwoordt met een HTTP-fout { $status }
    [login_redirect] verwijst naar een aanmeldpagina ({ $final })
   *[moved] is verhuisd: ze verwijst definitief door naar { $final }
}
check-page-inconclusive = de pagina { $url } kon niet gecontroleerd worden: { $reason ->
    [timeout] tijd verstreken
    [bot_wall] bescherming tegen robots
    [robots_disallow] haar robots.txt verbiedt het
    [tls] TLS-fout
    [dns] domeinnaam niet gevonden (DNS)
    [private_address] privaat of lokaal adres geweigerd
    [too_large] pagina te groot
    [too_deep] pagina te diep genest
    [rate_limited] de server weigert (te veel verzoeken)
    [not_in_cache] niet in de cache (--offline)
    [unsupported_scheme] alleen http en https worden gelezen
    [too_many_redirects] te veel doorverwijzingen
   *[connection] verbinding onmogelijk
} ({ $detail })
check-doc-page_agrees = De openbare pagina van de procedure spreekt het opgegeven kanaal (`channel`: counter, phone of postal) niet tegen: ze zegt niet dat de procedure alleen online kan, niet dat de afspraak aan het loket alleen online te maken is, en geeft geen betaalnummer in plaats van de opgegeven lijn. Leest de bewijzen van `horsligne verify`; zonder voorwerp in `audit`.
check-doc-page_reachable = De pagina's van de procedure (informatiepagina en e-dienst) antwoorden: geen HTTP-fout, geen doorverwijzing naar een aanmeldpagina, geen verhuis (permanente doorverwijzing). Leest de bewijzen van `horsligne verify`.
check-doc-page_checked = Elke pagina van de procedure kon gelezen worden; anders (tijd verstreken, bescherming tegen robots, robots.txt, TLS, DNS) is de controle zonder besluit en zegt ze dat. Faalt in CI alleen met `verify --strict`.
verify-progress = pagina's
verify-evidence-heading = Bewijzen uit de pagina's ({ $count ->
    [one] { $count } procedure
   *[other] { $count } procedures
})
verify-verdict = { $verdict ->
    [confirmed] bevestigd
    [contradicted] tegengesproken
    [not_found] niet op de pagina
   *[inconclusive] zonder besluit
}
verify-page-state = { $state ->
    [ok] gelezen
    [moved] verhuisd
    [http_error] HTTP-fout
    [login_redirect] aanmelding gevraagd
   *[inconclusive] zonder besluit
}
verify-summary = { $pages ->
    [one] { $pages } pagina
   *[other] { $pages } pagina's
}: { $read } gelezen, { $inconclusive } zonder besluit; kanalen: { $confirmed } bevestigd, { $contradicted } tegengesproken, { $not_found } niet op de pagina, { $unknown } zonder besluit
verify-offline-needs-cache = --offline leest alleen de cache: geef die met --cache DIR
verify-strict-note = --strict: de pagina's zonder besluit tellen mee voor de afsluitcode

## Bewijzen uit de openbare pagina's in de HTML- en Markdown-rapporten
ev-heading = Wat de openbare pagina's zeggen
ev-intro = « horsligne verify » heeft de openbare pagina van elke procedure gelezen en vergeleken met wat de catalogus opgeeft. Voor elk kanaal: bevestigd (de pagina geeft het opgegeven nummer of adres), tegengesproken (de pagina zegt het tegendeel: procedure alleen online, afspraak alleen online, betaalnummer), niet op de pagina, of zonder besluit (de pagina kon niet gelezen worden). De procedures waarvan de pagina de catalogus tegenspreekt, komen eerst. Elke pagina is gedateerd en geïdentificeerd door de SHA-256-vingerafdruk van haar inhoud (volledig in het JSON-rapport).
ev-contradicted-count = { $count ->
    [0] Geen enkele pagina spreekt de catalogus tegen.
    [one] { $count } procedure waarvan de pagina de catalogus tegenspreekt.
   *[other] { $count } procedures waarvan de pagina de catalogus tegenspreekt.
}
ev-nothing-read = Geen enkele pagina kon gelezen worden: niets is bewezen, in de ene of de andere zin.
ev-pages-caption = Gelezen pagina's
ev-channels-caption = Opgegeven kanalen en wat de pagina erover zegt
ev-col-page = Pagina
ev-col-state = Toestand
ev-col-http = HTTP
ev-col-fetched = Gelezen op
ev-col-hash = Vingerafdruk
ev-col-channel = Kanaal
ev-col-declared = Opgegeven in de catalogus
ev-col-verdict = Besluit
ev-col-basis = Gebaseerd op
ev-col-snippet = Uittreksel van de pagina
ev-role = { $role ->
    [online] e-dienst
   *[page] informatiepagina
}
ev-redirected = doorverwezen naar
ev-from-cache = (kopie uit de cache)
ev-reason = { $reason ->
    [timeout] tijd verstreken
    [bot_wall] bescherming tegen robots
    [robots_disallow] verboden door haar robots.txt
    [tls] TLS-fout
    [dns] domeinnaam niet gevonden (DNS)
    [private_address] privaat of lokaal adres geweigerd
    [too_large] pagina te groot
    [too_deep] pagina te diep genest
    [rate_limited] de server weigert (te veel verzoeken)
    [not_in_cache] niet in de cache (--offline)
    [unsupported_scheme] alleen http en https worden gelezen
    [too_many_redirects] te veel doorverwijzingen
   *[connection] verbinding onmogelijk
}
ev-basis = { $basis ->
    [number_on_page] het opgegeven nummer staat op de pagina
    [other_numbers] de pagina geeft andere nummers
    [premium_number] de pagina geeft een betaalnummer
    [no_number] geen nummer op de pagina
    [address_on_page] de opgegeven straat en postcode staan op de pagina
    [address_absent] de pagina geeft het opgegeven adres niet
    [online_only_wording] de pagina zegt dat de procedure alleen online kan
    [appointment_online_wording] de pagina zegt dat de afspraak alleen online te maken is
   *[page_unreadable] de pagina kon niet gelezen worden
}
ev-found = nummers op de pagina: { $numbers }
ev-found-addresses = adressen op de pagina: { $numbers }
ev-snippet = « { $snippet } »
ev-unreadable-channels = Zonder besluit, bij gebrek aan leesbare pagina: { $channels }.
ev-premium = Betaalnummers op de pagina: { $numbers }
ev-hours = Openingsuren vermeld op de pagina: { $hours }
diag-note = opmerking
