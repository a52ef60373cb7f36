### Das Sprachmenü um jede Seite und der Titel der Seite.

language-menu = Sprache
language-name = Deutsch
language-changed = netstyle ist jetzt auf Deutsch.
language-needs-connection = Um diese Sprache zu laden, muss netstyle einmal online sein. Es hat sich nichts geändert: Versuch es noch einmal, wenn du online bist.
page-title = netstyle: Welcher Networking-Typ bist du?
