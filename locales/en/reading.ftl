# Reading real pages (issue 21): what a value of the draft is not.
scan-note-site-footer = the administration's address (the site's footer), not one the page gives for this procedure: to check
scan-note-authority-name = the page does not say where: the administration's name stands for the place; ask the service for the address (to check)
scan-note-info = number given for information (enquiries, help): the page does not say the procedure is done by phone
scan-comment-booking-number = number for booking an appointment (not a channel of the procedure): { $number }; from
scan-comment-other-service-number = another service's number (not a channel of the procedure): { $number }; from
