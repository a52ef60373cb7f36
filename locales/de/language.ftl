### Das Sprachmenü um jede Seite und der Titel der Seite.

language-menu = Sprache
language-name = Deutsch
language-changed = netstyle ist jetzt auf Deutsch.
language-needs-connection = Um diese Sprache zu laden, muss netstyle einmal online sein. Es hat sich nichts geändert: Versuch es noch einmal, wenn du online bist.
page-title = netstyle: Welcher Networking-Typ bist du?
page-description = Ein Quiz von fünf Minuten, das dir zeigt, welcher Networking-Typ du bist ({ -style-pro }, { -style-rookie }, { -style-imposter } oder { -style-mensch }), und dir eine Checkliste mit Tipps gibt. Läuft auf deinem Gerät, nichts wird verschickt.
