# The residents' guide: what to do first and bring.

guide-address-ask = Address: ask the town hall.
guide-first = Before you start
guide-first-help = For this, ask for help:
guide-requires = You first need { $things }.
guide-documents = Documents to bring:
guide-cost = Cost:
