### Screen 2: one question at a time.

quiz-none-title = No quiz in progress
quiz-none-text = There is no attempt to continue on this device.

# $number (Number), $total (Number)
quiz-question-number = Question { $number } of { $total }

# Announced when a new question shows.
# $number (Number), $total (Number), $prompt (String): the question itself
quiz-question-announced = Question { $number } of { $total }: { $prompt }

quiz-progress = Quiz progress

# $count (Number): how many answers the question has
quiz-keys-hint = Keys: 1 to { $count } pick an answer, Enter goes on.

quiz-back = Back
quiz-skip = Skip
quiz-next = Next
quiz-see-result = See my result
