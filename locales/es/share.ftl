### Compartir un resultado más allá del enlace: la imagen de la tarjeta de resultado,
### el código QR y lo que se dice cuando no se puede leer un enlace de resultado.

## La tarjeta de resultado: una imagen de 1200 x 630 con el resultado. Sus líneas
## tienen un ancho fijo en la imagen; una línea demasiado larga se dibuja más pequeña.

# Bajo el título de la tarjeta en caso de empate (el título nombra todos los estilos empatados).
card-subtitle-tie = Empate: mismos puntos para todos
# El retrato de una línea de la tarjeta en caso de empate, en primera persona (la publica la propia persona).
card-tagline-tie = Mis respuestas dieron exactamente los mismos puntos a estos estilos.
# Bajo el código QR de la tarjeta.
card-scan = Escanea para ver todo el resultado
card-download = Descargar tarjeta de resultado
card-share = Compartir tarjeta de resultado
card-not-drawn = No se ha podido generar la tarjeta en este navegador.
card-shared = Tarjeta compartida.
card-not-shared = No se ha podido compartir la tarjeta. Puedes descargarla.
# $name (String): the file's name, such as netstyle-mensch.png
card-saved = Tarjeta guardada como { $name }.
card-not-saved = No se ha podido guardar la tarjeta en este navegador.

## El código QR de un enlace para compartir, a pantalla completa para que alguien lo escanee.

qr-show = Mostrar código QR
qr-close = Cerrar
qr-eyebrow = Escanea para ver este estilo de networking
# El nombre accesible del código QR.
qr-label = Código QR del enlace de abajo
qr-too-long = Este enlace es demasiado largo para un código QR. Compártelo como enlace.

## Por qué no se ha podido abrir un enlace de resultado (bajo «No se ha podido abrir este enlace de resultado»).

link-empty = El enlace no contiene ningún resultado.
link-bad-characters = El enlace contiene caracteres que un resultado de netstyle nunca lleva.
link-wrong-length = El enlace está incompleto o le sobran caracteres; puede que se cortara al copiarlo.
link-bad-checksum = El enlace se modificó o se dañó por el camino: su suma de comprobación no coincide.
# $format (Number): the link's format number
link-newer-version = El enlace se creó con una versión más reciente de netstyle (formato { $format }). Recarga la página para obtener la última versión.
link-unknown-version = netstyle no reconoce el formato de este enlace.
link-out-of-range = El enlace contiene valores que ningún resultado del test puede tener.
