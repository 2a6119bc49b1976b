# Eerste stappen zonder catalogus: wat « horsligne » zonder argument en
# « horsligne audit » waar geen catalogus is tonen (dezelfde drie wegen als het
# deel « Beginnen » van README.nl.md).

first-steps =
    Om te beginnen, drie wegen:
      1. Vanuit de website van het bestuur: « horsligne scan https://www.mijn-gemeente.be --output ontwerp.yaml » schrijft een ontwerp; lees het na met de diensten, daarna « horsligne audit ontwerp.yaml ».
      2. Vanuit een rekenblad: « horsligne init mijn-gemeente/ », daarna « horsligne export mijn-gemeente/ --format xlsx --output mijn-gemeente.xlsx »; vul het rekenblad in, daarna « horsligne import mijn-gemeente.xlsx --output mijn-gemeente-volledig/ » en « horsligne audit mijn-gemeente-volledig/ ».
      3. Met de hand: « horsligne init mijn-gemeente/ » schrijft een catalogus met uitleg; vul elk « À COMPLÉTER » (in te vullen) in, daarna « horsligne audit mijn-gemeente/ ».
    Daarna: « horsligne audit mijn-gemeente/ --format html=rapport.html » schrijft een rapport om af te drukken voor de gemeenteraad of een vereniging, en « horsligne guide mijn-gemeente/ --output gids.html » de gids voor de inwoners.
first-steps-usage = Gebruik: horsligne <OPDRACHT>; « horsligne --help » somt de opdrachten op.
