#!/usr/bin/env python3
"""CI: an exported template and an xlsx audit open in openpyxl with their
drop-down lists, frozen headers and filters intact.

Usage: check_xlsx.py TEMPLATE.xlsx AUDIT.xlsx [DUTCH_TEMPLATE.xlsx]
"""
import sys

from openpyxl import load_workbook

template, audit = sys.argv[1], sys.argv[2]
book = load_workbook(template)
for name in ["Démarches", "Contacts", "Autorité", "Exemptions", "Notes", "Listes"]:
    assert name in book.sheetnames, f"{template}: no sheet {name}"
sheet = book["Démarches"]
assert sheet.freeze_panes == "A2", sheet.freeze_panes
assert sheet.auto_filter.ref, "no filter on Démarches"
headers = [c.value for c in sheet[1]]
validations = sheet.data_validations.dataValidation
covered = set()
for dv in validations:
    for cell_range in dv.sqref.ranges:
        for col in range(cell_range.min_col, cell_range.max_col + 1):
            covered.add(headers[col - 1])
        if dv.type == "list":
            assert dv.formula1, f"empty list validation on {cell_range}"
for header in ["Statut", "Délai légal", "Guichet : couvre", "En ligne : obligatoire", "Autre canal : remplace"]:
    assert header in covered, f"no drop-down list on {header}"
lists = book["Listes"]
assert lists.sheet_state == "hidden"
for dv in validations:
    if dv.type == "list" and dv.formula1.startswith("Listes!"):
        ref = dv.formula1.split("!")[1].replace("$", "")
        values = [c.value for row in lists[ref] for c in row]
        assert all(values), f"list {ref} has empty cells"
notes = book["Notes"]
assert notes.max_row > len(headers), "the notes sheet does not explain every column"
print(f"{template}: {len(validations)} validations over {len(covered)} columns, notes for {notes.max_row - 1} columns")

book = load_workbook(audit)
assert len(book.sheetnames) == 2, book.sheetnames
for sheet in book.worksheets:
    assert sheet.freeze_panes == "A2", (sheet.title, sheet.freeze_panes)
    assert sheet.auto_filter.ref, f"no filter on {sheet.title}"
    assert sheet.max_row > 1, f"{sheet.title} is empty"
print(f"{audit}: sheets {book.sheetnames}")

if len(sys.argv) > 3:
    # The template in Dutch (issue 25): sheets, headers and drop-downs in Dutch.
    dutch = sys.argv[3]
    book = load_workbook(dutch)
    for name in ["Procedures", "Contacten", "Bestuur", "Uitzonderingen", "Toelichting", "Lijsten"]:
        assert name in book.sheetnames, f"{dutch}: no sheet {name}"
    sheet = book["Procedures"]
    headers = [c.value for c in sheet[1]]
    assert "Loket: dekt" in headers, headers
    lists = book["Lijsten"]
    words = {c.value for row in lists.iter_rows(min_row=2) for c in row if c.value}
    for word in ["volledig", "op afspraak", "loket", "ja", "nee"]:
        assert word in words, f"{dutch}: no drop-down value {word}"
    for dv in sheet.data_validations.dataValidation:
        if dv.type == "list":
            assert dv.formula1.startswith("Lijsten!"), dv.formula1
    print(f"{dutch}: Dutch sheets, headers and drop-downs")
