## Leesfouten in YAML, gezegd met de woorden van wie het bestand schrijft

yaml-duplicate-key = de sleutel « { $key } » komt twee keer voor op hetzelfde niveau
yaml-duplicate-key-unnamed = een sleutel komt twee keer voor op hetzelfde niveau
yaml-duplicate-key-help = een sleutel wordt maar één keer per blok gegeven: verwijder of voeg een van beide samen
yaml-empty-value = lege waarde: na de dubbele punt wordt een waarde verwacht
yaml-empty-value-help = schrijf de waarde na « sleutel: », of verwijder de regel als de sleutel facultatief is
yaml-multiple-documents = dit bestand bevat meerdere YAML-documenten (gescheiden door « --- »)
yaml-multiple-documents-help = een bestand bevat maar één document: verwijder de regel « --- » in het midden, of verdeel de inhoud over meerdere bestanden in dezelfde map
yaml-unknown-anchor = deze alias (« *naam ») verwijst naar een anker (« &naam ») dat nergens ervoor bepaald is
yaml-unexpected-end = het bestand eindigt midden in een waarde
yaml-unexpected-end-help = een aanhalingsteken, een haakje [ of een accolade {"{"} is wellicht niet gesloten
yaml-too-complex = het document is te complex om te lezen (aliassen of nesting boven de grenzen): het wordt geweigerd om het geheugen te beschermen
yaml-expected = hier verwacht: { $kind }
yaml-kind-list = een lijst (« - element » of [a, b])
yaml-kind-mapping = sleutels met hun waarden (« sleutel: waarde »)
yaml-kind-boolean = true of false
yaml-kind-whole-number = een positief geheel getal
yaml-kind-integer = een geheel getal
yaml-kind-number = een getal
yaml-kind-character = één enkel teken
yaml-kind-text = een tekst (één enkele waarde)
