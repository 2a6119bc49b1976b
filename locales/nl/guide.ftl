# De gids voor de inwoners: wat eerst te doen en mee te brengen.

guide-address-ask = Adres: te vragen aan het bestuur.
guide-first = Voor u begint
guide-first-help = Vraag daarvoor hulp:
guide-requires = U hebt eerst { $things } nodig.
guide-documents = Mee te brengen documenten:
guide-cost = Kostprijs:

# Een gids in meer talen (Brussel: Frans en Nederlands): de lijst van de
# talen bovenaan, elke taal in haar eigen taal genoemd.
guide-languages = Talen van de gids
guide-language-name = Nederlands
