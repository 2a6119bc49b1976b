# What a rule's text is worth (legal basis, grounds, data quality), and the
# messages of the checks added to stay true to it.
check-contact-detail-missing = the { $channel } contact "{ $contact }" gives no `{ $field }`: residents cannot find or reach it; ask the service for it and write it in the catalogue
check-doc-contact_details = The contacts a procedure sends people to say where and when to find them: a counter or postal contact has an address, a phone a number, and (when `details` asks) counters and phones have opening hours. A contact without an address is not refused at load: it is this finding.
why-reason = { $reason ->
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
check-teleservice-substitute-not-offline = the substitute (`substitute`) is not offline: { why-reason }
check-teleservice-assistance-not-offline = the assistance (`assistance`) cannot be reached without the internet: { why-reason }
check-mediator-not-offline = the mediator cannot be reached without the internet: { why-reason }
pack-status-advocacy = associations' demand (advocacy)
confidence-data_quality = not applicable (data quality)
rp-confidence-data_quality = not applicable (data quality)
doc-confidence-by-level = Confidence by level:
doc-absorbs = Groups (same problem, cited with this rule):
basis-legal = Legal basis
basis-grounds-recommendation = Grounds (recommendation, not binding)
basis-grounds-bill = Grounds (bill, not in force)
basis-grounds-local-policy = Grounds (the authority's own commitment)
basis-grounds-advocacy = Source (associations' demand, not binding)
basis-data-quality = Data quality (no text involved)
rp-also-cited = Texts saying the same thing
rp-col-source = Text cited and its standing
rp-headline-offline = { $offline } of { $procedures } { $procedures ->
    [one] procedure
   *[other] procedures
} can be done without the internet.
rp-headline-compliant = { $compliant ->
    [one] { $compliant } is compliant
   *[other] { $compliant } are compliant
}: "compliant" means no unexempted error is found for the procedure; an error is found only where a text in force binds this authority, where it committed itself, or for a data error.
na-channel-absent = no { $channel } channel
check-doc-exemption_ground_refused = Reports only the exemptions whose ground is one of `grounds` and that the rule they name refuses (in Brussels, a "disproportionate burden" does not waive the three channels). Other exemption problems (expired, unused, unreferenced) are still reported by the `exemption_valid` rule, at its own severity.
