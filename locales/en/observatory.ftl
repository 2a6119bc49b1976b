# National observatory (issue 26): findings about contact details read from open data.
check-contact-number-unreadable = the number "{ $number }" of the { $channel } contact "{ $contact }" cannot be read in the numbering plan: residents cannot call it; check it with the service
check-contact-address-incomplete = the address "{ $address }" of the { $channel } contact "{ $contact }" is incomplete (missing: { $missing }): residents cannot go or write there
check-contact-hours-suspicious = the opening hours of the { $channel } contact "{ $contact }" hold spans that cannot be an opening as written ({ $slots }): they are not counted; check them with the service
sv-duplicate-id = Authority "{ $id }" is given by several catalogues ({ $sources }): all are audited and listed; check which one is right.
sv-duplicates-heading = Ids given by several catalogues
sv-loud-not-loaded = { $not_loaded } { $not_loaded ->
        [one] catalogue of { $total } could not be read and is not counted
       *[other] catalogues of { $total } could not be read and are not counted
    }{ $duplicates ->
        [0] {""}
       *[other] ; { $duplicates } ids are given by several catalogues
    } (see the report). To accept this: --accept-not-loaded.
sv-loud-not-loaded-accepted = { $not_loaded } { $not_loaded ->
        [one] catalogue of { $total } could not be read and is not counted
       *[other] catalogues of { $total } could not be read and are not counted
    }{ $duplicates ->
        [0] {""}
       *[other] ; { $duplicates } ids are given by several catalogues
    } (see the report; accepted with --accept-not-loaded).
sv-loud-duplicates = { $duplicates } { $duplicates ->
        [one] id is given
       *[other] ids are given
    } by several catalogues: all are audited (see the report).
report-contact-subject = contact "{ $contact }" ({ $count ->
        [one] 1 procedure
       *[other] { $count } procedures
    }: { $procedures })
cli-arg-accept-not-loaded = Exit 0 even when some catalogues could not be read (they are still counted on the terminal and listed in every report).
sv-rules-heading = Findings by rule
sv-rules-caption = Each rule not met: active findings, authorities concerned, and the spread between regions and between départements
sv-col-rule = Rule
sv-col-findings = Findings
sv-col-concerned = Authorities concerned
sv-col-spread-region = By region
sv-col-spread-departement = By département
sv-spread = from { $low } ({ $low_key }) to { $high } ({ $high_key })
sv-groups-heading = By territory
sv-groups-caption = Share of authorities concerned by each rule: { $dimension }
sv-dim-region = region
sv-dim-departement = département
sv-dim-level = level
sv-dim-population_band = population band
pack-threshold-none = rule { $id } has no single numeric threshold to set: --threshold applies only to rules that have one (e.g. NN-COUNTER-HOURS=20)
sv-threshold-malformed = "{ $text }" is not a threshold: write RULE=VALUE, e.g. NN-COUNTER-HOURS=20
sv-method-threshold = Threshold set for this survey: { $rule } = { $value } (instead of its rule pack's value).
cli-arg-thresholds = Sets a rule's threshold for this run, e.g. NN-COUNTER-HOURS=20 (repeatable); the reports say which value was used.
cli-value-value = VALUE
sv-indicator-hours = Counter: open { $median } h a week at the median ({ $known } { $known ->
        [one] authority
       *[other] authorities
    } of { $total } whose hours are known).
sv-indicator-saturday = Open on Saturday: { $open } of { $known } ({ $share }) among counters whose week is known.
sv-indicator-phone = Phone (each authority's dearest line):
sv-phone-free = free
sv-phone-standard = ordinary rate
sv-phone-premium = premium
sv-phone-unknown = tariff to confirm
sv-phone-none = none
sv-col-code = Official code
sv-col-departement = Département
sv-col-population = Population
sv-col-counter-hours = Counter hours a week
sv-col-saturday = Open on Saturday
sv-col-phone-class = Phone class
sv-counter-hours-sentence = The counter of { $share } of authorities ({ $concerned_text } of { $authorities_text }) is open less than { $threshold } hours a week (rule { $rule }).
sv-counter-hours-by-region = By region: { $spread }.
sv-counter-hours-by-departement = By département: { $spread }.
sv-value-hours = { $hours } h
sv-rankings-heading = Best and worst placed
sv-rank-counter_hours_per_week = Counter opening hours a week
sv-rank-offline_share = Share of procedures doable without the internet
sv-ranking-known = Ranked among { $known_text } { $known ->
        [one] authority whose value is known
       *[other] authorities whose value is known
    } (ties in id order).
sv-ranking-best = { $indicator }: { $count ->
        [one] the best placed
       *[other] the { $count } best placed
    }
sv-ranking-worst = { $indicator }: { $count ->
        [one] the worst placed
       *[other] the { $count } worst placed
    }
sv-col-rank = Rank
sv-sheet-rules = Findings by rule
sv-sheet-rankings = Rankings
sv-col-dimension = Grouping
sv-col-group = Group
sv-dim-total = all
sv-col-share = Share of authorities
sv-col-indicator = Indicator
sv-col-list = List
sv-col-value = Value
sv-list-best = best placed
sv-list-worst = worst placed
sv-map-hours-title = Counter opening hours a week, by authority
sv-map-hours-desc = The darker the colour, the longer the counter is open; each class is named in the legend. Authorities whose hours are unknown are hatched.
sv-map-hours-class-0 = under 10 h
sv-map-hours-class-1 = 10 to 20 h
sv-map-hours-class-2 = 20 to 30 h
sv-map-hours-class-3 = 30 to 40 h
sv-map-hours-class-4 = 40 h and more
sv-site-title = Observatory of the right to non-digital access
sv-site-nav = Navigation
sv-site-home = National page
sv-site-region-title = Region { $name }
sv-site-departement-title = Département { $name }
sv-site-page-of = Page { $page } of { $pages }
sv-site-pages = Pages of the list
sv-site-authorities-heading = Authorities
sv-site-authorities-caption = Authorities in alphabetical order: counter hours, procedures doable without the internet, findings
sv-site-all-authorities = All authorities
sv-site-all-link = The list of the { $count_text } { $count ->
        [one] authority
       *[other] authorities
    }, each with its report and its residents' guide
sv-site-regions-heading = By region
sv-site-departements-heading = By département
sv-site-col-counter-under = Counter open less than { $threshold } h
sv-site-downloads-heading = Download the data
sv-site-download-csv = CSV table (one row per authority)
sv-site-download-xlsx = xlsx workbook (authorities, kinds of procedure, findings by rule, rankings)
sv-site-download-json = JSON data (its schema: horsligne schema survey)
sv-site-evolution = Evolution from one survey to the next
sv-site-chart-regions-title = Share of authorities whose counter is open less than { $threshold } hours a week, by region
sv-site-chart-rules-title = Share of authorities concerned, by rule
sv-site-chart-desc = Bar chart: each row's share is written at the end of its bar, and the same figures are in the page's tables.
sv-site-group-counter-hours = The counter of { $share } of this territory's authorities ({ $concerned_text } of { $authorities_text }) is open less than { $threshold } hours a week (rule { $rule }).
sv-site-not-loaded = Catalogues not read: { $not_loaded }; ids given by several catalogues: { $duplicates } (see the downloadable data).
sv-site-report = Audit report
sv-site-guide = Residents' guide
sv-site-no-documents = This authority's report and guide could not be made again
sv-site-map-too-large = This territory's map is too detailed for one page: it is on its départements' pages.
sv-site-unknown = to confirm
sv-site-not-a-folder = this is not a folder: --site expects a folder (created if missing); nothing is written
sv-site-not-a-site = this folder is not empty and is not a site written by horsligne (no readable horsligne-site.json): nothing is written in it; choose a new or empty folder
sv-site-foreign-file = this file was not written by horsligne and a page of the site would take its place: nothing is written
sv-site-written = Site written in { $dir } ({ $files } files).
cli-arg-site = Writes a static observatory into this folder: national page, one page per region and département, one per authority (its report and guide), the data; created if missing, or updated if horsligne wrote it.
cli-arg-map-indicator = What colours the map (--map): offline_share (share of procedures doable without the internet) or counter_hours_per_week (counter hours a week).
cli-value-indicator = INDICATOR
