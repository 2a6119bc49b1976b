# "To confirm": what the catalogue does not know yet (channels and contacts
# marked `to_confirm`, booking contacts not named).
access-to-confirm = to confirm
guide-booking-ask = To make an appointment: ask how.
guide-to-confirm = The ways of doing this procedure without the internet are still to be confirmed: ask before you go.
guide-limited-to-confirm = to be confirmed
