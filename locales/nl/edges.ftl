# Vijandige invoer: grenzen van de werkmappen (issue 24).
sheet-too-large = werkmap te groot: meer dan { $limit } { $what ->
    [rows] rijen in een blad
    [columns] kolommen in een blad
    [cells] ingevulde cellen
   *[text] bytes tekst
  }; hij werd niet gelezen
sheet-too-large-help = een catalogus van 100 000 procedures blijft ruim binnen deze grenzen; kijk na of het bestand wel een werkmap van horsligne is (een losse cel heel ver weg, herhaalde rijen)
sheet-error-value = de cel { $cell } van het blad « { $sheet } » bevat een spreadsheetfout ({ $error }), geen waarde
sheet-csv-unclosed-quote = een aanhalingsteken dat op deze regel geopend wordt, wordt nooit gesloten: alle volgende regels zouden als één cel gelezen worden
sheet-csv-unclosed-quote-help = sluit het aanhalingsteken (een aanhalingsteken in een cel tussen aanhalingstekens schrijft u als "")
