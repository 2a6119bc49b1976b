# Hostile input: workbook bounds (issue 24).
sheet-too-large = workbook too large: more than { $limit } { $what ->
    [rows] rows in one sheet
    [columns] columns in one sheet
    [cells] filled cells
   *[text] bytes of text
  }; it was not read
sheet-too-large-help = a catalogue of 100,000 procedures fits well within these limits; check that the file is a horsligne workbook (a lone cell far away, repeated rows)
sheet-error-value = cell { $cell } of sheet "{ $sheet }" holds a spreadsheet error ({ $error }), not a value
sheet-csv-unclosed-quote = a quote opened on this line is never closed: every following row would be read as one cell
sheet-csv-unclosed-quote-help = close the quote (a quote inside a quoted cell is written "")
