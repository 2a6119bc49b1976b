## Spreadsheets: export, import (docs/spreadsheets.md)
sheet-bad-cell = { $sheet }, row { $row }, column { $header }: "{ $value }"; expected: { $expected }
sheet-unknown-column = sheet "{ $sheet }": column "{ $header }" is not in the template (its values would be lost)
sheet-mixed-column = sheet "{ $sheet }": column "{ $header }" is in another language than the other columns of the sheet
sheet-missing-column = sheet "{ $sheet }": column "{ $header }" is missing
sheet-missing = the workbook has no sheet "{ $sheet }"
sheet-second-authority = sheet "{ $sheet }": one authority per catalogue; this row is one too many
sheet-unreadable = unreadable workbook: { $error }
sheet-unknown-format = neither an .xlsx or .ods workbook nor a directory of CSV files (procedures.csv, contacts.csv, authority.csv, exemptions.csv, or their French or Dutch names)
sheet-csv-two-files = { $first } and { $second } are the same sheet in two languages: keep only one
export-written = { $path } written ({ $procedures } procedures).
import-written = Catalogue written to { $path } ({ $procedures } procedures).
import-exists = { $path } already exists: horsligne import never writes over a file. Choose another output directory.
import-invalid = the imported catalogue does not validate; nothing was written
import-serialise = cannot write the catalogue as YAML: { $error }
xlsx-sheet-procedures = Procedures
xlsx-sheet-findings = Findings
xlsx-findings-count = findings
xlsx-offline = without the internet
xlsx-limited = limited
xlsx-absent = absent
xlsx-needs-file = an xlsx workbook is written to a file: --format xlsx=audit.xlsx
sheet-cell = { $sheet }, row { $row }, column { $header }: { $message }
sheet-read-as = { $sheet }, row { $row }, column { $header }: "{ $value }" read as "{ $reading }"
sheet-date-day-first = { $sheet }, row { $row }, column { $header }: "{ $value }" read day first (day/month/year): { $reading }

## What a cell should have held (« expected: … »)
sheet-expected-hours = OpenStreetMap opening hours (Mo-Fr 09:00-12:00), docs/horaires.md
sheet-expected-number = a positive number (12.50)
sheet-expected-date = a date YYYY-MM-DD or DD/MM/YYYY
sheet-expected-url = an https://… address
sheet-expected-value = a value
sheet-expected-contact-id = a contact id
sheet-expected-unique-id = a unique id
sheet-expected-procedure-id = the procedure's id
sheet-expected-earlier-procedure = a procedure described on an earlier row
sheet-expected-title = the procedure's title
sheet-expected-reference = a code from docs/references.md or a Service-Public.fr sheet (F1427)
sheet-expected-exempted-procedure = the id of a procedure of the Procedures sheet
sheet-expected-rule = a rule id (NN-PHONE…)
sheet-expected-unique-procedure = a unique id (one row per procedure; its steps fill in « Step »)
