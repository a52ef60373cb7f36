### The language menu around every screen, and the page's title.

# The accessible name of the menu of languages.
language-menu = Language
# This language's name in itself, as the menu lists it for every reader:
# each catalog names only its own language (Deutsch, Español, Français).
language-name = English
# Announced (to screen readers) when the page has switched to this language.
language-changed = netstyle is now in English.
# Said in the language in use when a language never used before is chosen
# while the device is offline: nothing changes.
language-needs-connection = To download this language, netstyle needs to be online once. Nothing has changed: try again when you are online.
# The page's title, shown on the browser's tab.
page-title = netstyle: what kind of networker are you?
# The page's description (for search results and link previews), and the
# description of the app when it is installed (its web app manifest). The
# manifest's name is page-title, its short name brand.
page-description = A five-minute quiz that tells you which networking style you have ({ -style-pro }, { -style-rookie }, { -style-imposter } or { -style-mensch }) and gives you a checklist of tips. Runs on your device; nothing is sent anywhere.
