### The four styles and the five habits: names, portraits, traps and what helps.
### Style names are terms, so a sentence that names a style can give it the
### article and case its language needs. In English they keep their names.
### German: the names stay as they are; to avoid giving the reader a gender,
### sentences say "Typ Pro" / "vom Typ Pro" instead of "der/die Pro".

-style-pro = Pro
-style-rookie = Rookie
-style-imposter = Imposter
-style-mensch = Mensch

# The name of a style on its own (headings, charts, legends).
# $style (String): pro, rookie, imposter or mensch
style-name = { $style ->
    [pro] { -style-pro }
    [rookie] { -style-rookie }
    [imposter] { -style-imposter }
   *[mensch] { -style-mensch }
}

# The name with its indefinite article, inside a sentence: "You are an Imposter."
# $style (String): pro, rookie, imposter or mensch
# German: "Du bist vom Typ Imposter."
style-with-article = { $style ->
    [pro] vom Typ { -style-pro }
    [rookie] vom Typ { -style-rookie }
    [imposter] vom Typ { -style-imposter }
   *[mensch] vom Typ { -style-mensch }
}

# What the style's name means here, shown beside the name.
# $style (String): pro, rookie, imposter or mensch
style-gloss = { $style ->
    [pro] Wie in „Profi“: routiniert, flink und im vollen Raum gleich zu Hause.
    [rookie] Wie im Sport: neu dabei und muss sich im Raum erst noch zurechtfinden.
    [imposter] Keine Hochstapelei: im Herzen Gast, eher wegen netter Gesellschaft da als fürs Geschäft.
   *[mensch] Im jiddischen Sinn: ein anständiger, herzensguter Mensch, nicht bloß irgendein Mensch.
}

# One line in the third person, introducing a style (welcome screen).
style-gist = { $style ->
    [pro] Arbeitet im Eiltempo den ganzen Raum ab, sammelt Kontakte und ist früh wieder weg.
    [rookie] Neu in der Runde, freundlich und zückt schnell die Visitenkarte.
    [imposter] Kommt wegen des Essens, der Getränke oder vertrauter Gesichter – nicht wegen neuer Kontakte.
   *[mensch] Offen, ehrlich und wohlmeinend – ein Mensch im besten Sinn, der auf Empfehlungen und echte Verbindungen hofft.
}

# The one-line portrait on the result page.
style-tagline = { $style ->
    [pro] Du bist im Eiltempo einmal durch den ganzen Raum und gehst mit einer Tasche voller Kontakte nach Hause.
    [rookie] Du kommst neugierig und freundlich und drückst allen, die du triffst, eine Karte in die Hand.
    [imposter] Dich führt etwas anderes her als das Geschäft: die Gesellschaft, Essen und Getränke oder eine Pause von der Arbeit.
   *[mensch] Du kommst mit guten Absichten, sagst offen, was du machst, und hoffst auf echte Verbindungen.
}

# What this style does well.
style-strength = { $style ->
    [pro] Unter Unbekannten fühlst du dich wohl, und du lernst in einer Stunde mehr Menschen kennen als die meisten an einem ganzen Abend. Deine Energie öffnet Türen.
    [rookie] Du bist zugänglich, und man kommt leicht mit dir ins Gespräch. Du gehst hin und probierst es einfach – genau so haben alle angefangen, die heute gut netzwerken.
    [imposter] Du bist angenehme Gesellschaft, und niemand fühlt sich von dir bedrängt. Du weißt einen Abend zu genießen, und wer dich schon kennt, freut sich, dass du da bist.
   *[mensch] Man kann dir vertrauen. Du sagst offen, was du machst, und du gönnst den Menschen, die du kennenlernst, ihren Erfolg.
}

# What tends to go wrong for this style.
style-trap = { $style ->
    [pro] Breite ohne Tiefe: Du lernst viele Menschen kennen, aber nur aus wenigen Kontakten wird je eine echte Arbeitsbeziehung.
    [rookie] Masse statt Klasse: Viele Karten gehen über den Tisch, aber dahinter steckt kein Plan, und danach folgt kein Nachfassen.
    [imposter] Der Abend kostet dich Stunden und bringt dir nichts, weil dich niemand wirklich kennenlernt.
   *[mensch] Deine Absicht ist gut, aber dein Vorgehen noch ungeschliffen: Du bittest um Empfehlungen, bevor dich jemand kennt – also lächeln die Leute, nicken und ziehen weiter.
}

# Three concrete changes that turn the strength into results; $n is 1, 2 or 3.
style-help = { $style ->
    [pro] { $n ->
        [1] Such dir die zwei oder drei Menschen aus, mit denen sich ein echtes Gespräch lohnt, und bleib lange genug, um zu erfahren, was sie brauchen.
        [2] Schreib jeder dieser Personen innerhalb von zwei Tagen und schlag einen nächsten Schritt vor.
       *[3] Zähl die Beziehungen, die eine Veranstaltung angestoßen hat, nicht die Karten, die du mit nach Hause bringst.
    }
    [rookie] { $n ->
        [1] Geh mit einem Ziel hin, etwa zwei Menschen kennenzulernen, die genau die Kundschaft betreuen, die du dir wünschst.
        [2] Tausch die übliche Eröffnungsfloskel gegen die Frage, woran dein Gegenüber gerade arbeitet.
       *[3] Verteil weniger Karten und fass bei jeder Person nach, deren Karte du mit nach Hause nimmst.
    }
    [imposter] { $n ->
        [1] Entscheide vorher, ob der Abend dem Geschäft oder der Entspannung dient, und wähl die Veranstaltung danach aus.
        [2] Bevorzuge Veranstaltungen mit Vortrag oder Diskussion – dort kommen Gespräche von selbst in Gang.
       *[3] Setz dir ein kleines Ziel, etwa ein einziges neues Gespräch, bevor du zum Buffet gehst.
    }
   *[mensch] { $n ->
        [1] Gib, bevor du bittest: Stell zuerst jemanden vor oder gib einen nützlichen Kontakt weiter.
        [2] Heb dir die Bitte um Empfehlungen auf, bis ihr euch wiedergesehen habt und euch kennt.
       *[3] Wenn du um etwas bittest, dann um eine bestimmte Art von Hilfe, bei der andere sofort etwas tun können.
    }
}
