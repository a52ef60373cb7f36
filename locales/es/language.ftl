### El menú de idiomas alrededor de cada pantalla y el título de la página.

language-menu = Idioma
language-name = Español
language-changed = netstyle está ahora en español.
language-needs-connection = Para descargar este idioma, netstyle necesita conectarse a internet una vez. No ha cambiado nada: vuelve a intentarlo cuando tengas conexión.
page-title = netstyle: ¿cuál es tu estilo de networking?
page-description = Un test de cinco minutos que te dice cuál es tu estilo de networking ({ -style-pro }, { -style-rookie }, { -style-imposter } o { -style-mensch }) y te da una lista de consejos para ir marcando. Funciona en tu dispositivo; no se envía nada a ningún sitio.
