# The command line's errors (those clap writes in English), said with the
# tool's words: src/cli/clap_error.rs.

clap-value-required = { $arg } needs a value, and none was given
clap-invalid-value = invalid value `{ $value }` for { $arg }
clap-invalid-value-because = invalid value `{ $value }` for { $arg }: { $reason }
clap-unknown-argument = unexpected argument: `{ $arg }`
clap-unknown-command = unknown command `{ $command }`
clap-missing-required = required arguments missing: { $args }
clap-missing-command = `{ $command }` needs a command, and none was given
clap-repeated = { $arg } can be given only once
clap-conflict = { $arg } cannot be given with { $other }
clap-no-equals = { $arg } is written with an equals sign: { $arg }=VALUE
clap-too-many-values = unexpected value `{ $value }` for { $arg }: no more were expected
clap-value-count = { $arg } needs { $expected } values; { $actual ->
    [one] only one is given
   *[other] { $actual } are given
}
clap-invalid-utf8 = an argument is not valid UTF-8 text
clap-commands = commands: { $commands }
clap-tip-value = a close value exists: `{ $value }`
clap-tip-argument = a close argument exists: `{ $arg }`
clap-tip-command = a close command exists: `{ $command }`
clap-tip-escape = to pass `{ $word }` as a value, write `{ $escaped }`
clap-tip-remove-dashes = the command `{ $command }` exists: remove the `--` before it
clap-more-help = For more information: `--help`.
clap-why-url = not a valid web address ({ $detail })
clap-why-url-relative = the address must be complete, starting with https:// (e.g. https://www.my-town.be)
clap-why-url-no-host = the address has no site name after https://
clap-why-url-port = the address's port number is not valid
clap-why-whole-number = a whole number is expected
clap-why-range = a number between { $min } and { $max } is expected
clap-why-at-least = a number of at least { $min } is expected
clap-why-other = { $detail }
format-needs-file = `{ $name }=` needs a file name after `=`
format-unknown = unknown format `{ $name }` (formats: { $expected })
format-unknown-close = unknown format `{ $name }`: did you mean `{ $candidate }`? (formats: { $expected })
output-binary-terminal = this format is binary (a workbook): it is not shown on a terminal; give a file (--format xlsx=FILE.xlsx or --output FILE) or redirect the output
output-exists = { $path } already exists: it is never replaced; give another name
output-needs-folder = this format is written into a folder: give it with --output FOLDER

# After input errors of a command that audits nothing (init, import, guide…).
diag-summary-nothing-written = { $count ->
    [one] 1 error in the input: nothing was written.
   *[other] { $count } errors in the input: nothing was written.
}

# Libraries' errors (spreadsheets, JSON), put into words.
lib-unreadable = unreadable content ({ $detail })
lib-json = { $kind ->
    [eof] the file ends before the JSON does (line { $line }, column { $column })
    [data] the JSON does not follow the expected format, line { $line }, column { $column } ({ $detail })
    [io] reading was interrupted
   *[syntax] malformed JSON at line { $line }, column { $column }
}
