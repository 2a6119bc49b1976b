# Premiers pas sans catalogue : ce que montrent « horsligne » sans argument et
# « horsligne audit » là où il n'y a pas de catalogue (les mêmes trois chemins
# que la section « Commencer » du README).

first-steps =
    Pour commencer, trois chemins :
      1. Depuis le site de la collectivité : « horsligne scan https://www.ma-commune.be --output brouillon.yaml » écrit un brouillon ; relisez-le auprès des services, puis « horsligne audit brouillon.yaml ».
      2. Depuis un tableur : « horsligne init ma-commune/ », puis « horsligne export ma-commune/ --format xlsx --output ma-commune.xlsx » ; remplissez le tableur, puis « horsligne import ma-commune.xlsx --output ma-commune-complet/ » et « horsligne audit ma-commune-complet/ ».
      3. À la main : « horsligne init ma-commune/ » écrit un catalogue commenté ; complétez chaque « À COMPLÉTER », puis « horsligne audit ma-commune/ ».
    Ensuite : « horsligne audit ma-commune/ --format html=rapport.html » écrit un rapport à imprimer pour le conseil ou une association, et « horsligne guide ma-commune/ --output guide.html » le guide des habitants.
first-steps-usage = Utilisation : horsligne <COMMANDE> ; « horsligne --help » liste les commandes.
