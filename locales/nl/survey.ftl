# survey: meerdere besturen in één keer, vergeleken; history: hun evolutie.

survey-folder-missing = deze map bestaat niet: ze moet een catalogus per bestuur bevatten (elk een YAML-bestand of een map)
survey-folder-unreadable = kan deze map niet lezen: { $error }
survey-folder-empty = geen catalogus in deze map: zet er een YAML-bestand of een map per bestuur in
sv-none-loaded = geen enkele catalogus kon gelezen worden: de stand van zaken is leeg

sv-title = Stand van zaken van het recht op een niet-digitale overheid
sv-generated = Controles van { $date }, uitgevoerd met horsligne { $version }.
sv-summary-heading = In het kort
sv-headline = { $authorities_text } { $authorities ->
        [one] bestuur gecontroleerd
       *[other] besturen gecontroleerd
    } op { $date }: { $offline_text } procedures op { $procedures_text } kunnen zonder internet; { $online_only_text } { $online_only ->
        [one] kan alleen online
       *[other] kunnen alleen online
    }.
sv-headline-to-confirm = { $count_text } { $count ->
        [one] procedure moet nagekeken worden: ze telt
       *[other] procedures moeten nagekeken worden: ze tellen
    } niet als doenbaar zonder internet zolang geen kanaal bevestigd is.
sv-map-heading = Kaart
sv-map-title = Aandeel van de procedures die zonder internet kunnen, per bestuur
sv-map-desc = Hoe donkerder de kleur, hoe groter het aandeel van de procedures die zonder internet kunnen. Besturen zonder gegevens zijn gearceerd.
sv-map-class-0 = minder dan 20%
sv-map-class-1 = van 20 tot 40%
sv-map-class-2 = van 40 tot 60%
sv-map-class-3 = van 60 tot 80%
sv-map-class-4 = 80% en meer
sv-map-no-data = geen gegevens
sv-map-invalid-json = dit GeoJSON-bestand is geen geldige JSON: { $error }
sv-map-no-features = dit GeoJSON-bestand heeft geen lijst « features »: er is een FeatureCollection nodig
sv-authorities-heading = Per bestuur
sv-authorities-caption = Gecontroleerde procedures, mogelijk zonder internet, alleen online en vaststellingen, per bestuur
sv-sort-hint = Klik op een kolomtitel om de tabel te sorteren.
sv-n-of-m = { $n_text } op { $m_text } ({ $share })
sv-kinds-heading = Per soort procedure
sv-kinds-none = Geen enkele procedure kon van het ene bestuur met het andere vergeleken worden.
sv-kinds-caption = Elke soort procedure die bij meerdere besturen voorkomt
sv-kind-sentence = { $title }: alleen online bij { $online_only } { $authorities ->
        [one] bestuur
       *[other] besturen
    } op { $authorities } ({ $share }).
sv-matched-reference = referentie
sv-matched-title = zelfde titel
sv-unmatched = { $count ->
        [one] 1 procedure kon niet vergeleken worden (geen referentie, geen gedeelde titel)
       *[other] { $count } procedures konden niet vergeleken worden (geen referentie, geen gedeelde titel)
    }
sv-not-loaded-heading = Niet gelezen catalogi
sv-not-loaded = De catalogus « { $source } » kon niet gelezen worden ({ $count ->
        [one] 1 fout
       *[other] { $count } fouten
    }): hij wordt niet geteld.
sv-method-heading = Werkwijze
sv-method-offline = Een procedure « kan zonder internet » wanneer minstens één volledig traject via een loket, een telefoon waar een mens opneemt of de post loopt, zonder verplichte online stap. Ze is « alleen online » wanneer haar enige volledige traject via internet loopt.
sv-method-packs = Elk bestuur wordt gecontroleerd met de regels die erop van toepassing zijn (zijn land, zijn gewest, zijn niveau), zoals « horsligne audit » dat doet: de vaststellingen zijn dus alleen vergelijkbaar tussen besturen die door dezelfde teksten gebonden zijn.
sv-method-matching = De procedures worden samengebracht via hun referentie (fiche van Service-Public.fr of code van de lijst van gemeentelijke procedures); zonder referentie alleen wanneer de titel woord voor woord dezelfde is.
sv-sheet-authorities = Besturen
sv-sheet-kinds = Soorten procedures
sv-col-id = Id
sv-col-name = Bestuur
sv-col-country = Land
sv-col-region = Gewest
sv-col-procedures = Procedures
sv-col-offline = Zonder internet
sv-col-online-only = Alleen online
sv-col-unreachable = Onbereikbaar
sv-col-errors = Fouten
sv-col-warnings = Punten om te verbeteren
sv-col-infos = Informatie
sv-col-packs = Toegepaste teksten
sv-col-date = Datum van de controle
sv-col-source = Catalogus
sv-col-kind = Procedure
sv-col-matched-by = Samengebracht via
sv-col-key = Sleutel
sv-col-authorities = Besturen
sv-col-online-only-in = Alleen online bij

hi-error-sqlite = geschiedenis « { $file } »: { $error }
hi-error-too-new = de geschiedenis « { $file } » werd geschreven door een recentere versie van horsligne (schema { $version }): werk horsligne bij
hi-error-foreign = « { $file } » is een SQLite-databank die geen geschiedenis van horsligne is: ze wordt niet gewijzigd
hi-missing = de geschiedenis « { $file } » bestaat niet: maak ze met « horsligne survey MAP --history { $file } » of « horsligne audit --history { $file } »
hi-needs-source = geef een geschiedenis (BESTAND) of een catalogus die git volgt (--git CATALOGUS)
hi-git-no-commit = geen enkele commit heeft deze catalogus gewijzigd: er is geen evolutie te tonen
hi-git-skipped = commit { $commit }: de catalogus kon bij deze commit niet gelezen worden, hij wordt overgeslagen
hi-recorded = Controle bewaard in de geschiedenis « { $file } ».
hi-already-recorded = Deze controle stond al in de geschiedenis « { $file } »: er is niets toegevoegd.
hi-title = Evolutie van het recht op een niet-digitale overheid
hi-empty = De geschiedenis bevat nog geen enkele controle.
hi-point-first = { $count_text } { $count ->
        [one] procedure alleen online
       *[other] procedures alleen online
    } op { $date }
hi-point = { $count_text } op { $date }
hi-overall-heading = Overzicht
hi-chart-online-only = Procedures alleen online, controle na controle
hi-chart-offline-share = Aandeel van de procedures die zonder internet kunnen, controle na controle
hi-runs-caption = Elke bewaarde controle
hi-changes-heading = Wat er veranderd is
hi-no-change = Geen enkele procedure is van toegang veranderd van de ene controle naar de andere.
hi-change-online-only = kan nu alleen online
hi-change-unreachable = heeft geen enkel volledig traject meer
hi-change-fixed = kan opnieuw zonder internet
hi-authorities-heading = Per bestuur
hi-authorities-caption = Aandeel van de procedures die zonder internet kunnen bij de eerste en de laatste controle
hi-col-date = Datum
hi-col-label = Controle
hi-col-authorities = Besturen
hi-col-first = Eerste controle
hi-col-last = Laatste controle
