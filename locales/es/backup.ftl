### "Your data" on the journal's page: a backup file of everything netstyle
### keeps in the browser, and restoring from one.

# TODO(translate): new with the screens' texts in catalogs, not yet translated
backup-title = Your data
# TODO(translate): new with the screens' texts in catalogs, not yet translated
backup-lead = A backup file holds everything netstyle keeps in this browser: your quiz in progress, your results, your ticked tips, your group and this journal. Use it to move to another browser or device, or to keep a copy.
# TODO(translate): new with the screens' texts in catalogs, not yet translated
backup-download = Download a backup
# TODO(translate): new with the screens' texts in catalogs, not yet translated
backup-restore = Restore from a backup
# TODO(translate): new with the screens' texts in catalogs, not yet translated
backup-restore-hint = You are asked before anything is replaced.
# TODO(translate): new with the screens' texts in catalogs, not yet translated
backup-no-storage = This browser does not let netstyle store data, so there is nothing to back up.
# $file (String): the file's name, such as netstyle-backup-20260310.json
# TODO(translate): new with the screens' texts in catalogs, not yet translated
backup-saved = Saved { $file }. It holds your names and notes: keep it somewhere private.
# TODO(translate): new with the screens' texts in catalogs, not yet translated
backup-not-saved = The backup could not be saved in this browser.
# TODO(translate): new with the screens' texts in catalogs, not yet translated
backup-unreadable = That file could not be read, so nothing was restored.
# TODO(translate): new with the screens' texts in catalogs, not yet translated
backup-nothing-restored = Nothing was restored.
# Asked before restoring. $saved (Date): the day the backup was saved
# TODO(translate): new with the screens' texts in catalogs, not yet translated
backup-replace-question = Replace what netstyle keeps in this browser with the backup saved on { DATETIME($saved, dateStyle: "long") }? What is here now is kept under a backup key, not deleted.
# TODO(translate): new with the screens' texts in catalogs, not yet translated
backup-restore-yes = Yes, restore it
# Why a file cannot be restored; nothing is changed.
# TODO(translate): new with the screens' texts in catalogs, not yet translated
backup-foreign = This file is not a netstyle backup, so nothing was restored. Choose a file saved with "Download a backup".
# TODO(translate): new with the screens' texts in catalogs, not yet translated
backup-damaged = This backup is damaged and cannot be read, so nothing was restored. Your data here is as it was.
# TODO(translate): new with the screens' texts in catalogs, not yet translated
backup-newer = This backup was saved by a newer version of netstyle, so this version cannot restore it. Nothing was changed; open netstyle's latest version to restore it.
# When restoring failed while writing. $reason (String): what the browser said, a notice-* text
# TODO(translate): new with the screens' texts in catalogs, not yet translated
backup-failed = Nothing was restored: { $reason }
