# Input errors: what is wrong in a file, in words rather than the YAML
# parser's.

diag-bad-date = this date cannot be read

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
load-no-default-catalog-help = give the catalogue's path, e.g. `horsligne audit my-town/`.
    { first-steps }

diag-warning = warning
## Reading the user's files (catalogue, packs, phrases, baseline, saved report)

input-not-regular = not an ordinary file ({ $kind }): it is not read
input-not-regular-help = give the path of a text file saved on disk; in a catalogue folder, remove this link or rename it without the .yaml extension
input-kind-directory = a directory
input-kind-device = a device
input-kind-fifo = a named pipe, which would be waited on forever
input-kind-socket = a socket
input-kind-pseudo-file = a system file, whose stated size is not its content
input-not-text = the file contains a control character (U+{ $code }): it is not a text file, and its content is not shown
input-not-text-help = a catalogue, a pack or a report is text (YAML or JSON); this file is probably binary or damaged
