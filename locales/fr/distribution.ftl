# Complétions des shells et pages de manuel (horsligne completions, horsligne manpage).

## Messages des commandes
manpage-written = { $count ->
    [one] 1 page de manuel écrite dans { $dir }
   *[other] { $count } pages de manuel écrites dans { $dir }
}

## Page de manuel
manpage-manual = Manuel de horsligne
manpage-section-name = NOM
manpage-section-synopsis = SYNOPSIS
manpage-section-description = DESCRIPTION
manpage-section-options = OPTIONS
manpage-section-subcommands = SOUS-COMMANDES
manpage-section-notes = REMARQUES
manpage-section-version = VERSION
manpage-section-authors = AUTEURS
manpage-section-exit-status = CODES DE SORTIE
manpage-section-environment = ENVIRONNEMENT
manpage-section-see-also = VOIR AUSSI
manpage-exit-clean = Conforme : aucun constat au seuil de --fail-on.
manpage-exit-findings = Des constats atteignent le seuil de --fail-on (par défaut : les erreurs).
manpage-exit-input = Erreur d'usage ou d'entrée : rien n'est audité, et toutes les erreurs de tous les fichiers sont listées en une fois.
manpage-env-lang = Langue des messages et des rapports (fr, en ou nl) quand --lang n'est pas donné ; sinon la langue du système (LC_ALL, LC_MESSAGES, LANG : nl_BE donne nl), sinon le français.
manpage-env-no-color = S'il est défini et non vide, aucune couleur, comme avec --color never.
manpage-see-also-docs = La documentation complète (format du catalogue, règles, rapports, CI) est dans le dossier docs/ des sources : https://github.com/horsligne/horsligne
