### "Compare a group": the result links a person collected (up to 12), what
### the group adds up to, the group link, and a group opened from a link.

## The group's page.

group-title = Comparer un groupe
# $limit (Number): how many results a group holds
group-lead = Rassemblez les liens de résultat des personnes avec qui vous faites du networking, jusqu’à { $limit }, et découvrez la composition de votre groupe : le style de chaque personne, le profil et les habitudes moyens du groupe, et des conseils pour le groupe.
group-on-device = Le groupe est conservé sur cet appareil. Les noms que vous donnez y restent aussi, sauf si vous choisissez de les mettre dans le lien du groupe.

## Adding results.

group-add-title = Ajouter des résultats
group-add-label = Liens de résultat, un par ligne
# $room (Number): places left; $limit (Number): places in a group
group-add-hint = Collez un ou plusieurs liens. Places restantes : { $room } sur { $limit }.
group-add-button = Ajouter au groupe
group-add-mine = Ajouter mon propre résultat
group-add-empty = Collez d’abord au moins un lien de résultat.
# What adding did. $added (Number): entries added
group-added = { $added ->
    [0] Rien n’a été ajouté.
    [one] { $added } entrée ajoutée.
   *[other] { $added } entrées ajoutées.
}
# What adding did when the group ran full. $added (Number); $left (Number): entries that did not fit; $limit (Number)
group-added-full = { $added ->
    [0] Rien n’a été ajouté.
    [one] { $added } entrée ajoutée.
   *[other] { $added } entrées ajoutées.
} { $left ->
    [one] { $left } n’a pas pu être ajoutée
   *[other] { $left } n’ont pas pu être ajoutées
} : un groupe compte au maximum { $limit } entrées.
# After adding a shared group's people to one's own. $added (Number), $left (Number), $limit (Number)
group-added-from-link = { $left ->
    [0] { $added ->
        [0] Rien n’a été ajouté.
        [one] { $added } entrée ajoutée.
       *[other] { $added } entrées ajoutées.
    } Retrouvez votre groupe dans « Comparer un groupe ».
   *[other] { $added ->
        [0] Rien n’a été ajouté.
        [one] { $added } entrée ajoutée.
       *[other] { $added } entrées ajoutées.
    } { $left ->
        [one] { $left } n’a pas pu être ajoutée
       *[other] { $left } n’ont pas pu être ajoutées
    } : un groupe compte au maximum { $limit } entrées. Retrouvez votre groupe dans « Comparer un groupe ».
}

## The people in the group.

group-people-title = Les personnes du groupe
group-people-none = Personne pour l’instant. Ajoutez les liens de résultat que l’on a partagés avec vous, ou votre propre résultat.
# $count (Number): entries that hold no result
group-people-damaged = { $count ->
    [one] { $count } entrée ne contient aucun résultat. Elle reste affichée ci-dessous pour que vous voyiez laquelle ; le reste du groupe compte toujours.
   *[other] { $count } entrées ne contiennent aucun résultat. Elles restent affichées ci-dessous pour que vous voyiez lesquelles ; le reste du groupe compte toujours.
}
# Before an entry's style. $number (Number): the entry's place in the list
group-entry = Entrée { $number } :{" "}
# $number (Number)
group-entry-name = Nom pour l’entrée { $number } (facultatif)
# $number (Number)
group-entry-remove = Supprimer l’entrée { $number }
# $number (Number)
group-entry-not-a-link = L’entrée { $number } n’est pas un lien de résultat netstyle. Un lien de résultat se termine par #/r/ suivi de 18 lettres et chiffres.
# $number (Number); $reason (String): why the link is damaged, a link-* text
group-entry-damaged = L’entrée { $number } est endommagée. { $reason }
# A person without a name. $number (Number)
group-person = Personne { $number }

## What the group adds up to.

group-profile-title = Le profil moyen du groupe
# $count (Number): people with a result
group-profile-lead = { $count ->
    [one] Moyenne calculée sur { $count } personne.
   *[other] Moyenne calculée sur { $count } personnes.
}
# How many lean to each style: "Leaning to each style: Pro: 2 people, Rookie: 0 people, ...".
# $counts (List): group-style-count for each style
group-counts = Répartition par style : { LIST($counts, type: "unit") }.
# $style (String); $count (Number)
group-style-count = { $style ->
    [pro] { -style-pro }
    [rookie] { -style-rookie }
    [imposter] { -style-imposter }
   *[mensch] { -style-mensch }
} : { $count ->
    [one] { $count } personne
   *[other] { $count } personnes
}
group-habits-title = Styles et habitudes
group-habits-level = Les habitudes sont au même niveau : aucune moyenne ne se détache nettement des autres.
# $habits (List): the habits' names; $average (Number): their average score, 0 to 100
group-strongest = Habitude la plus forte : { LIST($habits) } (moyenne de { $average } sur 100)
# $habits (List), $average (Number)
group-weakest = Habitude la plus faible : { LIST($habits) } (moyenne de { $average } sur 100)
group-table-caption = Le style et les scores d’habitudes de chaque personne (sur 100)
group-col-person = Personne
group-col-style = Style
group-average = Moyenne
group-dash-hint = Un tiret signifie que la personne a passé toutes les affirmations sur cette habitude.

## Tips for the mix.

group-tips-title = Conseils pour votre groupe
# For a habit the group scores low on.
# $habit (String): expectations, follow-up, giving-first, event-choice or goal-roi
group-tip-habit = { $habit ->
    [expectations] Convenez avant le prochain événement qu’il sert à lancer des conversations, pas à conclure des affaires, et jugez la soirée aux relations qu’elle fait naître.
    [follow-up] C’est sur les relances que ce groupe a le plus à gagner. Avant le prochain événement, décidez qui écrit à qui dans les deux jours qui suivent, et prenez cinq minutes lors de votre prochaine réunion pour voir ce que ces messages ont donné.
    [giving-first] Avant un événement, que chaque personne cite une mise en relation ou une aide qu’elle pourrait offrir à quelqu’un sur place. Offrir d’abord rend les demandes suivantes plus faciles pour tout le monde.
    [event-choice] Passez ensemble en revue les prochains événements et gardez ceux où vont vraiment votre clientèle ou vos partenaires. Une liste commune épargne à chaque personne des soirées qui ne mènent nulle part.
   *[goal-roi] Donnez à chaque événement un objectif vérifiable, comme deux rendez-vous de suivi, puis comparez ensemble les heures passées et ce qu’elles ont donné.
}
# For a group where more than half lean to one style.
# $style (String)
group-tip-majority = { $style ->
    [pro] La plupart d’entre vous font vite le tour d’une salle. Ce qui manque souvent à un groupe du type { -style-pro }, c’est la profondeur : que chaque membre du groupe choisisse deux ou trois personnes à connaître vraiment, et fixe la deuxième conversation avant de partir.
    [rookie] La plupart d’entre vous cherchent encore leurs repères dans les événements. Arrivez avec un plan : qui vous voulez rencontrer et pourquoi, et une phrase par personne sur ce que vous cherchez, pour que la soirée ait un cap.
    [imposter] La plupart d’entre vous viennent pour la compagnie ou pour faire une pause, et cela a sa valeur. Choisissez délibérément les événements destinés aux affaires et fixez un petit objectif à chaque personne ; gardez les autres pour ce qu’ils sont : des soirées détendues.
   *[mensch] La plupart d’entre vous arrivent avec de bonnes intentions et inspirent facilement confiance. Laissez la confiance grandir avant de demander : offrez d’abord une recommandation ou un coup de main, et réservez vos demandes aux personnes qui connaissent déjà votre travail.
}
group-tip-broad = Vos styles diffèrent, et c’est utile : au prochain événement, formez des binômes de styles différents, pour que les personnes qui rencontrent beaucoup de monde fassent les présentations et que celles qui restent plus longtemps assurent la suite.
group-tip-level = Vos habitudes sont au même niveau, aucune nettement devant ou derrière. Choisissez une habitude à travailler ensemble lors des prochains événements et comparez vos notes ensuite.

## Sharing the group.

group-share-title = Partager le groupe
group-share-lead = Le lien contient le profil et les habitudes de chaque personne, comme un lien de résultat. Quiconque l’ouvre voit cette comparaison.
group-share-names = Mettre les noms dans le lien
group-share-names-on = Toute personne qui a le lien verra les noms que vous avez donnés.
group-share-names-off = Sans les noms, le lien affiche Personne 1, Personne 2, etc.
# $count (Number): entries left out
group-share-left-out = { $count ->
    [one] { $count } entrée ne contient aucun résultat et reste hors du lien.
   *[other] { $count } entrées ne contiennent aucun résultat et restent hors du lien.
}
group-share-button = Partager le lien du groupe
group-share-link = Lien du groupe
# The title the share sheet gets.
group-share-sheet-title = Nos styles de networking

## A group opened from a link.

group-shared-eyebrow = Un groupe partagé
# $count (Number): people in the group
group-shared-title = { $count ->
    [one] Un groupe d’une personne
   *[other] Un groupe de { $count } personnes
}
group-shared-no-names = La personne qui l’a partagé a laissé les noms de côté ; chaque personne apparaît donc sous un numéro.
group-shared-add = Les ajouter à mon groupe
group-shared-open-mine = Ouvrir mon groupe
group-damaged-title = Ce lien de groupe n’a pas pu être ouvert
group-damaged-own = Comparer votre propre groupe
group-link-empty = Le lien ne contient aucun groupe.
# $max (Number): the longest code
group-link-too-long = Le lien est plus long que tout lien de groupe netstyle ({ $max } caractères après #/g/) ; quelque chose y a été ajouté, ou deux liens se sont collés.
group-link-bad-characters = Le lien contient des caractères qu’un lien de groupe netstyle n’a jamais.
group-link-damaged = Le lien est incomplet ou a été modifié en route ; il a peut-être été coupé lors de la copie.
# $format (Number)
group-link-newer = Le lien a été créé par une version plus récente de netstyle (format de groupe { $format }). Rechargez la page pour obtenir la dernière version.
group-link-out-of-range = Le lien contient des valeurs qu’aucun groupe netstyle ne peut avoir.
# $number (Number): the person's place in the link; $reason (String): a link-* text
group-link-person = La personne { $number } du lien n’a pas pu être lue. { $reason }
