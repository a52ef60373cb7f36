### The journal: its page, an event's page, the people met and the
### follow-ups with them, the hours an event took, and what the events
### brought. (Editing a field: journal-edit.ftl.)

# Said on every journal screen.
journal-stays-here = Todo lo que hay en el diario se queda en este dispositivo. Los nombres y las notas nunca se incluyen en un enlace para compartir.

## The journal's page.

journal-title = Tu diario de eventos
journal-lead = El trabajo que hace que el networking dé fruto empieza cuando termina el evento. Anota los eventos a los que vas, las personas que conoces y el siguiente paso con cada una, y mira lo que te han dado las horas invertidas.
journal-nothing-due = Hoy no hay nada pendiente.
journal-see-follow-ups = Ver todos los seguimientos
journal-events = Tus eventos
journal-no-events = Todavía no hay eventos. Añade el próximo al que piensas ir o uno al que hayas ido hace poco.
journal-add-event = Añadir un evento
# Under an event's name in the list: "10 March 2026 · Trade show · paid".
# $date (Date): the event's day; $kind (String): the kind of event, as event-kind says it; $paid (String): yes or no
journal-event-meta = { DATETIME($date, dateStyle: "long") } · { $kind } · { $paid ->
    [yes] de pago
   *[no] gratuito
}
# Under an event's name in the list: "3 people met, 2 follow-ups open".
# $people (Number): people noted; $open (Number): follow-ups not done
journal-event-people = { $people ->
    [one] 1 persona nueva
   *[other] { $people } personas nuevas
}, { $open ->
    [one] 1 seguimiento pendiente
   *[other] { $open } seguimientos pendientes
}

## What an event, a promise and a follow-up can be.

# $kind (String): mixer, managed, trade-show or other
event-kind = { $kind ->
    [mixer] Encuentro abierto
    [managed] Evento estructurado con una parte formativa
    [trade-show] Feria comercial
   *[other] Otro
}
# Who made the promise noted for a person.
# $by (String): me, them or both
promiser = { $by ->
    [me] Yo
    [them] La otra persona
   *[both] Ambas partes
}
# A step of following up with a person, as ticked on their card.
# $step (String): thank-you-sent, meeting-asked, meeting-held, referral-given or referral-received
step = { $step ->
    [thank-you-sent] Agradecimiento enviado
    [meeting-asked] Reunión pedida
    [meeting-held] Reunión celebrada
    [referral-given] Recomendación dada
   *[referral-received] Recomendación recibida
}
# Where a follow-up stands when no step was taken yet.
stage-to-do = Pendiente

# Where a follow-up stands on the device's date.
# $days (Number): days overdue or until due
status-overdue = { $days ->
    [one] Con 1 día de retraso
   *[other] Con { $days } días de retraso
}
status-due-today = Vence hoy
# $days (Number)
status-upcoming = { $days ->
    [one] Vence en 1 día
   *[other] Vence en { $days } días
}
status-no-date = Sin fecha
status-done = Hecho

## Adding an event or a person, and what is said when a field is wrong.

form-event-name = Nombre del evento
form-event-date = Fecha
form-event-kind = Tipo de evento
form-event-goal = Tu objetivo para este evento (opcional)
form-event-goal-hint = Por ejemplo: conocer a una persona que se dedique al diseño gráfico, o encontrar a alguien que conozca a quien lleva el local.
form-add-event = Añadir el evento
form-person-name = Nombre
form-person-does = A qué se dedica
form-person-promise = Qué se prometió (opcional)
form-person-by = Quién lo prometió
form-person-due = Fecha del siguiente paso (opcional)
form-add-person = Añadir a la persona
error-event-name = Ponle un nombre al evento.
error-event-date = Indica la fecha del evento.
error-person-name = Indica el nombre de la persona.
error-too-long = Tiene más de 500 caracteres; acórtalo, por favor.
error-journal-full = El diario está lleno; elimina antes una entrada antigua.

## An event's page.

event-missing-title = Este evento no está en tu diario
event-missing-text = Puede que se haya eliminado o que se anotara en otro navegador. No se ha cambiado nada.
event-go-to-journal = Ir al diario
event-back = Volver al diario
event-people = Personas que conociste
event-no-people = Todavía no has anotado a nadie.
event-add-person = Añadir una persona
# The terms beside the event's facts.
event-term-date = Fecha
event-term-kind = Tipo
event-term-entry = Acceso
event-term-goal = Tu objetivo
event-goal-none = Ninguno anotado
# The event's day among its facts.
# $date (Date)
event-date = { DATETIME($date, dateStyle: "long") }
event-hours-title = Horas dedicadas
event-hours-label = Horas, con el desplazamiento y el seguimiento
event-hours-error = Indica las horas con un número de 0 a 200, por ejemplo 2,5.
event-hours-save = Guardar las horas
# $hours (Number): hours, possibly with a fraction (2.5)
event-hours-noted = { $hours ->
    [one] Anotada: 1 hora.
   *[other] Anotado: { $hours } horas.
}
event-hours-none = Todavía no hay horas anotadas.
# The event page's tips before the event's day.
event-tips-before = Antes de ir
# The event page's tips from the event's day on.
event-tips-after = Durante y después del evento
event-tips-from-checklist = De tu lista de comprobación: lo que marques aquí también queda marcado allí.
event-tips-no-result = Haz el test y aquí aparecerán los consejos para tu estilo.
event-tips-go-to-quiz = Ir al test
event-remove-title = Eliminar este evento
event-remove = Eliminar el evento
# $event (String): the event's name
event-remove-question = ¿Eliminar { $event } del diario, junto con todas las personas anotadas en él? No se puede deshacer.
event-remove-yes = Sí, eliminarlo

## A person's card on an event's page.

# $person (String): the person's name
person-steps = Pasos dados con { $person }
person-due = Fecha del siguiente paso
person-due-hint = Al marcar un paso, esta fecha se borra; pon una nueva para el paso siguiente.

## The follow-ups across every event.

follow-ups-title = Seguimientos
# $today (Date): the device's date
follow-ups-today = Según la fecha de este dispositivo, hoy es { DATETIME($today, dateStyle: "long") }.
follow-ups-none = Todavía no has anotado a nadie. En el diario, añade a cada evento las personas que conozcas.
# A group's heading with how many are in it: "Overdue (2)".
# $group (String): overdue, due-today, coming-up, no-date or done; $count (Number)
follow-ups-group = { $group ->
    [overdue] Con retraso
    [due-today] Vencen hoy
    [coming-up] Próximos
    [no-date] Sin fecha
   *[done] Hechos
} ({ $count })
# Under a person's name: where they were met.
# $event (String): the event's name; $date (Date): its day
follow-ups-met = Conociste a esta persona en { $event } el { DATETIME($date, dateStyle: "long") }
# Under a person's name: the furthest step taken and where the follow-up stands, "Meeting asked · Due in 2 days".
# $stage (String): the step, or stage-to-do; $status (String): a status-* text
follow-ups-stage = { $stage } · { $status }
# The same with the due date.
# $stage (String), $status (String), $due (Date)
follow-ups-stage-due = { $stage } · { $status } · vence el { DATETIME($due, dateStyle: "long") }

## The follow-ups as a calendar file (.ics).

calendar-title = En tu calendario
calendar-lead = Lleva cada seguimiento pendiente que tenga fecha a tu aplicación de calendario como evento de todo el día. El archivo contiene los nombres y las notas, así que es solo para ti.
calendar-none = Ningún seguimiento pendiente tiene fecha todavía.
calendar-download = Descargar el archivo de calendario (.ics)
# $count (Number): follow-ups in the file; $file (String): the file's name
calendar-saved = Se ha guardado { $file } con { $count ->
    [one] 1 seguimiento
   *[other] { $count } seguimientos
}. Si lo vuelves a importar más adelante, se actualizarán en lugar de duplicarse.
calendar-not-saved = No se ha podido guardar el archivo de calendario en este navegador.
# In the calendar file: an entry's title.
# $person (String): the person's name
calendar-summary = Seguimiento con { $person }
# In the calendar file: the lines of an entry's description.
# $event (String), $date (Date)
calendar-met = Conociste a esta persona en { $event } el { DATETIME($date, dateStyle: "long") }.
# $does (String): what the person does, as noted
calendar-does = A qué se dedica: { $does }
# $promise (String): what was promised; $by (String): who promised it, as promiser says it
calendar-promised = Promesa: { $promise } ({ $by })
# $stage (String): the furthest step, or stage-to-do
calendar-so-far = Hasta ahora: { $stage }

## What the events brought: return on the hours.

returns-title = Lo que rinden tus horas
returns-empty = Cuando anotes eventos, las personas que conociste y las horas que te llevaron, aquí verás lo que te dio cada uno.
returns-chart-lead = Personas conocidas (barra superior) y seguimientos hechos (barra inferior) en cada evento, del más antiguo al más reciente:
# An event in the chart and the table: "Trade fair, 10 March 2026".
# $event (String), $date (Date)
returns-event = { $event }, { DATETIME($date, dateStyle: "long") }
returns-caption = Lo que dio cada evento
returns-col-event = Evento
returns-col-hours = Horas
returns-col-people = Personas que conociste
returns-col-followed = Seguimientos hechos
returns-col-meetings = Reuniones celebradas
returns-col-given = Recomendaciones dadas
returns-col-received = Recomendaciones recibidas
returns-col-per-hour = Seguimientos por hora
# A number of hours in the table (2.5).
# $hours (Number)
returns-hours = { $hours }
# Follow-ups done per hour, to one decimal (0.8).
# $rate (Number)
returns-per-hour = { $rate }
returns-all-events = Todos los eventos
returns-no-quiz = Haz el test para ver aquí tus puntuaciones de hábitos junto a lo que muestra el diario.
returns-mirror-title = El test y el diario
returns-mirror-lead = Lo que dijiste en el test sobre cada hábito, junto a lo que hiciste según el diario.
# $quiz (Number): the habit's quiz score, 0 to 100; $journal (String): what the journal shows, a mirror-* text
returns-mirror-line = El test dice { $quiz }; el diario dice: { $journal }.
# $journal (String)
returns-mirror-line-no-quiz = El test no tiene respuestas; el diario dice: { $journal }.
# What the journal shows for each habit.
# $part (Number), $whole (Number)
mirror-expectations = se pidió una reunión a { $part } de { $whole } personas conocidas
# $part (Number), $whole (Number)
mirror-follow-up = { $part } de { $whole } seguimientos hechos
# $part (Number), $whole (Number), $received (Number)
mirror-giving-first = recomendaciones dadas a { $part } de { $whole } personas conocidas ({ $received ->
    [one] 1 recibida
   *[other] { $received } recibidas
})
# $part (Number), $whole (Number)
mirror-event-choice = { $part } de { $whole } eventos eran estructurados, con una parte formativa
# $part (Number), $whole (Number)
mirror-goal-roi = { $part } de { $whole } eventos tenían un objetivo y sus horas anotadas
mirror-nothing = El diario todavía no dice nada sobre este hábito.
mirror-no-quiz = El test no tuvo respuesta sobre este hábito, así que aquí solo habla el diario.
mirror-same = El test y el diario apuntan en la misma dirección.
mirror-more = El diario muestra más de este hábito que tus respuestas del test.
mirror-less = De momento, el diario muestra menos de este hábito que tus respuestas del test; solo cuenta lo que has anotado.
