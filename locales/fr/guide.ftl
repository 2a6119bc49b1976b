# Le guide des habitants : ce qu'il faut faire d'abord et apporter.

guide-address-ask = Adresse : à demander à la mairie.
guide-first = Avant de commencer
guide-first-help = Pour cela, demandez de l'aide :
guide-requires = Il faut d'abord { $things }.
guide-documents = Pièces à fournir :
guide-cost = Coût :
