# Invoerfouten: wat er mis is in een bestand, gezegd met woorden
# in plaats van met die van de YAML-lezer.

diag-bad-date = datum onleesbaar

io-not-found = bestand of map niet gevonden
io-permission-denied = toegang geweigerd (rechten van het bestand)
io-is-a-directory = dit is een map, geen bestand
io-not-a-directory = een deel van het pad is geen map
io-invalid-data = inhoud onleesbaar
io-storage-full = schijf vol
io-read-only = bestandssysteem alleen-lezen
io-already-exists = het bestand bestaat al
io-other = invoer-uitvoerfout

load-no-default-catalog = geen map « catalog » hier: welke catalogus moet gelezen worden?
load-no-default-catalog-help = geef het pad van de catalogus, bijvoorbeeld « horsligne audit mijn-gemeente/ ».
    { first-steps }

diag-warning = let op
## Lezen van de bestanden van de gebruiker (catalogus, pakketten, formuleringen, referentie, bewaard rapport)

input-not-regular = dit is geen gewoon bestand ({ $kind }): het wordt niet gelezen
input-not-regular-help = geef het pad van een tekstbestand dat op de schijf bewaard is; verwijder in een catalogusmap deze koppeling of hernoem ze zonder de extensie .yaml
input-kind-directory = een map
input-kind-device = een apparaat
input-kind-fifo = een benoemde pijp, waarvan het lezen eindeloos zou wachten
input-kind-socket = een socket
input-kind-pseudo-file = een systeembestand, waarvan de opgegeven grootte niet de inhoud is
input-not-text = het bestand bevat een stuurteken (U+{ $code }): dit is geen tekstbestand, de inhoud wordt niet getoond
input-not-text-help = een catalogus, een pakket of een rapport is tekst (YAML of JSON); dit bestand is wellicht binair of beschadigd
