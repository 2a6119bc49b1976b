# The scope of the texts: region, matter, entry into force, and what the
# report says of the texts applied or not.
resolve-unknown-region = unknown region `{ $value }` for country { $country }: the regional texts are chosen by it, an unknown region would apply none of them
resolve-region-required = an authority of this country ({ $country }) must state its region (`region:`): the texts that bind it are regional; without it none would be applied (for Belgium, a Belgian postcode in a contact's address is enough)
