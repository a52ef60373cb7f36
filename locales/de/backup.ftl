### "Your data" on the journal's page: a backup file of everything netstyle
### keeps in the browser, and restoring from one.

backup-title = Deine Daten
backup-lead = Eine Sicherungsdatei enthält alles, was netstyle in diesem Browser speichert: dein begonnenes Quiz, deine Ergebnisse, deine abgehakten Tipps, deine Gruppe und dieses Journal. Damit kannst du in einen anderen Browser oder auf ein anderes Gerät umziehen oder eine Kopie aufbewahren.
backup-download = Sicherung herunterladen
backup-restore = Aus einer Sicherung wiederherstellen
backup-restore-hint = Bevor etwas ersetzt wird, wirst du gefragt.
backup-no-storage = Dieser Browser erlaubt netstyle nicht, Daten zu speichern, daher gibt es nichts zu sichern.
# $file (String): the file's name, such as netstyle-backup-20260310.json
backup-saved = { $file } gespeichert. Die Datei enthält deine Namen und Notizen: Bewahre sie an einem privaten Ort auf.
backup-not-saved = Die Sicherung konnte in diesem Browser nicht gespeichert werden.
backup-unreadable = Die Datei ließ sich nicht lesen, daher wurde nichts wiederhergestellt.
backup-nothing-restored = Es wurde nichts wiederhergestellt.
# Asked before restoring. $saved (Date): the day the backup was saved
backup-replace-question = Soll die Sicherung vom { DATETIME($saved, dateStyle: "long") } ersetzen, was netstyle in diesem Browser speichert? Was jetzt hier ist, wird unter einem eigenen Schlüssel aufbewahrt, nicht gelöscht.
backup-restore-yes = Ja, wiederherstellen
# Why a file cannot be restored; nothing is changed.
backup-foreign = Diese Datei ist keine Sicherung von netstyle, daher wurde nichts wiederhergestellt. Wähle eine Datei, die du mit „Sicherung herunterladen“ gespeichert hast.
backup-damaged = Diese Sicherung ist beschädigt und lässt sich nicht lesen, daher wurde nichts wiederhergestellt. Deine Daten hier sind unverändert.
backup-newer = Diese Sicherung stammt aus einer neueren Version von netstyle, daher kann diese Version sie nicht wiederherstellen. Nichts wurde geändert; öffne die neueste Version von netstyle, um sie wiederherzustellen.
# When restoring failed while writing. $reason (String): what the browser said, a notice-* text
backup-failed = Es wurde nichts wiederhergestellt: { $reason }
