# "To confirm": what the catalogue does not know yet (channels and contacts
# marked `to_confirm`, booking contacts not named).
access-to-confirm = to confirm
guide-booking-ask = To make an appointment: ask how.
guide-to-confirm = The ways of doing this procedure without the internet are still to be confirmed: ask before you go.
guide-limited-to-confirm = to be confirmed
check-to-confirm-channel = the { $channel } channel (“{ $contact }”) is marked `to_confirm`: check it with the department, then remove the mark; until then it does not count as an offline alternative
check-to-confirm-contact = the { $channel } channel goes through the contact “{ $contact }”, marked `to_confirm`: to be confirmed; until then it does not count as an offline alternative
check-to-confirm-booking = the counter “{ $contact }” is booked by { $methods } without saying through which contact: ask (name it, e.g. `booking: [{"{"} phone: population-tel {"}"}]`)
check-doc-to_confirm = What the catalogue does not know yet is reported "to confirm", never taken for a fact: a channel (or its contact) marked `to_confirm` does not count as offline, and a counter booked by phone, at the desk or by post must name the contact that books.
report-summary-to-confirm = { $count ->
    [one] { $count } procedure to confirm
   *[other] { $count } procedures to confirm
}
cr-kpi-to-confirm = { $count ->
    [one] procedure to confirm (a channel or contact marked `to_confirm`): work to do, not compliance
   *[other] procedures to confirm (a channel or contact marked `to_confirm`): work to do, not compliance
}
