### The quiz's questions and their answers (the question bank). Message ids
### come from the item ids in src/domain/quiz/questions.rs: q-<id> is the
### question, q-<id>-<n> its n-th answer in the bank's order.
### German: every count question asks "Wie viele …" (nominative or accusative)
### or "Für wie viele …", so that "Keine", "Ein oder zwei", "Die meisten",
### "Alle" fit each of them; the number answers are digits, which fit nouns of
### every gender ("1" for eine Person, ein Gespräch, einen Kontakt).

## The answers of count and statement questions.

answer-number-1 = Keine
answer-number-2 = Eins
answer-number-3 = Zwei
answer-number-4 = Drei
answer-number-5 = Vier oder mehr
answer-people-1 = Keine
answer-people-2 = Ein oder zwei
answer-people-3 = Etwa die Hälfte
answer-people-4 = Die meisten
answer-people-5 = Alle
answer-events-1 = Keine
answer-events-2 = Ein paar
answer-events-3 = Etwa die Hälfte
answer-events-4 = Die meisten
answer-events-5 = Alle
# The sixth answer of every count question; it counts as no answer.
answer-no-event = Ich war in dieser Zeit auf keiner Veranstaltung.
answer-agreement-1 = Stimme überhaupt nicht zu
answer-agreement-2 = Stimme nicht zu
answer-agreement-3 = Weder noch
answer-agreement-4 = Stimme zu
answer-agreement-5 = Stimme voll und ganz zu
answer-frequency-1 = Nie
answer-frequency-2 = Selten
answer-frequency-3 = Manchmal
answer-frequency-4 = Oft
answer-frequency-5 = Immer

## The questions the quiz asks, in quiz order.

# A scene: the question, then its four answers (shown shuffled; each answer is one way of behaving, none should read as the right one).
q-scene-first-minutes-v2 = Du kommst zu einem gut besuchten Get-together, auf dem du fast niemanden kennst. Wie verbringst du die ersten fünfzehn Minuten?
q-scene-first-minutes-v2-1 = Du drehst eine schnelle Runde, um zu sehen, wer da ist, und begrüßt so viele Leute wie möglich, bevor du dich irgendwo niederlässt.
q-scene-first-minutes-v2-2 = Du fängst bei der Person an, die dir am nächsten steht, fragst kurz, was sie macht, tauschst Karten und ziehst gleich weiter zum nächsten freundlichen Gesicht.
q-scene-first-minutes-v2-3 = Du holst dir etwas zu trinken und gesellst dich zu den ein, zwei Leuten, die du schon kennst; mit einem entspannten Start stimmst du dich gut auf den Abend ein.
q-scene-first-minutes-v2-4 = Du schließt dich einer kleinen Gruppe an und erzählst offen, was dein Unternehmen macht und welche Art von Kundschaft du hier kennenlernen möchtest.

# A count question: answered with a count (see answer-number-*, answer-people-*, answer-events-*).
q-expect-pitched = Denk an die letzte Veranstaltung, die du in den vergangenen drei Monaten besucht hast. Wie viele deiner Gespräche dort hast du auf einen Auftrag gebracht, den du dir von deinem Gegenüber erhofft hast?

# A scene: the question, then its four answers (shown shuffled; each answer is one way of behaving, none should read as the right one).
q-scene-buffet-open-v2 = Das Veranstaltungsteam verkündet: Das Buffet ist eröffnet.
q-scene-buffet-open-v2-1 = Du bleibst in Bewegung: Während sich alle fürs Essen anstellen, kommst du an die Leute heran, die du noch kennenlernen wolltest.
q-scene-buffet-open-v2-2 = Du stellst dich an, plauderst mit der Person, die gerade neben dir steht, und verteilst nebenbei ein paar Karten, ohne so recht den Überblick zu behalten.
q-scene-buffet-open-v2-3 = Du nimmst dir einen gut gefüllten Teller, setzt dich mit deiner Begleitung an einen ruhigen Tisch und genießt in Ruhe ein richtiges Essen; gutes Essen gehört für dich zu einem gelungenen Abend dazu.
q-scene-buffet-open-v2-4 = Du stellst dich an und erzählst der Person neben dir freiheraus, was du machst, in der Hoffnung, dass sie jemanden kennt, der das braucht.

# A count question: answered with a count (see answer-number-*, answer-people-*, answer-events-*).
q-followup-wrote = Denk an die letzte Veranstaltung, die du in den vergangenen drei Monaten besucht hast. Wie viele der Menschen, mit denen du dort gesprochen hast, hast du innerhalb einer Woche persönlich angeschrieben?

# A count question: answered with a count (see answer-number-*, answer-people-*, answer-events-*).
q-giving-introduced = Wie viele Bekanntschaften hast du in den vergangenen drei Monaten gestiftet, indem du zwei Menschen, die du kennst, einander vorgestellt hast, weil es einem der beiden helfen konnte – ohne dass du selbst etwas davon hattest?

# A scene: the question, then its four answers (shown shuffled; each answer is one way of behaving, none should read as the right one).
q-scene-card-request-v2 = Eine Person, mit der du dich fünf Minuten unterhalten hast, fragt nach deiner Visitenkarte.
q-scene-card-request-v2-1 = Ihr tauscht Karten, du sagst, wie schön es war, und ziehst weiter; bevor du gehst, willst du noch andere treffen.
q-scene-card-request-v2-2 = Du gibst ihr gleich zwei, eine zum Weitergeben an jemanden aus ihrem Freundeskreis, und bittest auch um ein paar von ihren.
q-scene-card-request-v2-3 = Du gibst ihr mit einem Lächeln eine, plauderst noch ein wenig über den Ort und das Essen und schlenderst dann zurück zu den Leuten, mit denen du gekommen bist.
q-scene-card-request-v2-4 = Du reichst ihr deine Karte, erzählst, welche Art von Kundschaft du suchst, und bittest sie, dich weiterzuempfehlen, wenn ihr jemand Passendes begegnet.

# A count question: answered with a count (see answer-number-*, answer-people-*, answer-events-*).
q-choice-checked = Wie viele der Veranstaltungen, die du in den vergangenen drei Monaten besucht hast, hast du ausgewählt, nachdem du geprüft hattest, wer sie veranstaltet, wer sie sponsert und wer voraussichtlich kommt?

# A practice question: the question, then five answers, each a good practice (shown shuffled; they should look equally good).
q-practice-before = Denk an die letzte Veranstaltung, die du in den vergangenen drei Monaten besucht hast. Angenommen, du hättest vorher nur eines dieser Dinge getan: Welches kommt dem, was du getan hast, am nächsten?
q-practice-before-1 = Du hast festgelegt, was für dich ein guter Abend wäre: zwei oder drei echte neue Bekanntschaften, das Geschäftliche kommt später.
q-practice-before-2 = Du hast dir für den nächsten Tag eine Stunde im Kalender geblockt, um den Menschen zu schreiben, die du treffen würdest.
q-practice-before-3 = Du hast dir einen Kontakt oder einen Tipp überlegt, den du einer Person anbieten konntest, die du dort wahrscheinlich treffen würdest.
q-practice-before-4 = Du hast geprüft, wer die Veranstaltung ausrichtet und wer kommt, um sicher zu sein, dass sie den Abend wert ist.
q-practice-before-5 = Du hast entschieden, welche ein oder zwei Menschen oder welche Art von Kontakten du am liebsten kennenlernen wolltest.

# A scene: the question, then its four answers (shown shuffled; each answer is one way of behaving, none should read as the right one).
q-scene-guest-talk-v2 = Ein geladener Gast beginnt einen zwanzigminütigen Vortrag darüber, wohin sich deine Branche entwickelt.
q-scene-guest-talk-v2-1 = Du schüttelst dem Gast nach dem Vortrag als Erstes die Hand, tauschst Karten und machst dich auf zu deinem nächsten Termin.
q-scene-guest-talk-v2-2 = Du klatschst herzlich, wendest dich dann mit griffbereiten Karten den Leuten um dich herum zu und fragst alle, was sie machen.
q-scene-guest-talk-v2-3 = Du machst es dir bequem und genießt den Vortrag, danach tauschst du dich bei einem Drink mit deiner Begleitung darüber aus, was euch am besten gefallen hat.
q-scene-guest-talk-v2-4 = Du gehst nach dem Vortrag auf den Gast zu, erzählst angeregt und etwas ausführlicher, wie das Thema dein eigenes Geschäft berührt, und fragst, ob sich vielleicht ein paar Kontakte zu möglicher Kundschaft vermitteln ließen.

# A count question: answered with a count (see answer-number-*, answer-people-*, answer-events-*).
q-expect-met-again = Wie viele Menschen, die du zuerst auf einer Veranstaltung kennengelernt hast, hast du in den vergangenen drei Monaten wiedergetroffen, nur um sie näher kennenzulernen, ohne etwas verkaufen oder erbitten zu wollen?

# A count question: answered with a count (see answer-number-*, answer-people-*, answer-events-*).
q-followup-untouched = Denk an die letzte Veranstaltung, die du in den vergangenen drei Monaten besucht hast. Wie viele der Karten und Kontakte, die du von dort mitgebracht hast, sind noch unberührt, ohne gesendete Nachricht und ohne Notiz?

# A scene: the question, then its four answers (shown shuffled; each answer is one way of behaving, none should read as the right one).
q-scene-what-you-do-v2 = Jemand fragt dich: „Und, was machst du so?“
q-scene-what-you-do-v2-1 = Du bringst einen knackigen Dreißig-Sekunden-Pitch, tauschst Kontaktdaten und hältst das Gespräch in Schwung.
q-scene-what-you-do-v2-2 = Du legst mit echter Begeisterung los und erzählst von deinem Geschäft, gibst gleich deine Karte und fragst erst dann, was dein Gegenüber macht.
q-scene-what-you-do-v2-3 = Du antwortest in einem Satz und kommst dann auf etwas, das euch beiden Spaß macht, etwa den Ort oder das Essen; heute Abend hast du Pause von der Arbeit.
q-scene-what-you-do-v2-4 = Du erklärst ehrlich und ohne Umschweife, was du machst, und fragst gleich, ob dein Gegenüber jemanden kennt, der das gebrauchen könnte.

# A count question: answered with a count (see answer-number-*, answer-people-*, answer-events-*).
q-giving-asked-first = Wie viele Menschen, die du in den vergangenen drei Monaten auf Veranstaltungen kennengelernt hast, hast du um eine Empfehlung oder einen Kontakt gebeten, bevor du etwas für sie getan hattest?

# A count question: answered with a count (see answer-number-*, answer-people-*, answer-events-*).
q-choice-free-food = Wie viele der Veranstaltungen, die du in den vergangenen drei Monaten besucht hast, hast du vor allem besucht, weil sie kostenlos waren oder weil es Essen und Getränke gab?

# A scene: the question, then its four answers (shown shuffled; each answer is one way of behaving, none should read as the right one).
q-scene-one-hour-in-v2 = Eine zweistündige Veranstaltung läuft seit einer Stunde. Wo bist du gerade?
q-scene-one-hour-in-v2-1 = Auf dem Weg zur Tür: Du hast die Leute getroffen, derentwegen du gekommen bist, und musst noch woandershin.
q-scene-one-hour-in-v2-2 = Immer noch unterwegs von Gruppe zu Gruppe, mit ein paar Karten, die du bis zum Ende noch verteilen willst.
q-scene-one-hour-in-v2-3 = Im angeregten Gespräch mit zwei alten Bekannten, die dir zufällig über den Weg gelaufen sind; ihr tauscht Neuigkeiten aus, und du lachst so viel wie die ganze Woche nicht.
q-scene-one-hour-in-v2-4 = Immer noch vertieft in dein erstes Gespräch, in dem du inzwischen mit viel Herzblut über dein Geschäft und seine Zukunft sprichst.

# A count question: answered with a count (see answer-number-*, answer-people-*, answer-events-*).
q-goal-by-cards = Wie viele der Veranstaltungen, die du in den vergangenen drei Monaten besucht hast, hast du vor allem nach der Zahl der Karten oder Kontakte beurteilt, mit denen du nach Hause gekommen bist?

# A practice question: the question, then five answers, each a good practice (shown shuffled; they should look equally good).
q-practice-conversation = Denk an das beste Gespräch, das du auf der letzten Veranstaltung der vergangenen drei Monate geführt hast. Was davon kommt dem, wie es gelaufen ist, am nächsten?
q-practice-conversation-1 = Bevor ihr euch verabschiedet habt, habt ihr einen nächsten Schritt vereinbart: ein Telefonat oder einen Kaffee, mit Termin.
q-practice-conversation-2 = Du hast herausgefunden, was dein Gegenüber brauchte, und von jemandem erzählt, der helfen konnte.
q-practice-conversation-3 = Ihr habt euch darüber ausgetauscht, welche Veranstaltungen in der Stadt den Abend wert sind und warum.
q-practice-conversation-4 = Die Person gehörte zu denen, derentwegen du gekommen warst, und du hattest sie gezielt aufgesucht.
q-practice-conversation-5 = Ihr habt euch richtig kennengelernt und das Geschäftliche auf einen anderen Tag verschoben.

# A scene: the question, then its four answers (shown shuffled; each answer is one way of behaving, none should read as the right one).
q-scene-coffee-sometime-v2 = Eine Person, die du gerade kennengelernt hast, sagt: „Wir sollten mal einen Kaffee trinken gehen.“
q-scene-coffee-sometime-v2-1 = Du sagst „auf jeden Fall“, tauschst Kontaktdaten und ziehst weiter; das hörst du ein Dutzend Mal pro Abend.
q-scene-coffee-sometime-v2-2 = Du stimmst herzlich zu und legst die Karte auf deinen wachsenden Stapel; die Einzelheiten willst du irgendwann später klären.
q-scene-coffee-sometime-v2-3 = Du sagst herzlich, dass es schön wäre, wenn sich eure Wege wieder kreuzen; heute Abend bist du hier, um zu entspannen, nicht um deinen Kalender zu füllen.
q-scene-coffee-sometime-v2-4 = Du sagst, dass du dich sehr darüber freuen würdest, und erzählst gleich, welche Art von Kundschaft die Person dir vielleicht vermitteln könnte.

# A practice question: the question, then five answers, each a good practice (shown shuffled; they should look equally good).
q-practice-week-after = In der Woche nach der letzten Veranstaltung, die du in den vergangenen drei Monaten besucht hast: Was davon hast du als Erstes getan?
q-practice-week-after-1 = Du hast zwei Menschen, die du kennst, miteinander bekannt gemacht, weil sie einander helfen konnten.
q-practice-week-after-2 = Du hast anhand der Leute, die da waren, entschieden, ob sich die Veranstaltung ein weiteres Mal lohnt.
q-practice-week-after-3 = Du hast notiert, was dir der Abend gebracht hat, gemessen an den Stunden, die er gekostet hat.
q-practice-week-after-4 = Du hast dich mit jemandem wieder verabredet, einfach um die Person besser kennenzulernen.
q-practice-week-after-5 = Du hast den Menschen, mit denen du gesprochen hast, eine kurze persönliche Nachricht geschrieben.

# A count question: answered with a count (see answer-number-*, answer-people-*, answer-events-*).
q-goal-noted-roi = Für wie viele der Veranstaltungen, die du in den vergangenen drei Monaten besucht hast, hast du dir hinterher notiert, was sie dir gebracht haben, gemessen an den Stunden, die sie gekostet haben?

# A scene: the question, then its four answers (shown shuffled; each answer is one way of behaving, none should read as the right one).
q-scene-trade-stand-v2 = Auf einer Messe sagt jemand an deinem Stand: „Wir müssen unbedingt telefonieren, ich habe ein dringendes Projekt.“
q-scene-trade-stand-v2-1 = Du scannst den Messeausweis, setzt die Person mit allen anderen auf die Nachfass-Liste und begrüßt den nächsten Besuch am Stand.
q-scene-trade-stand-v2-2 = Für dich ist das der heiße Lead des Tages: Du gibst eine Broschüre und zwei Karten mit und erzählst deinem Team die Neuigkeit.
q-scene-trade-stand-v2-3 = Du bedankst dich herzlich und nimmst die Karte gelassen entgegen, ohne dich mitreißen zu lassen; dann plauderst du weiter mit den netten Leuten vom Nachbarstand.
q-scene-trade-stand-v2-4 = Du nimmst die Person beim Wort und gehst das ganze Projekt gleich vor Ort durch; ein guter Lead, und die Messe hat sich bezahlt gemacht.

# A count question: answered with a count (see answer-number-*, answer-people-*, answer-events-*).
q-expect-counted-lead = Wie viele Aufträge von Personen, die du gerade erst auf einer Veranstaltung kennengelernt hattest, hast du in den vergangenen drei Monaten fest eingeplant (Zeit dafür freigehalten, deinem Team davon erzählt oder schon damit kalkuliert), bevor du überhaupt wieder mit ihnen gesprochen hattest?

# A scene: the question, then its four answers (shown shuffled; each answer is one way of behaving, none should read as the right one).
q-scene-morning-after-v2 = Es ist der Morgen nach einer Veranstaltung, und auf deinem Schreibtisch liegen neue Visitenkarten.
q-scene-morning-after-v2-1 = Du nimmst alle in einem Rutsch in deine Kontakte und deinen Verteiler auf und schaust dann, welche Veranstaltung als Nächstes ansteht.
q-scene-morning-after-v2-2 = Du breitest sie vor dir aus, denkst an die lustigen Gespräche zurück und nimmst dir vor, allen demnächst mal zu schreiben.
q-scene-morning-after-v2-3 = Es sind nur ein paar; der Abend war eine schöne Pause mit Menschen, die du magst – genau das hattest du dir davon gewünscht.
q-scene-morning-after-v2-4 = Du schreibst allen, die du sympathisch fandest, eine lange, herzliche Nachricht, erklärst dein Geschäft und fragst, wen sie dir vermitteln könnten.

# A count question: answered with a count (see answer-number-*, answer-people-*, answer-events-*).
q-followup-waiting = Wie viele Nachrichten von Menschen, die du in den vergangenen drei Monaten auf Veranstaltungen kennengelernt hast, warten gerade seit mehr als einer Woche auf deine Antwort?

# A practice question: the question, then five answers, each a good practice (shown shuffled; they should look equally good).
q-practice-choosing = Als du in den vergangenen drei Monaten zuletzt zwischen zwei Veranstaltungen gewählt hast: Was hat den Ausschlag gegeben?
q-practice-choosing-1 = Welche das Publikum bringen würde, das du dir wünschst – beurteilt danach, wer sie ausrichtet und wer auf der Gästeliste steht.
q-practice-choosing-2 = Welche dem Ziel diente, das du dir für diese Wochen gesetzt hattest.
q-practice-choosing-3 = Wo du ein paar Menschen richtig kennenlernen konntest, auch wenn daraus nicht so bald Arbeit entstehen würde.
q-practice-choosing-4 = Wo du Menschen wiedersehen würdest, die du schon kanntest und denen du ein weiteres Gespräch versprochen hattest.
q-practice-choosing-5 = Wo du Menschen, die du kennst, am meisten nützen konntest, mit einem Kontakt oder einem Tipp.

# A scene: the question, then its four answers (shown shuffled; each answer is one way of behaving, none should read as the right one).
q-scene-open-night-v2 = Du bist zu einem großen, kostenlosen, offenen Networking-Abend ohne Programm eingeladen.
q-scene-open-night-v2-1 = Du gehst hin: Viele Leute bedeuten viele Kontakte in sehr kurzer Zeit.
q-scene-open-night-v2-2 = Du gehst hin: Jedes neue Gesicht ist eine Chance, also nimmst du reichlich Karten mit.
q-scene-open-night-v2-3 = Du gehst hin: Ein paar Leute aus deinem Freundeskreis sind auch da, und ein lockerer Abend in guter Gesellschaft ist ein schöner Wochenausklang.
q-scene-open-night-v2-4 = Du gehst hin: Vielleicht triffst du dort eine Person, die bereit ist, dir Aufträge zu vermitteln.

# A count question: answered with a count (see answer-number-*, answer-people-*, answer-events-*).
q-giving-needs-first = Denk an die letzte Veranstaltung, die du in den vergangenen drei Monaten besucht hast. Wie viele deiner Gespräche dort liefen so, dass du gesagt hast, was du suchst, bevor du gefragt hast, was dein Gegenüber braucht?

# A count question: answered with a count (see answer-number-*, answer-people-*, answer-events-*).
q-choice-open-mixer = Wie viele der Veranstaltungen, die du in den vergangenen drei Monaten besucht hast, waren große, offene Get-togethers ohne Vortrag oder Programm?

# A scene: the question, then its four answers (shown shuffled; each answer is one way of behaving, none should read as the right one).
q-scene-pick-event-v2 = Diese Woche hast du Zeit für eine Veranstaltung. Welche wählst du?
q-scene-pick-event-v2-1 = Die größte: Je mehr Leute im Raum, desto mehr nützliche Kontakte an einem Abend.
q-scene-pick-event-v2-2 = Die, die am lebhaftesten klingt; so recht weißt du noch nicht, welche Art von Veranstaltung zu dir passt.
q-scene-pick-event-v2-3 = Die mit gutem Essen und vertrauten Gesichtern, bei der du nach einer anstrengenden Woche in netter Gesellschaft durchatmen kannst.
q-scene-pick-event-v2-4 = Die, bei der du hoffst, endlich jemanden zu treffen, der dich weiterempfiehlt.

# A practice question: the question, then five answers, each a good practice (shown shuffled; they should look equally good).
q-practice-most = Wenn du auf die Veranstaltungen zurückblickst, die du in den vergangenen drei Monaten besucht hast: Was davon hast du am beständigsten getan?
q-practice-most-1 = Du bist mit einem Ziel hingegangen und hast hinterher zusammengerechnet, was die Veranstaltungen gebracht haben.
q-practice-most-2 = Du hast jedes erste Treffen als Beginn einer Bekanntschaft gesehen, nicht als Verkaufsgespräch.
q-practice-most-3 = Du hast neuen Kontakten innerhalb von zwei Tagen geschrieben und für jeden Kaffee einen Termin festgemacht.
q-practice-most-4 = Du hast Hilfe oder einen Kontakt angeboten, bevor du um etwas gebeten hast.
q-practice-most-5 = Du hast Veranstaltungen danach ausgewählt, wer sie ausrichtet, wer kommt und was auf dem Programm steht.

# A count question: answered with a count (see answer-number-*, answer-people-*, answer-events-*).
q-goal-out-of-habit = Wie viele der Veranstaltungen, die du in den vergangenen drei Monaten besucht hast, hast du aus Gewohnheit besucht, ohne einen eigenen Grund, gerade zu dieser zu gehen?

# A scene: the question, then its four answers (shown shuffled; each answer is one way of behaving, none should read as the right one).
q-scene-coffee-meeting-v2 = Ein Kontakt aus der letzten Woche hat zugesagt, sich mit dir auf einen Kaffee zu treffen.
q-scene-coffee-meeting-v2-1 = Du schiebst das Treffen zwischen zwei andere Termine und beschränkst es auf zügige zwanzig Minuten.
q-scene-coffee-meeting-v2-2 = Du kommst voller Eifer, alles über dein Geschäft zu erzählen, und schaust, wohin es führt.
q-scene-coffee-meeting-v2-3 = Du nimmst es als angenehme Pause: Ihr plaudert über Urlaub und Familie, und wenn das Geschäftliche gar nicht zur Sprache kommt, ist dir das recht.
q-scene-coffee-meeting-v2-4 = Du sagst offen, dass du auf neue Kundschaft hoffst und für jede Empfehlung dankbar wärst, die dein Gegenüber dir schicken kann.
