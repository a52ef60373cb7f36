### Screen 1: what the quiz is, and the way in.

welcome-title = Welcher Networking-Typ bist du?

# $count (Number): how many questions the quiz has
welcome-lead = Auf einer offenen Networking-Veranstaltung lassen sich die meisten Anwesenden einem von vier Stilen zuordnen: { -style-pro }, { -style-rookie }, { -style-imposter } und { -style-mensch }. Beantworte { $count } kurze Fragen und finde heraus, welcher Typ du bist, wie sich fünf Gewohnheiten guten Networkings in deinem Verhalten zeigen und was du bei deiner nächsten Veranstaltung ausprobieren kannst.

welcome-fact-time = Dauert etwa 5 Minuten. Du kannst jede Frage überspringen.
welcome-fact-private = Nichts verlässt dein Gerät: kein Konto, kein Tracking.
welcome-fact-saved = Dein Fortschritt wird laufend gespeichert, du kannst also später weitermachen.

# $answered (Number), $total (Number)
welcome-progress = Du hast bisher { $answered } von { $total } Fragen beantwortet.

welcome-continue = Weitermachen, wo du aufgehört hast
welcome-start-again = Neu beginnen
welcome-start = Quiz starten
welcome-see-follow-ups = Zum Nachfassen
welcome-latest-result = Dein letztes Ergebnis ansehen
welcome-four-styles = Die vier Stile
welcome-read-styles = Mehr über die vier Stile

# Between a label and what follows it: "Pro: Works the whole room..."
# (French typography puts a space before the colon).
label-colon = :{ " " }

# What is due in the journal, on the welcome screen.
# $today (Number): follow-ups due today; $overdue (Number): overdue ones
# (German counts the people to follow up with: "bei 2 Personen".)
journal-due-note = { $overdue ->
    [0] { $today ->
        [one] Heute ist bei 1 Person das Nachfassen fällig.
       *[other] Heute ist bei { $today } Personen das Nachfassen fällig.
    }
   *[other] { $today ->
        [0] { $overdue ->
            [one] Bei 1 Person ist das Nachfassen überfällig.
           *[other] Bei { $overdue } Personen ist das Nachfassen überfällig.
        }
        [one] Heute ist bei 1 Person das Nachfassen fällig, { $overdue ->
            [one] bei 1 weiteren ist es überfällig.
           *[other] bei { $overdue } weiteren ist es überfällig.
        }
       *[other] Heute ist bei { $today } Personen das Nachfassen fällig, { $overdue ->
            [one] bei 1 weiteren ist es überfällig.
           *[other] bei { $overdue } weiteren ist es überfällig.
        }
    }
}
