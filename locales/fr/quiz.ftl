### Screen 2: one question at a time.

quiz-none-title = Aucun quiz en cours
quiz-none-text = Il n’y a aucune tentative à reprendre sur cet appareil.

# $number (Number), $total (Number)
quiz-question-number = Question { $number } sur { $total }

# Announced when a new question shows.
# $number (Number), $total (Number), $prompt (String): the question itself
quiz-question-announced = Question { $number } sur { $total } : { $prompt }

quiz-progress = Progression du quiz

# $count (Number): how many answers the question has
quiz-keys-hint = Touches : de 1 à { $count } pour choisir une réponse, Entrée pour continuer.

quiz-back = Retour
quiz-skip = Passer
quiz-next = Suivant
quiz-see-result = Voir mon résultat
