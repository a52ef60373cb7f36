### El menú de idiomas alrededor de cada pantalla y el título de la página.

language-menu = Idioma
language-name = Español
language-changed = netstyle está ahora en español.
language-needs-connection = Para descargar este idioma, netstyle necesita conectarse a internet una vez. No ha cambiado nada: vuelve a intentarlo cuando tengas conexión.
page-title = netstyle: ¿cuál es tu estilo de networking?
