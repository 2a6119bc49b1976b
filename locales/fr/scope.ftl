# Le champ d'application des textes : région, matière, entrée en vigueur,
# et ce que le rapport dit des textes appliqués ou non.
resolve-unknown-region = région « { $value } » inconnue pour le pays { $country } : les textes régionaux sont choisis par elle, une région inconnue n'en appliquerait aucun
resolve-region-required = une autorité de ce pays ({ $country }) doit indiquer sa région (« region: ») : les textes qui la lient sont régionaux ; sans elle, aucun ne serait appliqué (pour la Belgique, un code postal belge dans l'adresse d'un contact suffit)
