## horsligne scan: a draft catalogue from an authority's website
scan-progress = pages read
scan-draft-header = DRAFT TO REVIEW: written by “horsligne scan” from { $start }
    ({ $pages } pages read, { $procedures } procedures found).
    Each value comes from a page of the site, quoted in a comment above it;
    nothing is invented, but reading a page can go wrong. Check each procedure
    with the service, fill in what the pages do not say (“reviewed”, “service”,
    hours, appointments), then run “horsligne audit” on this file.
scan-comment-source = from
scan-comment-channel = channel offered by the page:
scan-comment-online-only = the page says the procedure goes through the internet:
scan-comment-prerequisite = prerequisite given by the page:
scan-comment-no-channel = the page does not say how to do the procedure: to complete
scan-summary = { $pages ->
    [one] { $pages } page read
   *[other] { $pages } pages read
} ({ $unreadable } unreadable), { $procedure_pages ->
    [one] { $procedure_pages } procedure page
   *[other] { $procedure_pages } procedure pages
}, { $procedures ->
    [one] { $procedures } procedure in the draft
   *[other] { $procedures } procedures in the draft
}
scan-start-unreadable = the start page { $url } could not be read: { $detail }
scan-country-unknown = the country of { $host } cannot be told from its name: give it with --country (FR, BE…)
scan-not-a-web-address = { $url } is not a web address (http or https)
scan-host-given-up = { $host } given up: { $why }
scan-deadline-reached = time is up ({ $seconds } s): { $left ->
    [one] { $left } page found was not read
   *[other] { $left } pages found were not read
}; the draft is incomplete (--deadline to allow more)
# No draft rather than an invalid catalogue (issue 21): a catalogue without procedures does not load.
scan-no-procedure = no procedure recognised on { $pages ->
    [one] { $pages } page read
   *[other] { $pages } pages read
}: no draft written (try the address of the page listing the procedures, or --max-pages)
