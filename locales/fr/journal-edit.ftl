### Correcting the journal: each field shown on an event's page or a
### person's card has an Edit button, which opens the field's input.

journal-edit = Modifier
journal-edit-save = Enregistrer
journal-edit-saved = Enregistré : { $field }.
journal-edit-changed-elsewhere = Ce champ a été modifié dans un autre onglet pendant que vous le modifiiez. Enregistrer garde ce que vous avez saisi ici ; Annuler garde la modification de l’autre onglet.

## An event's fields. $event (String): the event's name

journal-edit-event-name-label = Nom de l’événement
journal-edit-event-name = Modifier le nom de l’événement « { $event } »
journal-edit-event-date-label = Date de l’événement
journal-edit-event-date = Modifier la date de l’événement « { $event } »
journal-edit-event-kind-label = Type d’événement
journal-edit-event-kind = Modifier le type de l’événement « { $event } »
journal-edit-event-entry-label = Entrée (gratuite ou payante)
journal-edit-event-entry = Modifier l’entrée (gratuite ou payante) de l’événement « { $event } »
journal-edit-event-goal-label = Votre objectif (facultatif)
journal-edit-event-goal = Modifier l’objectif de l’événement « { $event } »
journal-edit-entry-free = Gratuite
journal-edit-entry-paid = Payante

## A person's fields. $person (String): the person's name

journal-edit-person-name-label = Nom ({ $person })
journal-edit-person-name = Modifier le nom — { $person }
journal-edit-person-does-label = Ce que fait { $person }
journal-edit-person-does = Modifier ce que fait { $person }
journal-edit-person-promise-label = Promesse échangée avec { $person }
journal-edit-person-promise = Modifier la promesse échangée avec { $person }
journal-edit-person-by-label = Qui a promis, entre vous et { $person }
journal-edit-person-by = Modifier qui a promis, entre vous et { $person }

journal-edit-person-term-does = Activité
journal-edit-person-term-promise = Promis
journal-edit-person-term-by = Promis par
journal-edit-person-term-does-none = Non noté
journal-edit-person-term-promise-none = Rien de noté

journal-edit-person-remove = Retirer { $person }
journal-edit-person-remove-question = Retirer { $person } du journal, ainsi que la relance prévue avec cette personne ? Cette action est irréversible.
journal-edit-person-remove-yes = Oui, retirer { $person }
