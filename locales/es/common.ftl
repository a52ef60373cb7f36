### Texts several screens share.

go-to-start = Ir al inicio
take-quiz-yourself = Haz tú también el test
read-about-styles = Leer sobre los cuatro estilos
no-answers = No hay respuestas suficientes

# A habit's score as text, next to its bar.
# $score (Number): 0 to 100
score-of-100 = { $score } sobre 100

# A share of the profile as a percentage, after a style's name.
# $share (Number): a fraction, 0.42 for 42 %
percent = { NUMBER($share, style: "percent") }

# The accessible name of a page's "on this page" links.
page-nav-label = En esta página

# A habit's score alone, in a table whose caption says it is out of 100.
# $score (Number): 0 to 100
score = { $score }
