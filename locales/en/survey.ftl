# survey: many authorities at once, compared; history: how they evolve.

survey-folder-missing = this folder does not exist: it must hold one catalogue per authority (a YAML file or a folder each)
survey-folder-unreadable = cannot read this folder: { $error }
survey-folder-empty = no catalogue in this folder: put a YAML file or a folder per authority in it
sv-none-loaded = no catalogue could be read: the survey is empty

sv-title = Survey of the right to non-digital access
sv-generated = Audits of { $date }, made with horsligne { $version }.
sv-summary-heading = In short
sv-headline = { $authorities_text } { $authorities ->
        [one] authority audited
       *[other] authorities audited
    } on { $date }: { $offline_text } of { $procedures_text } { $procedures ->
        [one] procedure
       *[other] procedures
    } can be done without the internet; { $online_only_text } { $online_only ->
        [one] is online only
       *[other] are online only
    }.
sv-headline-to-confirm = { $count_text } { $count ->
        [one] procedure is to confirm: it does
       *[other] procedures are to confirm: they do
    } not count as doable without the internet until a channel is confirmed.
sv-map-heading = Map
sv-map-title = Share of procedures that can be done without the internet, by authority
sv-map-desc = The darker the colour, the larger the share of procedures that can be done without the internet. Authorities without data are hatched.
sv-map-class-0 = under 20%
sv-map-class-1 = 20 to 40%
sv-map-class-2 = 40 to 60%
sv-map-class-3 = 60 to 80%
sv-map-class-4 = 80% and over
sv-map-no-data = no data
sv-map-invalid-json = this GeoJSON file is not valid JSON: { $error }
sv-map-no-features = this GeoJSON file has no "features" list: a FeatureCollection is needed
sv-authorities-heading = By authority
sv-authorities-caption = Procedures audited, doable without the internet, online only, and findings, by authority
sv-sort-hint = Click a column heading to sort the table.
sv-n-of-m = { $n_text } of { $m_text } ({ $share })
sv-kinds-heading = By kind of procedure
sv-kinds-none = No procedure could be compared from one authority to another.
sv-kinds-caption = Each kind of procedure found in several authorities
sv-kind-sentence = { $title }: online only in { $online_only } of { $authorities } { $authorities ->
        [one] authority
       *[other] authorities
    } ({ $share }).
sv-matched-reference = reference
sv-matched-title = same title
sv-unmatched = { $count ->
        [one] 1 procedure could not be compared (no reference, no shared title)
       *[other] { $count } procedures could not be compared (no reference, no shared title)
    }
sv-not-loaded-heading = Catalogues not read
sv-not-loaded = The catalogue "{ $source }" could not be read ({ $count ->
        [one] 1 error
       *[other] { $count } errors
    }): it is not counted.
sv-method-heading = Method
sv-method-offline = A procedure "can be done without the internet" when at least one complete route goes through a counter, a phone line answered by a person, or post, with no mandatory online step. It is "online only" when its only complete route needs the internet.
sv-method-packs = Each authority is audited with the rules that apply to it (its country, region and level), as "horsligne audit" does: findings are only comparable between authorities bound by the same texts.
sv-method-matching = Procedures are matched by their reference (a Service-Public.fr sheet or a code from the list of municipal procedures); without a reference, only when the title is word for word the same.
sv-sheet-authorities = Authorities
sv-sheet-kinds = Kinds of procedure
sv-col-id = Id
sv-col-name = Authority
sv-col-country = Country
sv-col-region = Region
sv-col-procedures = Procedures
sv-col-offline = Without the internet
sv-col-online-only = Online only
sv-col-unreachable = Unreachable
sv-col-errors = Errors
sv-col-warnings = Points to improve
sv-col-infos = Information
sv-col-packs = Texts applied
sv-col-date = Audit date
sv-col-source = Catalogue
sv-col-kind = Procedure
sv-col-matched-by = Matched by
sv-col-key = Key
sv-col-authorities = Authorities
sv-col-online-only-in = Online only in

hi-error-sqlite = history "{ $file }": { $error }
hi-error-too-new = the history "{ $file }" was written by a newer horsligne (schema { $version }): update horsligne
hi-error-foreign = "{ $file }" is an SQLite database that is not a horsligne history: it is left unchanged
hi-missing = the history "{ $file }" does not exist: create it with "horsligne survey FOLDER --history { $file }" or "horsligne audit --history { $file }"
hi-needs-source = give a history (FILE) or a catalogue tracked by git (--git CATALOGUE)
hi-git-no-commit = no commit changed this catalogue: there is no evolution to show
hi-git-skipped = commit { $commit }: the catalogue could not be read at this commit; it is skipped
hi-recorded = Audit recorded in the history "{ $file }".
hi-already-recorded = This audit was already in the history "{ $file }": nothing was added.
hi-title = Evolution of the right to non-digital access
hi-empty = The history holds no audit yet.
hi-point-first = { $count_text } online-only { $count ->
        [one] procedure
       *[other] procedures
    } on { $date }
hi-point = { $count_text } on { $date }
hi-overall-heading = Overview
hi-chart-online-only = Online-only procedures, audit after audit
hi-chart-offline-share = Share of procedures doable without the internet, audit after audit
hi-runs-caption = Each recorded audit
hi-changes-heading = What changed
hi-no-change = No procedure changed access from one audit to the next.
hi-change-online-only = became online only
hi-change-unreachable = has no complete route any more
hi-change-fixed = can be done without the internet again
hi-authorities-heading = By authority
hi-authorities-caption = Share of procedures doable without the internet at the first and last audit
hi-col-date = Date
hi-col-label = Audit
hi-col-authorities = Authorities
hi-col-first = First audit
hi-col-last = Last audit
