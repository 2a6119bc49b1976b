# Aanvullingen voor de shells en handleidingpagina's (horsligne completions, horsligne manpage).

## Berichten van de opdrachten
manpage-written = { $count ->
    [one] 1 handleidingpagina geschreven in { $dir }
   *[other] { $count } handleidingpagina's geschreven in { $dir }
}

## Handleidingpagina
manpage-manual = Handleiding van horsligne
manpage-section-name = NAAM
manpage-section-synopsis = OVERZICHT
manpage-section-description = BESCHRIJVING
manpage-section-options = OPTIES
manpage-section-subcommands = SUBOPDRACHTEN
manpage-section-notes = OPMERKINGEN
manpage-section-version = VERSIE
manpage-section-authors = AUTEURS
manpage-section-exit-status = AFSLUITCODES
manpage-section-environment = OMGEVING
manpage-section-see-also = ZIE OOK
manpage-exit-clean = In orde: geen vaststelling op de drempel van --fail-on.
manpage-exit-findings = Vaststellingen bereiken de drempel van --fail-on (standaard: de fouten).
manpage-exit-input = Fout in het gebruik of de invoer: er wordt niets gecontroleerd, en alle fouten van alle bestanden worden in één keer opgesomd.
manpage-env-lang = Taal van de berichten en de rapporten (fr, en of nl) wanneer --lang niet gegeven is; anders de taal van de systeemlocale (LC_ALL, LC_MESSAGES, LANG: nl_BE wordt nl), anders Frans.
manpage-env-no-color = Indien gezet en niet leeg: geen kleuren, zoals met --color never.
manpage-see-also-docs = De volledige documentatie (formaat van de catalogus, regels, rapporten, CI) staat in de map docs/ van de broncode: https://github.com/horsligne/horsligne
