### Around every screen: the skip link, the masthead, notices, the update
### prompt and the footer.

skip-to-content = Skip to content
brand = netstyle
nav-main = Main
nav-journal = Journal
nav-group = Compare a group
colophon = netstyle runs entirely on your device. Nothing you answer leaves it.

dismiss = Dismiss
cancel = Cancel

notice-unavailable = Your browser does not let this page store data, so your progress will not be kept once you close it.
notice-save-failed = Your progress could not be saved, perhaps because storage is full, so it will not be kept once you close this page.
notice-corrupt = Earlier saved data could not be read, so netstyle carries on without it. The damaged data was set aside, not deleted.
notice-newer = Your saved data comes from a newer version of netstyle. It was left untouched, so this page saves nothing and your progress will not be kept.
notice-questions-changed = Some questions have changed since you started. Your answers to the ones still asked were kept, so you can carry on from here.

update-available = Update available.
# After "Update available.", when the browser keeps the answers.
update-keeps-progress = A new version of netstyle is ready. Your answers are saved, so you keep your place.
# After "Update available.", when the browser does not keep the answers.
update-loses-progress = A new version of netstyle is ready. This browser is not keeping your answers, so updating now starts you afresh.
update-now = Update now
update-not-now = Not now
