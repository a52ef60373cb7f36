### Sharing a result beyond the link: the result card image, the QR code,
### and what is said when a result link cannot be read.

## The result card: a 1200 x 630 picture of the result. Its lines have a
## fixed width in the picture; a line too long is drawn smaller.

# Under the card's title in a tie (the title names every tied style).
# TODO(translate): new with the screens' texts in catalogs, not yet translated
card-subtitle-tie = A tie: equal points for each
# The card's one-line portrait in a tie, in the first person (the card is posted by the person).
# TODO(translate): new with the screens' texts in catalogs, not yet translated
card-tagline-tie = My answers gave these styles exactly the same points.
# Under the QR code on the card.
# TODO(translate): new with the screens' texts in catalogs, not yet translated
card-scan = Scan for the full result
# TODO(translate): new with the screens' texts in catalogs, not yet translated
card-download = Download result card
# TODO(translate): new with the screens' texts in catalogs, not yet translated
card-share = Share result card
# TODO(translate): new with the screens' texts in catalogs, not yet translated
card-not-drawn = The card could not be drawn in this browser.
# TODO(translate): new with the screens' texts in catalogs, not yet translated
card-shared = Card shared.
# TODO(translate): new with the screens' texts in catalogs, not yet translated
card-not-shared = The card could not be shared. Download it instead.
# $name (String): the file's name, such as netstyle-mensch.png
# TODO(translate): new with the screens' texts in catalogs, not yet translated
card-saved = Card saved as { $name }.
# TODO(translate): new with the screens' texts in catalogs, not yet translated
card-not-saved = The card could not be saved in this browser.

## The QR code of a share link, shown full screen for someone to scan.

# TODO(translate): new with the screens' texts in catalogs, not yet translated
qr-show = Show QR code
# TODO(translate): new with the screens' texts in catalogs, not yet translated
qr-close = Close
# TODO(translate): new with the screens' texts in catalogs, not yet translated
qr-eyebrow = Scan to see this networking style
# The QR code's accessible name.
# TODO(translate): new with the screens' texts in catalogs, not yet translated
qr-label = QR code of the link below
# TODO(translate): new with the screens' texts in catalogs, not yet translated
qr-too-long = This link is too long for a QR code. Share it as a link instead.

## Why a result link could not be opened (under "This result link could not be opened").

# TODO(translate): new with the screens' texts in catalogs, not yet translated
link-empty = The link has no result in it.
# TODO(translate): new with the screens' texts in catalogs, not yet translated
link-bad-characters = The link contains characters that a netstyle result never has.
# TODO(translate): new with the screens' texts in catalogs, not yet translated
link-wrong-length = The link is incomplete or has extra characters; it may have been cut off when it was copied.
# TODO(translate): new with the screens' texts in catalogs, not yet translated
link-bad-checksum = The link was changed or damaged on its way to you: its checksum does not match.
# $format (Number): the link's format number
# TODO(translate): new with the screens' texts in catalogs, not yet translated
link-newer-version = The link was made by a newer version of netstyle (format { $format }). Reload the page to get the latest version.
# TODO(translate): new with the screens' texts in catalogs, not yet translated
link-unknown-version = The link's format is not one netstyle knows.
# TODO(translate): new with the screens' texts in catalogs, not yet translated
link-out-of-range = The link holds values that no quiz result can have.
