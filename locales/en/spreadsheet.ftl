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
