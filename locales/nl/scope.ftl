# Het toepassingsgebied van de teksten: gewest, bevoegdheid, inwerkingtreding,
# en wat het rapport zegt over de al dan niet toegepaste teksten.
resolve-unknown-region = gewest « { $value } » onbekend voor het land { $country }: de gewestelijke teksten worden erdoor gekozen, een onbekend gewest zou er geen enkele toepassen
resolve-region-required = een bestuur van dit land ({ $country }) moet zijn gewest vermelden (« region: »): de teksten die het binden zijn gewestelijk; zonder gewest zou er geen enkele toegepast worden (voor België volstaat een Belgische postcode in het adres van een contact)
check-equivalent-refused = de maatregel die opgegeven is in de plaats van { $channel ->
    [counter] het loket
    [phone] de telefoon
    [postal] de post
   *[other] het kanaal { $channel }
} (other_offline) is geen niet-digitaal equivalent van minstens gelijkwaardig niveau (GwH nr. 126/2025): { $because ->
    [not-offline] { why-reason }
    [serves-another] het is al het contact van het kanaal { $other ->
        [counter] loket
        [phone] telefoon
        [postal] post
       *[other] { $other }
    } van de procedure, dat er geen twee tegelijk kan invullen
   *[not-physical] het loket kan enkel vervangen worden door een persoonlijke ontmoeting (huisbezoek, mobiele zitdag, ander loket)
}
check-equivalent-not-clearly-human = equivalentie te verantwoorden: niets zegt dat een persoon de maatregel verzorgt die { $channel ->
    [counter] het loket
    [phone] de telefoon
    [postal] de post
   *[other] het kanaal { $channel }
} vervangt (other_offline{ $kind ->
    [phone] , een telefoon zonder « answered_by: human »
    [postal] , een briefwisseling
   *[other] {""}
}); beschrijf wie ontvangt, antwoordt of zich verplaatst
check-doc-equivalent_human = Een niet-digitale maatregel die aanvaard wordt in de plaats van het loket, de telefoon of de post (`other_offline`), wordt duidelijk door een persoon verzorgd: een loket met iemand erachter (geen zuil), of een lijn die door een persoon beantwoord wordt. Anders moet de equivalentie verantwoord worden. Een maatregel die al als equivalent geweigerd is, valt onder de regel van het kanaal.
na-no-equivalent = de procedure heeft geen maatregel die aanvaard wordt in de plaats van een kanaal
text-verdict-applied = toegepast
text-verdict-other-region = niet van toepassing: hij bindt { $regions }, niet dit gewest
text-verdict-level-excluded = niet van toepassing: hij bindt dit bestuursniveau niet ({ $level }; hij bindt: { $levels })
text-verdict-other-authority = niet van toepassing: hij bindt enkel het bestuur dat hem aangenomen heeft
text-verdict-bill = niet van toepassing: wetsvoorstel, enkel toegepast met --preview
text-verdict-opt-in = niet toegepast: enkel toegepast op vraag (--pack)
text-verdict-not-yet = niet van toepassing: nog niet in werking op de datum van de audit (inwerkingtreding op { $date })
text-verdict-not-requested = niet toegepast: standaardpacks weggelaten (--no-default-packs)
texts-applied = Toegepaste teksten:
texts-not-applicable = Onderzochte teksten, niet van toepassing:
texts-none-applied = geen
texts-date-unverified = datum van inwerkingtreding niet geverifieerd
texts-no-regional = { $region ->
    [flandre] Vlaanderen
    [wallonie] Wallonië
    [bruxelles-capitale] Brussels Hoofdstedelijk Gewest
   *[other] Kanton { $region }
}: geen gewestelijke tekst onderzocht
texts-region-deduced = gewest { $region } afgeleid uit de postcode { $postcode } (contact « { $contact } »)
texts-region-written = gewest geschreven als « { $written } », begrepen als { $region }
text-verdict-not-a-party = niet van toepassing: deze instelling is geen partij bij de tekst
finding-unsettled-matter = { $matter ->
    [federal] federale bevoegdheid
    [community] gemeenschapsbevoegdheid
    [regional] gewestbevoegdheid
   *[other] bevoegdheid { $matter }
}: toepassing van de gewestelijke tekst niet vastgesteld — { $detail }
resolve-cpas-in-france = « level: cpas » duidt een Belgisch OCMW (CPAS) aan, gebonden door de Waalse en Brusselse teksten; een Frans CCAS is een openbare instelling van zijn gemeente (« local_public_body »), die de ESSOC-wet (art. 28) samen met haar uitsluit
basis-good-practice = Goede praktijk (deze tekst sluit dit bestuursniveau uit)
doc-citation-for = Tekst aangehaald voor { $whom }
