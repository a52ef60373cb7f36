### Ein Ergebnis über den Link hinaus teilen: das Bild der Ergebniskarte, der
### QR-Code und was angezeigt wird, wenn sich ein Ergebnislink nicht lesen lässt.

## Die Ergebniskarte: ein Bild des Ergebnisses, 1200 x 630 Pixel. Ihre Zeilen
## haben im Bild eine feste Breite; eine zu lange Zeile wird kleiner gezeichnet.

# Unter dem Titel der Karte bei Gleichstand (der Titel nennt jeden gleichauf liegenden Stil).
card-subtitle-tie = Gleichstand: gleich viele Punkte
# Das einzeilige Porträt auf der Karte bei Gleichstand, in der ersten Person (die Person selbst postet die Karte).
card-tagline-tie = Meine Antworten haben diesen Stilen genau gleich viele Punkte gegeben.
# Unter dem QR-Code auf der Karte.
card-scan = Zum ganzen Ergebnis scannen
card-download = Ergebniskarte herunterladen
card-share = Ergebniskarte teilen
card-not-drawn = Die Karte ließ sich in diesem Browser nicht erstellen.
card-shared = Karte geteilt.
card-not-shared = Die Karte ließ sich nicht teilen. Lade sie stattdessen herunter.
# $name (String): the file's name, such as netstyle-mensch.png
card-saved = Karte als { $name } gespeichert.
card-not-saved = Die Karte ließ sich in diesem Browser nicht speichern.

## Der QR-Code eines Links zum Teilen, bildschirmfüllend angezeigt, damit jemand ihn scannen kann.

qr-show = QR-Code anzeigen
qr-close = Schließen
qr-eyebrow = Scannen, um diesen Networking-Stil zu sehen
# Der zugängliche Name des QR-Codes.
qr-label = QR-Code des Links unten
qr-too-long = Dieser Link ist zu lang für einen QR-Code. Teile ihn stattdessen als Link.

## Warum sich ein Ergebnislink nicht öffnen ließ (unter „Dieser Ergebnislink ließ sich nicht öffnen“).

link-empty = Der Link enthält kein Ergebnis.
link-bad-characters = Der Link enthält Zeichen, die in einem netstyle-Ergebnis nie vorkommen.
link-wrong-length = Der Link ist unvollständig oder enthält zusätzliche Zeichen; vielleicht wurde er beim Kopieren abgeschnitten.
link-bad-checksum = Der Link wurde auf dem Weg zu dir verändert oder beschädigt: Seine Prüfsumme stimmt nicht.
# $format (Number): the link's format number
link-newer-version = Der Link stammt aus einer neueren Version von netstyle (Format { $format }). Lade die Seite neu, um die neueste Version zu bekommen.
link-unknown-version = Das Format dieses Links kennt netstyle nicht.
link-out-of-range = Der Link enthält Werte, die kein Quiz-Ergebnis haben kann.
