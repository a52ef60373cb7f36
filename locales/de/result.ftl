### Screen 3: the result, own or shared, and the page about the styles.
### German: style names go without a gendered article ("Typ Pro",
### "mit Pro-Einschlag"), so the reader is not given a gender.

# The style as the page's heading: one style, or every tied style.
# $styles (List): the styles' names
result-headline = { LIST($styles) }

# A tie: "Equal parts Pro and Mensch".
# $styles (List): the styles' names
result-blend-tie = Zu gleichen Teilen { LIST($styles) }

# "Mensch with a Pro streak" (German: "Mensch mit Pro-Einschlag").
# $primary (String), $secondary (String): styles
result-blend = { $primary ->
    [pro] { -style-pro }
    [rookie] { -style-rookie }
    [imposter] { -style-imposter }
   *[mensch] { -style-mensch }
} mit { $secondary ->
    [pro] { -style-pro }-Einschlag
    [rookie] { -style-rookie }-Einschlag
    [imposter] { -style-imposter }-Einschlag
   *[mensch] { -style-mensch }-Einschlag
}

# Under the heading, when there is a second style: "with a Pro streak".
# $secondary (String)
result-streak = mit { $secondary ->
    [pro] { -style-pro }-Einschlag
    [rookie] { -style-rookie }-Einschlag
    [imposter] { -style-imposter }-Einschlag
   *[mensch] { -style-mensch }-Einschlag
}

result-tie-explained = Die Antworten haben diesen Stilen genau gleich viele Punkte gegeben, deshalb nennt netstyle sie alle, statt einen auszuwählen.

# Before a style's trap, in a tie (each tied style has its own).
# $style (String)
result-trap-of = Die { $style ->
    [pro] { -style-pro }-Falle
    [rookie] { -style-rookie }-Falle
    [imposter] { -style-imposter }-Falle
   *[mensch] { -style-mensch }-Falle
}:{ " " }
result-trap-label = Die Falle:{ " " }

result-eyebrow = Dein Networking-Stil
result-eyebrow-shared = Ein geteiltes Ergebnis

result-none-title = Noch kein Ergebnis
result-none-text = Schließ das Quiz einmal ab, dann siehst du hier dein Ergebnis.

result-nav-style = Dein Stil
result-nav-habits = Gewohnheiten
result-nav-why = Warum
result-nav-checklist = Checkliste
result-nav-history = Verlauf

result-your-habits = Deine Gewohnheiten
result-why-title = Warum dieses Ergebnis
# $styles (List): the result's styles
result-why-lead = Diese Antworten zogen dich am stärksten in Richtung { LIST($styles) }:
result-why-agreed = Dem hast du zugestimmt.
result-why-none = Du hast die Fragen übersprungen, die über den Stil entscheiden, daher steht dieses Ergebnis auf sehr wackligen Füßen.

result-checklist-title = Deine Checkliste
result-checklist-lead = Tipps für deinen Stil und für deine zwei schwächsten Gewohnheiten. Hak sie nach und nach ab; sie bleiben abgehakt.
result-journal-link = Plane im Journal deine nächste Veranstaltung und das Nachfassen danach
result-history-title = Frühere Ergebnisse
result-history-empty = Hier erscheinen deine früheren Ergebnisse.
# When an earlier result was made, as a local date and time.
# $when (Number): milliseconds since 1970
result-history-when = { DATETIME($when, dateStyle: "medium", timeStyle: "short") }

result-your-profile = Dein Profil

# $style (String)
# German: "Du als Pro" (heading over strength and trap).
result-being = Du als { $style ->
    [pro] { -style-pro }
    [rookie] { -style-rookie }
    [imposter] { -style-imposter }
   *[mensch] { -style-mensch }
}
result-your-strength = Deine Stärke
result-the-trap = Die Falle
result-what-helps-link = Was hilft – und die anderen drei Stile

result-retake = Quiz wiederholen
result-retake-question = Einen neuen Versuch starten? Dieses Ergebnis bleibt in deinem Verlauf.
result-retake-yes = Ja, wiederholen

# The profile chart's accessible name.
# $shares (List): each style with its share, from profile-share
profile-title = Profil: { LIST($shares, type: "unit") }
# A style's share in the profile: "Pro 25%".
# $style (String), $share (Number): a fraction
profile-share = { $style ->
    [pro] { -style-pro }
    [rookie] { -style-rookie }
    [imposter] { -style-imposter }
   *[mensch] { -style-mensch }
} { NUMBER($share, style: "percent") }
# An earlier result's profile in the history list: "Pro 25%, Rookie 25%, ...".
# $shares (List)
profile-summary = { LIST($shares, type: "unit") }

## Too few scenes answered to tell a style.

not-enough-title = Noch zu wenige Antworten, um deinen Stil zu bestimmen
# $answered (Number): scenes answered; $scenes (Number): scenes in the quiz; $needed (Number): scenes needed
not-enough-lead = { $answered ->
    [0] Du hast alle Szenen übersprungen
   *[other] Du hast { $answered } von { $scenes } Szenen beantwortet
}. Gerade die Szenen unterscheiden die Stile voneinander, und statt zu raten, nennt netstyle erst dann einen Stil, wenn du mindestens { $needed } davon beantwortet hast.
not-enough-kept = Deine bisherigen Antworten bleiben gespeichert. Beantworte noch ein paar der übersprungenen Szenen, dann ist dein Ergebnis fertig.
not-enough-answer = Übersprungene Szenen beantworten

## Sharing a result.

share-title = Mein Networking-Stil
share-button = Ergebnis teilen
share-done = Geteilt.
share-copied = Link in die Zwischenablage kopiert.
share-failed = Der Link konnte nicht automatisch kopiert werden. Markiere ihn unten und kopiere ihn.
share-link-label = Dein Link zum Teilen
share-note = Der Link zeigt dein Profil und deine Gewohnheiten, aber nie deine Antworten.
share-group-link = Dein Ergebnis mit dem einer Gruppe vergleichen

## A result opened from a link.
## German: the other person is "die Person" (gender-neutral).

shared-damaged-title = Dieser Ergebnislink ließ sich nicht öffnen
shared-damaged-ask = Bitte die Person, die ihn geschickt hat, um einen neuen Link. Auf deinem Gerät wurde nichts verändert.
shared-their-profile = Profil der Person
shared-their-habits = Gewohnheiten der Person
shared-compare = Mit meinem vergleichen
shared-hide-compare = Vergleich ausblenden
shared-side-by-side = Im Vergleich
# $blend (String): their blend label
shared-theirs = Die Person: { $blend }
# $blend (String): your blend label
shared-yours = Du: { $blend }
shared-habit-caption = Punkte je Gewohnheit (0 bis 100)
shared-habit = Gewohnheit
shared-theirs-column = Person
shared-yours-column = Du
# $theirs (String), $mine (String): their style and yours
shared-pair-title = Wie { $theirs ->
    [pro] Typ { -style-pro }
    [rookie] Typ { -style-rookie }
    [imposter] Typ { -style-imposter }
   *[mensch] Typ { -style-mensch }
} und { $mine ->
    [pro] Typ { -style-pro }
    [rookie] Typ { -style-rookie }
    [imposter] Typ { -style-imposter }
   *[mensch] Typ { -style-mensch }
} am besten zusammenarbeiten

## The page about the four styles.

styles-title = Die vier Networking-Stile
styles-lead = Keiner der vier Stile ist an sich schon richtiges Networking. Jeder hat eine Stärke, die sich zu bewahren lohnt, und eine Falle, die Zeit kostet. Ob sich die Stunden auszahlen, entscheiden hilfreiche Gewohnheiten.
# $style (String)
styles-card-title = Typ { $style ->
    [pro] { -style-pro }
    [rookie] { -style-rookie }
    [imposter] { -style-imposter }
   *[mensch] { -style-mensch }
}
styles-mine = Dein letztes Ergebnis
styles-strength = Stärke
styles-trap = Falle
styles-helps = Was hilft
styles-back-to-result = Zurück zu deinem Ergebnis
styles-to-start = Zum Start
styles-find-yours = Finde deinen Stil

## A link the app cannot read.

unknown-title = Dieser Link führt nirgendwohin
unknown-text = Die Adresse ist vielleicht unvollständig oder falsch eingegeben. Auf deinem Gerät wurde nichts verändert.
unknown-go = Zum Quiz

## Strong habits, keeping tips and count items.

result-why-counted = Du hast mit einer hohen Zahl geantwortet.
result-checklist-lead-strong = Tipps für deinen Stil und dafür, deine Gewohnheiten stark zu halten. Hak sie nach und nach ab; sie bleiben abgehakt.
result-checklist-keep-source = Gewohnheiten beibehalten
result-habits-strong = Deine Gewohnheiten sind stark: Jede liegt bei 70 oder mehr.
result-habits-strong-why = Dein Stil beschreibt, wie du auf andere wirkst; deine Gewohnheiten zeigen, dass sich deine Stunden auf Veranstaltungen lohnen.
shared-habits-strong = Die Gewohnheiten dieser Person sind stark: Jede liegt bei 70 oder mehr.
shared-habits-strong-why = Der Stil beschreibt, wie diese Person auf andere wirkt; ihre Gewohnheiten zeigen, dass sich ihre Stunden auf Veranstaltungen lohnen.
card-habits-strong = Starke Gewohnheiten: jede bei 70 oder mehr.
