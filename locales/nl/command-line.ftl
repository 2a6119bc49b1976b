# De fouten van de opdrachtregel (die clap in het Engels schrijft), gezegd
# met de woorden van het hulpmiddel: src/cli/clap_error.rs.

clap-value-required = { $arg } vraagt een waarde, en er is er geen gegeven
clap-invalid-value = ongeldige waarde « { $value } » voor { $arg }
clap-invalid-value-because = ongeldige waarde « { $value } » voor { $arg }: { $reason }
clap-unknown-argument = onverwacht argument: « { $arg } »
clap-unknown-command = onbekende opdracht « { $command } »
clap-missing-required = verplichte argumenten ontbreken: { $args }
clap-missing-command = « { $command } » vraagt een opdracht, en er is er geen gegeven
clap-repeated = { $arg } mag maar één keer gegeven worden
clap-conflict = { $arg } kan niet samen met { $other } gegeven worden
clap-no-equals = { $arg } schrijft men met een gelijkteken: { $arg }=WAARDE
clap-too-many-values = onverwachte waarde « { $value } » voor { $arg }: er werd geen andere meer verwacht
clap-value-count = { $arg } vraagt { $expected } waarden; { $actual ->
    [one] er is er maar één gegeven
   *[other] er zijn er { $actual } gegeven
}
clap-invalid-utf8 = een argument is geen geldige UTF-8-tekst
clap-commands = opdrachten: { $commands }
clap-tip-value = er bestaat een gelijkaardige waarde: « { $value } »
clap-tip-argument = er bestaat een gelijkaardig argument: « { $arg } »
clap-tip-command = er bestaat een gelijkaardige opdracht: « { $command } »
clap-tip-escape = om « { $word } » als waarde door te geven, schrijf « { $escaped } »
clap-tip-remove-dashes = de opdracht « { $command } » bestaat: verwijder de « -- » ervoor
clap-more-help = Meer weten: « --help ».
clap-why-url = dit is geen geldig webadres ({ $detail })
clap-why-url-relative = het adres moet volledig zijn, met https:// vooraan (bijvoorbeeld https://www.mijn-gemeente.be)
clap-why-url-no-host = het adres heeft geen sitenaam na https://
clap-why-url-port = het poortnummer van het adres is niet geldig
clap-why-whole-number = er wordt een geheel getal verwacht
clap-why-range = er wordt een getal tussen { $min } en { $max } verwacht
clap-why-at-least = er wordt een getal van minstens { $min } verwacht
clap-why-other = { $detail }
format-needs-file = « { $name }= » vraagt een bestandsnaam na « = »
format-unknown = onbekend formaat « { $name } » (formaten: { $expected })
format-unknown-close = onbekend formaat « { $name } »: bedoelde u « { $candidate } »? (formaten: { $expected })
output-binary-terminal = dit formaat is binair (een werkmap): het wordt niet in een terminal getoond; geef een bestand (--format xlsx=BESTAND.xlsx of --output BESTAND) of stuur de uitvoer door
output-exists = { $path } bestaat al: het wordt nooit vervangen; geef een andere naam
output-needs-folder = dit formaat wordt in een map geschreven: geef die met --output MAP

# After input errors of a command that audits nothing (init, import, guide…).
diag-summary-nothing-written = { $count ->
    [one] 1 fout in de invoer: er is niets geschreven.
   *[other] { $count } fouten in de invoer: er is niets geschreven.
}

# Fouten van bibliotheken (rekenbladen, JSON), in woorden gezegd.
lib-unreadable = inhoud onleesbaar ({ $detail })
lib-json = { $kind ->
    [eof] het bestand eindigt voor het einde van de JSON (regel { $line }, kolom { $column })
    [data] de JSON volgt het verwachte formaat niet, regel { $line }, kolom { $column } ({ $detail })
    [io] lezen onderbroken
   *[syntax] misvormde JSON op regel { $line }, kolom { $column }
}
