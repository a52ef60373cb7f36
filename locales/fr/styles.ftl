### The four styles and the five habits: names, portraits, traps and what helps.
### Style names are terms, so a sentence that names a style can give it the
### article and case its language needs. In English they keep their names.
### French: the names stay as they are; sentences say "du type Pro",
### "le type Pro" so that no article gives the reader a gender.

-style-pro = Pro
-style-rookie = Rookie
-style-imposter = Imposter
-style-mensch = Mensch

# The name of a style on its own (headings, charts, legends).
# $style (String): pro, rookie, imposter or mensch
style-name = { $style ->
    [pro] { -style-pro }
    [rookie] { -style-rookie }
    [imposter] { -style-imposter }
   *[mensch] { -style-mensch }
}

# The name with its indefinite article, inside a sentence: "You are an Imposter."
# French: "Vous êtes du type Imposter."
# $style (String): pro, rookie, imposter or mensch
style-with-article = { $style ->
    [pro] du type { -style-pro }
    [rookie] du type { -style-rookie }
    [imposter] du type { -style-imposter }
   *[mensch] du type { -style-mensch }
}

# What the style's name means here, shown beside the name.
# $style (String): pro, rookie, imposter or mensch
style-gloss = { $style ->
    [pro] Au sens de « professionnel » : expérience, rapidité et aisance dans la foule.
    [rookie] Terme sportif : une recrue qui prend encore ses repères dans la salle.
    [imposter] Rien d’un imposteur : là pour la compagnie plus que pour les affaires.
   *[mensch] Au sens yiddish : une personne droite et bienveillante.
}

# One line in the third person, introducing a style (welcome screen).
style-gist = { $style ->
    [pro] Fait le tour de la salle au pas de course, collectionne les contacts et s’éclipse tôt.
    [rookie] Découvre ce genre d’événement, aborde les gens avec le sourire et tend volontiers sa carte de visite.
    [imposter] Vient pour le buffet, les verres ou de vieilles connaissances, pas pour nouer de nouveaux contacts.
   *[mensch] Fait preuve d’ouverture, d’honnêteté et de bienveillance, et espère des recommandations et de vrais liens.
}

# The one-line portrait on the result page.
style-tagline = { $style ->
    [pro] Vous faites le tour de la salle au pas de course et repartez les poches pleines de contacts.
    [rookie] Vous arrivez avec curiosité et bonne humeur, et tendez une carte à chaque personne que vous rencontrez.
    [imposter] Vous venez pour autre chose que les affaires : la compagnie, le buffet et les verres, ou une pause loin du travail.
   *[mensch] Vous venez avec de bonnes intentions, dites simplement ce que vous faites et espérez nouer de vrais liens.
}

# What this style does well.
style-strength = { $style ->
    [pro] Vous abordez sans peine des personnes que vous ne connaissez pas, et vous rencontrez plus de monde en une heure que la plupart des gens en une soirée. Votre énergie ouvre des portes.
    [rookie] On vous aborde facilement et l’on vous parle volontiers. Vous venez et vous vous lancez : c’est ainsi qu’ont commencé toutes les personnes qui savent réseauter.
    [imposter] Votre compagnie est agréable et détendue, et vous ne mettez la pression à personne. Vous savez profiter d’une soirée, et les personnes que vous connaissez déjà sont contentes de vous voir.
   *[mensch] On peut vous faire confiance. Vous dites simplement ce que vous faites, et vous souhaitez sincèrement la réussite des personnes que vous rencontrez.
}

# What tends to go wrong for this style.
style-trap = { $style ->
    [pro] Beaucoup de surface, peu de profondeur : vous rencontrez beaucoup de monde, mais rares sont les rencontres qui débouchent sur une vraie relation de travail.
    [rookie] La quantité plutôt que la qualité : beaucoup de cartes changent de mains, mais sans stratégie derrière ni suivi ensuite.
    [imposter] La soirée vous coûte des heures et ne vous rapporte rien, parce que personne n’apprend à vous connaître.
   *[mensch] Vos intentions sont bonnes, mais votre approche reste à peaufiner : vous demandez des recommandations avant que quiconque vous connaisse, alors les gens sourient, acquiescent et passent leur chemin.
}

# Three concrete changes that turn the strength into results; $n is 1, 2 or 3.
style-help = { $style ->
    [pro] { $n ->
        [1] Choisissez les deux ou trois personnes qui méritent une vraie conversation, et restez assez longtemps pour comprendre ce dont elles ont besoin.
        [2] Écrivez à chacune d’elles dans les deux jours et proposez une prochaine étape.
       *[3] Comptez les relations qu’un événement a fait naître, pas les cartes que vous avez rapportées.
    }
    [rookie] { $n ->
        [1] Venez avec un seul objectif, par exemple rencontrer deux personnes qui travaillent avec la clientèle que vous visez.
        [2] Remplacez la phrase d’accroche toute faite par une question sur les projets en cours de l’autre personne.
       *[3] Distribuez moins de cartes, et donnez suite à chaque carte que vous rapportez.
    }
    [imposter] { $n ->
        [1] Décidez avant de partir si la soirée est consacrée aux affaires ou à la détente, et choisissez l’événement en conséquence.
        [2] Privilégiez les événements avec une conférence ou un débat, où les conversations s’engagent d’elles-mêmes.
       *[3] Fixez-vous un petit objectif, par exemple engager une seule nouvelle conversation avant de vous diriger vers le buffet.
    }
   *[mensch] { $n ->
        [1] Donnez avant de demander : commencez par mettre deux personnes en relation ou par partager un contact utile.
        [2] Gardez vos demandes de recommandation pour après une deuxième rencontre, quand vous vous connaîtrez mieux.
       *[3] Quand vous demandez, sollicitez une aide précise et concrète, que l’on peut vous apporter tout de suite.
    }
}
