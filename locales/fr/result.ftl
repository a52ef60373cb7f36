### Screen 3: the result, own or shared, and the page about the styles.

# The style as the page's heading: one style, or every tied style.
# $styles (List): the styles' names
result-headline = { LIST($styles) }

# A tie: "Equal parts Pro and Mensch".
# French: "Pro et Mensch à parts égales".
# $styles (List): the styles' names
result-blend-tie = { LIST($styles) } à parts égales

# "Mensch with a Pro streak".
# French: "Mensch avec une touche de Pro".
# $primary (String), $secondary (String): styles
result-blend = { $primary ->
    [pro] { -style-pro }
    [rookie] { -style-rookie }
    [imposter] { -style-imposter }
   *[mensch] { -style-mensch }
} avec { $secondary ->
    [pro] une touche de { -style-pro }
    [rookie] une touche de { -style-rookie }
    [imposter] une touche d’{ -style-imposter }
   *[mensch] une touche de { -style-mensch }
}

# Under the heading, when there is a second style: "with a Pro streak".
# $secondary (String)
result-streak = { $secondary ->
    [pro] avec une touche de { -style-pro }
    [rookie] avec une touche de { -style-rookie }
    [imposter] avec une touche d’{ -style-imposter }
   *[mensch] avec une touche de { -style-mensch }
}

result-tie-explained = Les réponses ont donné exactement le même nombre de points à ces styles : netstyle les nomme donc tous plutôt que d’en choisir un.

# Before a style's trap, in a tie (each tied style has its own).
# $style (String)
result-trap-of = { $style ->
    [pro] Le piège du type { -style-pro }
    [rookie] Le piège du type { -style-rookie }
    [imposter] Le piège du type { -style-imposter }
   *[mensch] Le piège du type { -style-mensch }
} :{ " " }
result-trap-label = Le piège :{ " " }

result-eyebrow = Votre style de networking
result-eyebrow-shared = Un résultat partagé

result-none-title = Pas encore de résultat
result-none-text = Terminez le quiz une fois, et votre résultat s’affichera ici.

result-nav-style = Votre style
result-nav-habits = Habitudes
result-nav-why = Pourquoi
result-nav-checklist = Liste de contrôle
result-nav-history = Historique

result-your-habits = Vos habitudes
result-why-title = Pourquoi ce résultat
# $styles (List): the result's styles
result-why-lead = Voici les réponses qui ont le plus compté dans ce résultat ({ LIST($styles) }) :
result-why-agreed = Vous étiez d’accord avec cette affirmation.
result-why-none = Vous avez passé les questions qui déterminent un style : ce résultat repose donc sur très peu d’éléments.

result-checklist-title = Votre liste de contrôle
result-checklist-lead = Des conseils pour votre style et pour vos deux habitudes les plus faibles. Cochez-les au fur et à mesure ; ils restent cochés.
result-journal-link = Préparez votre prochain événement et ses relances dans le journal
result-history-title = Résultats précédents
result-history-empty = Vos résultats précédents apparaîtront ici.
# When an earlier result was made, as a local date and time.
# $when (Number): milliseconds since 1970
result-history-when = { DATETIME($when, dateStyle: "medium", timeStyle: "short") }

result-your-profile = Votre profil

# $style (String)
result-being = { $style ->
    [pro] Être du type { -style-pro }
    [rookie] Être du type { -style-rookie }
    [imposter] Être du type { -style-imposter }
   *[mensch] Être du type { -style-mensch }
}
result-your-strength = Votre point fort
result-the-trap = Le piège
result-what-helps-link = Ce qui aide, et les trois autres styles

result-retake = Refaire le quiz
result-retake-question = Commencer une nouvelle tentative ? Ce résultat reste dans votre historique.
result-retake-yes = Oui, recommencer

# The profile chart's accessible name.
# $shares (List): each style with its share, from profile-share
profile-title = Profil : { LIST($shares, type: "unit") }
# A style's share in the profile: "Pro 25%".
# $style (String), $share (Number): a fraction
profile-share = { $style ->
    [pro] { -style-pro }
    [rookie] { -style-rookie }
    [imposter] { -style-imposter }
   *[mensch] { -style-mensch }
} { NUMBER($share, style: "percent") }
# An earlier result's profile in the history list: "Pro 25%, Rookie 25%, ...".
# $shares (List)
profile-summary = { LIST($shares, type: "unit") }

## Too few scenes answered to tell a style.

not-enough-title = Pas encore assez de réponses pour déterminer votre style
# $answered (Number): scenes answered; $scenes (Number): scenes in the quiz; $needed (Number): scenes needed
not-enough-lead = { $answered ->
    [0] Vous avez passé tous les scénarios.
   *[other] Vous avez répondu à { $answered } des { $scenes } scénarios.
} Ce sont les scénarios qui distinguent les styles : plutôt que de deviner, netstyle attend que vous ayez répondu à { $needed } d’entre eux au moins pour vous en attribuer un.
not-enough-kept = Les réponses déjà données sont conservées. Répondez à quelques-uns des scénarios restés sans réponse, et votre résultat sera prêt.
not-enough-answer = Répondre aux scénarios sans réponse

## Sharing a result.

share-title = Mon style de networking
share-button = Partager votre résultat
share-done = Résultat partagé.
share-copied = Lien copié dans le presse-papiers.
share-failed = Impossible de copier le lien automatiquement. Sélectionnez-le ci-dessous et copiez-le.
share-link-label = Votre lien de partage
share-note = Le lien montre votre profil et vos habitudes, jamais vos réponses.
share-group-link = Comparer votre résultat à celui d’un groupe

## A result opened from a link.

shared-damaged-title = Impossible d’ouvrir ce lien de résultat
shared-damaged-ask = Demandez un nouveau lien à la personne qui vous l’a envoyé. Rien n’a été modifié sur votre appareil.
shared-their-profile = Son profil
shared-their-habits = Ses habitudes
shared-compare = Comparer avec mon résultat
shared-hide-compare = Masquer la comparaison
shared-side-by-side = Côte à côte
# $blend (String): their blend label
shared-theirs = Son style : { $blend }
# $blend (String): your blend label
shared-yours = Votre style : { $blend }
shared-habit-caption = Scores des habitudes sur 100
shared-habit = Habitude
shared-theirs-column = Son score
shared-yours-column = Votre score
# $theirs (String), $mine (String): their style and yours
# French: "Pro et Mensch : comment collaborer au mieux".
shared-pair-title = { $theirs ->
    [pro] { -style-pro }
    [rookie] { -style-rookie }
    [imposter] { -style-imposter }
   *[mensch] { -style-mensch }
} et { $mine ->
    [pro] { -style-pro }
    [rookie] { -style-rookie }
    [imposter] { -style-imposter }
   *[mensch] { -style-mensch }
} : comment collaborer au mieux

## The page about the four styles.

styles-title = Les quatre styles de networking
styles-lead = Aucun des quatre n’est la bonne façon de faire du networking. Chacun a un point fort à conserver et un piège qui fait perdre du temps ; ce qui rend ces heures rentables, ce sont les habitudes qui aident.
# $style (String)
styles-card-title = { $style ->
    [pro] Le type { -style-pro }
    [rookie] Le type { -style-rookie }
    [imposter] Le type { -style-imposter }
   *[mensch] Le type { -style-mensch }
}
styles-mine = Votre dernier résultat
styles-strength = Point fort
styles-trap = Piège
styles-helps = Ce qui aide
styles-back-to-result = Retour à votre résultat
styles-to-start = Retour à l’accueil
styles-find-yours = Découvrir votre style

## A link the app cannot read.

unknown-title = Ce lien ne mène nulle part
unknown-text = L’adresse est peut-être incomplète ou mal saisie. Rien n’a été modifié sur votre appareil.
unknown-go = Aller au quiz

## Strong habits, keeping tips and count items.

result-why-counted = Vous avez répondu par un nombre élevé.
result-checklist-lead-strong = Des conseils pour votre style et pour garder vos habitudes solides. Cochez-les au fur et à mesure ; ils restent cochés.
result-checklist-keep-source = Garder vos habitudes
result-habits-strong = Vos habitudes sont solides : chacune obtient 70 ou plus.
result-habits-strong-why = Votre style, c’est l’impression que vous donnez ; vos habitudes montrent que vos heures en événement sont rentables.
shared-habits-strong = Ses habitudes sont solides : chacune obtient 70 ou plus.
shared-habits-strong-why = Son style, c’est l’impression que cette personne donne ; ses habitudes montrent que ses heures en événement sont rentables.
card-habits-strong = Habitudes solides : toutes à 70 ou plus.
