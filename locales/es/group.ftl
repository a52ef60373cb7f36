### "Compare a group": the result links a person collected (up to 12), what
### the group adds up to, the group link, and a group opened from a link.

## The group's page.

group-title = Comparar un grupo
# $limit (Number): how many results a group holds
group-lead = Reúne los enlaces de resultado de las personas con las que haces networking, hasta { $limit }, y mira cómo es el grupo: el estilo de cada persona, el perfil y los hábitos medios del grupo, y consejos para el grupo.
group-on-device = El grupo se guarda en este dispositivo. Los nombres que pongas también se quedan aquí, salvo que decidas incluirlos en el enlace del grupo.

## Adding results.

group-add-title = Añadir resultados
group-add-label = Enlaces de resultado, uno por línea
# $room (Number): places left; $limit (Number): places in a group
group-add-hint = Pega uno o varios enlaces. { $room ->
    [one] Queda 1 plaza libre
   *[other] Quedan { $room } plazas libres
} de { $limit }.
group-add-button = Añadir al grupo
group-add-mine = Añadir mi propio resultado
group-add-empty = Pega primero al menos un enlace de resultado.
# What adding did. $added (Number): entries added
group-added = { $added ->
    [0] No se ha añadido nada.
    [one] Se ha añadido 1 entrada.
   *[other] Se han añadido { $added } entradas.
}
# What adding did when the group ran full. $added (Number); $left (Number): entries that did not fit; $limit (Number)
group-added-full = { $added ->
    [0] No se ha añadido nada.
    [one] Se ha añadido 1 entrada.
   *[other] Se han añadido { $added } entradas.
} { $left ->
    [one] Ha quedado fuera una entrada
   *[other] Han quedado fuera { $left } entradas
}: un grupo admite { $limit } como máximo.
# After adding a shared group's people to one's own. $added (Number), $left (Number), $limit (Number)
group-added-from-link = { $left ->
    [0] { $added ->
        [0] No se ha añadido nada.
        [one] Se ha añadido 1 entrada.
       *[other] Se han añadido { $added } entradas.
    } Tu grupo está en «Comparar un grupo».
   *[other] { $added ->
        [0] No se ha añadido nada.
        [one] Se ha añadido 1 entrada.
       *[other] Se han añadido { $added } entradas.
    } { $left ->
        [one] Ha quedado fuera una entrada
       *[other] Han quedado fuera { $left } entradas
    }: un grupo admite { $limit } como máximo. Tu grupo está en «Comparar un grupo».
}

## The people in the group.

group-people-title = Personas del grupo
group-people-none = Todavía no hay nadie. Añade los enlaces de resultado que otras personas compartieron contigo, o tu propio resultado.
# $count (Number): entries that hold no result
group-people-damaged = { $count ->
    [one] 1 entrada no contiene ningún resultado. Se mantiene abajo para que veas cuál es; el resto del grupo sigue contando.
   *[other] { $count } entradas no contienen ningún resultado. Se mantienen abajo para que veas cuáles son; el resto del grupo sigue contando.
}
# Before an entry's style. $number (Number): the entry's place in the list
group-entry = Entrada { $number }:{" "}
# $number (Number)
group-entry-name = Nombre para la entrada { $number } (opcional)
# $number (Number)
group-entry-remove = Eliminar la entrada { $number }
# $number (Number)
group-entry-not-a-link = La entrada { $number } no es un enlace de resultado de netstyle. Un enlace de resultado termina en #/r/ seguido de 18 letras y cifras.
# $number (Number); $reason (String): why the link is damaged, a link-* text
group-entry-damaged = La entrada { $number } está dañada. { $reason }
# A person without a name. $number (Number)
group-person = Persona { $number }

## What the group adds up to.

group-profile-title = El perfil medio del grupo
# $count (Number): people with a result
group-profile-lead = { $count ->
    [one] La media del resultado de 1 persona.
   *[other] La media de los resultados de { $count } personas.
}
# How many lean to each style: "Leaning to each style: Pro: 2 people, Rookie: 0 people, ...".
# $counts (List): group-style-count for each style
group-counts = Personas que se inclinan por cada estilo: { LIST($counts, type: "unit") }.
# $style (String); $count (Number)
group-style-count = { $style ->
    [pro] { -style-pro }
    [rookie] { -style-rookie }
    [imposter] { -style-imposter }
   *[mensch] { -style-mensch }
}: { $count ->
    [one] 1 persona
   *[other] { $count } personas
}
group-habits-title = Estilos y hábitos
group-habits-level = Los hábitos están igualados: la media de ninguno destaca claramente sobre los demás.
# $habits (List): the habits' names; $average (Number): their average score, 0 to 100
group-strongest = Hábito más fuerte: { LIST($habits) } (media de { $average } sobre 100)
# $habits (List), $average (Number)
group-weakest = Hábito más débil: { LIST($habits) } (media de { $average } sobre 100)
group-table-caption = Estilo y puntuaciones de hábitos de cada persona (sobre 100)
group-col-person = Persona
group-col-style = Estilo
group-average = Media
group-dash-hint = Un guion significa que esa persona se saltó todas las afirmaciones sobre ese hábito.

## Tips for the mix.

group-tips-title = Consejos para el grupo
# For a habit the group scores low on.
# $habit (String): expectations, follow-up, giving-first, event-choice or goal-roi
group-tip-habit = { $habit ->
    [expectations] Acordad antes del próximo evento que sirve para empezar conversaciones, no para cerrar tratos, y valorad la velada por las relaciones que inicia.
    [follow-up] El seguimiento es donde este grupo tiene más que ganar. Antes del próximo evento, decidid quién escribe a quién en los dos días siguientes, y dedicad cinco minutos de vuestra próxima reunión a ver qué salió de esos mensajes.
    [giving-first] Antes de un evento, que cada persona diga a quién podría presentar allí a alguien o qué ayuda podría ofrecer. Dar primero hace que después pedir resulte más fácil para todo el grupo.
    [event-choice] Repasad juntos los próximos eventos y quedaos con aquellos a los que de verdad acuden vuestra clientela o las personas con quienes colaboráis. Una lista compartida os ahorra a todo el grupo veladas que no llevan a ninguna parte.
   *[goal-roi] Dad a cada evento un objetivo que se pueda comprobar, como dos reuniones de seguimiento, y después comparad en grupo las horas dedicadas con lo que salió de ellas.
}
# For a group where more than half lean to one style.
# $style (String)
group-tip-majority = { $style ->
    [pro] La mayoría del grupo recorre una sala con rapidez. Lo que suele faltar en una sala llena de perfiles { -style-pro } es profundidad: que cada cual elija a dos o tres personas a las que conocer de verdad y deje concertada una segunda conversación antes de irse.
    [rookie] La mayoría del grupo todavía se está orientando en los eventos. Id con un plan: a quién queréis conocer y por qué, y una frase de cada cual sobre lo que buscáis, para que la velada tenga un rumbo.
    [imposter] La mayoría del grupo viene por la compañía o para desconectar, y eso tiene su valor. Los eventos pensados para hacer negocio, elegidlos a propósito y poned a cada persona un objetivo pequeño; los demás, dejadlos como las veladas tranquilas que son.
   *[mensch] La mayoría del grupo llega con buena intención y genera confianza con facilidad. Dejad que la confianza crezca antes de pedir: dad primero una recomendación o algo de ayuda, y guardad vuestras peticiones para quienes ya conocen vuestro trabajo.
}
group-tip-broad = Vuestros estilos son distintos, y eso es útil: en el próximo evento, formad parejas de estilos diferentes, para que quienes conocen a mucha gente hagan presentaciones y quienes se quedan más tiempo den continuidad a esos contactos.
group-tip-level = Vuestros hábitos están igualados: ninguno va claramente por delante ni por detrás. Elegid un hábito para practicar juntos en los próximos eventos y después poned en común cómo os ha ido.

## Sharing the group.

group-share-title = Compartir el grupo
group-share-lead = El enlace lleva el perfil y los hábitos de cada persona, como un enlace de resultado. Quien lo abra verá esta comparación.
group-share-names = Incluir los nombres en el enlace
group-share-names-on = Cualquiera que tenga el enlace verá los nombres que has puesto.
group-share-names-off = Sin nombres, el enlace muestra Persona 1, Persona 2, etc.
# $count (Number): entries left out
group-share-left-out = { $count ->
    [one] 1 entrada no contiene ningún resultado y queda fuera del enlace.
   *[other] { $count } entradas no contienen ningún resultado y quedan fuera del enlace.
}
group-share-button = Compartir el enlace del grupo
group-share-link = Enlace del grupo
# The title the share sheet gets.
group-share-sheet-title = Nuestros estilos de networking

## A group opened from a link.

group-shared-eyebrow = Un grupo compartido
# $count (Number): people in the group
group-shared-title = { $count ->
    [one] Un grupo de una persona
   *[other] Un grupo de { $count } personas
}
group-shared-no-names = Quien lo compartió no incluyó los nombres, así que cada persona aparece con un número.
group-shared-add = Añadir estas personas a mi grupo
group-shared-open-mine = Abrir mi grupo
group-damaged-title = No se ha podido abrir este enlace de grupo
group-damaged-own = Compara un grupo propio
group-link-empty = El enlace no contiene ningún grupo.
# $max (Number): the longest code
group-link-too-long = El enlace es más largo que cualquier enlace de grupo de netstyle ({ $max } caracteres después de #/g/); se le añadió algo, o dos enlaces se juntaron.
group-link-bad-characters = El enlace contiene caracteres que un enlace de grupo de netstyle nunca tiene.
group-link-damaged = El enlace está incompleto o se modificó por el camino; puede que se cortara al copiarlo.
# $format (Number)
group-link-newer = El enlace se creó con una versión más reciente de netstyle (formato de grupo { $format }). Recarga la página para obtener la última versión.
group-link-out-of-range = El enlace contiene valores que ningún grupo de netstyle puede tener.
# $number (Number): the person's place in the link; $reason (String): a link-* text
group-link-person = No se han podido leer los datos de la persona { $number } del enlace. { $reason }
