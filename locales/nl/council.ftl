# Het rapport voor de gemeenteraad: wat een raadslid of een inwoner leest, zonder YAML.

## Datums
month-1 = januari
month-2 = februari
month-3 = maart
month-4 = april
month-5 = mei
month-6 = juni
month-7 = juli
month-8 = augustus
month-9 = september
month-10 = oktober
month-11 = november
month-12 = december
date-long = { $day } { $month } { $year }

## Hoofding en samenvatting
cr-title = Kunt u uw procedures zonder internet doen?
cr-made = Controle van { $date }
cr-made-by = Controle van { $date }, uitgevoerd door { $author }
cr-tool = Opgesteld met { $tool } { $version }.
cr-cannot-heading = { $count ->
    [one] De procedure die niet zonder internet kan
   *[other] De { $count } procedures die niet zonder internet kunnen
}
cr-kpi-procedures = { $count ->
    [one] procedure gecontroleerd
   *[other] procedures gecontroleerd
}
cr-kpi-offline = { $count ->
    [one] mogelijk zonder internet
   *[other] mogelijk zonder internet
}
cr-kpi-compliant = { $count ->
    [one] in orde
   *[other] in orde
}
cr-kpi-online-only = { $count ->
    [one] alleen online
   *[other] alleen online
}
cr-kpi-unreachable = { $count ->
    [one] zonder enige volledige weg
   *[other] zonder enige volledige weg
}
cr-kpi-errors = { $count ->
    [one] fout vastgesteld
   *[other] fouten vastgesteld
}
cr-kpi-warnings = { $count ->
    [one] punt om te verbeteren
   *[other] punten om te verbeteren
}
cr-kpi-infos = { $count ->
    [one] punt om te weten
   *[other] punten om te weten
}
cr-kpi-exempted = { $count ->
    [one] aanvaarde afwijking
   *[other] aanvaarde afwijkingen
}

## Procedure per procedure
cr-by-procedure-heading = Procedure per procedure
cr-by-procedure-intro = Voor elke procedure waar iets ontbreekt: wat ontbreekt, waarom dat telt voor de inwoners, en wat het bestuur kan doen.
cr-service = Dienst: { $service }
cr-can = Kan zonder internet.
cr-cannot = Kan niet zonder internet.
cr-why = Waarom het belangrijk is:
cr-do = Wat het bestuur kan doen:
cr-details = Precies:
cr-rules = { $count ->
    [one] Regel:
   *[other] Regels:
}
cr-level-error = Verplichting
cr-level-error-commitment = Engagement van het bestuur
cr-level-error-data = Gegeven om te verbeteren
cr-level-warning = Te verbeteren
cr-level-info = Om te weten
cr-all-good = { $count ->
    [one] Deze procedure leeft alle toegepaste regels na:
   *[other] Deze { $count } procedures leven alle toegepaste regels na:
}
cr-authority-heading = Voor het hele bestuur
cr-step = Stap « { $step } »:

## Wie deze controle deed, en op basis waarvan
cr-method-heading = Wie deze controle deed, en op basis waarvan
cr-method-author = Uitgevoerd door
cr-method-author-none = niet vermeld (optie --author)
cr-texts-heading = De toegepaste teksten
cr-rules-heading = De toegepaste regels
cr-pages-heading = De gelezen pagina's
cr-page-read = gelezen op { $date }
cr-page-not-read = niet gelezen
cr-exemption-until = tot { $date }

## Wat ontbreekt, waarom, wat het bestuur kan doen
council-online-only-what = Deze procedure kan alleen online.
council-online-only-why = Wie geen internet heeft, of er niet mee overweg kan, kan ze niet alleen doen.
council-online-only-do = De procedure ook aan het loket, per telefoon of per post mogelijk maken, van begin tot einde.

council-unreachable-what = Geen enkele weg maakt deze hele procedure mogelijk, zelfs niet online.
council-unreachable-why = De inwoners weten niet hoe ze tot het einde kunnen gaan.
council-unreachable-do = Zeggen hoe de procedure volledig verloopt, en haar beschrijving aanvullen.

council-channel-counter-what = Deze hele procedure kan niet aan een loket.
council-channel-counter-why = Veel mensen moeten met iemand van aangezicht tot aangezicht kunnen praten, met hun papieren.
council-channel-counter-do = De inwoners ontvangen voor de hele procedure, met een afspraak die zonder internet te maken is.

council-channel-phone-what = Deze hele procedure kan niet per telefoon.
council-channel-phone-why = Mensen die zich niet kunnen verplaatsen, hebben dan geen ander middel zonder internet.
council-channel-phone-do = De procedure per telefoon mogelijk maken, met een mens die opneemt.

council-channel-postal-what = Deze hele procedure kan niet per post.
council-channel-postal-why = Met de post kan men handelen zonder zich te verplaatsen en zonder internet, en er blijft een spoor.
council-channel-postal-do = Aanvragen per post aanvaarden, met een formulier dat men op papier kan ontvangen.

council-channel-other-what = De geboden weg zonder internet is niet die welke de tekst vraagt.
council-channel-other-why = De toegepaste tekst vraagt een loket, de telefoon of de post.
council-channel-other-do = Het loket, de telefoon of de post aanbieden voor deze procedure.

council-human-contact-what = Voor deze procedure is niemand zonder internet te bereiken.
council-human-contact-why = Zonder iemand om mee te praten, blokkeert één moeilijkheid de hele procedure.
council-human-contact-do = Een loket of een telefoonnummer geven waar een mens opneemt.

council-phone-tariff-what = Het telefoonnummer kan meer kosten dan een gewone oproep.
council-phone-tariff-why = Een betaalnummer weegt op wie het minst middelen heeft.
council-phone-tariff-do = Een gratis nummer geven, of een nummer tegen de prijs van een gewone oproep.

council-walk-in-what = Voor het loket is altijd een afspraak nodig.
council-walk-in-why = Een afspraak maken is voor sommige mensen een extra drempel.
council-walk-in-do = Momenten behouden waarop men zonder afspraak ontvangen wordt.

council-booking-what = De afspraak kan alleen via internet gemaakt worden.
council-booking-why = Wie geen internet heeft, krijgt geen afspraak, en dus de procedure niet.
council-booking-do = Afspraken mogelijk maken per telefoon of aan het loket.

council-hours-counter-what = Het loket is weinig uren per week open.
council-hours-counter-why = Wie werkt of afhangt van het openbaar vervoer, raakt er moeilijk.
council-hours-counter-do = Het loket langer openen, of op andere momenten.

council-hours-phone-what = De telefoon wordt weinig uren per week opgenomen.
council-hours-phone-why = Het is moeilijk iemand op het goede moment te bereiken.
council-hours-phone-do = De telefoon langer opnemen.

council-delay-what = Zonder internet komt het antwoord veel later.
council-delay-why = Wie geen internet heeft, wacht langer dan de anderen.
council-delay-do = Aanvragen op papier even snel behandelen als online aanvragen.

council-fee-what = Zonder internet kost de procedure meer.
council-fee-why = Wie geen internet heeft, betaalt meer dan de anderen.
council-fee-do = Dezelfde prijs vragen, langs welke weg ook.

council-digital-prerequisite-what = Zelfs aan het loket, per telefoon of per post moet men eerst via internet.
council-digital-prerequisite-why = Wie geen internet heeft, blijft steken nog voor het loket.
council-digital-prerequisite-do = Deze online stap schrappen, of ze ter plaatse samen met de persoon doen.

council-paper-form-what = Het papieren formulier is alleen te krijgen door het te downloaden.
council-paper-form-why = Zonder internet heeft men het formulier niet, en kan men dus niet schrijven.
council-paper-form-do = Het formulier aan het loket geven en per post opsturen naar wie erom vraagt.

council-deadline-postal-what = Deze procedure heeft een termijn, maar kan niet per post verstuurd worden.
council-deadline-postal-why = Zonder verzending per post kan de poststempel niet bewijzen dat de termijn nageleefd is.
council-deadline-postal-do = Verzending per post aanvaarden, waarbij de poststempel als bewijs geldt.

council-teleservice-what = De online procedure is verplicht, zonder hulp of alternatief.
council-teleservice-why = Een verplichte online procedure moet hulp en een andere oplossing voorzien.
council-teleservice-do = Aanwijzen wie de inwoners helpt, en een andere oplossing dan de website aanbieden.

council-reviewed-what = De beschrijving van deze procedure is al lang niet meer nagekeken.
council-reviewed-why = Oude informatie kan de inwoners naar de verkeerde plaats sturen.
council-reviewed-do = De beschrijving met de dienst nakijken en de datum noteren.

council-exemption-what = Een afwijking voldoet niet meer aan haar voorwaarden.
council-exemption-why = Zonder geldig en actueel motief keert het gebrek terug in de controle.
council-exemption-do = De afwijking herzien: motief, tekst die ze toestaat, einddatum.

council-contact-details-what = De catalogus zegt niet waar het loket, het nummer of het postadres te vinden is.
council-contact-details-why = Zonder adres of nummer kunnen de inwoners er niet heen gaan, bellen of schrijven.
council-contact-details-do = Het adres, het nummer en de openingsuren van elk onthaalpunt bekendmaken.

council-placeholder-what = De beschrijving van deze procedure is niet af.
council-placeholder-why = Zolang ze niet aangevuld is, steunt de controle op veronderstellingen.
council-placeholder-do = De beschrijving aanvullen met de betrokken dienst.

council-mediator-what = Niemand is aangewezen om de inwoners te helpen hun procedures zonder internet te doen.
council-mediator-why = De inwoners weten niet tot wie ze zich moeten wenden.
council-mediator-do = Een bemiddelaar voor de niet-digitale toegang aanwijzen en dat bekendmaken.

council-page-reachable-what = De webpagina van de procedure opent niet.
council-page-reachable-why = Helpers en inwoners vinden de informatie niet.
council-page-reachable-do = De link of de pagina herstellen.

council-page-agrees-what = De webpagina zegt niet hetzelfde als de beschrijving van de procedure.
council-page-agrees-why = De inwoners krijgen tegenstrijdige informatie.
council-page-agrees-do = De pagina en de beschrijving met elkaar in overeenstemming brengen.

council-page-checked-what = De webpagina van de procedure kon niet gelezen worden.
council-page-checked-why = Niets bevestigt wat de beschrijving aankondigt.
council-page-checked-do = De pagina met de hand nakijken.

cr-chart-service-data = { $compliant } in orde, { $noncompliant } niet in orde
cr-house = { $house ->
    [be-commune] het gemeentebestuur
    [ch-commune] de gemeente
    [cpas] het OCMW
    [authority] het bestuur
   *[mairie] het gemeentehuis
}
