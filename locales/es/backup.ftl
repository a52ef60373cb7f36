### "Your data" on the journal's page: a backup file of everything netstyle
### keeps in the browser, and restoring from one.

backup-title = Tus datos
backup-lead = Un archivo de copia de seguridad guarda todo lo que netstyle conserva en este navegador: el test que tienes a medias, tus resultados, los consejos que has marcado, tu grupo y este diario. Úsalo para pasar a otro navegador o dispositivo, o para guardar una copia.
backup-download = Descargar una copia de seguridad
backup-restore = Restaurar desde una copia de seguridad
backup-restore-hint = Se te preguntará antes de reemplazar nada.
backup-no-storage = Este navegador no permite que netstyle guarde datos, así que no hay nada que copiar.
# $file (String): the file's name, such as netstyle-backup-20260310.json
backup-saved = Se ha guardado { $file }. Contiene tus nombres y notas: guárdalo en un lugar privado.
backup-not-saved = No se ha podido guardar la copia de seguridad en este navegador.
backup-unreadable = No se ha podido leer ese archivo, así que no se ha restaurado nada.
backup-nothing-restored = No se ha restaurado nada.
# Asked before restoring. $saved (Date): the day the backup was saved
backup-replace-question = ¿Reemplazar lo que netstyle guarda en este navegador por la copia de seguridad del { DATETIME($saved, dateStyle: "long") }? Lo que hay ahora se conserva con otra clave, no se borra.
backup-restore-yes = Sí, restaurarla
# Why a file cannot be restored; nothing is changed.
backup-foreign = Este archivo no es una copia de seguridad de netstyle, así que no se ha restaurado nada. Elige un archivo guardado con «Descargar una copia de seguridad».
backup-damaged = Esta copia de seguridad está dañada y no se puede leer, así que no se ha restaurado nada. Tus datos siguen como estaban.
backup-newer = Esta copia de seguridad se guardó con una versión más reciente de netstyle, así que esta versión no puede restaurarla. No se ha cambiado nada; abre la última versión de netstyle para restaurarla.
# When restoring failed while writing. $reason (String): what the browser said, a notice-* text
backup-failed = No se ha restaurado nada: { $reason }
