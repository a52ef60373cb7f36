### Los consejos de la lista de comprobación: para cada estilo, para cada hábito,
### para mantener hábitos fuertes y para cada pareja de estilos (en un resultado
### compartido, comparado con el propio). Cada consejo es una instrucción a quien lee.

## La lista de comprobación de la página de resultados.

# En qué momento del evento se aplica un consejo: los tres encabezados de la lista.
# $phase (String): before, at or after
checklist-phase = { $phase ->
    [before] Antes del evento
    [at] Durante el evento
   *[after] Después del evento
}
# Cuánto ha avanzado la persona en la lista: «3 de 12 completados».
# $done (Number): tips ticked; $total (Number): tips on the list
checklist-progress = { $done } de { $total } completados
checklist-print = Imprimir mi lista de comprobación
# Debajo de un consejo: el estilo al que va dirigido.
# $style (String): pro, rookie, imposter or mensch
checklist-for-style = Para el estilo { $style ->
    [pro] { -style-pro }
    [rookie] { -style-rookie }
    [imposter] { -style-imposter }
   *[mensch] { -style-mensch }
}
# Debajo de un consejo: el hábito al que va dirigido.
# $habit (String): expectations, follow-up, giving-first, event-choice or goal-roi
checklist-for-habit = Hábito: { $habit ->
    [expectations] Expectativas
    [follow-up] Seguimiento
    [giving-first] Dar primero
    [event-choice] Elección del evento
   *[goal-roi] Objetivo y retorno
}

## Consejos para cada estilo (Pro, Rookie, Imposter, Mensch, en ese orden).

tip-pro-three = Elige a tres personas con las que quieras tener una conversación de verdad, en lugar de fijarte un número de tarjetas que reunir.
tip-pro-linger = Cuando una conversación vaya bien, quédate en ella diez minutos o más: la profundidad vale más que una vuelta rápida por la sala.
tip-pro-their-goals = Haz una pregunta sobre los objetivos de la otra persona antes de hablar de los tuyos.
tip-pro-next-step = En un plazo de dos días, escribe a las tres personas con las que más rato hablaste y propón un siguiente paso concreto.
tip-pro-prune = Una vez al mes, repasa a quién has ayudado de verdad y quién te ha ayudado a ti, y dedica tu tiempo a esas personas.
tip-rookie-one-sentence = Antes de salir de casa, resume en una frase qué quieres sacar de la velada.
tip-rookie-opener = Prepara una forma de romper el hielo mejor que «¿Y tú a qué te dedicas?», por ejemplo: «¿Qué te ha traído hoy por aquí?».
tip-rookie-fewer-cards = Da tu tarjeta solo después de una conversación que haya llegado a alguna parte.
tip-rookie-notes = En el dorso de cada tarjeta que recibas, apunta de qué se habló y qué prometiste.
tip-rookie-best-three = A la mañana siguiente, ordena las tarjetas y haz el seguimiento de las tres mejores antes de que acabe la semana.
tip-imposter-worth-it = Ve solo a eventos cuyo tema o público tenga que ver con tu trabajo; sáltate aquellos a los que irías por el bufé.
tip-imposter-target = Ponte un objetivo pequeño: primero, dos conversaciones de verdad; después, la comida.
tip-imposter-queue = Aprovecha la cola del bufé: es el sitio de la sala donde más fácil resulta empezar a hablar con alguien.
tip-imposter-answer = Ten preparada una respuesta breve y amable para cuando alguien te pregunte a qué te dedicas.
tip-imposter-swap = Si una velada no te aportó nada, dedica la próxima a escribir notas de agradecimiento a tu clientela en lugar de ir a otro evento.
tip-mensch-two-sentences = Practica cómo contar en dos frases a qué te dedicas y a quién ayudas, para que otras personas puedan transmitirlo.
tip-mensch-research = Infórmate sobre quién organiza el evento y quién es probable que asista, para poder hacer preguntas más certeras.
tip-mensch-specific = Pide algo concreto, por ejemplo, que te presenten a alguien que lleve la contabilidad de cafeterías.
tip-mensch-give = Ofrece una recomendación o un contacto útil antes de esperar que te den uno a cambio.
tip-mensch-coffee-first = Después de una buena primera conversación, propón tomar un café para conocer mejor su trabajo, y deja cualquier petición de recomendaciones para cuando ya haya confianza.

## Consejos para cada hábito (Expectativas, Seguimiento, Dar primero, Elección del evento, Objetivo y retorno).

tip-expect-outcome = Escribe cómo sería para ti una buena velada: unas cuantas conversaciones prometedoras, no acuerdos firmados.
tip-expect-learn = No intentes vender; averigua lo suficiente de cada persona para saber si quieres volver a verla.
tip-expect-judge = Valora un evento por las relaciones que inicia en los meses siguientes, no por las ventas de esa semana.
tip-expect-maybe-lead = Si en un estand o en un encuentro abierto alguien te dice con entusiasmo «llámame, que tengo un proyecto», tómatelo como un quizá: haz un solo seguimiento y luego valóralo por lo que pase después.
tip-expect-one-lead = Antes de pagar un estand o una entrada porque «con una sola buena oportunidad ya se amortiza», cuenta cuántas oportunidades así te dieron de verdad los últimos estands o entradas que pagaste.
tip-followup-block = Reserva treinta minutos la mañana siguiente al evento para el seguimiento, y solo para eso.
tip-followup-date = Cuando alguien te diga «a ver si tomamos un café», cierra una fecha en ese mismo momento.
tip-followup-48h = Envía tus notas de agradecimiento en un plazo de 48 horas y responde a todas las peticiones de seguimiento que recibas.
tip-followup-prepared = Ve a la reunión de seguimiento con los deberes hechos: infórmate sobre la persona y su web, lleva preguntas y ten claro adónde quieres que te lleve.
tip-giving-two = Piensa en dos personas de tu red de contactos a las que podrías presentar a alguien nuevo.
tip-giving-listen = Escucha qué necesita la otra persona y ofrécele un contacto, un artículo o una idea.
tip-giving-first = Antes de pedirle nada a un contacto nuevo, preséntale a alguien o hazle una recomendación.
tip-choice-check = Antes de apuntarte, infórmate sobre quién organiza, quién patrocina y dónde se celebra.
tip-choice-managed = Da prioridad a los eventos estructurados, con una charla o un taller, frente a los encuentros abiertos sin programa.
tip-choice-drop = Deja los eventos a los que nunca acuden ni tu público ni las personas con quienes podrías colaborar, por agradables que sean.
tip-choice-paid-try = Dales una oportunidad a los eventos de pago y a los que incluyen una charla o un taller: quien paga o va a aprender suele estar allí con un propósito.
tip-choice-keep-going = Si los eventos te decepcionan, cambia los que eliges antes de renunciar del todo al networking.
tip-goal-one = Ponte un objetivo por evento, como conocer a alguien que trabaje con la misma clientela que tú y con quien puedas colaborar.
tip-goal-ask = Di en voz alta qué ayuda buscas: la gente solo puede ayudarte con lo que sabe.
tip-goal-log = Lleva un registro sencillo de las horas que dedicas y de lo que te han dado, y repásalo cada trimestre.
tip-goal-customers = Si toda una temporada de eventos no te ha dado nada, dedica esas horas a quienes ya son tus clientes: dales las gracias y pregúntales a quién podrían presentarte.

## Consejos para mantener hábitos fuertes, cuando todos los hábitos puntúan 70 o más.

tip-keep-review = Una vez por trimestre, vuelve a mirar qué eventos te aportaron relaciones y trabajo, y deja los que no.
tip-keep-one-goal = Sigue poniéndote un objetivo por evento, incluso en los que ya conoces bien; el hábito se pierde antes allí donde parece menos necesario.
tip-keep-give = Comparte lo que te funciona: pon en contacto a alguien que esté empezando en el networking con una persona que le sea útil, o enséñale cómo haces el seguimiento.
tip-keep-slot = Mantén en la agenda tu hueco para el seguimiento también en las semanas de mucho trabajo; el seguimiento es el primer hábito que se descuida.
tip-keep-journal = Anota en el diario a quién conociste y qué prometiste, para que un mes ajetreado no eche por tierra tus hábitos.

## Cómo colaboran mejor dos estilos: dos consejos para cada pareja de estilos,
## que aparecen bajo «Pro y Mensch: cómo colaborar mejor».

pair-tip-pro-pro-1 = Tú conoces a todo el mundo, y la otra persona también: en lugar de acumular más nombres, cada mes preséntale a alguien de tu confianza y pídele que haga lo mismo contigo.
pair-tip-pro-pro-2 = Queda a solas con la otra persona, lejos de los eventos, donde nadie tenga prisa por pasar a la siguiente conversación.
pair-tip-pro-rookie-1 = La persona del tipo { -style-pro } puede señalar qué eventos merecen la pena; la del tipo { -style-rookie }, recordarle que vaya con calma y haga el seguimiento.
pair-tip-pro-rookie-2 = Propón ir a un evento en compañía: la persona del tipo { -style-pro } hace las presentaciones, y la del tipo { -style-rookie } toma notas y envía los seguimientos.
pair-tip-pro-imposter-1 = En el próximo evento, la persona del tipo { -style-pro } puede sumar a la del tipo { -style-imposter } a dos conversaciones: así esta encuentra por dónde entrar y aquella se gana un apoyo agradecido.
pair-tip-pro-imposter-2 = Elige con la otra persona un evento estructurado con una charla, para que haya algo más de qué hablar que el bufé.
pair-tip-pro-mensch-1 = Alcance y profundidad se complementan: que la persona del tipo { -style-pro } haga las presentaciones y la del tipo { -style-mensch } las convierta en relaciones.
pair-tip-pro-mensch-2 = Después de cada evento, deja claro con la otra persona quién hace el seguimiento de cada contacto, para que ninguno se pierda por el camino.
pair-tip-rookie-rookie-1 = Prepara el evento en compañía: que ambas partes se fijen un objetivo y, a mitad de la velada, haz un alto para ver cómo le va a cada cual.
pair-tip-rookie-rookie-2 = Acuerda con la otra persona un plazo de 48 horas para hacer el seguimiento, y que cada cual se lo recuerde a la otra parte.
pair-tip-rookie-imposter-1 = Haz un pacto con la otra persona: dos conversaciones de verdad cada una antes de que nadie pise el bufé.
pair-tip-rookie-imposter-2 = Al día siguiente, compara impresiones con la otra persona: comentar la velada convierte una salida en práctica.
pair-tip-rookie-mensch-1 = La persona del tipo { -style-mensch } puede enseñar cómo una tarjeta se convierte en una conversación; la energía de la del tipo { -style-rookie } la anima a empezar más.
pair-tip-rookie-mensch-2 = Antes del evento, ensaya con la otra persona tu presentación de dos frases, y escucha la suya.
pair-tip-imposter-imposter-1 = Elige con la otra persona un evento con programa formativo para ir en compañía; la charla da a ambas partes una forma fácil de romper el hielo.
pair-tip-imposter-imposter-2 = Acuerda con la otra persona que, durante el evento, cada cual presentará a la otra a alguien nuevo.
pair-tip-imposter-mensch-1 = La persona del tipo { -style-mensch } puede presentar a la del tipo { -style-imposter } a gente que merece la pena conocer; la del tipo { -style-imposter } puede enseñarle a estar a gusto en una sala.
pair-tip-imposter-mensch-2 = Antes de nada, toma un café con la otra persona para descubrir a quién de la red de cada cual podría ayudar la otra parte.
pair-tip-mensch-mensch-1 = La buena intención está en ambos lados: adelántate y dale a la otra persona una recomendación concreta.
pair-tip-mensch-mensch-2 = Practica con la otra persona cómo pedir algo concreto, y revisa con ella si sus reuniones de seguimiento, y las tuyas, van bien preparadas.
