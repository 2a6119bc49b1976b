# The residents' guide: what to do first and bring.

guide-address-ask = Address: ask the administration.
guide-first = Before you start
guide-first-help = For this, ask for help:
guide-requires = You first need { $things }.
guide-documents = Documents to bring:
guide-cost = Cost:

# A guide in several languages (Brussels: French and Dutch): the list of
# languages at the top, each named in its own language.
guide-languages = Languages of the guide
guide-language-name = English
