# The scope of the texts: region, matter, entry into force, and what the
# report says of the texts applied or not.
resolve-unknown-region = unknown region `{ $value }` for country { $country }: the regional texts are chosen by it, an unknown region would apply none of them
resolve-region-required = an authority of this country ({ $country }) must state its region (`region:`): the texts that bind it are regional; without it none would be applied (for Belgium, a Belgian postcode in a contact's address is enough)
check-equivalent-refused = the measure declared in place of the { $channel ->
    [counter] counter
    [phone] phone
    [postal] post
   *[other] { $channel } channel
} (other_offline) is not a non-digital equivalent of at least equivalent level (C.C. n° 126/2025): { $because ->
    [not-offline] { why-reason }
    [serves-another] it is already the contact of the procedure's { $other ->
        [counter] counter
        [phone] phone
        [postal] postal
       *[other] { $other }
    } channel, which cannot count twice
   *[not-physical] a counter is replaced only by meeting in person (home visit, mobile office, another counter)
}
check-equivalent-not-clearly-human = equivalence to justify: nothing says a person provides the measure replacing the { $channel ->
    [counter] counter
    [phone] phone
    [postal] post
   *[other] { $channel } channel
} (other_offline{ $kind ->
    [phone] , a phone without `answered_by: human`
    [postal] , an exchange of letters
   *[other] {""}
}); describe who receives, answers or travels
check-doc-equivalent_human = A non-digital measure accepted in place of the counter, the phone or the post (`other_offline`) is clearly carried by a person: a staffed counter (not a kiosk), or a line answered by a person. Otherwise its equivalence must be justified. A measure already refused as an equivalent is the channel rule's business.
na-no-equivalent = the procedure has no measure accepted in place of a channel
text-verdict-applied = applied
text-verdict-other-region = not applicable: it binds { $regions }, not this region
text-verdict-level-excluded = not applicable: it does not bind this level of authority ({ $level }; it binds: { $levels })
text-verdict-other-authority = not applicable: it binds only the authority that adopted it
text-verdict-bill = not applicable: a bill, applied only with --preview
text-verdict-opt-in = not applied: applied only on request (--pack)
text-verdict-not-yet = not applicable: not yet in force at the audit date (in force from { $date })
text-verdict-not-requested = not applied: default packs left out (--no-default-packs)
texts-applied = Texts applied:
texts-not-applicable = Texts examined, not applicable:
texts-none-applied = none
texts-date-unverified = date of entry into force not verified
texts-no-regional = { $region ->
    [flandre] Flanders
    [wallonie] Wallonia
    [bruxelles-capitale] Brussels-Capital Region
   *[other] Canton { $region }
}: no regional text examined
texts-region-deduced = region { $region } deduced from postcode { $postcode } (contact `{ $contact }`)
texts-region-written = region written `{ $written }`, read as { $region }
text-verdict-not-a-party = not applicable: this body is not a party to the text
finding-unsettled-matter = { $matter ->
    [federal] federal matter
    [community] community matter
    [regional] regional matter
   *[other] { $matter } matter
}: whether the regional text applies is not settled — { $detail }
resolve-cpas-in-france = `level: cpas` means a Belgian CPAS, bound by the Walloon and Brussels texts; a French CCAS is a public body of its commune (`local_public_body`), which the ESSOC act (art. 28) excludes with it
basis-good-practice = Good practice (this text excludes this level of authority)
doc-citation-for = Text cited for { $whom }
