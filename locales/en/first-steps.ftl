# First steps without a catalogue: what `horsligne` without arguments and
# `horsligne audit` where there is no catalogue show (the same three paths as
# the README's « Commencer » section).

first-steps =
    To start, three paths:
      1. From the authority's website: `horsligne scan https://www.my-town.be --output draft.yaml` writes a draft; check it with the services, then `horsligne audit draft.yaml`.
      2. From a spreadsheet: `horsligne init my-town/`, then `horsligne export my-town/ --format xlsx --output my-town.xlsx`; fill in the spreadsheet, then `horsligne import my-town.xlsx --output my-town-filled/` and `horsligne audit my-town-filled/`.
      3. By hand: `horsligne init my-town/` writes a commented catalogue; fill in every « À COMPLÉTER », then `horsligne audit my-town/`.
    Then: `horsligne audit my-town/ --format html=report.html` writes a report to print for the council or an association, and `horsligne guide my-town/ --output guide.html` the residents' guide.
first-steps-usage = Usage: horsligne <COMMAND>; `horsligne --help` lists the commands.
