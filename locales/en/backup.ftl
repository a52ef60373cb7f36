### "Your data" on the journal's page: a backup file of everything netstyle
### keeps in the browser, and restoring from one.

backup-title = Your data
backup-lead = A backup file holds everything netstyle keeps in this browser: your quiz in progress, your results, your ticked tips, your group and this journal. Use it to move to another browser or device, or to keep a copy.
backup-download = Download a backup
backup-restore = Restore from a backup
backup-restore-hint = You are asked before anything is replaced.
backup-no-storage = This browser does not let netstyle store data, so there is nothing to back up.
# $file (String): the file's name, such as netstyle-backup-20260310.json
backup-saved = Saved { $file }. It holds your names and notes: keep it somewhere private.
backup-not-saved = The backup could not be saved in this browser.
backup-unreadable = That file could not be read, so nothing was restored.
backup-nothing-restored = Nothing was restored.
# Asked before restoring. $saved (Date): the day the backup was saved
backup-replace-question = Replace what netstyle keeps in this browser with the backup saved on { DATETIME($saved, dateStyle: "long") }? What is here now is kept under a backup key, not deleted.
backup-restore-yes = Yes, restore it
# Why a file cannot be restored; nothing is changed.
backup-foreign = This file is not a netstyle backup, so nothing was restored. Choose a file saved with "Download a backup".
backup-damaged = This backup is damaged and cannot be read, so nothing was restored. Your data here is as it was.
backup-newer = This backup was saved by a newer version of netstyle, so this version cannot restore it. Nothing was changed; open netstyle's latest version to restore it.
# When restoring failed while writing. $reason (String): what the browser said, a notice-* text
backup-failed = Nothing was restored: { $reason }
