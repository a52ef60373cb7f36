### "Compare a group": the result links a person collected (up to 12), what
### the group adds up to, the group link, and a group opened from a link.

## The group's page.

group-title = Gruppe vergleichen
# $limit (Number): how many results a group holds
group-lead = Sammle die Ergebnislinks der Menschen, mit denen du netzwerkst, bis zu { $limit }, und sieh eure Mischung: den Stil jeder Person, das durchschnittliche Profil und die Gewohnheiten der Gruppe und Tipps für die Gruppe.
group-on-device = Die Gruppe wird auf diesem Gerät gespeichert. Namen, die du vergibst, bleiben auch hier, außer du nimmst sie ausdrücklich in den Gruppenlink auf.

## Adding results.

group-add-title = Ergebnisse hinzufügen
group-add-label = Ergebnislinks, einer pro Zeile
# $room (Number): places left; $limit (Number): places in a group
group-add-hint = Füge einen oder mehrere Links ein. Noch { $room } von { $limit } Plätzen frei.
group-add-button = Zur Gruppe hinzufügen
group-add-mine = Mein eigenes Ergebnis hinzufügen
group-add-empty = Füge zuerst mindestens einen Ergebnislink ein.
# What adding did. $added (Number): entries added
group-added = { $added ->
    [0] Es wurde nichts hinzugefügt.
    [one] 1 Eintrag hinzugefügt.
   *[other] { $added } Einträge hinzugefügt.
}
# What adding did when the group ran full. $added (Number); $left (Number): entries that did not fit; $limit (Number)
group-added-full = { $added ->
    [0] Es wurde nichts hinzugefügt.
    [one] 1 Eintrag hinzugefügt.
   *[other] { $added } Einträge hinzugefügt.
} { $left ->
    [one] 1 passte nicht mehr hinein
   *[other] { $left } passten nicht mehr hinein
}: Eine Gruppe fasst höchstens { $limit } Einträge.
# After adding a shared group's people to one's own. $added (Number), $left (Number), $limit (Number)
group-added-from-link = { $left ->
    [0] { $added ->
        [0] Es wurde nichts hinzugefügt.
        [one] 1 Eintrag hinzugefügt.
       *[other] { $added } Einträge hinzugefügt.
    } Deine Gruppe findest du unter „Gruppe vergleichen“.
   *[other] { $added ->
        [0] Es wurde nichts hinzugefügt.
        [one] 1 Eintrag hinzugefügt.
       *[other] { $added } Einträge hinzugefügt.
    } { $left ->
        [one] 1 passte nicht mehr hinein
       *[other] { $left } passten nicht mehr hinein
    }: Eine Gruppe fasst höchstens { $limit } Einträge. Deine Gruppe findest du unter „Gruppe vergleichen“.
}

## The people in the group.

group-people-title = Personen in der Gruppe
group-people-none = Noch niemand. Füge die Ergebnislinks hinzu, die andere mit dir geteilt haben, oder dein eigenes Ergebnis.
# $count (Number): entries that hold no result
group-people-damaged = { $count ->
    [one] 1 Eintrag enthält kein Ergebnis. Er bleibt unten stehen, damit du siehst, welcher es ist; der Rest der Gruppe zählt trotzdem.
   *[other] { $count } Einträge enthalten kein Ergebnis. Sie bleiben unten stehen, damit du siehst, welche es sind; der Rest der Gruppe zählt trotzdem.
}
# Before an entry's style. $number (Number): the entry's place in the list
group-entry = Eintrag { $number }:{" "}
# $number (Number)
group-entry-name = Name für Eintrag { $number } (optional)
# $number (Number)
group-entry-remove = Eintrag { $number } entfernen
# $number (Number)
group-entry-not-a-link = Eintrag { $number } ist kein Ergebnislink von netstyle. Ein Ergebnislink endet auf #/r/ und 18 Buchstaben und Ziffern.
# $number (Number); $reason (String): why the link is damaged, a link-* text
group-entry-damaged = Eintrag { $number } ist beschädigt. { $reason }
# A person without a name. $number (Number)
group-person = Person { $number }

## What the group adds up to.

group-profile-title = Das durchschnittliche Profil der Gruppe
# $count (Number): people with a result
group-profile-lead = { $count ->
    [one] Der Durchschnitt aus dem Ergebnis von 1 Person.
   *[other] Der Durchschnitt aus den Ergebnissen von { $count } Personen.
}
# How many lean to each style: "Leaning to each style: Pro: 2 people, Rookie: 0 people, ...".
# $counts (List): group-style-count for each style
group-counts = Neigung zu den einzelnen Stilen: { LIST($counts, type: "unit") }.
# $style (String); $count (Number)
group-style-count = { $style ->
    [pro] { -style-pro }
    [rookie] { -style-rookie }
    [imposter] { -style-imposter }
   *[mensch] { -style-mensch }
}: { $count ->
    [one] 1 Person
   *[other] { $count } Personen
}
group-habits-title = Stile und Gewohnheiten
group-habits-level = Die Gewohnheiten liegen gleichauf: Keine liegt im Durchschnitt deutlich vor den anderen.
# $habits (List): the habits' names; $average (Number): their average score, 0 to 100
group-strongest = Stärkste Gewohnheit: { LIST($habits) } (Durchschnitt { $average } von 100)
# $habits (List), $average (Number)
group-weakest = Schwächste Gewohnheit: { LIST($habits) } (Durchschnitt { $average } von 100)
group-table-caption = Stil und Gewohnheitswerte aller Personen (0 bis 100 Punkte)
group-col-person = Person
group-col-style = Stil
group-average = Durchschnitt
group-dash-hint = Ein Strich bedeutet, dass die Person jede Aussage zu dieser Gewohnheit übersprungen hat.

## Tips for the mix.

group-tips-title = Tipps für eure Mischung
# For a habit the group scores low on.
# $habit (String): expectations, follow-up, giving-first, event-choice or goal-roi
group-tip-habit = { $habit ->
    [expectations] Vereinbart vor der nächsten Veranstaltung, dass sie dazu da ist, Gespräche anzufangen, nicht Geschäfte abzuschließen, und messt den Abend an den Beziehungen, die daraus entstehen.
    [follow-up] Beim Nachfassen kann diese Gruppe am meisten gewinnen. Legt vor der nächsten Veranstaltung fest, wer wem innerhalb von zwei Tagen danach schreibt, und sprecht beim nächsten Treffen fünf Minuten darüber, was aus diesen Nachrichten geworden ist.
    [giving-first] Lasst vor einer Veranstaltung jede Person einen Kontakt nennen, den sie dort vermitteln, oder eine Unterstützung, die sie jemandem anbieten könnte. Wer zuerst etwas anbietet, kann später leichter um etwas bitten – das gilt für euch alle.
    [event-choice] Geht die kommenden Veranstaltungen gemeinsam durch und behaltet die, zu denen eure Kundschaft oder die Menschen, mit denen ihr zusammenarbeitet, wirklich gehen. Eine gemeinsame Liste erspart euch allen Abende, die nirgendwohin führen.
   *[goal-roi] Gebt jeder Veranstaltung ein Ziel, das sich überprüfen lässt, etwa zwei Folgetreffen, und vergleicht danach als Gruppe die aufgewendeten Stunden mit dem, was dabei herausgekommen ist.
}
# For a group where more than half lean to one style.
# $style (String)
group-tip-majority = { $style ->
    [pro] Die meisten von euch sind schnell einmal durch den ganzen Raum. Was einem Raum voller Pros oft fehlt, ist Tiefe: Lasst jede Person zwei oder drei Menschen wählen, die sie richtig kennenlernen will, und das zweite Gespräch vereinbaren, bevor sie geht.
    [rookie] Die meisten von euch müssen sich bei Veranstaltungen erst noch zurechtfinden. Geht mit einem Plan hin: wen ihr treffen wollt und warum, und je einen Satz dazu, was ihr sucht – dann hat der Abend eine Richtung.
    [imposter] Die meisten von euch kommen wegen der Gesellschaft oder um abzuschalten, und das ist etwas wert. Wählt die Veranstaltungen, bei denen es ums Geschäft geht, bewusst aus und gebt jeder Person ein kleines Ziel; die anderen bleiben die entspannten Abende, die sie sind.
   *[mensch] Die meisten von euch bringen gute Absichten mit und gewinnen leicht Vertrauen. Lasst das Vertrauen wachsen, bevor ihr um etwas bittet: Gebt zuerst eine Empfehlung oder etwas Hilfe, und richtet eigene Bitten an Menschen, die eure Arbeit schon kennen.
}
group-tip-broad = Eure Stile sind verschieden, und das ist nützlich: Bildet bei der nächsten Veranstaltung Paare aus unterschiedlichen Stilen, damit die, die viele Menschen treffen, andere vorstellen, und die, die länger bleiben, an den Kontakten dranbleiben.
group-tip-level = Eure Gewohnheiten liegen gleichauf, keine deutlich vorn oder hinten. Sucht euch eine Gewohnheit aus, die ihr bei den nächsten Veranstaltungen gemeinsam übt, und tauscht euch danach aus.

## Sharing the group.

group-share-title = Gruppe teilen
group-share-lead = Der Link enthält Profil und Gewohnheiten jeder Person, wie ein Ergebnislink. Wer ihn öffnet, sieht diesen Vergleich.
group-share-names = Namen in den Link aufnehmen
group-share-names-on = Alle, die den Link haben, sehen die Namen, die du vergeben hast.
group-share-names-off = Ohne Namen zeigt der Link Person 1, Person 2 und so weiter.
# $count (Number): entries left out
group-share-left-out = { $count ->
    [one] 1 Eintrag enthält kein Ergebnis und bleibt aus dem Link heraus.
   *[other] { $count } Einträge enthalten kein Ergebnis und bleiben aus dem Link heraus.
}
group-share-button = Gruppenlink teilen
group-share-link = Gruppenlink
# The title the share sheet gets.
group-share-sheet-title = Unsere Networking-Stile

## A group opened from a link.

group-shared-eyebrow = Eine geteilte Gruppe
# $count (Number): people in the group
group-shared-title = { $count ->
    [one] Eine Gruppe aus einer Person
   *[other] Eine Gruppe aus { $count } Personen
}
group-shared-no-names = Die Person, die sie geteilt hat, hat die Namen weggelassen, daher erscheinen alle mit Nummer.
group-shared-add = Zu meiner Gruppe hinzufügen
group-shared-open-mine = Meine Gruppe öffnen
group-damaged-title = Dieser Gruppenlink ließ sich nicht öffnen
group-damaged-own = Eine eigene Gruppe vergleichen
group-link-empty = Der Link enthält keine Gruppe.
# $max (Number): the longest code
group-link-too-long = Der Link ist länger als jeder Gruppenlink von netstyle ({ $max } Zeichen nach #/g/); etwas wurde angehängt, oder zwei Links wurden aneinandergehängt.
group-link-bad-characters = Der Link enthält Zeichen, die in einem Gruppenlink von netstyle nie vorkommen.
group-link-damaged = Der Link ist unvollständig oder wurde unterwegs verändert; vielleicht wurde er beim Kopieren abgeschnitten.
# $format (Number)
group-link-newer = Der Link stammt aus einer neueren Version von netstyle (Gruppenformat { $format }). Lade die Seite neu, um die neueste Version zu bekommen.
group-link-out-of-range = Der Link enthält Werte, die keine Gruppe von netstyle haben kann.
# $number (Number): the person's place in the link; $reason (String): a link-* text
group-link-person = Person { $number } im Link ließ sich nicht lesen. { $reason }
