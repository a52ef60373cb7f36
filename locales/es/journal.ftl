### The journal: its page, an event's page, the people met and the
### follow-ups with them, the hours an event took, and what the events
### brought. (Editing a field: journal-edit.ftl.)

# Said on every journal screen.
# TODO(translate): new with the screens' texts in catalogs, not yet translated
journal-stays-here = Everything in the journal stays on this device. Names and notes are never put into a share link.

## The journal's page.

# TODO(translate): new with the screens' texts in catalogs, not yet translated
journal-title = Your event journal
# TODO(translate): new with the screens' texts in catalogs, not yet translated
journal-lead = The work that makes networking pay off starts when the event ends. Note the events you go to, the people you meet and the next step with each of them, and see what the hours brought.
# TODO(translate): new with the screens' texts in catalogs, not yet translated
journal-nothing-due = Nothing is due today.
# TODO(translate): new with the screens' texts in catalogs, not yet translated
journal-see-follow-ups = See all follow-ups
# TODO(translate): new with the screens' texts in catalogs, not yet translated
journal-events = Your events
# TODO(translate): new with the screens' texts in catalogs, not yet translated
journal-no-events = No events yet. Add the next one you plan to go to, or one you went to lately.
# TODO(translate): new with the screens' texts in catalogs, not yet translated
journal-add-event = Add an event
# Under an event's name in the list: "10 March 2026 · Trade show · paid".
# $date (Date): the event's day; $kind (String): the kind of event, as event-kind says it; $paid (String): yes or no
# TODO(translate): new with the screens' texts in catalogs, not yet translated
journal-event-meta = { DATETIME($date, dateStyle: "long") } · { $kind } · { $paid ->
    [yes] paid
   *[no] free
}
# Under an event's name in the list: "3 people met, 2 follow-ups open".
# $people (Number): people noted; $open (Number): follow-ups not done
# TODO(translate): new with the screens' texts in catalogs, not yet translated
journal-event-people = { $people ->
    [one] 1 person met
   *[other] { $people } people met
}, { $open } follow-ups open

## What an event, a promise and a follow-up can be.

# $kind (String): mixer, managed, trade-show or other
# TODO(translate): new with the screens' texts in catalogs, not yet translated
event-kind = { $kind ->
    [mixer] Open mixer
    [managed] Managed event with an educational part
    [trade-show] Trade show
   *[other] Other
}
# Who made the promise noted for a person.
# $by (String): me, them or both
# TODO(translate): new with the screens' texts in catalogs, not yet translated
promiser = { $by ->
    [me] I did
    [them] They did
   *[both] We both did
}
# A step of following up with a person, as ticked on their card.
# $step (String): thank-you-sent, meeting-asked, meeting-held, referral-given or referral-received
# TODO(translate): new with the screens' texts in catalogs, not yet translated
step = { $step ->
    [thank-you-sent] Thank-you sent
    [meeting-asked] Meeting asked
    [meeting-held] Meeting held
    [referral-given] Referral given
   *[referral-received] Referral received
}
# Where a follow-up stands when no step was taken yet.
# TODO(translate): new with the screens' texts in catalogs, not yet translated
stage-to-do = To do

# Where a follow-up stands on the device's date.
# $days (Number): days overdue or until due
# TODO(translate): new with the screens' texts in catalogs, not yet translated
status-overdue = Overdue by { $days ->
    [one] 1 day
   *[other] { $days } days
}
# TODO(translate): new with the screens' texts in catalogs, not yet translated
status-due-today = Due today
# $days (Number)
# TODO(translate): new with the screens' texts in catalogs, not yet translated
status-upcoming = Due in { $days ->
    [one] 1 day
   *[other] { $days } days
}
# TODO(translate): new with the screens' texts in catalogs, not yet translated
status-no-date = No date set
# TODO(translate): new with the screens' texts in catalogs, not yet translated
status-done = Done

## Adding an event or a person, and what is said when a field is wrong.

# TODO(translate): new with the screens' texts in catalogs, not yet translated
form-event-name = Name of the event
# TODO(translate): new with the screens' texts in catalogs, not yet translated
form-event-date = Date
# TODO(translate): new with the screens' texts in catalogs, not yet translated
form-event-kind = Kind of event
# TODO(translate): new with the screens' texts in catalogs, not yet translated
form-event-goal = Your goal for it (optional)
# TODO(translate): new with the screens' texts in catalogs, not yet translated
form-event-goal-hint = For example: meet one graphic designer, or find someone who knows the venue's owner.
# TODO(translate): new with the screens' texts in catalogs, not yet translated
form-add-event = Add the event
# TODO(translate): new with the screens' texts in catalogs, not yet translated
form-person-name = Name
# TODO(translate): new with the screens' texts in catalogs, not yet translated
form-person-does = What they do
# TODO(translate): new with the screens' texts in catalogs, not yet translated
form-person-promise = What was promised (optional)
# TODO(translate): new with the screens' texts in catalogs, not yet translated
form-person-by = Who promised it
# TODO(translate): new with the screens' texts in catalogs, not yet translated
form-person-due = Next step due (optional)
# TODO(translate): new with the screens' texts in catalogs, not yet translated
form-add-person = Add the person
# TODO(translate): new with the screens' texts in catalogs, not yet translated
error-event-name = Give the event a name.
# TODO(translate): new with the screens' texts in catalogs, not yet translated
error-event-date = Give the date of the event.
# TODO(translate): new with the screens' texts in catalogs, not yet translated
error-person-name = Give the person's name.
# TODO(translate): new with the screens' texts in catalogs, not yet translated
error-too-long = That is longer than 500 characters; please shorten it.
# TODO(translate): new with the screens' texts in catalogs, not yet translated
error-journal-full = The journal is full; remove an old entry first.

## An event's page.

# TODO(translate): new with the screens' texts in catalogs, not yet translated
event-missing-title = This event is not in your journal
# TODO(translate): new with the screens' texts in catalogs, not yet translated
event-missing-text = It may have been removed, or noted in another browser. Nothing was changed.
# TODO(translate): new with the screens' texts in catalogs, not yet translated
event-go-to-journal = Go to the journal
# TODO(translate): new with the screens' texts in catalogs, not yet translated
event-back = Back to the journal
# TODO(translate): new with the screens' texts in catalogs, not yet translated
event-people = People you met
# TODO(translate): new with the screens' texts in catalogs, not yet translated
event-no-people = No one noted yet.
# TODO(translate): new with the screens' texts in catalogs, not yet translated
event-add-person = Add a person
# The terms beside the event's facts.
# TODO(translate): new with the screens' texts in catalogs, not yet translated
event-term-date = Date
# TODO(translate): new with the screens' texts in catalogs, not yet translated
event-term-kind = Kind
# TODO(translate): new with the screens' texts in catalogs, not yet translated
event-term-entry = Entry
# TODO(translate): new with the screens' texts in catalogs, not yet translated
event-term-goal = Your goal
# TODO(translate): new with the screens' texts in catalogs, not yet translated
event-goal-none = None noted
# The event's day among its facts.
# $date (Date)
# TODO(translate): new with the screens' texts in catalogs, not yet translated
event-date = { DATETIME($date, dateStyle: "long") }
# TODO(translate): new with the screens' texts in catalogs, not yet translated
event-hours-title = Hours it took
# TODO(translate): new with the screens' texts in catalogs, not yet translated
event-hours-label = Hours, with travel and follow-up
# TODO(translate): new with the screens' texts in catalogs, not yet translated
event-hours-error = Give the hours as a number from 0 to 200, such as 2.5.
# TODO(translate): new with the screens' texts in catalogs, not yet translated
event-hours-save = Save the hours
# $hours (Number): hours, possibly with a fraction (2.5)
# TODO(translate): new with the screens' texts in catalogs, not yet translated
event-hours-noted = Noted: { $hours } hours.
# TODO(translate): new with the screens' texts in catalogs, not yet translated
event-hours-none = No hours noted yet.
# The event page's tips before the event's day.
# TODO(translate): new with the screens' texts in catalogs, not yet translated
event-tips-before = Before you go
# The event page's tips from the event's day on.
# TODO(translate): new with the screens' texts in catalogs, not yet translated
event-tips-after = At and after the event
# TODO(translate): new with the screens' texts in catalogs, not yet translated
event-tips-from-checklist = From your checklist; ticks are shared with it.
# TODO(translate): new with the screens' texts in catalogs, not yet translated
event-tips-no-result = Take the quiz and the tips for your style will show up here.
# TODO(translate): new with the screens' texts in catalogs, not yet translated
event-tips-go-to-quiz = Go to the quiz
# TODO(translate): new with the screens' texts in catalogs, not yet translated
event-remove-title = Remove this event
# TODO(translate): new with the screens' texts in catalogs, not yet translated
event-remove = Remove the event
# $event (String): the event's name
# TODO(translate): new with the screens' texts in catalogs, not yet translated
event-remove-question = Remove { $event } and everyone noted with it from the journal? This cannot be undone.
# TODO(translate): new with the screens' texts in catalogs, not yet translated
event-remove-yes = Yes, remove it

## A person's card on an event's page.

# $person (String): the person's name
# TODO(translate): new with the screens' texts in catalogs, not yet translated
person-steps = Steps taken with { $person }
# TODO(translate): new with the screens' texts in catalogs, not yet translated
person-due = Next step due
# TODO(translate): new with the screens' texts in catalogs, not yet translated
person-due-hint = Ticking a step clears this date; set a new one for the step after.

## The follow-ups across every event.

# TODO(translate): new with the screens' texts in catalogs, not yet translated
follow-ups-title = Follow-ups
# $today (Date): the device's date
# TODO(translate): new with the screens' texts in catalogs, not yet translated
follow-ups-today = By this device's date, today is { DATETIME($today, dateStyle: "long") }.
# TODO(translate): new with the screens' texts in catalogs, not yet translated
follow-ups-none = No one noted yet. Add the people you meet to an event in the journal.
# A group's heading with how many are in it: "Overdue (2)".
# $group (String): overdue, due-today, coming-up, no-date or done; $count (Number)
# TODO(translate): new with the screens' texts in catalogs, not yet translated
follow-ups-group = { $group ->
    [overdue] Overdue
    [due-today] Due today
    [coming-up] Coming up
    [no-date] No date set
   *[done] Done
} ({ $count })
# Under a person's name: where they were met.
# $event (String): the event's name; $date (Date): its day
# TODO(translate): new with the screens' texts in catalogs, not yet translated
follow-ups-met = Met at { $event } on { DATETIME($date, dateStyle: "long") }
# Under a person's name: the furthest step taken and where the follow-up stands, "Meeting asked · Due in 2 days".
# $stage (String): the step, or stage-to-do; $status (String): a status-* text
# TODO(translate): new with the screens' texts in catalogs, not yet translated
follow-ups-stage = { $stage } · { $status }
# The same with the due date.
# $stage (String), $status (String), $due (Date)
# TODO(translate): new with the screens' texts in catalogs, not yet translated
follow-ups-stage-due = { $stage } · { $status } · due { DATETIME($due, dateStyle: "long") }

## The follow-ups as a calendar file (.ics).

# TODO(translate): new with the screens' texts in catalogs, not yet translated
calendar-title = In your calendar
# TODO(translate): new with the screens' texts in catalogs, not yet translated
calendar-lead = Put every open follow-up that has a due date into your calendar app as an all-day event. The file holds the names and notes, so it is yours to keep.
# TODO(translate): new with the screens' texts in catalogs, not yet translated
calendar-none = No open follow-up has a due date yet.
# TODO(translate): new with the screens' texts in catalogs, not yet translated
calendar-download = Download the calendar file (.ics)
# $count (Number): follow-ups in the file; $file (String): the file's name
# TODO(translate): new with the screens' texts in catalogs, not yet translated
calendar-saved = Saved { $file } with { $count } follow-ups. Importing it again later updates them instead of adding them twice.
# TODO(translate): new with the screens' texts in catalogs, not yet translated
calendar-not-saved = The calendar file could not be saved in this browser.
# In the calendar file: an entry's title.
# $person (String): the person's name
# TODO(translate): new with the screens' texts in catalogs, not yet translated
calendar-summary = Follow up with { $person }
# In the calendar file: the lines of an entry's description.
# $event (String), $date (Date)
# TODO(translate): new with the screens' texts in catalogs, not yet translated
calendar-met = Met at { $event } on { DATETIME($date, dateStyle: "long") }.
# $does (String): what the person does, as noted
# TODO(translate): new with the screens' texts in catalogs, not yet translated
calendar-does = What they do: { $does }
# $promise (String): what was promised; $by (String): who promised it, as promiser says it
# TODO(translate): new with the screens' texts in catalogs, not yet translated
calendar-promised = Promised: { $promise } ({ $by })
# $stage (String): the furthest step, or stage-to-do
# TODO(translate): new with the screens' texts in catalogs, not yet translated
calendar-so-far = So far: { $stage }

## What the events brought: return on the hours.

# TODO(translate): new with the screens' texts in catalogs, not yet translated
returns-title = Return on your hours
# TODO(translate): new with the screens' texts in catalogs, not yet translated
returns-empty = Once you note events, the people you met and the hours they took, this shows what each one brought.
# TODO(translate): new with the screens' texts in catalogs, not yet translated
returns-chart-lead = People met (upper bar) and follow-ups done (lower bar) at each event, oldest first:
# An event in the chart and the table: "Trade fair, 10 March 2026".
# $event (String), $date (Date)
# TODO(translate): new with the screens' texts in catalogs, not yet translated
returns-event = { $event }, { DATETIME($date, dateStyle: "long") }
# TODO(translate): new with the screens' texts in catalogs, not yet translated
returns-caption = What each event brought
# TODO(translate): new with the screens' texts in catalogs, not yet translated
returns-col-event = Event
# TODO(translate): new with the screens' texts in catalogs, not yet translated
returns-col-hours = Hours
# TODO(translate): new with the screens' texts in catalogs, not yet translated
returns-col-people = People met
# TODO(translate): new with the screens' texts in catalogs, not yet translated
returns-col-followed = Follow-ups done
# TODO(translate): new with the screens' texts in catalogs, not yet translated
returns-col-meetings = Meetings held
# TODO(translate): new with the screens' texts in catalogs, not yet translated
returns-col-given = Referrals given
# TODO(translate): new with the screens' texts in catalogs, not yet translated
returns-col-received = Referrals received
# TODO(translate): new with the screens' texts in catalogs, not yet translated
returns-col-per-hour = Follow-ups per hour
# A number of hours in the table (2.5).
# $hours (Number)
# TODO(translate): new with the screens' texts in catalogs, not yet translated
returns-hours = { $hours }
# Follow-ups done per hour, to one decimal (0.8).
# $rate (Number)
# TODO(translate): new with the screens' texts in catalogs, not yet translated
returns-per-hour = { $rate }
# TODO(translate): new with the screens' texts in catalogs, not yet translated
returns-all-events = All events
# TODO(translate): new with the screens' texts in catalogs, not yet translated
returns-no-quiz = Take the quiz to see your habit scores here next to what the journal shows.
# TODO(translate): new with the screens' texts in catalogs, not yet translated
returns-mirror-title = The quiz and the journal
# TODO(translate): new with the screens' texts in catalogs, not yet translated
returns-mirror-lead = What you said in the quiz about each habit, next to what you did as the journal records it.
# $quiz (Number): the habit's quiz score, 0 to 100; $journal (String): what the journal shows, a mirror-* text
# TODO(translate): new with the screens' texts in catalogs, not yet translated
returns-mirror-line = The quiz says { $quiz }; the journal says { $journal }.
# $journal (String)
# TODO(translate): new with the screens' texts in catalogs, not yet translated
returns-mirror-line-no-quiz = The quiz says no answers; the journal says { $journal }.
# What the journal shows for each habit.
# $part (Number), $whole (Number)
# TODO(translate): new with the screens' texts in catalogs, not yet translated
mirror-expectations = { $part } of { $whole } people met were asked for a meeting
# $part (Number), $whole (Number)
# TODO(translate): new with the screens' texts in catalogs, not yet translated
mirror-follow-up = { $part } of { $whole } follow-ups done
# $part (Number), $whole (Number), $received (Number)
# TODO(translate): new with the screens' texts in catalogs, not yet translated
mirror-giving-first = referrals given to { $part } of { $whole } people met ({ $received } received)
# $part (Number), $whole (Number)
# TODO(translate): new with the screens' texts in catalogs, not yet translated
mirror-event-choice = { $part } of { $whole } events were managed, with an educational part
# $part (Number), $whole (Number)
# TODO(translate): new with the screens' texts in catalogs, not yet translated
mirror-goal-roi = { $part } of { $whole } events had a goal and their hours noted
# TODO(translate): new with the screens' texts in catalogs, not yet translated
mirror-nothing = Nothing in the journal speaks to this habit yet.
# TODO(translate): new with the screens' texts in catalogs, not yet translated
mirror-no-quiz = The quiz had no answer on this habit, so only the journal speaks here.
# TODO(translate): new with the screens' texts in catalogs, not yet translated
mirror-same = The quiz and the journal point the same way here.
# TODO(translate): new with the screens' texts in catalogs, not yet translated
mirror-more = The journal shows more of this habit than your quiz answers did.
# TODO(translate): new with the screens' texts in catalogs, not yet translated
mirror-less = The journal shows less of this habit so far than your quiz answers did; it counts only what you noted.
