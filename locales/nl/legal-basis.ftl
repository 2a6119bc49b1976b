# Wat de tekst van een regel waard is (rechtsgrond, grondslag, kwaliteit van de gegevens),
# en de berichten van de controles die toegevoegd zijn om zich daaraan te houden.
check-contact-detail-missing = het contact { $channel } « { $contact } » vermeldt geen « { $field } »: de inwoners kunnen het niet vinden of bereiken; vraag het aan de dienst en noteer het in de catalogus
check-doc-contact_details = De contacten waarnaar de procedure verwijst, zeggen waar en wanneer ze te vinden zijn: een loket of postcontact heeft een adres, een telefoon een nummer, en (als `details` het vraagt) hebben loketten en telefoons openingsuren. Een contact zonder adres wordt bij het laden niet geweigerd: het wordt deze vaststelling.
why-reason = { $reason ->
    [why-partial] het dekt maar een deel van de procedure
    [why-info-only] het geeft alleen informatie
    [why-digital] het loopt via internet
    [why-booking-online] de afspraak kan alleen online gemaakt worden
    [why-form-download] het formulier is alleen te krijgen door het te downloaden
    [why-self-service] het is een selfservicezuil: niemand om te helpen
    [why-booking-machine] de afspraak kan alleen gemaakt worden via een telefoon waar niemand opneemt
    [why-to-confirm] het moet nog nagekeken worden (gemarkeerd « to_confirm »)
   *[why-machine-only] niemand neemt op, alleen een keuzemenu of een robot
}
check-teleservice-substitute-not-offline = het alternatief (« substitute ») is niet offline: { why-reason }
check-teleservice-assistance-not-offline = de begeleiding (« assistance ») is niet bereikbaar zonder internet: { why-reason }
check-mediator-not-offline = de bemiddelaar is niet bereikbaar zonder internet: { why-reason }
pack-status-advocacy = eis van verenigingen (pleitwerk)
confidence-data_quality = niet van toepassing (kwaliteit van de gegevens)
rp-confidence-data_quality = niet van toepassing (kwaliteit van de gegevens)
doc-confidence-by-level = Betrouwbaarheid volgens het niveau:
doc-absorbs = Groepeert (zelfde probleem, vermeld bij deze regel):
basis-legal = Rechtsgrond
basis-grounds-recommendation = Grondslag (aanbeveling, niet bindend)
basis-grounds-bill = Grondslag (wetsvoorstel, niet van kracht)
basis-grounds-local-policy = Grondslag (eigen engagement van het bestuur)
basis-grounds-advocacy = Bron (eis van verenigingen, niet bindend)
basis-data-quality = Kwaliteit van de gegevens (geen tekst in het spel)
rp-also-cited = Teksten die hetzelfde zeggen
rp-col-source = Vermelde tekst en zijn waarde
rp-headline-offline = { $offline ->
    [one] { $offline } procedure
   *[other] { $offline } procedures
} op { $procedures } { $offline ->
    [one] kan
   *[other] kunnen
} zonder internet.
rp-headline-compliant = { $compliant ->
    [one] { $compliant } is in orde
   *[other] { $compliant } zijn in orde
}: « in orde » betekent dat voor de procedure geen fout zonder afwijking vastgesteld is; een fout wordt alleen vastgesteld waar een geldende tekst dit bestuur bindt, waar het zich zelf geëngageerd heeft, of bij een fout in de gegevens.
na-channel-absent = geen kanaal { $channel }
check-doc-exemption_ground_refused = Meldt alleen de afwijkingen waarvan het motief tot `grounds` behoort en die de betrokken regel weigert (in Brussel ontslaat de « onevenredige last » niet van de drie kanalen). De andere problemen met afwijkingen (verlopen, nutteloos, zonder referentie) blijven gemeld door de regel `exemption_valid`, met haar eigen ernst.
