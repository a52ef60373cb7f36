### The journal: its page, an event's page, the people met and the
### follow-ups with them, the hours an event took, and what the events
### brought. (Editing a field: journal-edit.ftl.)

# Said on every journal screen.
journal-stays-here = Tout ce que contient le journal reste sur cet appareil. Les noms et les notes ne figurent jamais dans un lien de partage.

## The journal's page.

journal-title = Votre journal d’événements
journal-lead = Le travail qui rend le networking rentable commence quand l’événement se termine. Notez les événements où vous allez, les personnes que vous rencontrez et la prochaine étape avec chacune, et voyez ce que vos heures ont rapporté.
journal-nothing-due = Rien à faire aujourd’hui.
journal-see-follow-ups = Voir toutes les relances
journal-events = Vos événements
journal-no-events = Aucun événement pour l’instant. Ajoutez le prochain où vous comptez aller, ou un événement récent.
journal-add-event = Ajouter un événement
# Under an event's name in the list: "10 March 2026 · Trade show · paid".
# $date (Date): the event's day; $kind (String): the kind of event, as event-kind says it; $paid (String): yes or no
journal-event-meta = { DATETIME($date, dateStyle: "long") } · { $kind } · { $paid ->
    [yes] payant
   *[no] gratuit
}
# Under an event's name in the list: "3 people met, 2 follow-ups open".
# $people (Number): people noted; $open (Number): follow-ups not done
journal-event-people = { $people ->
    [one] { $people } personne rencontrée
   *[other] { $people } personnes rencontrées
}, { $open ->
    [one] { $open } relance en cours
   *[other] { $open } relances en cours
}

## What an event, a promise and a follow-up can be.

# $kind (String): mixer, managed, trade-show or other
event-kind = { $kind ->
    [mixer] Cocktail de networking libre
    [managed] Événement encadré avec une partie formation
    [trade-show] Salon professionnel
   *[other] Autre
}
# Who made the promise noted for a person.
# $by (String): me, them or both
promiser = { $by ->
    [me] Moi
    [them] L’autre personne
   *[both] Nous deux
}
# A step of following up with a person, as ticked on their card.
# $step (String): thank-you-sent, meeting-asked, meeting-held, referral-given or referral-received
step = { $step ->
    [thank-you-sent] Remerciement envoyé
    [meeting-asked] Rendez-vous demandé
    [meeting-held] Rendez-vous tenu
    [referral-given] Recommandation donnée
   *[referral-received] Recommandation reçue
}
# Where a follow-up stands when no step was taken yet.
stage-to-do = À faire

# Where a follow-up stands on the device's date.
# $days (Number): days overdue or until due
status-overdue = { $days ->
    [one] En retard de { $days } jour
   *[other] En retard de { $days } jours
}
status-due-today = À faire aujourd’hui
# $days (Number)
status-upcoming = { $days ->
    [one] À faire dans { $days } jour
   *[other] À faire dans { $days } jours
}
status-no-date = Aucune date
status-done = Terminée

## Adding an event or a person, and what is said when a field is wrong.

form-event-name = Nom de l’événement
form-event-date = Date
form-event-kind = Type d’événement
form-event-goal = Votre objectif (facultatif)
form-event-goal-hint = Par exemple : rencontrer une personne graphiste, ou trouver quelqu’un qui connaît la personne à qui appartient le lieu.
form-add-event = Ajouter l’événement
form-person-name = Nom
form-person-does = Ce que fait la personne
form-person-promise = Ce qui a été promis (facultatif)
form-person-by = Qui l’a promis
form-person-due = Date de la prochaine étape (facultatif)
form-add-person = Ajouter la personne
error-event-name = Donnez un nom à l’événement.
error-event-date = Indiquez la date de l’événement.
error-person-name = Indiquez le nom de la personne.
error-too-long = Ce texte dépasse 500 caractères ; merci de le raccourcir.
error-journal-full = Le journal est plein ; supprimez d’abord une ancienne entrée.

## An event's page.

event-missing-title = Cet événement n’est pas dans votre journal
event-missing-text = Il a peut-être été supprimé, ou noté dans un autre navigateur. Rien n’a été modifié.
event-go-to-journal = Aller au journal
event-back = Retour au journal
event-people = Les personnes rencontrées
event-no-people = Personne n’est encore noté.
event-add-person = Ajouter une personne
# The terms beside the event's facts.
event-term-date = Date
event-term-kind = Type
event-term-entry = Entrée
event-term-goal = Votre objectif
event-goal-none = Aucun noté
# The event's day among its facts.
# $date (Date)
event-date = { DATETIME($date, dateStyle: "long") }
event-hours-title = Heures consacrées
event-hours-label = Heures, trajet et relances compris
event-hours-error = Indiquez les heures par un nombre de 0 à 200, par exemple 2,5.
event-hours-save = Enregistrer les heures
# $hours (Number): hours, possibly with a fraction (2.5)
event-hours-noted = Noté : { $hours } h.
event-hours-none = Aucune heure notée pour l’instant.
# The event page's tips before the event's day.
event-tips-before = Avant d’y aller
# The event page's tips from the event's day on.
event-tips-after = Pendant et après l’événement
event-tips-from-checklist = Tirés de votre liste de contrôle : ce que vous cochez ici y est aussi coché.
event-tips-no-result = Faites le quiz pour voir ici les conseils adaptés à votre style.
event-tips-go-to-quiz = Aller au quiz
event-remove-title = Supprimer cet événement
event-remove = Supprimer l’événement
# $event (String): the event's name
event-remove-question = Supprimer { $event } du journal, avec toutes les personnes notées pour cet événement ? Cette action est définitive.
event-remove-yes = Oui, supprimer

## A person's card on an event's page.

# $person (String): the person's name
person-steps = Étapes avec { $person }
person-due = Date de la prochaine étape
person-due-hint = Cocher une étape efface cette date ; fixez-en une nouvelle pour l’étape suivante.

## The follow-ups across every event.

follow-ups-title = Relances
# $today (Date): the device's date
follow-ups-today = Selon la date de cet appareil, nous sommes le { DATETIME($today, dateStyle: "long") }.
follow-ups-none = Personne n’est encore noté. Ajoutez les personnes que vous rencontrez à un événement du journal.
# A group's heading with how many are in it: "Overdue (2)".
# $group (String): overdue, due-today, coming-up, no-date or done; $count (Number)
follow-ups-group = { $group ->
    [overdue] En retard
    [due-today] À faire aujourd’hui
    [coming-up] À venir
    [no-date] Sans date
   *[done] Terminées
} ({ $count })
# Under a person's name: where they were met.
# $event (String): the event's name; $date (Date): its day
follow-ups-met = Rencontre : { $event }, le { DATETIME($date, dateStyle: "long") }
# Under a person's name: the furthest step taken and where the follow-up stands, "Meeting asked · Due in 2 days".
# $stage (String): the step, or stage-to-do; $status (String): a status-* text
follow-ups-stage = { $stage } · { $status }
# The same with the due date.
# $stage (String), $status (String), $due (Date)
follow-ups-stage-due = { $stage } · { $status } · échéance le { DATETIME($due, dateStyle: "long") }

## The follow-ups as a calendar file (.ics).

calendar-title = Dans votre agenda
calendar-lead = Ajoutez à votre agenda, sous forme d’événements sur la journée entière, toutes les relances en cours qui ont une date. Le fichier contient les noms et les notes : gardez-le pour vous.
calendar-none = Aucune relance en cours n’a encore de date.
calendar-download = Télécharger le fichier d’agenda (.ics)
# $count (Number): follow-ups in the file; $file (String): the file's name
calendar-saved = { $file } enregistré avec { $count ->
    [one] { $count } relance
   *[other] { $count } relances
}. Si vous importez de nouveau ce fichier plus tard, son contenu sera mis à jour au lieu d’être ajouté en double.
calendar-not-saved = Le fichier d’agenda n’a pas pu être enregistré dans ce navigateur.
# In the calendar file: an entry's title.
# $person (String): the person's name
calendar-summary = Relancer { $person }
# In the calendar file: the lines of an entry's description.
# $event (String), $date (Date)
calendar-met = Rencontre : { $event }, le { DATETIME($date, dateStyle: "long") }.
# $does (String): what the person does, as noted
calendar-does = Activité : { $does }
# $promise (String): what was promised; $by (String): who promised it, as promiser says it
calendar-promised = Promis : { $promise } ({ $by })
# $stage (String): the furthest step, or stage-to-do
calendar-so-far = Où vous en êtes : { $stage }

## What the events brought: return on the hours.

returns-title = Le retour sur vos heures
returns-empty = Dès que vous notez des événements, les personnes rencontrées et les heures consacrées, vous verrez ici ce que chacun a apporté.
returns-chart-lead = Personnes rencontrées (barre du haut) et relances faites (barre du bas) à chaque événement, du plus ancien au plus récent :
# An event in the chart and the table: "Trade fair, 10 March 2026".
# $event (String), $date (Date)
returns-event = { $event }, { DATETIME($date, dateStyle: "long") }
returns-caption = Ce que chaque événement a apporté
returns-col-event = Événement
returns-col-hours = Heures
returns-col-people = Personnes rencontrées
returns-col-followed = Relances faites
returns-col-meetings = Rendez-vous tenus
returns-col-given = Recommandations données
returns-col-received = Recommandations reçues
returns-col-per-hour = Relances par heure
# A number of hours in the table (2.5).
# $hours (Number)
returns-hours = { $hours }
# Follow-ups done per hour, to one decimal (0.8).
# $rate (Number)
returns-per-hour = { $rate }
returns-all-events = Tous les événements
returns-no-quiz = Faites le quiz pour voir ici vos scores d’habitudes à côté de ce que montre le journal.
returns-mirror-title = Le quiz et le journal
returns-mirror-lead = Ce que vous avez dit de chaque habitude dans le quiz, à côté de ce que vous avez fait d’après le journal.
# $quiz (Number): the habit's quiz score, 0 to 100; $journal (String): what the journal shows, a mirror-* text
returns-mirror-line = Quiz : { $quiz } sur 100 ; journal : { $journal }.
# $journal (String)
returns-mirror-line-no-quiz = Quiz : pas de réponse ; journal : { $journal }.
# What the journal shows for each habit.
# $part (Number), $whole (Number)
mirror-expectations = rendez-vous demandé à { $part } sur { $whole } { $whole ->
    [one] personne rencontrée
   *[other] personnes rencontrées
}
# $part (Number), $whole (Number)
mirror-follow-up = { $part ->
    [one] { $part } relance faite
   *[other] { $part } relances faites
} sur { $whole }
# $part (Number), $whole (Number), $received (Number)
mirror-giving-first = recommandations données à { $part } sur { $whole } { $whole ->
    [one] personne rencontrée
   *[other] personnes rencontrées
} ({ $received ->
    [one] { $received } reçue
   *[other] { $received } reçues
})
# $part (Number), $whole (Number)
mirror-event-choice = { $part ->
    [one] { $part } événement encadré
   *[other] { $part } événements encadrés
} sur { $whole }, avec une partie formation
# $part (Number), $whole (Number)
mirror-goal-roi = { $part ->
    [one] { $part } événement
   *[other] { $part } événements
} sur { $whole } avec un objectif et des heures notées
mirror-nothing = Le journal ne dit encore rien de cette habitude.
mirror-no-quiz = Le quiz n’a pas de réponse sur cette habitude ; seul le journal parle ici.
mirror-same = Le quiz et le journal vont dans le même sens ici.
mirror-more = Le journal montre davantage cette habitude que vos réponses au quiz.
mirror-less = Le journal montre pour l’instant moins cette habitude que vos réponses au quiz ; il ne compte que ce que vous avez noté.
