### Questions of earlier versions of the quiz, no longer asked. A result made
### with them still shows them under "why you got this result". Message ids:
### q-<id> is the question, q-<id>-<n> its n-th answer in the bank's order.

# A scene: the question, then its four answers (shown shuffled; each answer is one way of behaving, none should read as the right one).
q-scene-arrival = Entras en un evento de networking en el que no conoces a nadie. ¿Qué haces en los diez primeros minutos?
q-scene-arrival-1 = Buscas con la mirada a las personas más útiles de la sala y empiezas una vuelta rápida para conocerlas a todas.
q-scene-arrival-2 = Te acercas a la persona que tienes más cerca, con la tarjeta ya en la mano, y le preguntas a qué se dedica.
q-scene-arrival-3 = Pides algo en la barra y buscas un rincón tranquilo desde el que mirar el ambiente.
q-scene-arrival-4 = Te unes a un grupo pequeño, escuchas un rato y luego cuentas con sinceridad a qué te dedicas y qué esperas encontrar.

# A scene: the question, then its four answers (shown shuffled; each answer is one way of behaving, none should read as the right one).
q-scene-buffet = La organización anuncia que el bufé está abierto.
q-scene-buffet-1 = Te lo saltas: la cola va lenta y todavía hay gente a la que conocer.
q-scene-buffet-2 = Te pones en la cola y le das una tarjeta a quien tengas al lado.
q-scene-buffet-3 = En el momento perfecto. Te llenas el plato y te acomodas para el resto de la velada.
q-scene-buffet-4 = Te pones en la cola y le preguntas a quien tienes al lado qué le ha traído hasta aquí.

# A scene: the question, then its four answers (shown shuffled; each answer is one way of behaving, none should read as the right one).
q-scene-card = Alguien a quien conociste hace cinco minutos te pide tu tarjeta de visita.
q-scene-card-1 = Intercambiáis tarjetas rápidamente y sigues; hay treinta personas más a las que ver.
q-scene-card-2 = Le das dos, por si conoce a alguien más que te necesite.
q-scene-card-3 = Te palpas los bolsillos, reconoces que no has traído ninguna y vuelves a tu copa.
q-scene-card-4 = Se la das y le preguntas qué clientes o colaboraciones le interesaría que le presentaran.

# A scene: the question, then its four answers (shown shuffled; each answer is one way of behaving, none should read as the right one).
q-scene-speaker = Una persona invitada empieza una breve charla sobre hacia dónde va tu sector.
q-scene-speaker-1 = Aprovechas la charla para escabullirte: ya has conocido a toda la gente que merecía la pena.
q-scene-speaker-2 = Escuchas con educación mientras hojeas las tarjetas que has ido recogiendo.
q-scene-speaker-3 = Te quedas al fondo, cerca del picoteo, hasta que termina.
q-scene-speaker-4 = Escuchas con atención y apuntas una pregunta para hacérsela después a quien da la charla.

# A scene: the question, then its four answers (shown shuffled; each answer is one way of behaving, none should read as the right one).
q-scene-morning = Es la mañana siguiente a un evento y tienes un montón de tarjetas nuevas sobre la mesa.
q-scene-morning-1 = Las añades todas a tus contactos de una vez y miras cuál es el siguiente evento.
q-scene-morning-2 = Guardas el montón en un cajón; ya te ocuparás cuando las cosas se calmen.
q-scene-morning-3 = ¿Qué montón? Volviste a casa con el estómago lleno y sin una sola tarjeta.
q-scene-morning-4 = Escribes un mensaje cordial a las personas que te cayeron bien y esperas que te respondan.

# A scene: the question, then its four answers (shown shuffled; each answer is one way of behaving, none should read as the right one).
q-scene-pitch = Alguien te pregunta: «Y tú, ¿a qué te dedicas?».
q-scene-pitch-1 = Haces una presentación pulida de veinte segundos y le pides su tarjeta.
q-scene-pitch-2 = Le cuentas todo sobre tu negocio y luego le devuelves la pregunta.
q-scene-pitch-3 = Respondes de forma vaga y llevas la conversación hacia el vino.
q-scene-pitch-4 = Lo explicas abiertamente y mencionas lo mucho que significaría para ti una recomendación.

# A scene: the question, then its four answers (shown shuffled; each answer is one way of behaving, none should read as the right one).
q-scene-hour = Llevas una hora en un evento de dos horas. ¿Dónde estás?
q-scene-hour-1 = Camino de la salida: ya has conocido a las personas por las que venías.
q-scene-hour-2 = Sigues yendo de persona en persona, con unas cuantas tarjetas que repartir.
q-scene-hour-3 = En el bufé, sirviéndote por segunda vez.
q-scene-hour-4 = En plena conversación larga con una persona a la que acabas de conocer.

# A scene: the question, then its four answers (shown shuffled; each answer is one way of behaving, none should read as the right one).
q-scene-coffee = Una persona a la que acabas de conocer te dice: «A ver si un día quedamos para tomar un café».
q-scene-coffee-1 = Dices «por supuesto» y sigues; se lo dices a todo el mundo.
q-scene-coffee-2 = Aceptas con entusiasmo, pero te vas sin fijar una fecha.
q-scene-coffee-3 = Dices que ya estaréis en contacto y vuelves a la tabla de quesos.
q-scene-coffee-4 = Le dices que te encantaría, propones un día y esperas que siga con ganas.

# A scene: the question, then its four answers (shown shuffled; each answer is one way of behaving, none should read as the right one).
q-scene-invite = Te invitan a una gran noche de networking, gratuita y abierta, sin programa.
q-scene-invite-1 = Vas: mucha gente significa muchos contactos nuevos en poco tiempo.
q-scene-invite-2 = Vas: parece una buena forma de aprender cómo funciona el networking.
q-scene-invite-3 = Vas: la invitación menciona barra libre.
q-scene-invite-4 = Vas, con la esperanza de conocer a alguien que te pase trabajo.

# A statement rated on an agreement or frequency scale.
q-goal-ask = Pido a la gente ayuda concreta, por ejemplo: «Busco a alguien que haga buen diseño gráfico».

# A scene: the question, then its four answers (shown shuffled; each answer is one way of behaving, none should read as the right one).
q-scene-first-minutes = Entras en un evento de networking lleno de gente en el que casi no conoces a nadie. ¿Cómo pasas los primeros quince minutos?
q-scene-first-minutes-1 = Das una vuelta rápida para ver quién ha venido y saludas a tanta gente como puedes antes de pararte en ningún sitio.
q-scene-first-minutes-2 = Empiezas por quien tengas más cerca, le preguntas a qué se dedica, intercambiáis tarjetas y pasas a la siguiente cara amable.
q-scene-first-minutes-3 = Pides algo de beber, buscas a esa persona, o esas dos, que ya conoces, y empiezas la velada poco a poco a su lado.
q-scene-first-minutes-4 = Te unes a un grupo pequeño y cuentas abiertamente a qué se dedica tu negocio y qué tipo de clientes esperas conocer.

# A statement rated on an agreement or frequency scale.
q-expect-business = Cuando voy a un evento de networking, espero volver a casa con algún negocio nuevo.

# A scene: the question, then its four answers (shown shuffled; each answer is one way of behaving, none should read as the right one).
q-scene-buffet-open = La organización anuncia que el bufé está abierto.
q-scene-buffet-open-1 = Sigues moviéndote: mientras todo el mundo hace cola para comer, puedes llegar a las personas que aún querías conocer.
q-scene-buffet-open-2 = Te pones en la cola, charlas con quien tengas al lado y, por el camino, repartes algunas tarjetas sin llevar muy bien la cuenta.
q-scene-buffet-open-3 = Te llevas un plato bien lleno a una mesa y disfrutas de una buena comida; comer bien es parte de lo que hace que la velada merezca la pena.
q-scene-buffet-open-4 = Te pones en la cola y le cuentas con franqueza a quien tienes al lado a qué te dedicas, con la esperanza de que conozca a alguien que lo necesite.

# A statement rated on an agreement or frequency scale.
q-followup-thanks = Después de un evento, envío una nota breve de agradecimiento a las personas con las que he hablado.

# A statement rated on an agreement or frequency scale.
q-giving-introduce = A las personas que conozco en los eventos les presento a alguien que pueda ayudarlas, sin esperar nada a cambio.

# A scene: the question, then its four answers (shown shuffled; each answer is one way of behaving, none should read as the right one).
q-scene-card-request = Alguien con quien llevas cinco minutos hablando te pide tu tarjeta.
q-scene-card-request-1 = Intercambiáis tarjetas, le dices que ha sido un placer y sigues; hay más gente a la que quieres ver antes de irte.
q-scene-card-request-2 = Le das dos, una para que se la pase a alguien que conozca, y le pides también un par de las suyas.
q-scene-card-request-3 = Le das una con una sonrisa, charláis un poco más y luego vuelves con la gente de tu antiguo trabajo con la que has venido.
q-scene-card-request-4 = Se la das y le describes el tipo de cliente que buscas, y le pides que te mande a quien encaje.

# A statement rated on an agreement or frequency scale.
q-choice-free = Voy a cualquier evento al que me inviten, siempre que sea gratis.

# A statement rated on an agreement or frequency scale.
q-goal-target = Llego a los eventos con un objetivo claro, como una persona o un tipo de contacto que quiero conocer.

# A scene: the question, then its four answers (shown shuffled; each answer is one way of behaving, none should read as the right one).
q-scene-guest-talk = Una persona invitada empieza una charla de veinte minutos sobre hacia dónde va tu sector.
q-scene-guest-talk-1 = Al acabar la charla, eres la primera persona en estrechar la mano de quien la ha dado e intercambiar tarjetas; luego te vas a tu siguiente cita.
q-scene-guest-talk-2 = Aplaudes con ganas y luego te giras hacia la gente de alrededor con las tarjetas preparadas y le preguntas a cada persona a qué se dedica.
q-scene-guest-talk-3 = Disfrutas de la charla desde un buen asiento y con algo de beber, y luego la comentas con quien has venido.
q-scene-guest-talk-4 = Al terminar, le das las gracias a quien ha dado la charla, le cuentas con sinceridad cómo afecta el tema a tu propio negocio y le preguntas con quién deberías hablar.

# A statement rated on an agreement or frequency scale.
q-expect-relationship = Veo un evento como el primer paso hacia una relación, no como una ocasión para vender.

# A statement rated on an agreement or frequency scale.
q-followup-pile = Las tarjetas que recojo acaban en un montón y rara vez vuelvo a ponerme en contacto con esas personas.

# A scene: the question, then its four answers (shown shuffled; each answer is one way of behaving, none should read as the right one).
q-scene-what-you-do = Alguien te pregunta: «Y tú, ¿a qué te dedicas?».
q-scene-what-you-do-1 = Haces tu presentación de treinta segundos, clara y directa, intercambiáis datos y mantienes la conversación en marcha.
q-scene-what-you-do-2 = Te lanzas a hablar de tu negocio con auténtico entusiasmo, le das tu tarjeta y luego le preguntas a qué se dedica.
q-scene-what-you-do-3 = Respondes brevemente y pasas a algo que os guste, como el sitio o la comida; el trabajo puede esperar al lunes.
q-scene-what-you-do-4 = Explicas con sencillez a qué te dedicas y preguntas enseguida si conoce a alguien que pueda necesitarlo.

# A statement rated on an agreement or frequency scale.
q-giving-wait = Espero a que alguien me pase una recomendación antes de pasarle yo una.

# A statement rated on an agreement or frequency scale.
q-choice-check = Antes de apuntarme a un evento, compruebo quién lo organiza, quién lo patrocina y quién es probable que vaya.

# A scene: the question, then its four answers (shown shuffled; each answer is one way of behaving, none should read as the right one).
q-scene-one-hour-in = Llevas una hora en un evento de dos horas. ¿Dónde estás?
q-scene-one-hour-in-1 = Camino de la salida: ya has conocido a las personas por las que venías y tienes otro sitio al que ir.
q-scene-one-hour-in-2 = Sigues yendo de grupo en grupo, con unas cuantas tarjetas que repartir antes del final.
q-scene-one-hour-in-3 = En una mesa con dos viejas amistades con las que te has encontrado; se ha convertido en un reencuentro estupendo.
q-scene-one-hour-in-4 = Sigues en plena primera conversación, que se ha convertido en una charla muy sentida sobre tu negocio y su futuro.

# A statement rated on an agreement or frequency scale.
q-goal-cards = Valoro un evento por el número de tarjetas que me llevo a casa.

# A statement rated on an agreement or frequency scale.
q-followup-coffee = Cuando alguien me propone quedar para tomar un café, fijo una fecha en pocos días.

# A scene: the question, then its four answers (shown shuffled; each answer is one way of behaving, none should read as the right one).
q-scene-coffee-sometime = Una persona a la que acabas de conocer te dice: «A ver si un día quedamos para tomar un café».
q-scene-coffee-sometime-1 = Dices «claro», intercambiáis datos y sigues; eso lo oyes una docena de veces cada noche.
q-scene-coffee-sometime-2 = Le dices que sí con simpatía y añades su tarjeta a tu montón, cada vez más alto, con la idea de concretar los detalles más adelante.
q-scene-coffee-sometime-3 = Sonríes y dices que quizá; has venido a pasar una noche tranquila, no a llenar tu agenda de más reuniones.
q-scene-coffee-sometime-4 = Le dices que te encantaría y le cuentas enseguida qué tipo de cliente esperas que pueda enviarte.

# A statement rated on an agreement or frequency scale.
q-giving-help-first = En una conversación, pregunto cómo puedo ayudar antes de mencionar lo que necesito.

# A statement rated on an agreement or frequency scale.
q-choice-learn = Prefiero los eventos con una charla o un taller en el que aprenda algo de una persona experta.

# A scene: the question, then its four answers (shown shuffled; each answer is one way of behaving, none should read as the right one).
q-scene-trade-stand = En una feria comercial, una persona que visita tu stand te dice: «Tienes que llamarme, tengo un proyecto urgente».
q-scene-trade-stand-1 = Escaneas su acreditación, añades sus datos a la lista de seguimiento con los del resto y saludas a la siguiente persona que se acerca.
q-scene-trade-stand-2 = Lo tomas como la gran oportunidad del día, le das un folleto y dos tarjetas y le cuentas la noticia a tu equipo.
q-scene-trade-stand-3 = Asientes y coges su tarjeta; sobre todo has venido a atender el stand y a ponerte al día con la gente de los stands vecinos.
q-scene-trade-stand-4 = Le tomas la palabra y repasáis todo el proyecto allí mismo; una buena oportunidad ya amortiza la feria.

# A statement rated on an agreement or frequency scale.
q-expect-hot-lead = Cuando alguien a quien acabo de conocer me dice «llámame, tengo un proyecto para ti», cuento con que esa llamada se convierta en trabajo.

# A scene: the question, then its four answers (shown shuffled; each answer is one way of behaving, none should read as the right one).
q-scene-morning-after = Es la mañana siguiente a un evento y tienes tarjetas nuevas sobre la mesa.
q-scene-morning-after-1 = Añades a todo el mundo a tus contactos y a tu lista de correo de una vez, y luego miras cuál es el siguiente evento.
q-scene-morning-after-2 = Las extiendes sobre la mesa, recuerdas las conversaciones divertidas y te prometes escribir pronto a todo el mundo.
q-scene-morning-after-3 = Solo hay un par; la velada fue un descanso agradable con gente que te cae bien, que es lo que querías.
q-scene-morning-after-4 = Escribes un mensaje largo y cariñoso a cada persona que te cayó bien, en el que le explicas tu negocio y le preguntas a quién podría recomendarte.

# A statement rated on an agreement or frequency scale.
q-followup-requests = Los mensajes de personas que he conocido en un evento esperan una semana o más hasta que respondo.

# A statement rated on an agreement or frequency scale.
q-goal-roi = Llevo la cuenta de si las horas que paso en eventos dan realmente algún fruto.

# A scene: the question, then its four answers (shown shuffled; each answer is one way of behaving, none should read as the right one).
q-scene-open-night = Te invitan a una gran noche de networking, gratuita y abierta, sin programa.
q-scene-open-night-1 = Vas: mucha gente significa muchos contactos en muy poco tiempo.
q-scene-open-night-2 = Vas: cada cara nueva es una oportunidad, así que te llevas un buen montón de tarjetas.
q-scene-open-night-3 = Vas: van a ir algunas amistades, y es una forma tranquila de acabar la semana.
q-scene-open-night-4 = Vas: a lo mejor allí conoces a alguien que ya tiene trabajo para ti.

# A statement rated on an agreement or frequency scale.
q-giving-ask-early = Pido recomendaciones a las personas que acabo de conocer antes de haber hecho nada por ellas.

# A statement rated on an agreement or frequency scale.
q-choice-paid = No voy a eventos que cobran entrada: conocer gente no debería costar dinero.

# A scene: the question, then its four answers (shown shuffled; each answer is one way of behaving, none should read as the right one).
q-scene-pick-event = Esta semana solo tienes hueco para un evento. ¿Cuál eliges?
q-scene-pick-event-1 = El más grande: cuanta más gente haya en la sala, más contactos útiles en una sola velada.
q-scene-pick-event-2 = El que parezca más animado; aún estás descubriendo qué tipo de evento va contigo.
q-scene-pick-event-3 = Aquel en el que verás caras conocidas y podrás desconectar después de una semana dura.
q-scene-pick-event-4 = Aquel en el que esperas que por fin alguien te pase una recomendación.

# A statement rated on an agreement or frequency scale.
q-expect-trust = Doy por hecho que un contacto nuevo necesitará varias reuniones conmigo antes de pasarme una recomendación.

# A statement rated on an agreement or frequency scale.
q-goal-habit = Sigo yendo a los mismos eventos por costumbre, aunque hace mucho tiempo que no sale nada de ellos.

# A scene: the question, then its four answers (shown shuffled; each answer is one way of behaving, none should read as the right one).
q-scene-coffee-meeting = Un contacto de la semana pasada ha aceptado quedar contigo para tomar un café.
q-scene-coffee-meeting-1 = Lo encajas entre otras dos reuniones y lo dejas en veinte minutos ágiles.
q-scene-coffee-meeting-2 = Llegas con ganas de contarle todo sobre tu negocio y ver adónde lleva.
q-scene-coffee-meeting-3 = Disfrutas de una charla relajada y dejas que fluya; si sale el tema de los negocios, bien, pero no lo fuerzas.
q-scene-coffee-meeting-4 = Le dices abiertamente que esperas conseguir clientes nuevos y que agradecerías cualquier recomendación que pueda enviarte.

# A count question: answered with a count (see answer-number-*, answer-people-*, answer-events-*).
q-goal-decided = De los eventos a los que has ido en los últimos tres meses, ¿en cuántos decidiste de antemano a quién o qué querías encontrar allí?

# A count question: answered with a count (see answer-number-*, answer-people-*, answer-events-*).
q-followup-coffees = En los últimos tres meses, ¿cuántas veces has llegado a tomar un café o a tener una llamada con personas que conociste en un evento?

# A count question: answered with a count (see answer-number-*, answer-people-*, answer-events-*).
q-giving-passed-on = En los últimos tres meses, ¿cuántas veces has pasado, sin que te lo pidieran, un contacto, un consejo o una oportunidad útil a personas que conociste en eventos?

# A count question: answered with a count (see answer-number-*, answer-people-*, answer-events-*).
q-choice-expert = De los eventos a los que has ido en los últimos tres meses, ¿cuántos tenían una charla o un taller a cargo de una persona experta en la materia?

# A count question: answered with a count (see answer-number-*, answer-people-*, answer-events-*).
q-expect-worth-people = De los eventos a los que has ido en los últimos tres meses, ¿cuántos consideraste que merecieron la pena por las personas a las que conociste, saliera o no negocio de ellos?
