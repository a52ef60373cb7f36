### The five habits.

# $habit (String): expectations, follow-up, giving-first, event-choice or goal-roi
habit-name = { $habit ->
    [expectations] Attentes
    [follow-up] Suivi
    [giving-first] Donner d’abord
    [event-choice] Choix de l’événement
   *[goal-roi] Objectif et retour
}

# What a high score on this habit means.
# $habit (String)
habit-meaning = { $habit ->
    [expectations] Vous voyez un événement comme le point de départ de relations, pas comme un lieu où conclure des affaires.
    [follow-up] Vous savez que le vrai travail commence une fois l’événement terminé.
    [giving-first] Vous offrez votre aide et des recommandations avant d’en demander.
    [event-choice] Vous choisissez vos événements délibérément, pour leur public et pour ce que vous pouvez y apprendre.
   *[goal-roi] Vous venez avec un objectif, puis vous vérifiez si les heures investies ont porté leurs fruits.
}
