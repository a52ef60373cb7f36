### Screen 1: what the quiz is, and the way in.

welcome-title = Quel est votre style de networking ?

# $count (Number): how many questions the quiz has
welcome-lead = Lors d’un événement de networking ouvert, la plupart des gens se rattachent à l’un de ces quatre styles : { -style-pro }, { -style-rookie }, { -style-imposter } et { -style-mensch }. Répondez à { $count } courtes questions pour découvrir le vôtre, voir comment cinq habitudes d’un bon networking se traduisent dans votre façon de faire, et savoir quoi essayer lors de votre prochain événement.

welcome-fact-time = Environ 5 minutes. Vous pouvez passer n’importe quelle question.
welcome-fact-private = Rien ne quitte votre appareil : pas de compte, pas de pistage.
welcome-fact-saved = Votre progression est enregistrée au fur et à mesure : vous pouvez revenir plus tard.

# $answered (Number), $total (Number)
welcome-progress = { $answered ->
    [one] Pour l’instant, vous avez répondu à { $answered } question sur { $total }.
   *[other] Pour l’instant, vous avez répondu à { $answered } questions sur { $total }.
}

welcome-continue = Reprendre là où vous en étiez
welcome-start-again = Recommencer
welcome-start = Commencer le quiz
welcome-see-follow-ups = Voir vos relances
welcome-latest-result = Voir votre dernier résultat
welcome-four-styles = Les quatre styles
welcome-read-styles = Découvrir les quatre styles

# Between a label and what follows it: "Pro: Works the whole room..."
# (French typography puts a space before the colon).
label-colon =  :{ " " }

# What is due in the journal, on the welcome screen.
# $today (Number): follow-ups due today; $overdue (Number): overdue ones
journal-due-note = { $overdue ->
    [0] { $today ->
        [0] Aucune relance n’est à faire aujourd’hui.
        [one] { $today } relance est à faire aujourd’hui.
       *[other] { $today } relances sont à faire aujourd’hui.
    }
   *[other] { $today ->
        [0] { $overdue ->
            [one] { $overdue } relance est en retard.
           *[other] { $overdue } relances sont en retard.
        }
        [one] { $today } relance est à faire aujourd’hui et { $overdue ->
            [one] { $overdue } est en retard.
           *[other] { $overdue } sont en retard.
        }
       *[other] { $today } relances sont à faire aujourd’hui et { $overdue ->
            [one] { $overdue } est en retard.
           *[other] { $overdue } sont en retard.
        }
    }
}
