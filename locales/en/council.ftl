# The council report: what a councillor or a resident reads, without YAML.

## Dates
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
date-long = { $day } { $month } { $year }

## Header and summary
cr-title = Can procedures be done without the internet?
cr-made = Audit of { $date }
cr-made-by = Audit of { $date }, made by { $author }
cr-tool = Made with { $tool } { $version }.
cr-cannot-heading = { $count ->
    [one] The procedure that cannot be done without the internet
   *[other] The { $count } procedures that cannot be done without the internet
}
cr-kpi-procedures = { $count ->
    [one] procedure audited
   *[other] procedures audited
}
cr-kpi-offline = { $count ->
    [one] doable without the internet
   *[other] doable without the internet
}
cr-kpi-compliant = { $count ->
    [one] compliant
   *[other] compliant
}
cr-kpi-online-only = { $count ->
    [one] online only
   *[other] online only
}
cr-kpi-unreachable = { $count ->
    [one] with no complete route
   *[other] with no complete route
}
cr-kpi-errors = { $count ->
    [one] error found
   *[other] errors found
}
cr-kpi-warnings = { $count ->
    [one] point to improve
   *[other] points to improve
}
cr-kpi-infos = { $count ->
    [one] point for information
   *[other] points for information
}
cr-kpi-exempted = { $count ->
    [one] accepted exemption
   *[other] accepted exemptions
}

## Procedure by procedure
cr-by-procedure-heading = Procedure by procedure
cr-by-procedure-intro = For each procedure where something is missing: what is missing, why it matters to residents, and what { cr-house } can do.
cr-service = Service: { $service }
cr-can = Can be done without the internet.
cr-cannot = Cannot be done without the internet.
cr-why = Why it matters:
cr-do = What { cr-house } can do:
cr-details = In detail:
cr-rules = { $count ->
    [one] Rule:
   *[other] Rules:
}
cr-level-error = Obligation
cr-level-error-commitment = The authority's own commitment
cr-level-error-data = Data to correct
cr-level-warning = To improve
cr-level-info = Good to know
cr-all-good = { $count ->
    [one] This procedure meets every rule applied:
   *[other] These { $count } procedures meet every rule applied:
}
cr-authority-heading = For the whole authority
cr-step = Step “{ $step }”:

## Who made the audit, and from what
cr-method-heading = Who made this audit, and from what
cr-method-author = Made by
cr-method-author-none = not given (option --author)
cr-texts-heading = The texts applied
cr-rules-heading = The rules applied
cr-pages-heading = The pages read
cr-page-read = read on { $date }
cr-page-not-read = not read
cr-exemption-until = until { $date }

## What is missing, why, what the town hall can do
council-online-only-what = This procedure can only be done online.
council-online-only-why = Someone without the internet, or who cannot use it, cannot do it alone.
council-online-only-do = Let people do it at a counter, by phone or by post too, from start to finish.

council-unreachable-what = No route lets people do the whole procedure, not even online.
council-unreachable-why = Residents do not know how to see it through.
council-unreachable-do = Say how the whole procedure is done, and complete its description.

council-channel-counter-what = The whole procedure cannot be done at a counter.
council-channel-counter-why = Many people need to talk to someone face to face, with their papers.
council-channel-counter-do = Receive residents for the whole procedure, with an appointment booked without the internet.

council-channel-phone-what = The whole procedure cannot be done by phone.
council-channel-phone-why = People who cannot travel then have no other way without the internet.
council-channel-phone-do = Let people do the procedure by phone, with a person answering.

council-channel-postal-what = The whole procedure cannot be done by post.
council-channel-postal-why = Post lets people act without travelling and without the internet, and it leaves a record.
council-channel-postal-do = Accept requests by post, with a form people can receive on paper.

council-channel-other-what = The offline route offered is not the one the text asks for.
council-channel-other-why = The text applied asks for a counter, the phone or the post.
council-channel-other-do = Offer a counter, the phone or the post for this procedure.

council-human-contact-what = Nobody can be reached for this procedure without the internet.
council-human-contact-why = With nobody to talk to, any difficulty blocks the procedure.
council-human-contact-do = Give a counter or a phone number where a person answers.

council-phone-tariff-what = The phone number may cost more than an ordinary call.
council-phone-tariff-why = A premium-rate number weighs on the people with the least money.
council-phone-tariff-do = Give a free number or one at the price of an ordinary call.

council-walk-in-what = The counter always needs an appointment.
council-walk-in-why = Booking an appointment is one more difficulty for some people.
council-walk-in-do = Keep times when people are received without an appointment.

council-booking-what = Appointments can only be booked on the internet.
council-booking-why = Someone without the internet cannot get the appointment, so cannot do the procedure.
council-booking-do = Let people book by phone or at the counter.

council-hours-counter-what = The counter opens few hours a week.
council-hours-counter-why = People who work or depend on transport find it hard to come.
council-hours-counter-do = Open the counter longer, or at other times.

council-hours-phone-what = The phone is answered few hours a week.
council-hours-phone-why = It is hard to reach someone at the right time.
council-hours-phone-do = Answer the phone for longer.

council-delay-what = Without the internet, the answer comes much later.
council-delay-why = People without the internet wait longer than others.
council-delay-do = Handle paper requests as fast as online ones.

council-fee-what = Without the internet, the procedure costs more.
council-fee-why = People without the internet pay more than others.
council-fee-do = Ask the same price whatever the route.

council-digital-prerequisite-what = Even at the counter, by phone or by post, the internet is needed first.
council-digital-prerequisite-why = Someone without the internet is stuck before reaching the counter.
council-digital-prerequisite-do = Remove this online step, or do it with the person on the spot.

council-paper-form-what = The paper form can only be downloaded.
council-paper-form-why = Without the internet, people cannot get the form, so cannot write in.
council-paper-form-do = Hand out the form at the counter and post it to whoever asks.

council-deadline-postal-what = This procedure has a deadline, but cannot be sent by post.
council-deadline-postal-why = Without posting, the postmark cannot prove the deadline was met.
council-deadline-postal-do = Accept sending by post, the postmark being proof.

council-teleservice-what = The online procedure is mandatory, with neither help nor an alternative.
council-teleservice-why = A mandatory online procedure must provide help and another solution.
council-teleservice-do = Name who helps residents, and offer a solution other than the website.

council-reviewed-what = The description of this procedure has not been checked for a long time.
council-reviewed-why = Old information may send residents to the wrong place.
council-reviewed-do = Check the description with the service and note the date.

council-exemption-what = An exemption no longer meets its conditions.
council-exemption-why = Without a valid, current reason, the gap comes back in the audit.
council-exemption-do = Review the exemption: reason, text allowing it, end date.

council-contact-details-what = The catalogue does not say where to find the counter, the number or the postal address.
council-contact-details-why = Without an address or a number, residents cannot go, call or write.
council-contact-details-do = Publish the address, the number and the opening hours of every reception point.

council-placeholder-what = The description of this procedure is not finished.
council-placeholder-why = Until it is completed, the audit rests on guesses.
council-placeholder-do = Complete the description with the department concerned.

council-mediator-what = Nobody is named to help residents do their procedures without the internet.
council-mediator-why = Residents do not know whom to ask.
council-mediator-do = Name a non-digital mediator and make it known.

council-page-reachable-what = The procedure's web page does not open.
council-page-reachable-why = Helpers and residents cannot find the information.
council-page-reachable-do = Repair the link or the page.

council-page-agrees-what = The web page does not say the same thing as the procedure's description.
council-page-agrees-why = Residents get contradicting information.
council-page-agrees-do = Make the page and the description agree.

council-page-checked-what = The procedure's web page could not be read.
council-page-checked-why = Nothing confirms what the description says.
council-page-checked-do = Check the page by hand.

cr-chart-service-data = { $compliant } compliant, { $noncompliant } not compliant
# Who can act, by country and level (issue 22): never « la mairie » for a Belgian commune.
cr-house = { $house ->
    [be-commune] the communal administration
    [ch-commune] the commune
    [cpas] the CPAS
    [authority] the authority
   *[mairie] the town hall
}
