### Correcting the journal: each field shown on an event's page or a
### person's card has an Edit button, which opens the field's input.

# The button after a field; its accessible name says which field of whose
# it is (the journal-edit-event-* and journal-edit-person-* messages).
journal-edit = Edit
journal-edit-save = Save

# Said (to screen readers) once a field is saved.
# $field (String): the field's label, as one of the labels below
journal-edit-saved = Saved: { $field }.

# Shown in an open editor when another tab saved the same field meanwhile.
journal-edit-changed-elsewhere = This was changed in another tab while you were editing it. Save keeps what you typed here; Cancel keeps the other tab's change.

## An event's fields. $event (String): the event's name

journal-edit-event-name-label = Name of the event
journal-edit-event-name = Edit the name of { $event }
journal-edit-event-date-label = Date of the event
journal-edit-event-date = Edit the date of { $event }
journal-edit-event-kind-label = Kind of event
journal-edit-event-kind = Edit the kind of { $event }
# Whether the event was paid or free.
journal-edit-event-entry-label = Entry
journal-edit-event-entry = Edit the entry of { $event }
journal-edit-event-goal-label = Your goal for it (optional)
journal-edit-event-goal = Edit the goal of { $event }
journal-edit-entry-free = Free
journal-edit-entry-paid = Paid

## A person's fields. $person (String): the person's name

journal-edit-person-name-label = Name of { $person }
journal-edit-person-name = Edit the name of { $person }
journal-edit-person-does-label = What { $person } does
journal-edit-person-does = Edit what { $person } does
journal-edit-person-promise-label = What was promised with { $person }
journal-edit-person-promise = Edit what was promised with { $person }
journal-edit-person-by-label = Who made the promise with { $person }
journal-edit-person-by = Edit who made the promise with { $person }

# The terms of a person's card.
journal-edit-person-term-does = What they do
journal-edit-person-term-promise = Promised
journal-edit-person-term-by = Promised by
journal-edit-person-term-does-none = Not noted
journal-edit-person-term-promise-none = Nothing noted

# Removing a person from the journal, asked first.
journal-edit-person-remove = Remove { $person }
journal-edit-person-remove-question = Remove { $person } and the follow-up with them from the journal? This cannot be undone.
journal-edit-person-remove-yes = Yes, remove { $person }
