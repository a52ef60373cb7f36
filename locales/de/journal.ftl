### The journal: its page, an event's page, the people met and the
### follow-ups with them, the hours an event took, and what the events
### brought. (Editing a field: journal-edit.ftl.)

# Said on every journal screen.
journal-stays-here = Alles im Journal bleibt auf diesem Gerät. Namen und Notizen kommen nie in einen Link zum Teilen.

## The journal's page.

journal-title = Dein Veranstaltungsjournal
journal-lead = Die Arbeit, durch die sich Networking lohnt, beginnt, wenn die Veranstaltung endet. Notier die Veranstaltungen, zu denen du gehst, die Menschen, die du triffst, und den nächsten Schritt mit jeder Person – und sieh, was die Stunden gebracht haben.
journal-nothing-due = Heute steht nichts an.
journal-see-follow-ups = Alle Kontakte zum Nachfassen ansehen
journal-events = Deine Veranstaltungen
journal-no-events = Noch keine Veranstaltungen. Füge die nächste hinzu, zu der du gehen willst, oder eine, bei der du zuletzt warst.
journal-add-event = Veranstaltung hinzufügen
# Under an event's name in the list: "10 March 2026 · Trade show · paid".
# $date (Date): the event's day; $kind (String): the kind of event, as event-kind says it; $paid (String): yes or no
journal-event-meta = { DATETIME($date, dateStyle: "long") } · { $kind } · { $paid ->
    [yes] kostenpflichtig
   *[no] kostenlos
}
# Under an event's name in the list: "3 people met, 2 follow-ups open".
# $people (Number): people noted; $open (Number): follow-ups not done
journal-event-people = { $people ->
    [one] 1 Person getroffen
   *[other] { $people } Personen getroffen
}, { $open ->
    [0] alles nachgefasst
    [one] bei 1 noch nachfassen
   *[other] bei { $open } noch nachfassen
}

## What an event, a promise and a follow-up can be.

# $kind (String): mixer, managed, trade-show or other
event-kind = { $kind ->
    [mixer] Offenes Netzwerktreffen
    [managed] Moderierte Veranstaltung mit Fachprogramm
    [trade-show] Messe
   *[other] Sonstiges
}
# Who made the promise noted for a person.
# $by (String): me, them or both
promiser = { $by ->
    [me] Ich
    [them] Die andere Person
   *[both] Wir beide
}
# A step of following up with a person, as ticked on their card.
# $step (String): thank-you-sent, meeting-asked, meeting-held, referral-given or referral-received
step = { $step ->
    [thank-you-sent] Dank geschickt
    [meeting-asked] Treffen angefragt
    [meeting-held] Treffen hat stattgefunden
    [referral-given] Empfehlung gegeben
   *[referral-received] Empfehlung erhalten
}
# Where a follow-up stands when no step was taken yet.
stage-to-do = Offen

# Where a follow-up stands on the device's date.
# $days (Number): days overdue or until due
status-overdue = { $days ->
    [one] 1 Tag überfällig
   *[other] { $days } Tage überfällig
}
status-due-today = Heute fällig
# $days (Number)
status-upcoming = { $days ->
    [one] Fällig in 1 Tag
   *[other] Fällig in { $days } Tagen
}
status-no-date = Kein Datum gesetzt
status-done = Erledigt

## Adding an event or a person, and what is said when a field is wrong.

form-event-name = Name der Veranstaltung
form-event-date = Datum
form-event-kind = Art der Veranstaltung
form-event-goal = Dein Ziel dafür (optional)
form-event-goal-hint = Zum Beispiel: jemanden aus dem Grafikdesign kennenlernen oder jemanden finden, der die Leute kennt, denen der Veranstaltungsort gehört.
form-add-event = Veranstaltung hinzufügen
form-person-name = Name
form-person-does = Was die Person beruflich macht
form-person-promise = Was versprochen wurde (optional)
form-person-by = Wer es versprochen hat
form-person-due = Nächster Schritt fällig am (optional)
form-add-person = Person hinzufügen
error-event-name = Gib der Veranstaltung einen Namen.
error-event-date = Gib das Datum der Veranstaltung an.
error-person-name = Gib den Namen der Person an.
error-too-long = Das ist länger als 500 Zeichen; bitte kürze es.
error-journal-full = Das Journal ist voll; entferne zuerst einen alten Eintrag.

## An event's page.

event-missing-title = Diese Veranstaltung ist nicht in deinem Journal
event-missing-text = Vielleicht wurde sie entfernt oder in einem anderen Browser notiert. Es wurde nichts geändert.
event-go-to-journal = Zum Journal
event-back = Zurück zum Journal
event-people = Menschen, die du getroffen hast
event-no-people = Noch niemand notiert.
event-add-person = Person hinzufügen
# The terms beside the event's facts.
event-term-date = Datum
event-term-kind = Art
event-term-entry = Eintritt
event-term-goal = Dein Ziel
event-goal-none = Keins notiert
# The event's day among its facts.
# $date (Date)
event-date = { DATETIME($date, dateStyle: "long") }
event-hours-title = Aufgewendete Stunden
event-hours-label = Stunden, mit Anreise und Nachfassen
event-hours-error = Gib die Stunden als Zahl von 0 bis 200 an, zum Beispiel 2,5.
event-hours-save = Stunden speichern
# $hours (Number): hours, possibly with a fraction (2.5)
event-hours-noted = Notiert: { $hours ->
    [one] 1 Stunde
   *[other] { $hours } Stunden
}.
event-hours-none = Noch keine Stunden notiert.
# The event page's tips before the event's day.
event-tips-before = Bevor du hingehst
# The event page's tips from the event's day on.
event-tips-after = Während und nach der Veranstaltung
event-tips-from-checklist = Aus deiner Checkliste; Häkchen gelten auch dort.
event-tips-no-result = Mach das Quiz, dann erscheinen hier die Tipps für deinen Stil.
event-tips-go-to-quiz = Zum Quiz
event-remove-title = Diese Veranstaltung entfernen
event-remove = Veranstaltung entfernen
# $event (String): the event's name
event-remove-question = { $event } und alle dazu notierten Personen aus dem Journal entfernen? Das lässt sich nicht rückgängig machen.
event-remove-yes = Ja, entfernen

## A person's card on an event's page.

# $person (String): the person's name
person-steps = Schritte mit { $person }
person-due = Nächster Schritt fällig am
person-due-hint = Wenn du einen Schritt abhakst, wird dieses Datum gelöscht; setz ein neues für den folgenden Schritt.

## The follow-ups across every event.

follow-ups-title = Nachfassen
# $today (Date): the device's date
follow-ups-today = Laut dem Datum dieses Geräts ist heute der { DATETIME($today, dateStyle: "long") }.
follow-ups-none = Noch niemand notiert. Füge die Menschen, die du triffst, einer Veranstaltung im Journal hinzu.
# A group's heading with how many are in it: "Overdue (2)".
# $group (String): overdue, due-today, coming-up, no-date or done; $count (Number)
follow-ups-group = { $group ->
    [overdue] Überfällig
    [due-today] Heute fällig
    [coming-up] Demnächst
    [no-date] Kein Datum gesetzt
   *[done] Erledigt
} ({ $count })
# Under a person's name: where they were met.
# $event (String): the event's name; $date (Date): its day
follow-ups-met = Getroffen bei { $event } am { DATETIME($date, dateStyle: "long") }
# Under a person's name: the furthest step taken and where the follow-up stands, "Meeting asked · Due in 2 days".
# $stage (String): the step, or stage-to-do; $status (String): a status-* text
follow-ups-stage = { $stage } · { $status }
# The same with the due date.
# $stage (String), $status (String), $due (Date)
follow-ups-stage-due = { $stage } · { $status } · fällig am { DATETIME($due, dateStyle: "long") }

## The follow-ups as a calendar file (.ics).

calendar-title = In deinem Kalender
calendar-lead = Trag jeden offenen Nachfass-Termin mit Fälligkeitsdatum als ganztägigen Termin in deine Kalender-App ein. Die Datei enthält die Namen und Notizen, sie ist also nur für dich.
calendar-none = Bisher hat kein offenes Nachfassen ein Fälligkeitsdatum.
calendar-download = Kalenderdatei herunterladen (.ics)
# $count (Number): follow-ups in the file; $file (String): the file's name
calendar-saved = { $file } mit { $count ->
    [one] 1 Nachfass-Termin
   *[other] { $count } Nachfass-Terminen
} gespeichert. Wenn du die Datei später erneut importierst, werden die Termine aktualisiert statt doppelt angelegt.
calendar-not-saved = Die Kalenderdatei konnte in diesem Browser nicht gespeichert werden.
# In the calendar file: an entry's title.
# $person (String): the person's name
calendar-summary = Bei { $person } nachfassen
# In the calendar file: the lines of an entry's description.
# $event (String), $date (Date)
calendar-met = Getroffen bei { $event } am { DATETIME($date, dateStyle: "long") }.
# $does (String): what the person does, as noted
calendar-does = Beruf: { $does }
# $promise (String): what was promised; $by (String): who promised it, as promiser says it
calendar-promised = Versprochen: { $promise } ({ $by })
# $stage (String): the furthest step, or stage-to-do
calendar-so-far = Bisher: { $stage }

## What the events brought: return on the hours.

returns-title = Ertrag deiner Stunden
returns-empty = Sobald du Veranstaltungen, die getroffenen Menschen und die aufgewendeten Stunden notierst, siehst du hier, was jede gebracht hat.
returns-chart-lead = Getroffene Menschen (oberer Balken) und Personen, bei denen du nachgefasst hast (unterer Balken), je Veranstaltung, die älteste zuerst:
# An event in the chart and the table: "Trade fair, 10 March 2026".
# $event (String), $date (Date)
returns-event = { $event }, { DATETIME($date, dateStyle: "long") }
returns-caption = Was jede Veranstaltung gebracht hat
returns-col-event = Veranstaltung
returns-col-hours = Stunden
returns-col-people = Getroffene Menschen
returns-col-followed = Nachgefasst
returns-col-meetings = Stattgefundene Treffen
returns-col-given = Gegebene Empfehlungen
returns-col-received = Erhaltene Empfehlungen
returns-col-per-hour = Nachgefasst pro Stunde
# A number of hours in the table (2.5).
# $hours (Number)
returns-hours = { $hours }
# Follow-ups done per hour, to one decimal (0.8).
# $rate (Number)
returns-per-hour = { $rate }
returns-all-events = Alle Veranstaltungen
returns-no-quiz = Mach das Quiz, dann siehst du hier deine Gewohnheitswerte neben dem, was das Journal zeigt.
returns-mirror-title = Das Quiz und das Journal
returns-mirror-lead = Was du im Quiz zu jeder Gewohnheit gesagt hast, neben dem, was du laut Journal getan hast.
# $quiz (Number): the habit's quiz score, 0 to 100; $journal (String): what the journal shows, a mirror-* text
returns-mirror-line = Das Quiz sagt { $quiz }; das Journal sagt: { $journal }.
# $journal (String)
returns-mirror-line-no-quiz = Das Quiz hat keine Antworten dazu; das Journal sagt: { $journal }.
# What the journal shows for each habit.
# $part (Number), $whole (Number)
mirror-expectations = { $part ->
    [one] 1 von { $whole } getroffenen Menschen wurde um ein Treffen gebeten
   *[other] { $part } von { $whole } getroffenen Menschen wurden um ein Treffen gebeten
}
# $part (Number), $whole (Number)
mirror-follow-up = bei { $part } von { $whole } Personen nachgefasst
# $part (Number), $whole (Number), $received (Number)
mirror-giving-first = Empfehlungen an { $part } von { $whole } getroffenen Menschen gegeben ({ $received } erhalten)
# $part (Number), $whole (Number)
mirror-event-choice = { $part ->
    [one] 1 von { $whole } Veranstaltungen war moderiert, mit Fachprogramm
   *[other] { $part } von { $whole } Veranstaltungen waren moderiert, mit Fachprogramm
}
# $part (Number), $whole (Number)
mirror-goal-roi = { $part ->
    [one] 1 von { $whole } Veranstaltungen hatte ein Ziel und notierte Stunden
   *[other] { $part } von { $whole } Veranstaltungen hatten ein Ziel und notierte Stunden
}
mirror-nothing = Zu dieser Gewohnheit sagt das Journal noch nichts.
mirror-no-quiz = Das Quiz hat zu dieser Gewohnheit keine Antwort, daher spricht hier nur das Journal.
mirror-same = Quiz und Journal zeigen hier in dieselbe Richtung.
mirror-more = Das Journal zeigt mehr von dieser Gewohnheit als deine Antworten im Quiz.
mirror-less = Das Journal zeigt bisher weniger von dieser Gewohnheit als deine Antworten im Quiz; es zählt nur, was du notiert hast.
