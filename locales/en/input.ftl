# Input errors: what is wrong in a file, in words rather than the YAML
# parser's.

diag-expected-list = a list is expected here
diag-expected-mapping = keys with their values are expected here
diag-expected-bool = true or false is expected here
diag-expected-text = a text is expected here
diag-expected-number = a whole number is expected here
diag-wrong-type = this value is not of the type expected here
diag-yaml-tabs = tab in the indentation
diag-bad-date = this date cannot be read
diag-duplicate-key = this key is already given above in the same block
diag-yaml-help = check the indentation (spaces, aligned), the colon after each key and the quotes around texts that contain ": " or " #"

io-not-found = no such file or directory
io-permission-denied = permission denied
io-is-a-directory = this is a directory, not a file
io-not-a-directory = part of the path is not a directory
io-invalid-data = unreadable content
io-storage-full = disk full
io-read-only = read-only file system
io-already-exists = the file already exists
io-other = input/output error

load-no-default-catalog = no `catalog` directory here: which catalogue should be read?
load-no-default-catalog-help = give the catalogue's path, e.g. `horsligne audit my-town/`; to start, copy the catalog/ directory shipped with horsligne and adapt it (docs/catalog-format.md)

diag-warning = warning
warn-no-address = contact `{ $contact }` has no address, or a placeholder one
warn-no-address-help = the guide will tell residents "address: ask the town hall"; give the address (`address:`) so that they know where to go or write
warn-no-hours = contact `{ $contact }` has no opening hours
warn-no-hours-help = the guide cannot say when to come or call; give the opening hours (`opening_hours:`, cheat sheet: docs/horaires.en.md)
