### Alrededor de cada pantalla: enlace de salto, cabecera, avisos, aviso de actualización y pie.

skip-to-content = Saltar al contenido
brand = netstyle
nav-main = Principal
nav-journal = Diario
nav-group = Comparar un grupo
colophon = netstyle funciona por completo en tu dispositivo. Nada de lo que respondes sale de él.

dismiss = Cerrar
cancel = Cancelar

notice-unavailable = Tu navegador no permite que esta página guarde datos, así que tu progreso no se conservará cuando la cierres.
notice-save-failed = No se ha podido guardar tu progreso, quizá porque el almacenamiento está lleno, así que no se conservará cuando cierres esta página.
notice-corrupt = No se han podido leer los datos guardados antes, así que netstyle sigue sin ellos. Los datos dañados se han guardado aparte, no se han borrado.
notice-newer = Tus datos guardados proceden de una versión más reciente de netstyle. No se han tocado, así que esta página no guarda nada y tu progreso no se conservará.
notice-questions-changed = Algunas preguntas han cambiado desde que empezaste. Se han conservado tus respuestas a las que siguen en el test, así que puedes continuar desde aquí.

update-available = Actualización disponible.
update-keeps-progress = Ya hay una nueva versión de netstyle. Tus respuestas están guardadas, así que podrás seguir donde lo dejaste.
update-loses-progress = Hay una nueva versión de netstyle lista. Este navegador no guarda tus respuestas, así que si actualizas ahora empezarás de nuevo.
update-now = Actualizar ahora
update-not-now = Ahora no
