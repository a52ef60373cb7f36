### Screen 2: one question at a time.

quiz-none-title = Kein laufendes Quiz
quiz-none-text = Auf diesem Gerät gibt es keinen Versuch, den du fortsetzen könntest.

# $number (Number), $total (Number)
quiz-question-number = Frage { $number } von { $total }

# Announced when a new question shows.
# $number (Number), $total (Number), $prompt (String): the question itself
quiz-question-announced = Frage { $number } von { $total }: { $prompt }

quiz-progress = Fortschritt im Quiz

# $count (Number): how many answers the question has
quiz-keys-hint = Tasten: Mit 1 bis { $count } wählst du eine Antwort, mit Enter geht es weiter.

quiz-back = Zurück
quiz-skip = Überspringen
quiz-next = Weiter
quiz-see-result = Zu meinem Ergebnis
