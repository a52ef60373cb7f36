### Questions of earlier versions of the quiz, no longer asked. A result made
### with them still shows them under "why you got this result". Message ids:
### q-<id> is the question, q-<id>-<n> its n-th answer in the bank's order.

# A scene: the question, then its four answers (shown shuffled; each answer is one way of behaving, none should read as the right one).
q-scene-arrival = Du kommst zu einem Get-together, auf dem du niemanden kennst. Was tust du in den ersten zehn Minuten?
q-scene-arrival-1 = Du suchst den Raum nach den nützlichsten Leuten ab und startest eine schnelle Runde, um sie alle kennenzulernen.
q-scene-arrival-2 = Du gehst auf die Person zu, die dir am nächsten steht, die Karte schon in der Hand, und fragst, was sie macht.
q-scene-arrival-3 = Du holst dir an der Bar etwas zu trinken und suchst dir ein ruhiges Plätzchen, von dem aus du zuschauen kannst.
q-scene-arrival-4 = Du schließt dich einer kleinen Gruppe an, hörst eine Weile zu und sagst dann ehrlich, was du machst und was du dir erhoffst.

# A scene: the question, then its four answers (shown shuffled; each answer is one way of behaving, none should read as the right one).
q-scene-buffet = Das Veranstaltungsteam verkündet: Das Buffet ist eröffnet.
q-scene-buffet-1 = Du lässt es aus: Die Schlange kommt kaum voran, und es gibt noch Leute kennenzulernen.
q-scene-buffet-2 = Du stellst dich an und gibst der Person, die neben dir steht, eine Karte.
q-scene-buffet-3 = Perfektes Timing. Du füllst dir einen Teller und machst es dir für den Abend gemütlich.
q-scene-buffet-4 = Du stellst dich an und fragst die Person neben dir, was sie hergeführt hat.

# A scene: the question, then its four answers (shown shuffled; each answer is one way of behaving, none should read as the right one).
q-scene-card = Eine Person, die du vor fünf Minuten kennengelernt hast, fragt nach deiner Visitenkarte.
q-scene-card-1 = Ihr tauscht schnell Karten, und du ziehst weiter; du willst noch dreißig andere Leute sprechen.
q-scene-card-2 = Du gibst ihr gleich zwei, falls sie noch jemanden kennt, der dich braucht.
q-scene-card-3 = Du klopfst deine Taschen ab, gibst zu, dass du keine dabeihast, und wendest dich wieder deinem Drink zu.
q-scene-card-4 = Du gibst ihr eine und fragst, welche Kundschaft oder Zusammenarbeit für sie ein guter Kontakt wäre.

# A scene: the question, then its four answers (shown shuffled; each answer is one way of behaving, none should read as the right one).
q-scene-speaker = Ein geladener Gast beginnt einen kurzen Vortrag darüber, wohin sich deine Branche entwickelt.
q-scene-speaker-1 = Du nutzt den Vortrag, um dich davonzumachen: Alle, die sich lohnen, hast du schon getroffen.
q-scene-speaker-2 = Du hörst höflich zu und blätterst dabei durch die Karten, die du gesammelt hast.
q-scene-speaker-3 = Du bleibst hinten in der Nähe der Snacks, bis es vorbei ist.
q-scene-speaker-4 = Du hörst genau zu und notierst dir eine Frage, die du dem Gast hinterher stellen willst.

# A scene: the question, then its four answers (shown shuffled; each answer is one way of behaving, none should read as the right one).
q-scene-morning = Es ist der Morgen nach einer Veranstaltung, und auf deinem Schreibtisch liegt ein Stapel neuer Visitenkarten.
q-scene-morning-1 = Du nimmst alle in einem Rutsch in deine Kontakte auf und schaust, welche Veranstaltung als Nächstes ansteht.
q-scene-morning-2 = Du legst den Stapel in eine Schublade; du kümmerst dich darum, wenn es ruhiger wird.
q-scene-morning-3 = Welcher Stapel? Du bist satt und ohne eine einzige Karte nach Hause gekommen.
q-scene-morning-4 = Du schreibst den Leuten, die du sympathisch fandest, eine herzliche Nachricht und hoffst, dass sie antworten.

# A scene: the question, then its four answers (shown shuffled; each answer is one way of behaving, none should read as the right one).
q-scene-pitch = Jemand fragt dich: „Und, was machst du so?“
q-scene-pitch-1 = Du lieferst einen ausgefeilten Zwanzig-Sekunden-Pitch und bittest um die Karte deines Gegenübers.
q-scene-pitch-2 = Du erzählst alles über dein Geschäft und stellst dann dieselbe Frage zurück.
q-scene-pitch-3 = Du bleibst vage und lenkst das Gespräch auf den Wein.
q-scene-pitch-4 = Du erklärst es offen und erwähnst, wie viel dir eine Empfehlung bedeuten würde.

# A scene: the question, then its four answers (shown shuffled; each answer is one way of behaving, none should read as the right one).
q-scene-hour = Eine zweistündige Veranstaltung läuft seit einer Stunde. Wo bist du gerade?
q-scene-hour-1 = Auf dem Weg nach draußen: Du hast die Leute getroffen, derentwegen du gekommen bist.
q-scene-hour-2 = Immer noch unterwegs von Person zu Person, mit ein paar Karten, die du noch verteilen willst.
q-scene-hour-3 = Am Buffet, beim zweiten Teller.
q-scene-hour-4 = Mitten in einem langen Gespräch mit einer Person, die du gerade erst kennengelernt hast.

# A scene: the question, then its four answers (shown shuffled; each answer is one way of behaving, none should read as the right one).
q-scene-coffee = Eine Person, die du gerade kennengelernt hast, sagt: „Wir sollten mal einen Kaffee trinken gehen.“
q-scene-coffee-1 = Du sagst „unbedingt“ und ziehst weiter; das sagst du zu allen.
q-scene-coffee-2 = Du stimmst begeistert zu, gehst aber, ohne einen Termin auszumachen.
q-scene-coffee-3 = Du sagst, dass du dich meldest, und wendest dich wieder der Käseplatte zu.
q-scene-coffee-4 = Du sagst, dass du gern möchtest, schlägst einen Tag vor und hoffst, dass es ernst gemeint war.

# A scene: the question, then its four answers (shown shuffled; each answer is one way of behaving, none should read as the right one).
q-scene-invite = Du bist zu einem großen, kostenlosen, offenen Networking-Abend ohne Programm eingeladen.
q-scene-invite-1 = Du gehst hin: Viele Leute bedeuten viele neue Kontakte in kurzer Zeit.
q-scene-invite-2 = Du gehst hin: Das klingt nach einer guten Gelegenheit, zu lernen, wie Networking funktioniert.
q-scene-invite-3 = Du gehst hin: In der Einladung ist von Freigetränken die Rede.
q-scene-invite-4 = Du gehst hin, in der Hoffnung, eine Person zu treffen, die dir Aufträge vermittelt.

# A statement rated on an agreement or frequency scale.
q-goal-ask = Ich bitte andere um ganz bestimmte Hilfe, zum Beispiel: „Ich suche jemanden für richtig gutes Grafikdesign.“

# A scene: the question, then its four answers (shown shuffled; each answer is one way of behaving, none should read as the right one).
q-scene-first-minutes = Du kommst zu einem gut besuchten Get-together, auf dem du fast niemanden kennst. Wie verbringst du die ersten fünfzehn Minuten?
q-scene-first-minutes-1 = Du drehst eine schnelle Runde, um zu sehen, wer da ist, und begrüßt so viele Leute wie möglich, bevor du dich irgendwo niederlässt.
q-scene-first-minutes-2 = Du fängst bei der Person an, die dir am nächsten steht, fragst, was sie macht, tauschst Karten und gehst weiter zum nächsten freundlichen Gesicht.
q-scene-first-minutes-3 = Du holst dir etwas zu trinken, suchst die ein, zwei Leute, die du schon kennst, und kommst mit ihnen erst einmal in Ruhe im Abend an.
q-scene-first-minutes-4 = Du schließt dich einer kleinen Gruppe an und erzählst offen, was dein Unternehmen macht und welche Art von Kundschaft du hier kennenlernen möchtest.

# A statement rated on an agreement or frequency scale.
q-expect-business = Wenn ich zu einer Networking-Veranstaltung gehe, erwarte ich, mit neuen Aufträgen nach Hause zu kommen.

# A scene: the question, then its four answers (shown shuffled; each answer is one way of behaving, none should read as the right one).
q-scene-buffet-open = Das Veranstaltungsteam verkündet: Das Buffet ist eröffnet.
q-scene-buffet-open-1 = Du bleibst in Bewegung: Während sich alle fürs Essen anstellen, kommst du an die Leute heran, die du noch kennenlernen wolltest.
q-scene-buffet-open-2 = Du stellst dich an, plauderst mit der Person, die gerade neben dir steht, und verteilst nebenbei ein paar Karten, ohne so genau mitzuzählen.
q-scene-buffet-open-3 = Du trägst einen vollen Teller an einen Tisch und genießt ein richtiges Essen; gutes Essen gehört dazu, wenn sich der Abend lohnen soll.
q-scene-buffet-open-4 = Du stellst dich an und erzählst der Person neben dir freiheraus, was du machst, in der Hoffnung, dass sie jemanden kennt, der das braucht.

# A statement rated on an agreement or frequency scale.
q-followup-thanks = Nach einer Veranstaltung schicke ich den Menschen, mit denen ich gesprochen habe, ein kurzes Dankeschön.

# A statement rated on an agreement or frequency scale.
q-giving-introduce = Ich bringe Menschen, die ich kennenlerne, mit jemandem in Kontakt, der ihnen helfen könnte, ohne etwas dafür zu erwarten.

# A scene: the question, then its four answers (shown shuffled; each answer is one way of behaving, none should read as the right one).
q-scene-card-request = Eine Person, mit der du dich fünf Minuten unterhalten hast, fragt nach deiner Visitenkarte.
q-scene-card-request-1 = Ihr tauscht Karten, du sagst, wie schön es war, und ziehst weiter; bevor du gehst, willst du noch andere treffen.
q-scene-card-request-2 = Du gibst ihr gleich zwei, eine zum Weitergeben an jemanden aus ihrem Freundeskreis, und bittest auch um ein paar von ihren.
q-scene-card-request-3 = Du gibst ihr mit einem Lächeln eine, plauderst noch ein wenig und gehst dann zurück zu den Leuten aus deinem alten Team, mit denen du gekommen bist.
q-scene-card-request-4 = Du gibst sie ihr, beschreibst, welche Art von Kundschaft du suchst, und bittest sie, passende Kontakte an dich weiterzuleiten.

# A statement rated on an agreement or frequency scale.
q-choice-free = Ich gehe zu jeder Veranstaltung, zu der ich eingeladen werde, solange sie kostenlos ist.

# A statement rated on an agreement or frequency scale.
q-goal-target = Ich komme mit einem klaren Ziel zu einer Veranstaltung, etwa einer Person oder einer Art von Kontakt, die ich kennenlernen will.

# A scene: the question, then its four answers (shown shuffled; each answer is one way of behaving, none should read as the right one).
q-scene-guest-talk = Ein geladener Gast beginnt einen zwanzigminütigen Vortrag darüber, wohin sich deine Branche entwickelt.
q-scene-guest-talk-1 = Du schüttelst dem Gast nach dem Vortrag als Erstes die Hand, tauschst Karten und machst dich auf zu deinem nächsten Termin.
q-scene-guest-talk-2 = Du klatschst herzlich, wendest dich dann mit griffbereiten Karten den Leuten um dich herum zu und fragst alle, was sie machen.
q-scene-guest-talk-3 = Du genießt den Vortrag mit einem Drink von einem guten Platz aus und unterhältst dich hinterher mit deiner Begleitung darüber.
q-scene-guest-talk-4 = Du bedankst dich hinterher beim Gast, erzählst ehrlich, wie das Thema dein eigenes Geschäft berührt, und fragst, mit wem du sprechen solltest.

# A statement rated on an agreement or frequency scale.
q-expect-relationship = Ich sehe eine Veranstaltung als ersten Schritt zu einer Beziehung, nicht als Gelegenheit zum Verkaufen.

# A statement rated on an agreement or frequency scale.
q-followup-pile = Die Karten, die ich sammle, landen auf einem Stapel, und ich melde mich selten noch einmal bei diesen Menschen.

# A scene: the question, then its four answers (shown shuffled; each answer is one way of behaving, none should read as the right one).
q-scene-what-you-do = Jemand fragt dich: „Und, was machst du so?“
q-scene-what-you-do-1 = Du bringst einen knackigen Dreißig-Sekunden-Pitch, tauschst Kontaktdaten und hältst das Gespräch in Schwung.
q-scene-what-you-do-2 = Du erzählst mit echter Begeisterung von deinem Geschäft, gibst deine Karte und fragst dann, was dein Gegenüber macht.
q-scene-what-you-do-3 = Du fasst dich kurz und kommst auf etwas, das euch beiden Spaß macht, etwa den Ort oder das Essen; die Arbeit kann bis Montag warten.
q-scene-what-you-do-4 = Du erklärst schlicht, was du machst, und fragst gleich, ob dein Gegenüber jemanden kennt, der das brauchen könnte.

# A statement rated on an agreement or frequency scale.
q-giving-wait = Ich warte, bis mir jemand eine Empfehlung schickt, bevor ich dieser Person selbst eine schicke.

# A statement rated on an agreement or frequency scale.
q-choice-check = Bevor ich mich für eine Veranstaltung anmelde, prüfe ich, wer sie veranstaltet, wer sie sponsert und wer voraussichtlich kommt.

# A scene: the question, then its four answers (shown shuffled; each answer is one way of behaving, none should read as the right one).
q-scene-one-hour-in = Eine zweistündige Veranstaltung läuft seit einer Stunde. Wo bist du gerade?
q-scene-one-hour-in-1 = Auf dem Weg zur Tür: Du hast die Leute getroffen, derentwegen du gekommen bist, und musst noch woandershin.
q-scene-one-hour-in-2 = Immer noch unterwegs von Gruppe zu Gruppe, mit ein paar Karten, die du bis zum Ende noch verteilen willst.
q-scene-one-hour-in-3 = Mit zwei alten Bekannten am Tisch, die du zufällig getroffen hast; daraus ist ein schönes Wiedersehen geworden.
q-scene-one-hour-in-4 = Immer noch mitten in deinem ersten Gespräch, aus dem ein herzlicher Austausch über dein Geschäft und seine Zukunft geworden ist.

# A statement rated on an agreement or frequency scale.
q-goal-cards = Ich beurteile eine Veranstaltung danach, wie viele Karten ich mit nach Hause bringe.

# A statement rated on an agreement or frequency scale.
q-followup-coffee = Wenn jemand vorschlägt, sich auf einen Kaffee zu treffen, mache ich innerhalb weniger Tage einen Termin aus.

# A scene: the question, then its four answers (shown shuffled; each answer is one way of behaving, none should read as the right one).
q-scene-coffee-sometime = Eine Person, die du gerade kennengelernt hast, sagt: „Wir sollten mal einen Kaffee trinken gehen.“
q-scene-coffee-sometime-1 = Du sagst „auf jeden Fall“, tauschst Kontaktdaten und ziehst weiter; das hörst du ein Dutzend Mal pro Abend.
q-scene-coffee-sometime-2 = Du stimmst herzlich zu und legst die Karte auf deinen wachsenden Stapel; die Einzelheiten willst du später klären.
q-scene-coffee-sometime-3 = Du lächelst und sagst „vielleicht“; du bist für einen entspannten Abend gekommen, nicht um deinen Kalender mit noch mehr Terminen zu füllen.
q-scene-coffee-sometime-4 = Du sagst, dass du das sehr gern machen würdest, und erzählst gleich, welche Art von Kundschaft die Person dir vielleicht schicken könnte.

# A statement rated on an agreement or frequency scale.
q-giving-help-first = Im Gespräch frage ich, wie ich helfen kann, bevor ich sage, was ich brauche.

# A statement rated on an agreement or frequency scale.
q-choice-learn = Ich bevorzuge Veranstaltungen mit Vortrag oder Workshop, bei denen ich etwas von Fachleuten lerne.

# A scene: the question, then its four answers (shown shuffled; each answer is one way of behaving, none should read as the right one).
q-scene-trade-stand = Auf einer Messe sagt jemand an deinem Stand: „Wir müssen unbedingt telefonieren, ich habe ein dringendes Projekt.“
q-scene-trade-stand-1 = Du scannst den Messeausweis, setzt die Person mit allen anderen auf die Nachfass-Liste und begrüßt den nächsten Besuch am Stand.
q-scene-trade-stand-2 = Für dich ist das der heiße Lead des Tages: Du gibst eine Broschüre und zwei Karten mit und erzählst deinem Team die Neuigkeit.
q-scene-trade-stand-3 = Du nickst und nimmst die Karte; du bist vor allem hier, um den Stand zu betreuen und mit den Leuten vom Nachbarstand zu plaudern.
q-scene-trade-stand-4 = Du nimmst die Person beim Wort und gehst das ganze Projekt gleich vor Ort durch; ein guter Lead, und die Messe hat sich bezahlt gemacht.

# A statement rated on an agreement or frequency scale.
q-expect-hot-lead = Wenn eine Person, die ich gerade erst kennengelernt habe, sagt: „Ruf mich an, ich habe ein Projekt für dich“, rechne ich fest damit, dass aus diesem Anruf ein Auftrag wird.

# A scene: the question, then its four answers (shown shuffled; each answer is one way of behaving, none should read as the right one).
q-scene-morning-after = Es ist der Morgen nach einer Veranstaltung, und auf deinem Schreibtisch liegen neue Visitenkarten.
q-scene-morning-after-1 = Du nimmst alle in einem Rutsch in deine Kontakte und deinen Verteiler auf und schaust dann, welche Veranstaltung als Nächstes ansteht.
q-scene-morning-after-2 = Du breitest sie vor dir aus, denkst an die lustigen Gespräche zurück und nimmst dir vor, bald allen zu schreiben.
q-scene-morning-after-3 = Es sind nur ein paar; der Abend war eine angenehme Pause mit Menschen, die du magst, und genau das wolltest du.
q-scene-morning-after-4 = Du schreibst allen, die du sympathisch fandest, eine lange, herzliche Nachricht, erklärst dein Geschäft und fragst, wen sie dir vermitteln könnten.

# A statement rated on an agreement or frequency scale.
q-followup-requests = Nachrichten von Menschen, die ich auf einer Veranstaltung kennengelernt habe, warten eine Woche oder länger auf meine Antwort.

# A statement rated on an agreement or frequency scale.
q-goal-roi = Ich behalte im Blick, ob die Stunden, die ich auf Veranstaltungen verbringe, tatsächlich zu etwas führen.

# A scene: the question, then its four answers (shown shuffled; each answer is one way of behaving, none should read as the right one).
q-scene-open-night = Du bist zu einem großen, kostenlosen, offenen Networking-Abend ohne Programm eingeladen.
q-scene-open-night-1 = Du gehst hin: Viele Leute bedeuten viele Kontakte in sehr kurzer Zeit.
q-scene-open-night-2 = Du gehst hin: Jedes neue Gesicht ist eine Chance, also nimmst du reichlich Karten mit.
q-scene-open-night-3 = Du gehst hin: Ein paar Leute aus deinem Freundeskreis sind auch da, und es ist ein entspannter Wochenausklang.
q-scene-open-night-4 = Du gehst hin: Vielleicht triffst du dort eine Person, die bereit ist, dir Aufträge zu vermitteln.

# A statement rated on an agreement or frequency scale.
q-giving-ask-early = Ich bitte neue Kontakte um Empfehlungen, bevor ich etwas für sie getan habe.

# A statement rated on an agreement or frequency scale.
q-choice-paid = Veranstaltungen mit Eintritt lasse ich aus: Menschen kennenzulernen sollte kein Geld kosten.

# A scene: the question, then its four answers (shown shuffled; each answer is one way of behaving, none should read as the right one).
q-scene-pick-event = Diese Woche hast du Zeit für eine Veranstaltung. Welche wählst du?
q-scene-pick-event-1 = Die größte: Je mehr Leute im Raum, desto mehr nützliche Kontakte an einem Abend.
q-scene-pick-event-2 = Die, die am lebendigsten klingt; du findest gerade noch heraus, welche Art von Veranstaltung zu dir passt.
q-scene-pick-event-3 = Die, auf der du vertraute Gesichter siehst und nach einer harten Woche abschalten kannst.
q-scene-pick-event-4 = Die, bei der du hoffst, dass dir dort endlich jemand eine Empfehlung gibt.

# A statement rated on an agreement or frequency scale.
q-expect-trust = Ich erwarte, dass eine neue Bekanntschaft mich mehrmals treffen muss, bevor sie eine Empfehlung weitergeben würde.

# A statement rated on an agreement or frequency scale.
q-goal-habit = Ich gehe aus Gewohnheit immer wieder zu denselben Veranstaltungen, auch wenn schon lange nichts daraus entstanden ist.

# A scene: the question, then its four answers (shown shuffled; each answer is one way of behaving, none should read as the right one).
q-scene-coffee-meeting = Ein Kontakt aus der letzten Woche hat zugesagt, sich mit dir auf einen Kaffee zu treffen.
q-scene-coffee-meeting-1 = Du schiebst das Treffen zwischen zwei andere Termine und beschränkst es auf zügige zwanzig Minuten.
q-scene-coffee-meeting-2 = Du kommst voller Eifer, alles über dein Geschäft zu erzählen, und schaust, wohin es führt.
q-scene-coffee-meeting-3 = Du genießt ein entspanntes Gespräch und lässt es schweifen; wenn das Geschäftliche aufkommt, gut, aber du drängst nicht darauf.
q-scene-coffee-meeting-4 = Du sagst offen, dass du auf neue Kundschaft hoffst und für jede Empfehlung dankbar wärst, die dein Gegenüber dir schicken kann.

# A count question: answered with a count (see answer-number-*, answer-people-*, answer-events-*).
q-goal-decided = Für wie viele der Veranstaltungen, die du in den vergangenen drei Monaten besucht hast, hast du vorher festgelegt, wen oder was du dort finden wolltest?

# A count question: answered with a count (see answer-number-*, answer-people-*, answer-events-*).
q-followup-coffees = Wie viele Kaffeetreffen oder Telefonate hattest du in den vergangenen drei Monaten tatsächlich mit Menschen, die du zuerst auf einer Veranstaltung kennengelernt hast?

# A count question: answered with a count (see answer-number-*, answer-people-*, answer-events-*).
q-giving-passed-on = Wie viele nützliche Kontakte, Tipps oder Hinweise auf Aufträge hast du in den vergangenen drei Monaten unaufgefordert an Menschen weitergegeben, die du auf Veranstaltungen kennengelernt hast?

# A count question: answered with a count (see answer-number-*, answer-people-*, answer-events-*).
q-choice-expert = Wie viele der Veranstaltungen, die du in den vergangenen drei Monaten besucht hast, boten einen Vortrag oder Workshop von Fachleuten aus dem Gebiet?

# A count question: answered with a count (see answer-number-*, answer-people-*, answer-events-*).
q-expect-worth-people = Wie viele der Veranstaltungen, die du in den vergangenen drei Monaten besucht hast, fandest du lohnend wegen der Menschen, die du dort kennengelernt hast, ganz gleich, welche Geschäfte daraus entstanden sind?
