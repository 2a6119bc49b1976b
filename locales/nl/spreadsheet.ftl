## Rekenbladen: export, import (docs/spreadsheets.md)
sheet-bad-cell = blad « { $sheet } », kolom « { $header } »: « { $value } »; verwacht: { $expected }
sheet-unknown-column = blad « { $sheet } »: kolom « { $header } » onbekend in het sjabloon (de waarden zouden verloren gaan)
sheet-mixed-column = blad « { $sheet } »: de kolom « { $header } » staat in een andere taal dan de andere kolommen van het blad
sheet-missing-column = blad « { $sheet } »: de kolom « { $header } » ontbreekt
sheet-missing = het blad « { $sheet } » ontbreekt in het rekenblad
sheet-second-authority = blad « { $sheet } »: één bestuur per catalogus; deze regel is te veel
sheet-unreadable = rekenblad onleesbaar: { $error }
sheet-unknown-format = geen .xlsx- of .ods-rekenblad, en geen map met CSV-bestanden (procedures.csv, contacten.csv, bestuur.csv, uitzonderingen.csv, of hun Franse of Engelse namen)
sheet-csv-two-files = { $first } en { $second } zijn hetzelfde blad in twee talen: hou er maar één
export-written = { $path } geschreven ({ $procedures } procedures).
import-written = Catalogus geschreven in { $path } ({ $procedures } procedures).
import-exists = { $path } bestaat al: horsligne import schrijft nooit over een bestand. Kies een andere uitvoermap.
import-invalid = de geïmporteerde catalogus is niet geldig; er is niets geschreven
import-serialise = kan de catalogus niet in YAML schrijven: { $error }
xlsx-sheet-procedures = Procedures
xlsx-sheet-findings = Vaststellingen
xlsx-findings-count = vaststellingen
xlsx-offline = zonder internet
xlsx-limited = beperkt
xlsx-absent = afwezig
xlsx-needs-file = een xlsx-rekenblad wordt in een bestand geschreven: --format xlsx=audit.xlsx
sheet-cell = { $sheet }, rij { $row }, kolom { $header }: { $message }
sheet-date-day-first = { $sheet }, rij { $row }, kolom { $header }: « { $value } » gelezen met de dag eerst (dag/maand/jaar): { $reading }
sheet-read-as = { $sheet }, rij { $row }, kolom { $header }: « { $value } » gelezen als « { $reading } »

## Wat een cel had moeten bevatten (« verwacht: … »)
sheet-expected-hours = openingsuren in OpenStreetMap-formaat (Mo-Fr 09:00-12:00), docs/horaires.md
sheet-expected-number = een positief getal (12,50)
sheet-expected-date = een datum JJJJ-MM-DD of DD/MM/JJJJ
sheet-expected-url = een adres https://…
sheet-expected-value = een waarde
sheet-expected-contact-id = de ID van een contact
sheet-expected-unique-id = een unieke ID
sheet-expected-procedure-id = de ID van de procedure
sheet-expected-earlier-procedure = een procedure die op een vorige rij beschreven is
sheet-expected-title = de titel van de procedure
sheet-expected-reference = een code uit docs/references.md of een fiche van Service-Public.fr (F1427)
sheet-expected-exempted-procedure = de ID van een procedure uit het blad Procedures
sheet-expected-rule = de ID van een regel (NN-PHONE…)
sheet-expected-unique-procedure = een unieke ID (één rij per procedure; haar stappen vullen « Stap » in)
