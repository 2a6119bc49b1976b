# Shell completions and manual pages (horsligne completions, horsligne manpage).

## Command messages
manpage-written = { $count ->
    [one] 1 manual page written to { $dir }
   *[other] { $count } manual pages written to { $dir }
}

## Manual page
manpage-manual = horsligne manual
manpage-section-name = NAME
manpage-section-synopsis = SYNOPSIS
manpage-section-description = DESCRIPTION
manpage-section-options = OPTIONS
manpage-section-subcommands = SUBCOMMANDS
manpage-section-notes = NOTES
manpage-section-version = VERSION
manpage-section-authors = AUTHORS
manpage-section-exit-status = EXIT STATUS
manpage-section-environment = ENVIRONMENT
manpage-section-see-also = SEE ALSO
manpage-exit-clean = Clean: no finding at the --fail-on threshold.
manpage-exit-findings = Findings at the --fail-on threshold (by default: errors).
manpage-exit-input = Usage or input error: nothing is audited, and every error of every file is listed at once.
manpage-env-lang = Language of messages and reports (fr, en or nl) when --lang is not given; otherwise the system's language (LC_ALL, LC_MESSAGES, LANG: nl_BE gives nl), otherwise French.
manpage-env-no-color = When set and not empty, no colour, as with --color never.
manpage-see-also-docs = The full documentation (catalogue format, rules, reports, CI) is in the docs/ folder of the sources: https://github.com/horsligne/horsligne
