## horsligne scan: een ontwerp van catalogus uit de website van een bestuur
scan-progress = pagina's gelezen
scan-draft-header = ONTWERP OM NA TE LEZEN: geschreven door « horsligne scan » vanaf { $start }
    ({ $pages } pagina's gelezen, { $procedures } procedures gevonden).
    Elke waarde komt van een pagina van de site, die er als commentaar boven staat;
    niets is verzonnen, maar het lezen van een pagina kan zich vergissen. Controleer elke
    procedure bij de dienst, vul aan wat de pagina's niet zeggen (« reviewed »,
    « service », openingsuren, afspraak), en voer daarna « horsligne audit » uit op dit bestand.
scan-comment-source = volgens
scan-comment-channel = kanaal voorgesteld door de pagina:
scan-comment-online-only = de pagina zegt dat de procedure via internet verloopt:
scan-comment-prerequisite = voorwaarde vermeld door de pagina:
scan-comment-no-channel = de pagina zegt niet hoe de procedure te doen: in te vullen
scan-summary = { $pages ->
    [one] { $pages } pagina gelezen
   *[other] { $pages } pagina's gelezen
} ({ $unreadable } onleesbaar), { $procedure_pages ->
    [one] { $procedure_pages } procedurepagina
   *[other] { $procedure_pages } procedurepagina's
}, { $procedures ->
    [one] { $procedures } procedure in het ontwerp
   *[other] { $procedures } procedures in het ontwerp
}
scan-start-unreadable = de startpagina { $url } kon niet gelezen worden: { $detail }
scan-country-unknown = het land van { $host } valt niet uit zijn naam af te leiden: geef het met --country (BE, FR…)
scan-not-a-web-address = { $url } is geen webadres (http of https)
scan-host-given-up = { $host } opgegeven: { $why }
scan-deadline-reached = tijdslimiet overschreden ({ $seconds } s): { $left ->
    [one] { $left } gevonden pagina werd niet gelezen
   *[other] { $left } gevonden pagina's werden niet gelezen
}; het ontwerp is onvolledig (--deadline om te verlengen)
# Geen ontwerp in plaats van een ongeldige catalogus (issue 21): een catalogus zonder procedure laadt niet.
scan-no-procedure = geen procedure herkend op { $pages ->
    [one] { $pages } gelezen pagina
   *[other] { $pages } gelezen pagina's
}: geen ontwerp geschreven (probeer het adres van de pagina die de procedures opsomt, of --max-pages)
