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
   *[why-machine-only] nobody answers, only a voice server or a bot
}
check-teleservice-substitute-not-offline = the substitute (`substitute`) is not offline: { why-reason }
check-teleservice-assistance-not-offline = the assistance (`assistance`) cannot be reached without the internet: { why-reason }
check-mediator-not-offline = the mediator cannot be reached without the internet: { why-reason }
