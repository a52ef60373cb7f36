### "Your data" on the journal's page: a backup file of everything netstyle
### keeps in the browser, and restoring from one.

backup-title = Vos données
backup-lead = Un fichier de sauvegarde contient tout ce que netstyle conserve dans ce navigateur : votre quiz en cours, vos résultats, les conseils que vous avez cochés, votre groupe et ce journal. Servez-vous-en pour passer à un autre navigateur ou appareil, ou pour en garder une copie.
backup-download = Télécharger une sauvegarde
backup-restore = Restaurer une sauvegarde
backup-restore-hint = Rien n’est remplacé sans votre accord.
backup-no-storage = Ce navigateur ne permet pas à netstyle d’enregistrer des données ; il n’y a donc rien à sauvegarder.
# $file (String): the file's name, such as netstyle-backup-20260310.json
backup-saved = { $file } enregistré. Il contient les noms et les notes de votre journal : gardez-le en lieu sûr.
backup-not-saved = La sauvegarde n’a pas pu être enregistrée dans ce navigateur.
backup-unreadable = Ce fichier n’a pas pu être lu ; rien n’a donc été restauré.
backup-nothing-restored = Rien n’a été restauré.
# Asked before restoring. $saved (Date): the day the backup was saved
backup-replace-question = Remplacer ce que netstyle conserve dans ce navigateur par la sauvegarde du { DATETIME($saved, dateStyle: "long") } ? Ce qui s’y trouve maintenant est conservé sous une autre clé, pas supprimé.
backup-restore-yes = Oui, restaurer
# Why a file cannot be restored; nothing is changed.
backup-foreign = Ce fichier n’est pas une sauvegarde netstyle ; rien n’a donc été restauré. Choisissez un fichier enregistré avec « Télécharger une sauvegarde ».
backup-damaged = Cette sauvegarde est endommagée et illisible ; rien n’a donc été restauré. Vos données ici sont restées telles quelles.
backup-newer = Cette sauvegarde a été faite par une version plus récente de netstyle ; cette version ne peut donc pas la restaurer. Rien n’a été modifié ; ouvrez la dernière version de netstyle pour la restaurer.
# When restoring failed while writing. $reason (String): what the browser said, a notice-* text
backup-failed = Rien n’a été restauré : { $reason }
