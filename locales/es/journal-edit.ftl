### Correcting the journal: each field shown on an event's page or a
### person's card has an Edit button, which opens the field's input.

journal-edit = Editar
journal-edit-save = Guardar
journal-edit-saved = Guardado: { $field }.
journal-edit-changed-elsewhere = Esto se ha cambiado en otra pestaña mientras lo editabas. Guardar conserva lo que has escrito aquí; Cancelar conserva el cambio de la otra pestaña.

## An event's fields. $event (String): the event's name

journal-edit-event-name-label = Nombre del evento
journal-edit-event-name = Editar el nombre de { $event }
journal-edit-event-date-label = Fecha del evento
journal-edit-event-date = Editar la fecha de { $event }
journal-edit-event-kind-label = Tipo de evento
journal-edit-event-kind = Editar el tipo de { $event }
journal-edit-event-entry-label = Acceso
journal-edit-event-entry = Editar si { $event } es gratuito o de pago
journal-edit-event-goal-label = Tu objetivo (opcional)
journal-edit-event-goal = Editar el objetivo de { $event }
journal-edit-entry-free = Gratuito
journal-edit-entry-paid = De pago

## A person's fields. $person (String): the person's name

journal-edit-person-name-label = Nombre de { $person }
journal-edit-person-name = Editar el nombre de { $person }
journal-edit-person-does-label = A qué se dedica { $person }
journal-edit-person-does = Editar a qué se dedica { $person }
journal-edit-person-promise-label = Qué quedó prometido entre { $person } y tú
journal-edit-person-promise = Editar qué quedó prometido entre { $person } y tú
journal-edit-person-by-label = Quién lo prometió (tú, { $person } o ambas partes)
journal-edit-person-by = Editar quién lo prometió (tú, { $person } o ambas partes)

journal-edit-person-term-does = A qué se dedica
journal-edit-person-term-promise = Promesa
journal-edit-person-term-by = Prometido por
journal-edit-person-term-does-none = Sin anotar
journal-edit-person-term-promise-none = Nada anotado

journal-edit-person-remove = Quitar a { $person }
journal-edit-person-remove-question = ¿Quitar del diario a { $person } y su seguimiento? No se puede deshacer.
journal-edit-person-remove-yes = Sí, quitar a { $person }
