# Le guide des habitants : ce qu'il faut faire d'abord et apporter.

guide-address-ask = Adresse : à demander à l'administration.
guide-first = Avant de commencer
guide-first-help = Pour cela, demandez de l'aide :
guide-requires = Il faut d'abord { $things }.
guide-documents = Pièces à fournir :
guide-cost = Coût :

# Un guide en plusieurs langues (Bruxelles : français et néerlandais) : la
# liste des langues en tête, chacune nommée dans sa langue.
guide-languages = Langues du guide
guide-language-name = Français
