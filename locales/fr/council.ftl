# Le rapport pour le conseil : ce qu'un élu ou un habitant lit, sans YAML.

## Dates
month-1 = janvier
month-2 = février
month-3 = mars
month-4 = avril
month-5 = mai
month-6 = juin
month-7 = juillet
month-8 = août
month-9 = septembre
month-10 = octobre
month-11 = novembre
month-12 = décembre
date-long = { $day ->
    [1] 1er
   *[other] { $day }
} { $month } { $year }

## En-tête et synthèse
cr-title = Peut-on faire ses démarches sans internet ?
cr-made = Audit du { $date }
cr-made-by = Audit du { $date }, réalisé par { $author }
cr-tool = Établi avec { $tool } { $version }.
cr-cannot-heading = { $count ->
    [one] La démarche qui ne peut pas se faire sans internet
   *[other] Les { $count } démarches qui ne peuvent pas se faire sans internet
}
cr-kpi-procedures = { $count ->
    [one] démarche auditée
   *[other] démarches auditées
}
cr-kpi-offline = { $count ->
    [one] faisable sans internet
   *[other] faisables sans internet
}
cr-kpi-compliant = { $count ->
    [one] conforme
   *[other] conformes
}
cr-kpi-online-only = { $count ->
    [one] uniquement en ligne
   *[other] uniquement en ligne
}
cr-kpi-unreachable = { $count ->
    [one] sans aucun moyen complet
   *[other] sans aucun moyen complet
}
cr-kpi-errors = { $count ->
    [one] erreur relevée
   *[other] erreurs relevées
}
cr-kpi-warnings = { $count ->
    [one] point à améliorer
   *[other] points à améliorer
}
cr-kpi-infos = { $count ->
    [one] point à savoir
   *[other] points à savoir
}
cr-kpi-exempted = { $count ->
    [one] exemption acceptée
   *[other] exemptions acceptées
}

## Démarche par démarche
cr-by-procedure-heading = Démarche par démarche
cr-by-procedure-intro = Pour chaque démarche où quelque chose manque : ce qui manque, pourquoi cela compte pour les habitants, et ce que { cr-house } peut faire.
cr-service = Service : { $service }
cr-can = Peut se faire sans internet.
cr-cannot = Ne peut pas se faire sans internet.
cr-why = Pourquoi c'est important :
cr-do = Ce que { cr-house } peut faire :
cr-details = Précisément :
cr-rules = { $count ->
    [one] Règle :
   *[other] Règles :
}
cr-level-error = Obligation
cr-level-error-commitment = Engagement de la collectivité
cr-level-error-data = Donnée à corriger
cr-level-warning = À améliorer
cr-level-info = À savoir
cr-all-good = { $count ->
    [one] Cette démarche respecte toutes les règles appliquées :
   *[other] Ces { $count } démarches respectent toutes les règles appliquées :
}
cr-authority-heading = Pour toute la collectivité
cr-step = Étape « { $step } » :

## Qui a fait l'audit, et à partir de quoi
cr-method-heading = Qui a fait cet audit, et à partir de quoi
cr-method-author = Réalisé par
cr-method-author-none = non indiqué (option --author)
cr-texts-heading = Les textes appliqués
cr-rules-heading = Les règles appliquées
cr-pages-heading = Les pages lues
cr-page-read = lue le { $date }
cr-page-not-read = pas lue
cr-exemption-until = jusqu'au { $date }

## Ce qui manque, pourquoi, ce que la mairie peut faire
council-online-only-what = Cette démarche ne se fait qu'en ligne.
council-online-only-why = Une personne sans internet, ou qui ne sait pas s'en servir, ne peut pas la faire seule.
council-online-only-do = Permettre de la faire aussi au guichet, par téléphone ou par courrier, du début à la fin.

council-unreachable-what = Aucun moyen ne permet de faire toute cette démarche, même en ligne.
council-unreachable-why = Les habitants ne savent pas comment aller jusqu'au bout.
council-unreachable-do = Dire comment la démarche se fait en entier, et compléter sa description.

council-channel-counter-what = On ne peut pas faire toute cette démarche à un guichet.
council-channel-counter-why = Beaucoup de personnes ont besoin de parler à quelqu'un en face, avec leurs papiers.
council-channel-counter-do = Recevoir les habitants pour toute la démarche, avec un rendez-vous qui se prend sans internet.

council-channel-phone-what = On ne peut pas faire toute cette démarche par téléphone.
council-channel-phone-why = Les personnes qui ne peuvent pas se déplacer n'ont alors pas d'autre moyen sans internet.
council-channel-phone-do = Permettre de faire la démarche par téléphone, avec une personne qui répond.

council-channel-postal-what = On ne peut pas faire toute cette démarche par courrier.
council-channel-postal-why = Le courrier permet d'agir sans se déplacer et sans internet, et il garde une trace.
council-channel-postal-do = Accepter les demandes par courrier, avec un formulaire que l'on peut recevoir sur papier.

council-channel-other-what = Le moyen proposé sans internet n'est pas celui que le texte demande.
council-channel-other-why = Le texte appliqué demande un guichet, le téléphone ou le courrier.
council-channel-other-do = Proposer le guichet, le téléphone ou le courrier pour cette démarche.

council-human-contact-what = Personne ne peut être jointe pour cette démarche sans internet.
council-human-contact-why = Sans personne à qui parler, une difficulté bloque la démarche.
council-human-contact-do = Donner un guichet ou un numéro de téléphone où une personne répond.

council-phone-tariff-what = Le numéro de téléphone peut coûter plus cher qu'un appel normal.
council-phone-tariff-why = Un numéro surtaxé pèse sur les personnes qui ont le moins de moyens.
council-phone-tariff-do = Donner un numéro gratuit ou au prix d'un appel normal.

council-walk-in-what = Il faut toujours un rendez-vous pour aller au guichet.
council-walk-in-why = Prendre un rendez-vous est une difficulté de plus pour certaines personnes.
council-walk-in-do = Garder des moments où l'on est reçu sans rendez-vous.

council-booking-what = Le rendez-vous ne se prend que par internet.
council-booking-why = Une personne sans internet ne peut pas obtenir le rendez-vous, donc pas la démarche.
council-booking-do = Permettre de prendre rendez-vous par téléphone ou au guichet.

council-hours-counter-what = Le guichet est ouvert peu d'heures par semaine.
council-hours-counter-why = Les personnes qui travaillent ou dépendent d'un transport ont du mal à venir.
council-hours-counter-do = Ouvrir le guichet plus longtemps, ou à d'autres moments.

council-hours-phone-what = Le téléphone répond peu d'heures par semaine.
council-hours-phone-why = Il est difficile de joindre quelqu'un au bon moment.
council-hours-phone-do = Répondre au téléphone plus longtemps.

council-delay-what = Sans internet, la réponse arrive beaucoup plus tard.
council-delay-why = Les personnes sans internet attendent plus longtemps que les autres.
council-delay-do = Traiter les demandes sur papier aussi vite que celles faites en ligne.

council-fee-what = Sans internet, la démarche coûte plus cher.
council-fee-why = Les personnes sans internet paient plus que les autres.
council-fee-do = Demander le même prix, quel que soit le moyen.

council-digital-prerequisite-what = Même au guichet, au téléphone ou par courrier, il faut d'abord passer par internet.
council-digital-prerequisite-why = La personne sans internet reste bloquée avant d'arriver au guichet.
council-digital-prerequisite-do = Supprimer cette étape en ligne, ou la faire avec la personne sur place.

council-paper-form-what = Le formulaire papier ne s'obtient qu'en le téléchargeant.
council-paper-form-why = Sans internet, on ne peut pas avoir le formulaire, donc pas écrire.
council-paper-form-do = Donner le formulaire au guichet et l'envoyer par la poste à qui le demande.

council-deadline-postal-what = Cette démarche a un délai, mais on ne peut pas l'envoyer par la poste.
council-deadline-postal-why = Sans envoi postal, la date de la poste ne peut pas prouver que le délai est respecté.
council-deadline-postal-do = Accepter l'envoi par courrier, la date de la poste faisant foi.

council-teleservice-what = La démarche en ligne est obligatoire, sans aide ni solution de remplacement.
council-teleservice-why = Une démarche en ligne obligatoire doit prévoir de l'aide et une autre solution.
council-teleservice-do = Désigner qui aide les habitants, et proposer une autre solution que le site.

council-reviewed-what = La description de cette démarche n'a pas été vérifiée depuis longtemps.
council-reviewed-why = Une information ancienne peut envoyer les habitants au mauvais endroit.
council-reviewed-do = Vérifier la description avec le service et noter la date.

council-exemption-what = Une exemption ne remplit plus ses conditions.
council-exemption-why = Sans motif valable et à jour, le manque revient dans l'audit.
council-exemption-do = Revoir l'exemption : motif, texte qui l'autorise, date de fin.

council-contact-details-what = Le catalogue ne dit pas où trouver le guichet, le numéro ou l'adresse postale.
council-contact-details-why = Sans adresse ni numéro, les habitants ne peuvent pas s'y rendre, appeler ou écrire.
council-contact-details-do = Publier l'adresse, le numéro et les horaires de chaque lieu d'accueil.

council-placeholder-what = La description de cette démarche n'est pas terminée.
council-placeholder-why = Tant qu'elle n'est pas complétée, l'audit repose sur des suppositions.
council-placeholder-do = Compléter la description avec le service concerné.

council-mediator-what = Aucune personne n'est désignée pour aider les habitants à faire leurs démarches sans internet.
council-mediator-why = Les habitants ne savent pas à qui s'adresser.
council-mediator-do = Désigner un médiateur ou une médiatrice du non-numérique et le faire savoir.

council-page-reachable-what = La page internet de la démarche ne s'ouvre pas.
council-page-reachable-why = Les aidants et les habitants ne trouvent pas l'information.
council-page-reachable-do = Réparer le lien ou la page.

council-page-agrees-what = La page internet ne dit pas la même chose que la description de la démarche.
council-page-agrees-why = Les habitants reçoivent des informations qui se contredisent.
council-page-agrees-do = Mettre la page et la description d'accord.

council-page-checked-what = La page internet de la démarche n'a pas pu être lue.
council-page-checked-why = Rien ne confirme ce que la description annonce.
council-page-checked-do = Vérifier la page à la main.

cr-chart-service-data = { $compliant ->
    [one] { $compliant } conforme
   *[other] { $compliant } conformes
}, { $noncompliant ->
    [one] { $noncompliant } non conforme
   *[other] { $noncompliant } non conformes
}
# Who can act, by country and level (issue 22): never « la mairie » for a Belgian commune.
cr-house = { $house ->
    [be-commune] l'administration communale
    [ch-commune] la commune
    [cpas] le CPAS
    [authority] l'autorité
   *[mairie] la mairie
}
