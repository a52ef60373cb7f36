### Screen 3: the result, own or shared, and the page about the styles.

# The style as the page's heading: one style, or every tied style.
# $styles (List): the styles' names
result-headline = { LIST($styles) }

# A tie: "Equal parts Pro and Mensch".
# $styles (List): the styles' names
result-blend-tie = { LIST($styles) } a partes iguales

# "Mensch with a Pro streak".
# $primary (String), $secondary (String): styles
result-blend = { $primary ->
    [pro] { -style-pro }
    [rookie] { -style-rookie }
    [imposter] { -style-imposter }
   *[mensch] { -style-mensch }
} con un toque de { $secondary ->
    [pro] { -style-pro }
    [rookie] { -style-rookie }
    [imposter] { -style-imposter }
   *[mensch] { -style-mensch }
}

# Under the heading, when there is a second style: "with a Pro streak".
# $secondary (String)
result-streak = con un toque de { $secondary ->
    [pro] { -style-pro }
    [rookie] { -style-rookie }
    [imposter] { -style-imposter }
   *[mensch] { -style-mensch }
}

result-tie-explained = Las respuestas dieron exactamente los mismos puntos a estos estilos, así que netstyle los nombra todos en lugar de elegir uno.

# Before a style's trap, in a tie (each tied style has its own).
# $style (String)
result-trap-of = La trampa del estilo { $style ->
    [pro] { -style-pro }
    [rookie] { -style-rookie }
    [imposter] { -style-imposter }
   *[mensch] { -style-mensch }
}:{ " " }
result-trap-label = La trampa:{ " " }

result-eyebrow = Tu estilo de networking
result-eyebrow-shared = Un resultado compartido

result-none-title = Aún no hay resultado
result-none-text = Completa el test una vez y aquí verás tu resultado.

result-nav-style = Tu estilo
result-nav-habits = Hábitos
result-nav-why = Por qué
result-nav-checklist = Lista de comprobación
result-nav-history = Historial

result-your-habits = Tus hábitos
result-why-title = Por qué este resultado
# $styles (List): the result's styles
result-why-lead = Estas son las respuestas que más pesaron a favor de { LIST($styles) }:
result-why-agreed = Has indicado que estás de acuerdo.
result-why-none = Te has saltado las preguntas que determinan el estilo, así que este resultado se apoya en muy poco.

result-checklist-title = Tu lista de comprobación
result-checklist-lead = Consejos para tu estilo y para tus dos hábitos más flojos. Márcalos a medida que los pongas en práctica; se quedan marcados.
result-journal-link = Planifica tu próximo evento y sus seguimientos en el diario
result-history-title = Resultados anteriores
result-history-empty = Aquí aparecerán tus resultados anteriores.
# When an earlier result was made, as a local date and time.
# $when (Number): milliseconds since 1970
result-history-when = { DATETIME($when, dateStyle: "medium", timeStyle: "short") }

result-your-profile = Tu perfil

# $style (String)
result-being = Ser { $style ->
    [pro] { -style-pro }
    [rookie] { -style-rookie }
    [imposter] { -style-imposter }
   *[mensch] { -style-mensch }
}
result-your-strength = Tu punto fuerte
result-the-trap = La trampa
result-what-helps-link = Qué ayuda, y los otros tres estilos

result-retake = Repetir el test
result-retake-question = ¿Empezar un nuevo intento? Este resultado se quedará en tu historial.
result-retake-yes = Sí, repetir

# The profile chart's accessible name.
# $shares (List): each style with its share, from profile-share
profile-title = Perfil: { LIST($shares, type: "unit") }
# A style's share in the profile: "Pro 25%".
# $style (String), $share (Number): a fraction
profile-share = { $style ->
    [pro] { -style-pro }
    [rookie] { -style-rookie }
    [imposter] { -style-imposter }
   *[mensch] { -style-mensch }
} { NUMBER($share, style: "percent") }
# An earlier result's profile in the history list: "Pro 25%, Rookie 25%, ...".
# $shares (List)
profile-summary = { LIST($shares, type: "unit") }

## Too few scenes answered to tell a style.

not-enough-title = Aún no hay respuestas suficientes para saber tu estilo
# $answered (Number): scenes answered; $scenes (Number): scenes in the quiz; $needed (Number): scenes needed
not-enough-lead = { $answered ->
    [0] Te has saltado todas las escenas
   *[other] Has respondido { $answered } de las { $scenes } escenas
}. Las escenas son lo que distingue unos estilos de otros, y netstyle necesita que respondas al menos { $needed } antes de darte uno, para no tener que adivinar.
not-enough-kept = Las respuestas que ya has dado se conservan. Responde algunas de las escenas que te has saltado y tendrás tu resultado.
not-enough-answer = Responder las escenas saltadas

## Sharing a result.

share-title = Mi estilo de networking
share-button = Compartir tu resultado
share-done = Compartido.
share-copied = Enlace copiado al portapapeles.
share-failed = No se ha podido copiar el enlace automáticamente. Selecciónalo abajo y cópialo.
share-link-label = Tu enlace para compartir
share-note = El enlace muestra tu perfil y tus hábitos, nunca tus respuestas.
share-group-link = Compara tu resultado con el de un grupo

## A result opened from a link.

shared-damaged-title = No se ha podido abrir este enlace de resultado
shared-damaged-ask = Pide un enlace nuevo a la persona que te lo envió. No se ha cambiado nada en tu dispositivo.
shared-their-profile = Perfil de esta persona
shared-their-habits = Hábitos de esta persona
shared-compare = Comparar con el mío
shared-hide-compare = Ocultar la comparación
shared-side-by-side = En paralelo
# $blend (String): their blend label
shared-theirs = Resultado compartido: { $blend }
# $blend (String): your blend label
shared-yours = Tu resultado: { $blend }
shared-habit-caption = Puntuación de hábitos sobre 100
shared-habit = Hábito
shared-theirs-column = Esta persona
shared-yours-column = Tú
# $theirs (String), $mine (String): their style and yours
# (Spanish: "Pro y Mensch: cómo colaborar mejor"; "y" becomes "e" before Imposter.)
shared-pair-title = { $theirs ->
    [pro] { -style-pro }
    [rookie] { -style-rookie }
    [imposter] { -style-imposter }
   *[mensch] { -style-mensch }
} { $mine ->
    [pro] y { -style-pro }
    [rookie] y { -style-rookie }
    [imposter] e { -style-imposter }
   *[mensch] y { -style-mensch }
}: cómo colaborar mejor

## The page about the four styles.

styles-title = Los cuatro estilos de networking
styles-lead = Ninguno de los cuatro es la forma correcta de hacer networking. Cada uno tiene un punto fuerte que merece la pena conservar y una trampa que cuesta tiempo; lo que hace que las horas den fruto son los hábitos que ayudan.
# $style (String)
styles-card-title = { $style ->
    [pro] { -style-pro }
    [rookie] { -style-rookie }
    [imposter] { -style-imposter }
   *[mensch] { -style-mensch }
}
styles-mine = Tu último resultado
styles-strength = Punto fuerte
styles-trap = Trampa
styles-helps = Qué ayuda
styles-back-to-result = Volver a tu resultado
styles-to-start = Volver al inicio
styles-find-yours = Descubre tu estilo

## A link the app cannot read.

unknown-title = Este enlace no lleva a ninguna parte
unknown-text = Puede que la dirección esté incompleta o mal escrita. No se ha cambiado nada en tu dispositivo.
unknown-go = Ir al test

## Strong habits, keeping tips and count items.

result-why-counted = Has respondido con una cifra alta.
result-checklist-lead-strong = Consejos para tu estilo y para mantener fuertes tus hábitos. Márcalos a medida que los pongas en práctica; se quedan marcados.
result-checklist-keep-source = Mantener tus hábitos
result-habits-strong = Tus hábitos son fuertes: todos puntúan 70 o más.
result-habits-strong-why = Tu estilo es la impresión que causas; tus hábitos muestran que las horas que dedicas a los eventos dan fruto.
shared-habits-strong = Sus hábitos son fuertes: todos puntúan 70 o más.
shared-habits-strong-why = Su estilo es la impresión que causa; sus hábitos muestran que las horas que dedica a los eventos dan fruto.
card-habits-strong = Hábitos fuertes: todos en 70 o más.
