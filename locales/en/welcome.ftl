### Screen 1: what the quiz is, and the way in.

welcome-title = What kind of networker are you?

# $count (Number): how many questions the quiz has
welcome-lead = At an open networking event, most people fall into one of four styles: the { -style-pro }, the { -style-rookie }, the { -style-imposter } and the { -style-mensch }. Answer { $count } short questions to find out which one you are, how five habits of good networking show up in what you do, and what to try at your next event.

welcome-fact-time = Takes about 5 minutes. You can skip any question.
welcome-fact-private = Nothing leaves your device: no account, no tracking.
welcome-fact-saved = Your progress is saved as you go, so you can come back later.

# $answered (Number), $total (Number)
welcome-progress = You answered { $answered } of { $total } questions so far.

welcome-continue = Continue where you left off
welcome-start-again = Start again
welcome-start = Start the quiz
welcome-see-follow-ups = See your follow-ups
welcome-latest-result = See your latest result
welcome-four-styles = The four styles
welcome-read-styles = Read about the four styles

# Between a label and what follows it: "Pro: Works the whole room..."
# (French typography puts a space before the colon).
label-colon = :{ " " }

# What is due in the journal, on the welcome screen.
# $today (Number): follow-ups due today; $overdue (Number): overdue ones
journal-due-note = { $overdue ->
    [0] { $today ->
        [one] 1 follow-up is due today.
       *[other] { $today } follow-ups are due today.
    }
   *[other] { $today ->
        [0] { $overdue ->
            [one] 1 follow-up is overdue.
           *[other] { $overdue } follow-ups are overdue.
        }
        [one] 1 follow-up is due today and { $overdue ->
            [one] 1 is overdue.
           *[other] { $overdue } are overdue.
        }
       *[other] { $today } follow-ups are due today and { $overdue ->
            [one] 1 is overdue.
           *[other] { $overdue } are overdue.
        }
    }
}
