### Texts several screens share.

go-to-start = Go to the start
take-quiz-yourself = Take the quiz yourself
read-about-styles = Read about the four styles
# A habit with fewer than three counted answers has no score.
no-answers = Too few answers

# A habit's score as text, next to its bar.
# $score (Number): 0 to 100
score-of-100 = { $score } / 100

# A share of the profile as a percentage, after a style's name.
# $share (Number): a fraction, 0.42 for 42 %
percent = { NUMBER($share, style: "percent") }

# The accessible name of a page's "on this page" links.
page-nav-label = On this page

# A habit's score alone, in a table whose caption says it is out of 100.
# $score (Number): 0 to 100
score = { $score }
