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
