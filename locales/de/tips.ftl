### Die Tipps der Checkliste: für jeden Stil, für jede Gewohnheit, zum Halten
### starker Gewohnheiten und für jedes Paar von Stilen (bei einem geteilten
### Ergebnis, verglichen mit dem eigenen). Jeder Tipp ist eine Anleitung an die lesende Person.

## Die Checkliste auf der Ergebnisseite.

# Wann im Ablauf einer Veranstaltung ein Tipp gilt: die drei Überschriften der Checkliste.
# $phase (String): before, at or after
checklist-phase = { $phase ->
    [before] Vor der Veranstaltung
    [at] Während der Veranstaltung
   *[after] Nach der Veranstaltung
}
# Wie weit die Checkliste abgehakt ist: „3 von 12 erledigt“.
# $done (Number): tips ticked; $total (Number): tips on the list
checklist-progress = { $done } von { $total } erledigt
checklist-print = Meine Checkliste drucken
# Unter einem Tipp: der Stil, für den er gedacht ist.
# $style (String): pro, rookie, imposter or mensch
checklist-for-style = Für den Typ { $style ->
    [pro] { -style-pro }
    [rookie] { -style-rookie }
    [imposter] { -style-imposter }
   *[mensch] { -style-mensch }
}
# Unter einem Tipp: die Gewohnheit, für die er gedacht ist.
# $habit (String): expectations, follow-up, giving-first, event-choice or goal-roi
checklist-for-habit = Gewohnheit: { $habit ->
    [expectations] Erwartungen
    [follow-up] Nachfassen
    [giving-first] Zuerst geben
    [event-choice] Wahl der Veranstaltung
   *[goal-roi] Ziel & Ertrag
}

## Tipps für jeden Stil (Pro, Rookie, Imposter, Mensch, in dieser Reihenfolge).

tip-pro-three = Nimm dir drei Menschen vor, mit denen du wirklich ins Gespräch kommen willst, statt dir eine bestimmte Zahl an Visitenkarten vorzunehmen.
tip-pro-linger = Bleib bei einem guten Gespräch zehn Minuten oder länger: Tiefe bringt mehr als eine schnelle Runde durch den Raum.
tip-pro-their-goals = Stell eine Frage zu den Zielen deines Gegenübers, bevor du deine eigenen ansprichst.
tip-pro-next-step = Schreib innerhalb von zwei Tagen den drei Menschen, mit denen du am längsten gesprochen hast, und schlag einen konkreten nächsten Schritt vor.
tip-pro-prune = Schau einmal im Monat, wem du tatsächlich geholfen hast und wer dir geholfen hat – und steck deine Zeit in diese Menschen.
tip-rookie-one-sentence = Leg in einem Satz fest, was du dir von dem Abend erhoffst, bevor du aus dem Haus gehst.
tip-rookie-opener = Überleg dir einen besseren Einstieg als „Und, was machen Sie so?“, zum Beispiel „Was hat Sie heute Abend hergeführt?“
tip-rookie-fewer-cards = Gib deine Visitenkarte erst heraus, wenn ein Gespräch wirklich etwas ergeben hat.
tip-rookie-notes = Notier dir auf der Rückseite jeder Karte, die du bekommst, worüber ihr gesprochen habt und was du zugesagt hast.
tip-rookie-best-three = Sortier die Karten am nächsten Morgen und fass bei den besten drei noch vor Ende der Woche nach.
tip-imposter-worth-it = Geh nur zu Veranstaltungen, deren Thema oder Publikum für deine Arbeit zählt; lass die aus, zu denen du wegen des Buffets gehen würdest.
tip-imposter-target = Setz dir ein kleines Ziel: erst zwei echte Gespräche, dann das Essen.
tip-imposter-queue = Nutz die Schlange am Buffet: Nirgends im Raum kommst du leichter mit jemandem ins Gespräch.
tip-imposter-answer = Halte eine kurze, freundliche Antwort bereit, falls dich jemand fragt, was du machst.
tip-imposter-swap = Hat dir ein Abend nichts gebracht, dann schreib am nächsten stattdessen deiner Kundschaft Dankesnachrichten.
tip-mensch-two-sentences = Übe, in zwei Sätzen zu sagen, was du machst und wem du hilfst – so können andere es weitererzählen.
tip-mensch-research = Finde vorher heraus, wer die Veranstaltung ausrichtet und wer voraussichtlich kommt, damit du gezieltere Fragen stellen kannst.
tip-mensch-specific = Bitte um etwas Konkretes, zum Beispiel darum, einem Buchhaltungsbüro vorgestellt zu werden, das Cafés betreut.
tip-mensch-give = Biete eine Empfehlung oder einen nützlichen Kontakt an, bevor du auf etwas im Gegenzug hoffst.
tip-mensch-coffee-first = Schlag nach einem guten ersten Gespräch einen Kaffee vor, um mehr über die Arbeit deines Gegenübers zu erfahren, und heb dir Bitten um Empfehlungen auf, bis ihr euch kennt.

## Tipps für jede Gewohnheit (Erwartungen, Nachfassen, Zuerst geben, Wahl der Veranstaltung, Ziel & Ertrag).

tip-expect-outcome = Schreib auf, wie ein guter Abend aussieht: ein paar vielversprechende Gespräche, keine unterschriebenen Verträge.
tip-expect-learn = Verzichte aufs Verkaufen: Finde über jede Person genug heraus, um zu wissen, ob du sie wiedersehen möchtest.
tip-expect-judge = Miss eine Veranstaltung an den Beziehungen, die in den folgenden Monaten daraus entstehen, nicht an den Verkäufen derselben Woche.
tip-expect-maybe-lead = Nimm ein begeistertes „Rufen Sie mich an, ich hätte da ein Projekt“ am Messestand oder beim Get-together als Vielleicht: Fass einmal nach und beurteile es dann daran, was als Nächstes passiert.
tip-expect-one-lead = Bevor du für einen Stand oder ein Ticket zahlst, weil „ein einziger guter Kontakt das schon wieder reinholt“, zähl nach, wie viele solcher Kontakte dir die letzten Male tatsächlich gebracht haben.
tip-followup-block = Reservier dir am Morgen nach der Veranstaltung dreißig Minuten fürs Nachfassen – und für nichts anderes.
tip-followup-date = Wenn jemand „Wir sollten mal einen Kaffee trinken“ sagt, mach gleich an Ort und Stelle einen Termin aus.
tip-followup-48h = Schick deine Dankesnachrichten innerhalb von 48 Stunden und beantworte jede Nachricht, mit der andere bei dir nachfassen.
tip-followup-prepared = Geh vorbereitet ins Folgetreffen: Informier dich über die Person und ihre Website, bring Fragen mit und überleg dir, wohin das Treffen führen soll.
tip-giving-two = Überleg dir zwei Menschen aus deinem Netzwerk, die du jemand Neuem vorstellen könntest.
tip-giving-listen = Hör heraus, was dein Gegenüber braucht, und biete einen Kontakt, einen Artikel oder eine Idee an.
tip-giving-first = Vermittle einem neuen Kontakt zuerst jemanden oder sprich eine Empfehlung aus, bevor du selbst um etwas bittest.
tip-choice-check = Prüf, wer die Veranstaltung ausrichtet und sponsert und wo sie stattfindet, bevor du dich anmeldest.
tip-choice-managed = Gib moderierten Veranstaltungen mit Vortrag oder Workshop den Vorzug vor offenen Treffen ohne Programm.
tip-choice-drop = Streich Veranstaltungen, zu denen weder deine Zielgruppe noch Menschen kommen, mit denen du zusammenarbeiten könntest – so angenehm sie auch sind.
tip-choice-paid-try = Probier auch kostenpflichtige Veranstaltungen und solche mit Vortrag oder Workshop aus: Wer zahlt oder zum Lernen kommt, ist meist mit Absicht da.
tip-choice-keep-going = Enttäuschen dich die Veranstaltungen, dann such dir andere aus, bevor du das Networking ganz aufgibst.
tip-goal-one = Setz dir ein Ziel pro Veranstaltung, etwa eine Person kennenzulernen, mit der du zusammenarbeiten könntest, weil ihr dieselbe Kundschaft habt.
tip-goal-ask = Sprich offen aus, welche Hilfe du suchst: Andere können dir nur bei dem helfen, wovon sie wissen.
tip-goal-log = Notier in einer einfachen Liste, wie viele Stunden du investierst und was daraus entsteht, und schau sie dir jedes Quartal an.
tip-goal-customers = Hat dir eine ganze Saison voller Veranstaltungen nichts gebracht, dann steck diese Stunden in deine Kundschaft: Bedank dich und frag, wem sie dich vorstellen könnte.

## Tipps zum Halten starker Gewohnheiten, wenn jede Gewohnheit bei 70 oder mehr liegt.

tip-keep-review = Schau einmal im Quartal wieder nach, welche Veranstaltungen dir Beziehungen und Aufträge gebracht haben, und streich die anderen.
tip-keep-one-goal = Setz dir weiterhin ein Ziel pro Veranstaltung, auch bei Veranstaltungen, die du gut kennst: Die Gewohnheit verblasst dort am schnellsten, wo sie am wenigsten nötig scheint.
tip-keep-give = Gib weiter, was funktioniert: Stell jemandem, der noch neu im Networking ist, eine nützliche Person vor oder zeig, wie du nachfasst.
tip-keep-slot = Halte dir dein Zeitfenster fürs Nachfassen auch in vollen Wochen frei: Das Nachfassen ist die Gewohnheit, die als Erste wegbricht.
tip-keep-journal = Notier im Journal, wen du getroffen und was du zugesagt hast, damit ein voller Monat deine Gewohnheiten nicht wieder zunichtemacht.

## Wie zwei Stile am besten zusammenarbeiten: zwei Tipps für jedes Paar von Stilen,
## angezeigt unter „Wie Typ Pro und Typ Mensch am besten zusammenarbeiten“.

pair-tip-pro-pro-1 = Ihr kennt beide alle: Stellt einander jeden Monat eine Person persönlich vor, statt noch mehr Namen zu sammeln.
pair-tip-pro-pro-2 = Trefft euch zu zweit, abseits von Veranstaltungen, wo niemand von euch zur nächsten Person eilen muss.
pair-tip-pro-rookie-1 = Typ { -style-pro } kann zeigen, welche Veranstaltungen den Abend wert sind; Typ { -style-rookie } kann Typ { -style-pro } daran erinnern, einen Gang zurückzuschalten und nachzufassen.
pair-tip-pro-rookie-2 = Geht gemeinsam zu einer Veranstaltung: Typ { -style-pro } übernimmt das Vorstellen, Typ { -style-rookie } macht Notizen und schickt die Nachrichten zum Nachfassen.
pair-tip-pro-imposter-1 = Bei der nächsten Veranstaltung kann Typ { -style-pro } Typ { -style-imposter } in zwei Gespräche mitnehmen: So findet Typ { -style-imposter } einen Einstieg, und Typ { -style-pro } gewinnt dankbare Unterstützung.
pair-tip-pro-imposter-2 = Wählt eine moderierte Veranstaltung mit Vortrag, damit es mehr zu besprechen gibt als das Buffet.
pair-tip-pro-mensch-1 = Reichweite trifft Tiefe: Lasst Typ { -style-pro } die Leute vorstellen und Typ { -style-mensch } daraus Beziehungen machen.
pair-tip-pro-mensch-2 = Sprecht nach jeder Veranstaltung ab, wer bei wem nachfasst, damit kein Kontakt zwischen euch verloren geht.
pair-tip-rookie-rookie-1 = Bereitet euch gemeinsam vor: Ihr setzt euch jeweils ein Ziel für die Veranstaltung und haltet zur Halbzeit kurz Rücksprache.
pair-tip-rookie-rookie-2 = Achtet gegenseitig darauf, dass ihr innerhalb von 48 Stunden nachfasst.
pair-tip-rookie-imposter-1 = Schließt einen Pakt: jeweils zwei echte Gespräche, bevor jemand von euch zum Buffet geht.
pair-tip-rookie-imposter-2 = Vergleicht am nächsten Tag eure Notizen: Wenn ihr darüber sprecht, wird aus einem geselligen Abend echte Übung.
pair-tip-rookie-mensch-1 = Typ { -style-mensch } kann zeigen, wie aus einer Karte ein Gespräch wird; mit der Energie von Typ { -style-rookie } fängt Typ { -style-mensch } mehr davon an.
pair-tip-rookie-mensch-2 = Übt vor der Veranstaltung aneinander, euch in zwei Sätzen vorzustellen.
pair-tip-imposter-imposter-1 = Sucht euch eine Veranstaltung mit Fachprogramm aus und geht zusammen hin; der Vortrag liefert euch beiden einen leichten Gesprächseinstieg.
pair-tip-imposter-imposter-2 = Verabredet, dass ihr einander dort jeweils mit einer neuen Person bekannt macht.
pair-tip-imposter-mensch-1 = Typ { -style-mensch } kann Typ { -style-imposter } mit Leuten bekannt machen, die man kennen sollte; Typ { -style-imposter } kann Typ { -style-mensch } zeigen, wie man in einem vollen Raum locker wird.
pair-tip-imposter-mensch-2 = Trefft euch zuerst auf einen Kaffee und findet heraus, wem ihr im Netzwerk der jeweils anderen Person helfen könntet.
pair-tip-mensch-mensch-1 = Ihr meint es beide gut: Macht den ersten Schritt und gebt einander eine konkrete Empfehlung.
pair-tip-mensch-mensch-2 = Übt, um etwas Konkretes zu bitten, und achtet gegenseitig darauf, dass eure Folgetreffen vorbereitet sind.
