# Le champ d'application des textes : région, matière, entrée en vigueur,
# et ce que le rapport dit des textes appliqués ou non.
resolve-unknown-region = région « { $value } » inconnue pour le pays { $country } : les textes régionaux sont choisis par elle, une région inconnue n'en appliquerait aucun
resolve-region-required = une autorité de ce pays ({ $country }) doit indiquer sa région (« region: ») : les textes qui la lient sont régionaux ; sans elle, aucun ne serait appliqué (pour la Belgique, un code postal belge dans l'adresse d'un contact suffit)
check-equivalent-refused = la mesure déclarée à la place du { $channel ->
    [counter] guichet
    [phone] téléphone
    [postal] courrier
   *[other] canal { $channel }
} (other_offline) n'est pas un équivalent non numérique de niveau au moins équivalent (C.C. n° 126/2025) : { $because ->
    [not-offline] { why-reason }
    [serves-another] c'est déjà le contact du canal { $other ->
        [counter] guichet
        [phone] téléphone
        [postal] courrier
       *[other] { $other }
    } de la démarche, qui ne peut pas en tenir deux à la fois
   *[not-physical] le guichet ne se remplace que par une rencontre en personne (visite à domicile, permanence mobile, autre guichet)
}
check-equivalent-not-clearly-human = équivalence à justifier : rien ne dit qu'une personne assure la mesure qui remplace le { $channel ->
    [counter] guichet
    [phone] téléphone
    [postal] courrier
   *[other] canal { $channel }
} (other_offline{ $kind ->
    [phone] , un téléphone sans « answered_by: human »
    [postal] , un échange de courrier
   *[other] {""}
}) ; décrivez qui reçoit, répond ou se déplace
check-doc-equivalent_human = Une mesure non numérique acceptée à la place du guichet, du téléphone ou du courrier (`other_offline`) est clairement assurée par une personne : un guichet tenu par quelqu'un (pas une borne), ou une ligne répondue par une personne. Sinon l'équivalence est à justifier. Une mesure déjà refusée comme équivalent relève de la règle du canal.
na-no-equivalent = la démarche n'a pas de mesure acceptée à la place d'un canal
text-verdict-applied = appliqué
text-verdict-other-region = non applicable : il lie { $regions }, pas cette région
text-verdict-level-excluded = non applicable : il ne lie pas ce niveau d'autorité ({ $level } ; il lie : { $levels })
text-verdict-other-authority = non applicable : il ne lie que l'autorité qui l'a adopté
text-verdict-bill = non applicable : proposition de loi, appliquée seulement avec --preview
text-verdict-opt-in = non appliqué : appliqué seulement sur demande (--pack)
text-verdict-not-yet = non applicable : pas encore en vigueur à la date de l'audit (entrée en vigueur le { $date })
text-verdict-not-requested = non appliqué : packs par défaut écartés (--no-default-packs)
texts-applied = Textes appliqués :
texts-not-applicable = Textes examinés, non applicables :
texts-none-applied = aucun
texts-date-unverified = date d'entrée en vigueur non vérifiée
texts-no-regional = { $region ->
    [flandre] Flandre
    [wallonie] Wallonie
    [bruxelles-capitale] Région de Bruxelles-Capitale
   *[other] Canton { $region }
} : aucun texte régional examiné
texts-region-deduced = région { $region } déduite du code postal { $postcode } (contact « { $contact } »)
texts-region-written = région écrite « { $written } », comprise comme { $region }
text-verdict-not-a-party = non applicable : cet organisme n'est pas partie au texte
finding-unsettled-matter = { $matter ->
    [federal] matière fédérale
    [community] matière communautaire
    [regional] matière régionale
   *[other] matière { $matter }
} : application du texte régional non établie — { $detail }
resolve-cpas-in-france = « level: cpas » désigne un CPAS belge, lié par les textes wallon et bruxellois ; un CCAS français est un établissement public de sa commune (« local_public_body »), que la loi ESSOC (art. 28) exclut avec elle
basis-good-practice = Bonne pratique (ce texte exclut ce niveau d'autorité)
doc-citation-for = Texte cité pour { $whom }
