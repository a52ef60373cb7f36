### The five habits.

# $habit (String): expectations, follow-up, giving-first, event-choice or goal-roi
habit-name = { $habit ->
    [expectations] Erwartungen
    [follow-up] Nachfassen
    [giving-first] Zuerst geben
    [event-choice] Wahl der Veranstaltung
   *[goal-roi] Ziel & Ertrag
}

# What a high score on this habit means.
# $habit (String)
habit-meaning = { $habit ->
    [expectations] Du siehst eine Veranstaltung als Beginn von Beziehungen, nicht als Ort für Geschäftsabschlüsse.
    [follow-up] Du weißt, dass die eigentliche Arbeit erst nach der Veranstaltung beginnt.
    [giving-first] Du bietest Hilfe und Empfehlungen an, bevor du selbst um etwas bittest.
    [event-choice] Du wählst Veranstaltungen gezielt aus – nach ihrem Publikum und danach, was du dort lernen kannst.
   *[goal-roi] Du gehst mit einem Ziel hin und prüfst, ob sich die Stunden gelohnt haben.
}
