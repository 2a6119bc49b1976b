## Tableurs : export, import (docs/spreadsheets.md)
sheet-bad-cell = { $sheet }, ligne { $row }, colonne { $header } : « { $value } » ; attendu : { $expected }
sheet-unknown-column = feuille « { $sheet } » : colonne « { $header } » inconnue du modèle (ses valeurs seraient perdues)
sheet-mixed-column = feuille « { $sheet } » : la colonne « { $header } » est dans une autre langue que les autres colonnes de la feuille
sheet-missing-column = feuille « { $sheet } » : la colonne « { $header } » manque
sheet-missing = la feuille « { $sheet } » manque au classeur
sheet-second-authority = feuille « { $sheet } » : une seule autorité par catalogue ; cette ligne est en trop
sheet-unreadable = classeur illisible : { $error }
sheet-unknown-format = ni un classeur .xlsx ou .ods, ni un dossier de fichiers CSV (demarches.csv, contacts.csv, autorite.csv, exemptions.csv, ou leurs noms en néerlandais ou en anglais)
sheet-csv-two-files = { $first } et { $second } sont la même feuille en deux langues : gardez-en un seul
export-written = { $path } écrit ({ $procedures } démarches).
import-written = Catalogue écrit dans { $path } ({ $procedures } démarches).
import-exists = { $path } existe déjà : horsligne import n'écrit jamais par-dessus un fichier. Choisissez un autre dossier de sortie.
import-invalid = le catalogue importé ne se valide pas ; rien n'a été écrit
import-serialise = impossible d'écrire le catalogue en YAML : { $error }
xlsx-sheet-procedures = Démarches
xlsx-sheet-findings = Constats
xlsx-findings-count = constats
xlsx-offline = sans internet
xlsx-limited = limité
xlsx-absent = absent
xlsx-needs-file = un classeur xlsx s'écrit dans un fichier : --format xlsx=audit.xlsx
sheet-cell = { $sheet }, ligne { $row }, colonne { $header } : { $message }
sheet-read-as = { $sheet }, ligne { $row }, colonne { $header } : « { $value } » lu comme « { $reading } »
sheet-date-day-first = { $sheet }, ligne { $row }, colonne { $header } : « { $value } » lu jour d'abord (jour/mois/année) : { $reading }

## Ce qu'une cellule devait contenir (« attendu : … »)
sheet-expected-hours = des horaires OpenStreetMap (Mo-Fr 09:00-12:00), docs/horaires.md
sheet-expected-number = un nombre positif (12,50)
sheet-expected-date = une date AAAA-MM-JJ ou JJ/MM/AAAA
sheet-expected-url = une adresse https://…
sheet-expected-value = une valeur
sheet-expected-contact-id = un identifiant de contact
sheet-expected-unique-id = un identifiant unique
sheet-expected-procedure-id = l'identifiant de la démarche
sheet-expected-earlier-procedure = une démarche décrite sur une ligne précédente
sheet-expected-title = l'intitulé de la démarche
sheet-expected-reference = un code de docs/references.md ou une fiche Service-Public.fr (F1427)
sheet-expected-exempted-procedure = l'identifiant d'une démarche de la feuille Démarches
sheet-expected-rule = l'identifiant d'une règle (NN-PHONE…)
sheet-expected-unique-procedure = un identifiant unique (une ligne par démarche ; ses étapes remplissent « Étape »)
