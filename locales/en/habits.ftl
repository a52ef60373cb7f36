### The five habits.

# $habit (String): expectations, follow-up, giving-first, event-choice or goal-roi
habit-name = { $habit ->
    [expectations] Expectations
    [follow-up] Follow-up
    [giving-first] Giving first
    [event-choice] Event choice
   *[goal-roi] Goal & ROI
}

# What a high score on this habit means.
# $habit (String)
habit-meaning = { $habit ->
    [expectations] You treat an event as the start of relationships, not a place to close deals.
    [follow-up] You know the real work begins once the event is over.
    [giving-first] You offer help and referrals before you ask for any.
    [event-choice] You pick events on purpose, for their audience and what you can learn there.
   *[goal-roi] You go with a goal and check whether the hours paid off.
}
