#!/usr/bin/env python3
"""Validates horsligne's JUnit output against the vendored junit-10.xsd.

Usage: validate_junit.py REPORT.xml [REPORT.xml ...]   (run by .ci/run)
Needs the PyPI package `xmlschema`. See tests/schemas/README.md for the one
attribute (`skipped` on <testsuites>) added in memory to the schema.
"""
import pathlib
import sys

import xmlschema

SCHEMA = pathlib.Path(__file__).with_name("schemas") / "junit-10.xsd"
TESTSUITES_SKIPPED = (
    '<xs:attribute name="errors" type="xs:string" />\n'
    '            <xs:attribute name="skipped" type="xs:string" />'
)


def schema():
    text = SCHEMA.read_text(encoding="utf-8")
    # Only the <testsuites> element's "errors" attribute is followed by "</xs:complexType>"
    # then "</xs:element>\n\n</xs:schema>": patch that occurrence, the last one.
    anchor = '<xs:attribute name="errors" type="xs:string" />'
    at = text.rindex(anchor)
    patched = text[:at] + TESTSUITES_SKIPPED + text[at + len(anchor):]
    return xmlschema.XMLSchema10(patched)


def main(paths):
    if not paths:
        print(__doc__, file=sys.stderr)
        return 2
    xsd = schema()
    failed = 0
    for path in paths:
        errors = list(xsd.iter_errors(path))
        for error in errors[:5]:
            print(f"{path}: {error.reason} at {error.path}", file=sys.stderr)
        failed += bool(errors)
        print(f"{path}: {'INVALID' if errors else 'valid'} (junit-10.xsd)")
    passed = len(paths) - failed
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
