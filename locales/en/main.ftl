# The tool's own words, in English.
# Rule texts (titles, why, how to fix) are in rules/*.yaml.

## Channels
channel-online = Online
channel-counter = Counter
channel-phone = Phone
channel-postal = Post
channel-email = Email
channel-other_offline = Other (offline)

## Diagnostics (input errors)
diag-error = error
diag-note = note
diag-help = help
diag-summary = { $count ->
    [one] 1 input error: nothing was audited.
   *[other] { $count } input errors: nothing was audited.
}
diag-did-you-mean = did you mean `{ $candidate }`?
diag-valid-values = valid values: { $values }
diag-unknown-key = unknown key `{ $key }`
diag-unknown-value = unknown value `{ $value }`
diag-missing-key = missing required key `{ $key }`
diag-yaml = invalid YAML: { $detail }
diag-date-help = a date is written YYYY-MM-DD, e.g. 2025-06-01
diag-bool-help = expected: true or false
diag-mapping-help = write `key: value`, one per line, indented under the key; or false for a channel not offered
diag-sequence-help = write one item per line starting with `- `, or [a, b]
diag-tabs-help = YAML does not allow tabs for indentation: use spaces.

## Loading
load-cannot-open = cannot open: { $error }
load-no-yaml = this directory holds no .yaml or .yml file
load-too-large = file too large ({ $size }, limit { $limit })
load-too-large-help = a catalogue is a few hundred kilobytes; if this file really is one, raise the limit with --max-file-size
load-not-utf8 = the file is not UTF-8 (invalid byte here)
load-not-utf8-help = save the file as UTF-8 (in most editors: "Save as", encoding UTF-8)
load-empty-file = empty file
load-duplicate-version = `version: { $version }` differs from `version: { $first_version }` given in { $first }: every file of a catalogue has the same version
load-duplicate-authority = `authority` already given in { $first }: one authority per catalogue
load-duplicate-contact = contact `{ $id }` already defined in { $first }
load-duplicate-procedure = procedure `{ $id }` already defined at { $first }
load-missing-version = no file gives `version: 1`
load-unsupported-version = format version { $version } is not supported (expected: 1)
load-missing-authority = no file describes the authority (`authority:`)
load-no-procedures = the catalogue holds no procedure
load-no-procedures-help = an audit of nothing would prove nothing: add a `procedures:` list

## Resolution
resolve-bad-country = invalid country code `{ $value }`: two upper-case ISO 3166-1 letters (FR, BE, CH...)
resolve-unknown-contact = contact `{ $id }` not found in `contacts`
resolve-wrong-kind = contact `{ $id }` is of kind { $kind }, expected: { $expected }
resolve-bad-hours = opening hours `{ $value }` cannot be read: { $detail }
resolve-bad-hours-help = write opening hours in OpenStreetMap syntax: "Monday to Friday 8:30 to 12:00" is "Mo-Fr 08:30-12:00", "Saturday 9:00 to 12:00" is "Sa 09:00-12:00"; separate days with ";" (cheat sheet: docs/horaires.en.md)
resolve-bad-phone = `{ $value }` is not a phone number
resolve-invalid-phone = `{ $value }` is not a valid number of the numbering plan ({ $country })
resolve-bad-phone-help = write the number as it is dialled, e.g. "04 78 03 67 67" or "+33 4 78 03 67 67"
resolve-duplicate-step = two steps are named `{ $name }`
resolve-inline-kind = a contact of kind { $kind } cannot be a { $channel } channel
resolve-misplaced-field = `{ $field }` only makes sense on the { $owner } channel, not { $channel }
resolve-missing-replaces = `other_offline` must say which channel it replaces (`replaces: counter | phone | postal`)
resolve-empty-channel = { $channel } channel without a contact: give `contact: <id>` or its details
resolve-negative = `{ $field }`: values must be positive

## Packs
pack-duplicate-id = pack `{ $id }` already defined in { $first }
pack-duplicate-rule = rule `{ $id }` already defined in { $first }: an id is used once
pack-no-rules = this pack holds no rule
pack-bad-effective = `effective_until` is before `effective_from`
pack-unconfirmed-error = rule { $id } is unconfirmed (confidence: unconfirmed): it cannot be an error
pack-supersedes-unknown = `supersedes` or `absorbs` names an unknown rule: { $id }
pack-unknown = unknown pack: { $id }
pack-unknown-rule = unknown rule: { $id }
pack-none-selected = no pack applies to this catalogue: choose some with --pack
pack-status-in_force = law in force
pack-status-bill = bill
pack-status-recommendation = recommendation
pack-status-local_policy = local commitment
severity-error = error
severity-warning = warning
severity-info = info
confidence-confirmed = confirmed in the text
confidence-secondary = secondary source
confidence-interpretation = interpretation
confidence-unconfirmed = unconfirmed

## Findings
check-channel-missing = no { $channel ->
    [counter] counter
    [phone] phone
    [postal] postal
   *[other] { $channel }
} channel through which the whole procedure can be done
check-channel-not-offline = the { $channel ->
    [counter] counter
    [phone] phone
    [postal] postal
   *[other] { $channel }
} channel does not count as an offline alternative: { $reason ->
    [why-partial] it covers only part of the procedure
    [why-info-only] it gives information only
    [why-digital] it goes through the internet
    [why-booking-online] appointments can only be booked online
    [why-form-download] the form can only be downloaded
    [why-self-service] it is a self-service kiosk: nobody there to help
    [why-booking-machine] the appointment can only be booked on a phone line nobody answers
    [why-to-confirm] it is still to be confirmed (marked `to_confirm`)
   *[why-machine-only] nobody answers, only a voice server or a bot
}
check-channel-equivalent-refused = the { $channel ->
    [counter] counter
    [phone] phone
    [postal] postal
   *[other] { $channel }
} channel is missing; the replacement channel (other_offline) is not accepted by this text
check-online-only = online-only procedure: no offline channel lets people do it
check-online-only-step = online-only step: a person without the internet is stopped here
check-unreachable = no channel lets people do the whole procedure: the catalogue entry is incomplete
check-booking-online-only = appointments at counter "{ $contact }" can only be booked online or by email
check-booking-unspecified = counter "{ $contact }" requires an appointment without saying how to book it
check-form-download-only = form "{ $form }" can only be obtained by downloading it
check-phone-machine = at { $number } nobody answers: only a voice server or a bot
check-phone-premium = { $number } is a premium-rate number
check-phone-not-free = { $number } is not free of charge
check-phone-tariff-unknown = the tariff of { $number } cannot be derived from the number: declare `tariff: free | standard | premium`
check-hours-too-few = { $channel ->
    [counter] counter
    [phone] phone line
   *[other] { $channel }
} open only { $hours } h a week (minimum { $min } h): "{ $text }"
check-fee-higher = doing the procedure by { $channel ->
    [counter] the counter
    [phone] phone
    [postal] post
   *[other] another channel
} costs €{ $fee } against €{ $online } online
check-delay-longer = by { $channel ->
    [counter] the counter
    [phone] phone
    [postal] post
   *[other] another channel
}, { $days } days of processing against { $online } online (more than { $ratio } times longer)
check-digital-prerequisite = the { $channel ->
    [counter] counter
    [phone] phone
    [postal] postal
   *[other] { $channel }
} channel first requires: { $requires }
check-teleservice-no-basis = mandatory teleservice without the text that imposes it (`legal_basis`)
check-teleservice-no-substitute = no offline substitute when the teleservice fails (`substitute`)
check-teleservice-no-assistance = no assistance that people without digital tools can reach for the mandatory teleservice (`assistance`)
check-deadline-no-postal = procedure with a deadline that cannot be sent by post (postmark as proof)
check-no-mediator = no mediator designated to help people do procedures without the internet (`authority.mediator`)
check-never-reviewed = the entry was never checked (`reviewed`)
check-review-stale = entry last checked on { $date }, more than { $months } months ago
check-exemption-no-reason = the exemption for { $rule } gives no reason
check-exemption-no-reference = the exemption for { $rule } cites no reference (decision, text)
check-exemption-no-until = the exemption for { $rule } has no end date (`until`)
check-exemption-expired = the exemption for { $rule } expired on { $date }: the finding is back
check-exemption-ground-refused = ground `{ $ground }` is not accepted by the text of { $rule }
check-exemption-unknown-rule = the exemption names { $rule }, which is not a rule of this audit
check-exemption-unused = the exemption for { $rule } covers no finding: remove it

## Digital prerequisites
requirement-account = an online account
requirement-email = an email address
requirement-smartphone = a smartphone
requirement-app = an app
requirement-qr_code = a QR code
requirement-eid = a digital identity (FranceConnect, itsme)
requirement-scan_upload = scanned documents to upload
requirement-online_payment = an online payment
requirement-captcha = a captcha

## Not applicable
na-not-procedure-check = authority-level check
na-not-authority-check = procedure-level check
na-retired = retired procedure
na-no-appointment = no counter with a mandatory appointment
na-no-paper-form = no paper form
na-no-phone = no phone channel
na-no-hours = opening hours of the { $channel } channel not given
na-hours-channel-to-confirm = { $channel } channel to confirm: only its contact's hours are evaluated
na-no-online-fee = no online fee to compare with
na-no-online-delay = no online delay to compare with
na-no-mandatory-online = no mandatory teleservice
na-no-deadline = no deadline

## Terminal report
report-title = Audit of the right to non-digital access
report-packs = Texts applied:
report-authority = (authority)
report-legend = ✔ offline, whole procedure   ◐ offered but does not count (partial, information, online booking...)   ✘ absent   ● online
report-severity-heading = { $severity ->
    [error] Errors
    [warning] Warnings
   *[info] Information
} ({ $count })
report-exempted-heading = Accepted exemptions ({ $count })
report-summary = { $procedures ->
    [one] { $procedures } procedure audited
   *[other] { $procedures } procedures audited
}: { $compliant } compliant, { $online_only } online-only, { $unreachable } unreachable · { $errors ->
    [one] { $errors } error
   *[other] { $errors } errors
}, { $warnings ->
    [one] { $warnings } warning
   *[other] { $warnings } warnings
}, { $infos } info, { $exempted } exempted
col-procedure = Procedure
col-service = Service
col-access = Without internet?
col-findings = Findings
access-offline = yes
access-online-only = ONLINE ONLY
access-unreachable = unreachable
access-retired = retired

## Command line
output-cannot-write = cannot write this file: { $error }
cli-several-stdout = several formats to standard output: give a file to all but one (--format json=audit.json)
cli-output-is-input = { $path }: this output file would overwrite an input of the command ({ $input }): choose another file
cli-output-is-dir = { $path } is a directory: give a file name for the report (e.g. report.html)
baseline-exists = the baseline { $path } already exists: `baseline create` does not replace it
baseline-exists-help = `horsligne baseline update` adds today's findings to it (with --prune, drops those that match nothing any more); or delete the file
validate-ok = { $path }: valid catalogue ({ $procedures ->
    [one] { $procedures } procedure
   *[other] { $procedures } procedures
}, { $files ->
    [one] { $files } file
   *[other] { $files } files
})

## Rule documentation
doc-title = horsligne rules
doc-generated = Generated by `horsligne rules docs` from rules/*.yaml; `horsligne rules explain <ID>` prints the same section.
doc-pack = Pack:
doc-status = Status:
doc-scope = Applies to:
doc-scope-all = every catalogue
doc-opt-in = only on request, with --pack
doc-sources = Sources:
doc-severity = Severity:
doc-severity-by-level = Severity by level:
doc-slug = Slug:
doc-confidence = Confidence:
doc-check = Check:
doc-citation = Legal basis:
doc-why = Why:
doc-fix = How to fix:
doc-exemptions = Exemptions accepted:
doc-no-exemption = none
doc-supersedes = Supersedes:
doc-effective-from = In force since:
doc-example-fail = Failing example:
doc-example-pass = Passing example:

## Check documentation
check-doc-channel_offered = The procedure, and each of its steps, can be done in full through this offline channel. A channel giving information only, a counter booked only online, a form only downloadable or a phone without a human does not count. With `accept_equivalent`, an `other_offline` channel replacing it counts instead.
check-doc-not_online_only = The procedure, and each of its steps, has at least one offline channel. One online-only step makes the whole procedure online-only.
check-doc-reachable = The procedure has at least one channel, online or not, through which it can be done in full. Otherwise the catalogue entry is incomplete.
check-doc-booking_offline = A counter with a mandatory appointment can be booked without the internet (phone, counter, post).
check-doc-paper_form_offline = When postal sending needs a paper form, the form can be obtained without the internet (counter, post, phone).
check-doc-phone_human = The phone line reaches a person, not only a voice server or a bot.
check-doc-phone_tariff = A call costs no more than `max` (`standard`: not surcharged; `free`: free). The tariff is the declared one, else derived from the number; when it cannot be derived (3BPQ short numbers) it is never assumed free.
check-doc-opening_hours_min = The counter or phone line opens at least `min_hours_per_week` hours a week (OpenStreetMap opening hours).
check-doc-fee_parity = Doing the procedure offline costs no more than online.
check-doc-delay_parity = Offline processing takes no more than `max_ratio` times as long as online.
check-doc-no_digital_prerequisite = An offline channel requires nothing digital first (online account, pre-application, email, smartphone...).
check-doc-teleservice_safeguards = A mandatory teleservice names the text imposing it, offers an offline substitute and assistance (Conseil d'État, 3 June 2022).
check-doc-deadline_postal = A procedure with a deadline accepts postal sending, the postmark being proof.
check-doc-mediator_designated = The authority designates a person who helps with procedures without the internet, reachable offline.
check-doc-exemption_valid = Each exemption is justified, referenced, dated, on a ground the text accepts, unexpired and in use. Otherwise it does not apply and is reported.
check-doc-reviewed_recently = The catalogue entry was checked within the last `max_months` months.

## Rule packs (jurisdiction packs, examples, documentation)
check-doc-human_contact = Somewhere in the procedure a person can be reached without the internet: a counter not booked only online, or a phone line answered by a human (even for information only).
check-doc-walk_in_counter = When the procedure has counters, at least one of them receives people without a mandatory appointment.
check-no-human-contact = no channel reaches a person without the internet (no accessible counter, no phone answered by a human)
check-no-walk-in-counter = every counter of the procedure requires an appointment
na-no-counter = no counter
na-not-online = the procedure has no online route
example-invalid = invalid rule example: { $detail }
example-should-fail = the failing example (example_fail) does not trigger rule { $rule }
example-should-pass = the passing example (example_pass) triggers rule { $rule }: { $message }
example-missing = rule { $rule } has no { $which } example
examples-ok = { $rules } rules, every example checked
doc-example-header-title = The examples' contacts
doc-example-header = Each rule's examples are lists of procedures evaluated with the authority and contacts below (accueil, titres, standard, robot, courrier, mail). A rule about the authority writes a mapping with `authority:` (fields replacing the header's) and `procedures:`. The examples are run by the tests: the failing example triggers the rule, the passing one does not.
pack-bill-error = rule { $id } belongs to a bill (status: bill): it cannot be an error, a warning at most
pack-supersedes-cycle = rule { $id } replaces itself (directly or through a chain of `supersedes`): no rule of the chain would run

## CI gate: diff, baseline, SARIF / JUnit / GitHub formats
diff-title = Without the internet: effect of this change
diff-no-change = No change to doing procedures without the internet.
diff-summary = { $regressions ->
    [one] 1 regression
   *[other] { $regressions } regressions
  }, { $improvements ->
    [one] 1 improvement
   *[other] { $improvements } improvements
  }, { $notices ->
    [one] 1 notice
   *[other] { $notices } notices
  } (`{ $base }` → `{ $head }`)
diff-verdict-regressions = ❌ This change takes away ways of doing a procedure without the internet.
diff-verdict-ok = ✅ No procedure loses an offline way.
diff-legend = ✔ offline, whole procedure · ◐ offered but does not count (partial, information, online booking…) · ✘ absent · ● online
diff-col-impact = Effect
diff-col-change = Change
diff-col-before = Before
diff-col-after = After
diff-impact-regression = Regression
diff-impact-improvement = Improvement
diff-impact-notice = Notice
diff-mark-offline = offline
diff-mark-limited = limited
diff-mark-absent = absent
diff-mark-online = online
diff-in-step = Step “{ $step }”: { $change }
diff-renamed-to = Renamed? A procedure with a similar title was added: { $id }
diff-renamed-from = Renamed? A procedure with a similar title was removed: { $id }
diff-coverage-full = whole procedure
diff-coverage-partial = part of the procedure
diff-coverage-info = information only
diff-no-end = no end date
diff-tariff-free = free
diff-tariff-standard = standard rate
diff-tariff-premium = premium rate
diff-tariff-unknown = unknown rate
diff-channel-added-offline = New offline channel: { $channel }.
diff-channel-added = New channel: { $channel } (does not allow doing the procedure without the internet).
diff-channel-removed-offline = The { $channel } channel, which allowed doing the procedure without the internet, is removed.
diff-channel-removed = The { $channel } channel is removed.
diff-coverage-lowered = { $channel }: covers less of the procedure ({ $from } → { $to }).
diff-coverage-raised = { $channel }: covers more of the procedure ({ $from } → { $to }).
diff-counter-booking-online-only = The counter now requires an appointment that can only be booked online.
diff-counter-booking-offline = The counter appointment can again be booked without the internet.
diff-phone-premium = The phone number becomes premium-rate (before: { $from }).
diff-phone-no-longer-premium = The phone number is no longer premium-rate (now: { $to }).
diff-phone-machine-only = The phone is now answered only by a voice server or a bot.
diff-phone-human-again = The phone is again answered by a person.
diff-paper-form-download-only = The paper form can now only be obtained by downloading it.
diff-paper-form-offline = The paper form can again be obtained without the internet.
diff-became-online-only = The procedure becomes ONLINE-ONLY: no way left to do it without the internet.
diff-no-longer-online-only = The procedure can again be done without the internet.
diff-new-online-only = New ONLINE-ONLY procedure: no way to do it without the internet.
diff-procedure-added = New procedure.
diff-procedure-removed = Procedure removed from the catalogue.
diff-exemption-added = New exemption from rule { $rule } (until { $until }).
diff-exemption-extended = Exemption from rule { $rule } extended ({ $from } → { $to }).
diff-exemption-removed = Exemption from rule { $rule } removed.
diff-exemption-shortened = Exemption from rule { $rule } shortened ({ $from } → { $to }).
git-bad-revision = unknown git revision: “{ $revision }”
git-outside-repository = this path is not inside a git repository
git-no-catalogue = no catalogue YAML file under “{ $path }” at revision “{ $revision }”
git-cannot-run = cannot run git: { $error }
git-failed = “{ $command }” failed: { $error }
diff-usage-paths = give two catalogues (BASE HEAD), or --git-base REVISION [HEAD]
diff-usage-git = with --git-base, give at most one path (the HEAD catalogue)
diff-unknown-kind = unknown change kind: “{ $kind }”
baseline-created = { $path } written: { $count ->
    [one] { $count } accepted finding
   *[other] { $count } accepted findings
}.
baseline-updated = { $path } updated: { $count ->
    [one] { $count } accepted finding
   *[other] { $count } accepted findings
}.
baseline-summary = Baseline { $file }: { $new ->
    [one] { $new } new finding
   *[other] { $new } new findings
}, { $known } already accepted, { $fixed } fixed.
baseline-fixed = ✔ fixed:
baseline-unmatched = ⚠ baseline entry that matches nothing any more (procedure or rule gone): [{ $rule }] { $subject } ({ $fingerprint }); run `horsligne baseline update --prune`.
baseline-unreadable = cannot read the baseline: { $error }
baseline-invalid = unreadable baseline (JSON expected, see docs/ci.md): { $error }
baseline-bad-version = unsupported baseline version: { $version } (expected: 1)
sarif-more = Documentation:
junit-baselined = finding already accepted in the baseline
junit-exempted = accepted exemption: { $reason }
junit-not-applicable = rule does not apply to this procedure
github-no-new-finding = No new finding.
github-col-rule = Rule
github-col-message = Finding
github-col-where = Where

## Readable reports (Markdown, HTML, CSV), report command and residents' guide
rp-generated = Audit as of { $date } · { $tool } { $version }
rp-toc = Contents
rp-summary-heading = Summary
rp-kpi-compliant-share = { $share } % of the audited procedures are compliant.
rp-charts-heading = At a glance
rp-chart-services = Compliance by service
rp-chart-services-desc = For each service, the number of compliant and non-compliant procedures.
rp-chart-compliant = compliant
rp-chart-noncompliant = not compliant
rp-chart-rules = Findings by rule
rp-chart-rules-desc = Number of findings not exempted for each rule.
rp-chart-channels = Offline channel coverage
rp-chart-channels-desc = For the counter, the phone and the post: number of procedures where the channel allows the whole procedure without the internet, is offered in a limited way, or is absent.
rp-chart-empty = Nothing to show.
rp-mark-offline = offline
rp-mark-limited = limited
rp-mark-absent = absent
rp-mark-online = yes
rp-mark-online-absent = no
rp-procedures-heading = Procedures
rp-procedures-caption = The channels of each procedure and its access without the internet
rp-findings-heading = Findings and how to fix them
rp-findings-count = { $count ->
    [one] 1 finding
   *[other] { $count } findings
}
rp-why = Why
rp-fix = How to fix
rp-citation = Legal basis
rp-severity = Severity
rp-location = Location
rp-message = Finding
rp-subject = Subject
rp-no-findings = No finding: every rule applied is met.
rp-exemptions-heading = Accepted exemptions
rp-no-exemptions = No exemption.
rp-col-rule = Rule
rp-col-reason = Reason
rp-col-reference = Reference
rp-col-ground = Ground
rp-col-until = Until
rp-until-none = no end date
rp-ground-legal_text = legal text
rp-ground-disproportionate_burden = disproportionate burden
rp-ground-technical = technical reason
rp-ground-other = other ground
rp-method-heading = Methodology
rp-method-text = Every procedure of the catalogue is checked against the rules of the texts below. A channel counts as offline when the whole procedure can be done through it without the internet; a procedure is compliant when no rule raises a finding that is not exempted. Retired procedures are listed but not audited.
rp-method-date = Audit date
rp-method-tool = Tool
rp-method-catalog = Catalogue
rp-method-authority = Authority
rp-catalog-version = format { $format }, { $files ->
    [one] 1 file
   *[other] { $files } files
}, last reviewed on { $reviewed }
rp-catalog-version-unreviewed = format { $format }, { $files ->
    [one] 1 file
   *[other] { $files } files
}
rp-catalog-unknown = not given
rp-col-pack = Text
rp-col-status = Status
rp-col-title = Title
rp-col-confidence = Confidence
rp-rules-applied = Rules applied
rp-severity-error = error
rp-severity-warning = warning
rp-severity-info = note
rp-confidence-confirmed = confirmed
rp-confidence-secondary = secondary source
rp-confidence-interpretation = interpretation
rp-confidence-unconfirmed = unconfirmed
rp-service-none = Other procedures
rp-yes = yes
rp-label-sep = {": "}
rp-no = no
csv-procedure = procedure
csv-title = title
csv-service = service
csv-access = access without internet
csv-compliant = compliant
csv-rule = rule
csv-severity = severity
csv-step = step
csv-message = finding
csv-citation = legal basis
csv-file = file
csv-line = line
csv-exempted = exempted
csv-exemption-reason = exemption reason
csv-exemption-until = exemption until
csv-fingerprint = fingerprint
report-cannot-read = cannot read { $path }: { $error }
report-not-json = { $path } is not a JSON file: { $error }
report-not-report = { $path } is not a horsligne report (no report_version field): make one with "horsligne audit --format json=audit.json"
report-bad-version = { $path }: report version { $version }, this version of horsligne only reads version 1
report-invalid = { $path }: unreadable report: { $error }
guide-title = Doing your paperwork without the internet
guide-subtitle = A guide for the residents { $of_authority }, and for the people who help them
guide-updated = Information checked on { $date } at the latest.
guide-intro = For each procedure, this guide tells how to do it without a computer or a smartphone: where to go, whom to call and when, where to write and which paper form to ask for.
guide-help-heading = Need help?
guide-help-mediator = Someone can help you with your procedures without the internet:
guide-no-mediator = Nobody has been appointed yet to help with procedures without the internet.
guide-index = Contents
guide-where = In person
guide-phone = By phone
guide-postal = By post
guide-other = Another way
guide-hours-label = Opening hours:
guide-hours-irregular = opening hours vary, ask first
guide-appointment-none = No appointment needed.
guide-appointment-optional = With or without an appointment.
guide-appointment-required = By appointment only.
guide-booking = To make an appointment: { $ways }.
guide-booking-phone = by phone
guide-booking-phone-number = by phone on { $number }
guide-booking-counter = at the desk
guide-booking-postal = by post
guide-booking-online-only = Appointments are only made on the internet: ask for help.
guide-step-free = Wheelchair accessible.
guide-call = Call { $number }.
guide-tariff-free = Free call.
guide-tariff-premium = Premium-rate call: it costs more than a normal call.
guide-tariff-unknown = The cost of the call is not known: ask before calling.
guide-answered-ivr = A voice menu answers first, then a person.
guide-answered-machine = Only an answering machine or a voice menu answers.
guide-write-to = Write to:
guide-paper-form = Form to fill in: "{ $form }".
guide-form-from = Ask for this form { $ways }.
guide-form-counter = at the desk
guide-form-postal = by post
guide-form-phone = by phone
guide-limited-info = for information only
guide-limited-partial = for part of the procedure: ask which part
guide-step = Step "{ $step }"
guide-online-only = No way to do this without the internet yet.
guide-ask-mediator = Ask the mediator:
guide-ask-contact = Or contact:
guide-unreachable = The catalogue does not yet say how to do this procedure.
guide-planned = This procedure is not open yet.
guide-footer = Guide made by { $tool } { $version } from the catalogue of procedures { $of_authority }.
guide-hours-group = { $days }, { $times }
guide-hours-separator = {"; "}
guide-days-every = every day
guide-days-span = { $first } to { $last }
guide-days-one = { $day }
guide-day-mo = Monday
guide-day-tu = Tuesday
guide-day-we = Wednesday
guide-day-th = Thursday
guide-day-fr = Friday
guide-day-sa = Saturday
guide-day-su = Sunday
guide-all-day = all day
guide-time-span = from { $from } to { $to }
guide-time-hour = { $h }:00
guide-time-hour-minutes = { $h }:{ $m }
guide-and = { $list } and { $last }
guide-or = { $list } or { $last }
guide-form-download-only = This form can only be downloaded from the internet: ask for help to get it.

## verify (verification of the public pages)
na-not-verified = pages not verified (run `horsligne verify`)
na-no-page = no page to verify (neither `page` nor `online.url`)
na-channel-not-compared = no { $channel } channel with a number or address to compare
check-page-contradicts = the page { $url } contradicts the declared { $channel } channel: { $basis ->
    [online_only_wording] it calls the procedure online-only
    [appointment_online_wording] it says appointments can only be booked online
    [different_number] the page gives another number: { $found } (the catalogue declares { $declared })
    [different_address] the page gives another address: { $found } (the catalogue declares { $declared })
   *[premium_number] it gives a premium-rate number ({ $found })
} — "{ $snippet }"
check-page-problem = the page { $url } { $state ->
    [http_error] answers with HTTP error { $status }
    [login_redirect] redirects to a login page ({ $final })
   *[moved] has moved: it redirects permanently to { $final }
}
check-page-inconclusive = the page { $url } could not be verified: { $reason ->
    [timeout] timeout
    [bot_wall] anti-bot wall
    [robots_disallow] its robots.txt forbids it
    [tls] TLS error
    [dns] domain name not found (DNS)
    [private_address] private or local address refused
    [too_large] page too large
    [too_deep] page nested too deep
    [rate_limited] the server refuses (too many requests)
    [not_in_cache] not in the cache (--offline)
    [unsupported_scheme] only http and https are read
    [too_many_redirects] too many redirects
   *[connection] cannot connect
} ({ $detail })
check-doc-page_agrees = The procedure's public page does not contradict the declared channel (`channel`: counter, phone or postal): it does not call the procedure online-only, does not say the counter's appointment can only be booked online, does not give a premium-rate number instead of the declared line. Reads the evidence of `horsligne verify`; not applicable in `audit`.
check-doc-page_reachable = The procedure's pages (information page and teleservice) answer: no HTTP error, no redirect to a login page, no move (permanent redirect). Reads the evidence of `horsligne verify`.
check-doc-page_checked = Each page of the procedure could be read; otherwise (timeout, bot wall, robots.txt, TLS, DNS) verification is inconclusive and says so. Fails CI only with `verify --strict`.
verify-progress = pages
verify-evidence-heading = Page evidence ({ $count ->
    [one] { $count } procedure
   *[other] { $count } procedures
})
verify-verdict = { $verdict ->
    [confirmed] confirmed
    [contradicted] contradicted
    [not_found] not found on the page
   *[inconclusive] inconclusive
}
verify-page-state = { $state ->
    [ok] read
    [moved] moved
    [http_error] HTTP error
    [login_redirect] login required
   *[inconclusive] inconclusive
}
verify-summary = { $pages ->
    [one] { $pages } page
   *[other] { $pages } pages
}: { $read } read, { $inconclusive } inconclusive; channels: { $confirmed } confirmed, { $contradicted } contradicted, { $not_found } not found, { $unknown } inconclusive
verify-offline-needs-cache = --offline reads the cache only: give it with --cache DIR
verify-strict-note = --strict: inconclusive pages count towards the exit code

## Evidence from the public pages in the HTML and Markdown reports
ev-heading = What the public pages say
ev-intro = “horsligne verify” read each procedure's public page and compared it with what the catalogue declares. Each channel is: confirmed (the page gives the declared number or address), contradicted (the page says otherwise: online-only, appointments only online, a premium-rate number), not found on the page, or inconclusive (the page could not be read). Procedures whose page contradicts the catalogue come first. Each page is dated and identified by the SHA-256 fingerprint of its content (in full in the JSON report).
ev-contradicted-count = { $count ->
    [0] No page contradicts the catalogue.
    [one] { $count } procedure whose page contradicts the catalogue.
   *[other] { $count } procedures whose page contradicts the catalogue.
}
ev-nothing-read = No page could be read: nothing is proven either way.
ev-pages-caption = Pages read
ev-channels-caption = Declared channels and what the page says
ev-col-page = Page
ev-col-state = State
ev-col-http = HTTP
ev-col-fetched = Fetched
ev-col-hash = Fingerprint
ev-col-channel = Channel
ev-col-declared = Declared in the catalogue
ev-col-verdict = Verdict
ev-col-basis = Based on
ev-col-snippet = Text on the page
ev-role = { $role ->
    [online] teleservice
   *[page] information page
}
ev-redirected = redirected to
ev-from-cache = (cached copy)
ev-reason = { $reason ->
    [timeout] timeout
    [bot_wall] anti-bot wall
    [robots_disallow] forbidden by its robots.txt
    [tls] TLS error
    [dns] domain name not found (DNS)
    [private_address] private or local address refused
    [too_large] page too large
    [too_deep] page nested too deep
    [rate_limited] the server refuses (too many requests)
    [not_in_cache] not in the cache (--offline)
    [unsupported_scheme] only http and https are read
    [too_many_redirects] too many redirects
   *[connection] cannot connect
}
ev-basis = { $basis ->
    [number_on_page] the declared number is on the page
    [other_numbers] the page gives other numbers
    [premium_number] the page gives a premium-rate number
    [no_number] no phone number on the page
    [address_on_page] the declared street and postcode are on the page
    [address_absent] the page does not give the declared address
    [different_number] the page gives another number for the procedure
    [different_address] the page gives another address in the same town
    [only_in_frame] only in the site's header, menus or footer: does not confirm the channel
    [online_only_wording] the page calls the procedure online-only
    [appointment_online_wording] the page says appointments can only be booked online
   *[page_unreadable] the page could not be read
}
ev-found = numbers on the page: { $numbers }
ev-found-addresses = addresses on the page: { $numbers }
ev-snippet = "{ $snippet }"
ev-unreadable-channels = Inconclusive, no readable page: { $channels }.
ev-premium = Premium-rate numbers on the page: { $numbers }
ev-hours = Opening hours mentioned on the page: { $hours }
