#!/usr/bin/env bash
# Writes a synthetic catalogue of N procedures (default 100000) to FILE: a mix
# of offline, online-only, info-only phone and stepped procedures over 40
# services, so every report section and chart has work to do.
#   bench/gen-catalog.sh FILE [N]
set -euo pipefail
file=${1:?usage: gen-catalog.sh FILE [N]}
n=${2:-100000}
awk -v n="$n" 'BEGIN {
  print "version: 1"
  print "authority:"
  print "  id: fr-99998"
  print "  name: Grande ville de banc d essai"
  print "  country: FR"
  print "  level: commune"
  print "  mediator: mediation"
  print "contacts:"
  print "  accueil:"
  print "    kind: counter"
  print "    name: Accueil"
  print "    address: 1 place de la Mairie, 69000 Ville"
  print "    opening_hours: \"Mo-Fr 08:30-12:00,13:30-17:00; Sa 09:00-12:00\""
  print "    appointment: optional"
  print "    booking: [phone, counter]"
  print "  standard:"
  print "    kind: phone"
  print "    number: \"+33 4 78 55 21 00\""
  print "    opening_hours: \"Mo-Fr 08:30-12:00,13:30-17:00\""
  print "    answered_by: human"
  print "  courrier:"
  print "    kind: postal"
  print "    address: Mairie, 1 place de la Mairie, 69000 Ville"
  print "  mediation:"
  print "    kind: counter"
  print "    name: Médiation"
  print "    address: 2 rue des Tilleuls, 69000 Ville"
  print "    opening_hours: \"Tu,Th 14:00-17:00\""
  print "procedures:"
  for (i = 0; i < n; i++) {
    printf "  - id: demarche-%d\n    title: Démarche numéro %d\n    service: Service %d\n    reviewed: 2026-01-%02d\n", i, i, i % 40, 1 + i % 28
    kind = i % 4
    if (kind == 0) {
      print "    channels:\n      counter: { contact: accueil }\n      phone: { contact: standard }\n      postal: { contact: courrier }"
    } else if (kind == 1) {
      print "    channels:\n      online: { url: \"https://demarches.example/" i "\" }\n      phone: { contact: standard, covers: info }"
    } else if (kind == 2) {
      print "    channels:\n      online: { url: \"https://demarches.example/" i "\" }\n      counter: { contact: accueil }\n      postal: { contact: courrier }"
    } else {
      print "    steps:\n      - name: Dépôt\n        channels:\n          counter: { contact: accueil }\n          postal: { contact: courrier }\n      - name: Retrait\n        channels:\n          counter: { contact: accueil }"
    }
  }
}' > "$file"
