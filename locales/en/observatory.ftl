# National observatory (issue 26): findings about contact details read from open data.
check-contact-number-unreadable = the number "{ $number }" of the { $channel } contact "{ $contact }" cannot be read in the numbering plan: residents cannot call it; check it with the service
check-contact-address-incomplete = the address "{ $address }" of the { $channel } contact "{ $contact }" is incomplete (missing: { $missing }): residents cannot go or write there
check-contact-hours-suspicious = the opening hours of the { $channel } contact "{ $contact }" hold spans that cannot be an opening as written ({ $slots }): they are not counted; check them with the service
