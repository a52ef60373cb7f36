### Um jeden Bildschirm: Sprunglink, Kopfzeile, Hinweise, Update-Hinweis und Fußzeile.

skip-to-content = Zum Inhalt springen
brand = netstyle
nav-main = Hauptmenü
nav-journal = Journal
nav-group = Gruppe vergleichen
colophon = netstyle läuft komplett auf deinem Gerät. Keine deiner Antworten verlässt es.

dismiss = Schließen
cancel = Abbrechen

notice-unavailable = Dein Browser erlaubt dieser Seite nicht, Daten zu speichern. Dein Fortschritt geht verloren, sobald du sie schließt.
notice-save-failed = Dein Fortschritt konnte nicht gespeichert werden, vielleicht weil der Speicher voll ist. Er geht verloren, sobald du diese Seite schließt.
notice-corrupt = Früher gespeicherte Daten ließen sich nicht lesen, daher macht netstyle ohne sie weiter. Die beschädigten Daten wurden beiseitegelegt, nicht gelöscht.
notice-newer = Deine gespeicherten Daten stammen aus einer neueren Version von netstyle. Sie bleiben unberührt, daher speichert diese Seite nichts und dein Fortschritt geht verloren.
notice-questions-changed = Seit deinem Start haben sich einige Fragen geändert. Deine Antworten auf die weiterhin gestellten Fragen sind erhalten, du kannst also hier weitermachen.

update-available = Update verfügbar.
update-keeps-progress = Eine neue Version von netstyle ist bereit. Deine Antworten sind gespeichert, du machst also an derselben Stelle weiter.
update-loses-progress = Eine neue Version von netstyle ist bereit. Dieser Browser speichert deine Antworten nicht, daher beginnst du nach dem Update von vorn.
update-now = Jetzt aktualisieren
update-not-now = Nicht jetzt
