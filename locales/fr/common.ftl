### Texts several screens share.

go-to-start = Aller à l’accueil
take-quiz-yourself = Faire le quiz à votre tour
read-about-styles = Découvrir les quatre styles
no-answers = Trop peu de réponses

# A habit's score as text, next to its bar.
# $score (Number): 0 to 100
score-of-100 = { $score }/100

# A share of the profile as a percentage, after a style's name.
# $share (Number): a fraction, 0.42 for 42 %
percent = { NUMBER($share, style: "percent") }

# The accessible name of a page's "on this page" links.
page-nav-label = Sur cette page

# A habit's score alone, in a table whose caption says it is out of 100.
# $score (Number): 0 to 100
score = { $score }
