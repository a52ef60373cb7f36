### Correcting the journal: each field shown on an event's page or a
### person's card has an Edit button, which opens the field's input.

journal-edit = Bearbeiten
journal-edit-save = Speichern
journal-edit-saved = Gespeichert: { $field }.
journal-edit-changed-elsewhere = Das wurde in einem anderen Tab geändert, während du es bearbeitet hast. Mit „Speichern“ bleibt, was du hier eingegeben hast; mit „Abbrechen“ bleibt die Änderung aus dem anderen Tab.

## An event's fields. $event (String): the event's name

journal-edit-event-name-label = Name der Veranstaltung
journal-edit-event-name = Namen von { $event } bearbeiten
journal-edit-event-date-label = Datum der Veranstaltung
journal-edit-event-date = Datum von { $event } bearbeiten
journal-edit-event-kind-label = Art der Veranstaltung
journal-edit-event-kind = Art von { $event } bearbeiten
journal-edit-event-entry-label = Eintritt
journal-edit-event-entry = Eintritt von { $event } bearbeiten
journal-edit-event-goal-label = Dein Ziel dafür (optional)
journal-edit-event-goal = Ziel von { $event } bearbeiten
journal-edit-entry-free = Kostenlos
journal-edit-entry-paid = Kostenpflichtig

## A person's fields. $person (String): the person's name

journal-edit-person-name-label = Name von { $person }
journal-edit-person-name = Namen von { $person } bearbeiten
journal-edit-person-does-label = Was { $person } beruflich macht
journal-edit-person-does = Bearbeiten, was { $person } beruflich macht
journal-edit-person-promise-label = Was mit { $person } versprochen wurde
journal-edit-person-promise = Bearbeiten, was mit { $person } versprochen wurde
journal-edit-person-by-label = Wer das Versprechen mit { $person } gegeben hat
journal-edit-person-by = Bearbeiten, wer das Versprechen mit { $person } gegeben hat

journal-edit-person-term-does = Beruf
journal-edit-person-term-promise = Versprochen
journal-edit-person-term-by = Versprochen von
journal-edit-person-term-does-none = Nicht notiert
journal-edit-person-term-promise-none = Nichts notiert

journal-edit-person-remove = { $person } entfernen
journal-edit-person-remove-question = { $person } und das Nachfassen mit dieser Person aus dem Journal entfernen? Das lässt sich nicht rückgängig machen.
journal-edit-person-remove-yes = Ja, { $person } entfernen
