# Het toepassingsgebied van de teksten: gewest, bevoegdheid, inwerkingtreding,
# en wat het rapport zegt over de al dan niet toegepaste teksten.
resolve-unknown-region = gewest « { $value } » onbekend voor het land { $country }: de gewestelijke teksten worden erdoor gekozen, een onbekend gewest zou er geen enkele toepassen
resolve-region-required = een bestuur van dit land ({ $country }) moet zijn gewest vermelden (« region: »): de teksten die het binden zijn gewestelijk; zonder gewest zou er geen enkele toegepast worden (voor België volstaat een Belgische postcode in het adres van een contact)
