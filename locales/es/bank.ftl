### The quiz's questions and their answers (the question bank). Message ids
### come from the item ids in src/domain/quiz/questions.rs: q-<id> is the
### question, q-<id>-<n> its n-th answer in the bank's order.

## The answers of count and statement questions.

answer-number-1 = Ninguna
answer-number-2 = Una
answer-number-3 = Dos
answer-number-4 = Tres
answer-number-5 = Cuatro o más
answer-people-1 = Ninguna
answer-people-2 = Una o dos
answer-people-3 = Más o menos la mitad
answer-people-4 = La mayoría
answer-people-5 = Todas
answer-events-1 = Ninguno
answer-events-2 = Unos pocos
answer-events-3 = Más o menos la mitad
answer-events-4 = La mayoría
answer-events-5 = Todos
# The sixth answer of every count question; it counts as no answer.
answer-no-event = No he ido a ningún evento en ese tiempo.
answer-agreement-1 = Totalmente en desacuerdo
answer-agreement-2 = En desacuerdo
answer-agreement-3 = Ni de acuerdo ni en desacuerdo
answer-agreement-4 = De acuerdo
answer-agreement-5 = Totalmente de acuerdo
answer-frequency-1 = Nunca
answer-frequency-2 = Rara vez
answer-frequency-3 = A veces
answer-frequency-4 = A menudo
answer-frequency-5 = Siempre

## The questions the quiz asks, in quiz order.

# A scene: the question, then its four answers (shown shuffled; each answer is one way of behaving, none should read as the right one).
q-scene-first-minutes-v2 = Entras en un evento de networking lleno de gente en el que casi no conoces a nadie. ¿Cómo pasas los primeros quince minutos?
q-scene-first-minutes-v2-1 = Das una vuelta rápida para ver quién ha venido y saludas a tanta gente como puedes antes de pararte en ningún sitio.
q-scene-first-minutes-v2-2 = Empiezas por quien tengas más cerca, le preguntas a qué se dedica, intercambiáis tarjetas y pasas a la siguiente cara amable.
q-scene-first-minutes-v2-3 = Pides algo de beber y te quedas charlando a gusto con una o dos personas que ya conoces; empezar con calma te pone de buen humor para toda la velada.
q-scene-first-minutes-v2-4 = Te unes a un grupo pequeño y, de entrada, les cuentas abiertamente a qué se dedica tu negocio y qué tipo de clientes buscas.

# A count question: answered with a count (see answer-number-*, answer-people-*, answer-events-*).
q-expect-pitched = Piensa en el último evento al que hayas ido en los últimos tres meses. ¿En cuántas de las conversaciones que tuviste allí sacaste el tema de algún trabajo que esperabas conseguir de la otra persona?

# A scene: the question, then its four answers (shown shuffled; each answer is one way of behaving, none should read as the right one).
q-scene-buffet-open-v2 = La organización anuncia que el bufé está abierto.
q-scene-buffet-open-v2-1 = Sigues moviéndote: mientras todo el mundo hace cola para comer, puedes llegar a las personas que aún querías conocer.
q-scene-buffet-open-v2-2 = Te pones en la cola, charlas con quien tengas al lado y, por el camino, repartes algunas tarjetas sin llevar muy bien la cuenta.
q-scene-buffet-open-v2-3 = Te sirves un buen plato, te sientas en una mesa tranquila y comes a gusto charlando con quien has venido; la comida también es parte de lo que hace que la velada merezca la pena.
q-scene-buffet-open-v2-4 = Te pones en la cola y, ahí mismo, le cuentas sin rodeos a quien tienes al lado a qué te dedicas, por si conoce a alguien que lo necesite.

# A count question: answered with a count (see answer-number-*, answer-people-*, answer-events-*).
q-followup-wrote = Piensa en el último evento al que hayas ido en los últimos tres meses. De las personas con las que hablaste allí, ¿a cuántas escribiste personalmente en menos de una semana?

# A count question: answered with a count (see answer-number-*, answer-people-*, answer-events-*).
q-giving-introduced = En los últimos tres meses, ¿cuántas veces has presentado entre sí a dos personas que conoces porque a una de ellas le podía venir bien, sin ganar tú nada con ello?

# A scene: the question, then its four answers (shown shuffled; each answer is one way of behaving, none should read as the right one).
q-scene-card-request-v2 = Alguien con quien llevas cinco minutos hablando te pide tu tarjeta.
q-scene-card-request-v2-1 = Intercambiáis tarjetas, le dices que ha sido un placer y sigues; hay más gente a la que quieres ver antes de irte.
q-scene-card-request-v2-2 = Le das dos, una para que se la pase a alguien que conozca, y le pides también un par de las suyas.
q-scene-card-request-v2-3 = Le das una con una sonrisa, charláis un rato más sobre el sitio y la comida, y después te despides con amabilidad para volver con las amistades con las que has venido.
q-scene-card-request-v2-4 = Se la das, le describes el tipo de cliente que buscas y le pides que te mande a cualquier persona que encaje.

# A count question: answered with a count (see answer-number-*, answer-people-*, answer-events-*).
q-choice-checked = De los eventos a los que has ido en los últimos tres meses, ¿cuántos elegiste después de comprobar quién los organizaba, quién los patrocinaba y quién era probable que fuera?

# A practice question: the question, then five answers, each a good practice (shown shuffled; they should look equally good).
q-practice-before = Piensa en el último evento al que hayas ido en los últimos tres meses. De estas cosas, ¿cuál se acerca más a lo que hiciste antes de ir? Elige solo una.
q-practice-before-1 = Tuve claro qué sería una buena velada: conocer de verdad a dos o tres personas nuevas y dejar los negocios para más adelante.
q-practice-before-2 = Reservé una hora en mi agenda para el día siguiente, para escribir a las personas que iba a conocer.
q-practice-before-3 = Preparé un contacto o un consejo que ofrecer a alguien a quien esperaba ver allí.
q-practice-before-4 = Comprobé quién lo organizaba y quién iba a ir, para asegurarme de que merecía la pena dedicarle la velada.
q-practice-before-5 = Decidí a quién quería conocer sobre todo: una o dos personas concretas, o algún tipo de contacto.

# A scene: the question, then its four answers (shown shuffled; each answer is one way of behaving, none should read as the right one).
q-scene-guest-talk-v2 = Una persona invitada empieza una charla de veinte minutos sobre hacia dónde va tu sector.
q-scene-guest-talk-v2-1 = Al acabar la charla, eres la primera persona en estrechar la mano de quien la ha dado e intercambiar tarjetas; luego te vas a tu siguiente cita.
q-scene-guest-talk-v2-2 = Aplaudes con entusiasmo y luego te vuelves hacia quienes tienes cerca, con tus tarjetas a mano, y le preguntas a cada persona a qué se dedica.
q-scene-guest-talk-v2-3 = Te acomodas y disfrutas de la charla, y luego, tomando algo, comentas con quien has venido lo que más os ha gustado.
q-scene-guest-talk-v2-4 = Al terminar, buscas a quien ha dado la charla, le explicas con bastante detalle cómo afecta el tema a tu propio negocio y le preguntas si podría ponerte en contacto con algunos clientes.

# A count question: answered with a count (see answer-number-*, answer-people-*, answer-events-*).
q-expect-met-again = En los últimos tres meses, ¿con cuántas personas que conociste en un evento has vuelto a quedar solo para conoceros mejor, sin nada que venderles ni pedirles?

# A count question: answered with a count (see answer-number-*, answer-people-*, answer-events-*).
q-followup-untouched = Piensa en el último evento al que hayas ido en los últimos tres meses. De las tarjetas y las direcciones de contacto que te trajiste de allí, ¿cuántas siguen sin tocar, sin ningún mensaje enviado ni ninguna nota tomada?

# A scene: the question, then its four answers (shown shuffled; each answer is one way of behaving, none should read as the right one).
q-scene-what-you-do-v2 = Alguien te pregunta: «Y tú, ¿a qué te dedicas?».
q-scene-what-you-do-v2-1 = Sueltas tu presentación de treinta segundos, bien ensayada, intercambiáis datos y mantienes la conversación en marcha.
q-scene-what-you-do-v2-2 = Te lanzas a hablar de tu negocio con auténtico entusiasmo, le das tu tarjeta y luego le preguntas a qué se dedica.
q-scene-what-you-do-v2-3 = Se lo cuentas en una frase y pasáis a charlar de algo que os guste, como el sitio o la comida; esta noche te tomas un descanso del trabajo.
q-scene-what-you-do-v2-4 = Explicas con sencillez a qué te dedicas y preguntas enseguida si conoce a alguien que pueda necesitarlo.

# A count question: answered with a count (see answer-number-*, answer-people-*, answer-events-*).
q-giving-asked-first = En los últimos tres meses, ¿a cuántas personas que conociste en eventos les has pedido una recomendación o una presentación antes de haber hecho algo por ellas?

# A count question: answered with a count (see answer-number-*, answer-people-*, answer-events-*).
q-choice-free-food = De los eventos a los que has ido en los últimos tres meses, ¿a cuántos fuiste sobre todo porque eran gratis, o por la comida y la bebida?

# A scene: the question, then its four answers (shown shuffled; each answer is one way of behaving, none should read as the right one).
q-scene-one-hour-in-v2 = Llevas una hora en un evento de dos horas. ¿Dónde estás?
q-scene-one-hour-in-v2-1 = Camino de la salida: ya has conocido a las personas por las que venías y tienes otro sitio al que ir.
q-scene-one-hour-in-v2-2 = Sigues yendo de grupo en grupo, con unas cuantas tarjetas que repartir antes del final.
q-scene-one-hour-in-v2-3 = Con dos viejas amistades con las que te has encontrado: os estáis poniendo al día y te ríes como no te habías reído en toda la semana.
q-scene-one-hour-in-v2-4 = Sigues en tu primera conversación, que se ha convertido en una charla muy sentida sobre tu propio negocio y su futuro.

# A count question: answered with a count (see answer-number-*, answer-people-*, answer-events-*).
q-goal-by-cards = De los eventos a los que has ido en los últimos tres meses, ¿cuántos valoraste sobre todo por el número de tarjetas o contactos con los que volviste a casa?

# A practice question: the question, then five answers, each a good practice (shown shuffled; they should look equally good).
q-practice-conversation = Piensa en la mejor conversación que tuviste en el último evento al que hayas ido en los últimos tres meses. ¿Cuál de estas opciones se acerca más a cómo fue?
q-practice-conversation-1 = Antes de despediros, acordasteis un siguiente paso: una llamada o un café, con fecha.
q-practice-conversation-2 = Averiguaste qué necesitaba la otra persona y le hablaste de alguien que podía ayudarle.
q-practice-conversation-3 = Comparasteis impresiones sobre qué eventos de la ciudad merecen la pena, y por qué.
q-practice-conversation-4 = Era una de las personas que habías ido a conocer, y la habías buscado expresamente.
q-practice-conversation-5 = Os conocisteis de verdad y dejasteis los negocios para otro día.

# A scene: the question, then its four answers (shown shuffled; each answer is one way of behaving, none should read as the right one).
q-scene-coffee-sometime-v2 = Una persona a la que acabas de conocer te dice: «A ver si un día quedamos para tomar un café».
q-scene-coffee-sometime-v2-1 = Dices «claro», intercambiáis datos y sigues; eso lo oyes una docena de veces cada noche.
q-scene-coffee-sometime-v2-2 = Le dices que sí con simpatía y añades su tarjeta a tu montón, cada vez más alto, con la idea de concretar los detalles más adelante.
q-scene-coffee-sometime-v2-3 = Le dices con simpatía que sería estupendo volver a coincidir; esta noche has venido a relajarte, y la agenda puede esperar.
q-scene-coffee-sometime-v2-4 = Le dices que te encantaría y le cuentas enseguida qué tipo de cliente esperas que pueda enviarte.

# A practice question: the question, then five answers, each a good practice (shown shuffled; they should look equally good).
q-practice-week-after = En la semana siguiente al último evento al que hayas ido en los últimos tres meses, ¿cuál de estas cosas hiciste primero?
q-practice-week-after-1 = Presenté a dos personas que conozco y que podían ayudarse mutuamente.
q-practice-week-after-2 = Decidí, según quién había ido, si merecía la pena volver a ese evento.
q-practice-week-after-3 = Anoté lo que me aportó la velada frente a las horas que me llevó.
q-practice-week-after-4 = Quedé otra vez con alguien solo para conocernos mejor.
q-practice-week-after-5 = Escribí una nota breve y personal a las personas con las que había hablado.

# A count question: answered with a count (see answer-number-*, answer-people-*, answer-events-*).
q-goal-noted-roi = De los eventos a los que has ido en los últimos tres meses, ¿de cuántos anotaste después lo que te aportó cada uno frente a las horas que te llevó?

# A scene: the question, then its four answers (shown shuffled; each answer is one way of behaving, none should read as the right one).
q-scene-trade-stand-v2 = En una feria comercial, una persona que visita tu stand te dice: «Tienes que llamarme, tengo un proyecto urgente».
q-scene-trade-stand-v2-1 = Escaneas su acreditación, añades sus datos a la lista de seguimiento con los del resto y saludas a la siguiente persona que se acerca.
q-scene-trade-stand-v2-2 = Lo tomas como la gran oportunidad del día, le das un folleto y dos tarjetas y le cuentas la noticia a tu equipo.
q-scene-trade-stand-v2-3 = Le das las gracias con amabilidad y aceptas su tarjeta sin hacerte demasiadas ilusiones; luego vuelves a charlar con la gente tan agradable del stand de al lado.
q-scene-trade-stand-v2-4 = Le tomas la palabra y repasáis todo el proyecto allí mismo; una buena oportunidad ya amortiza la feria.

# A count question: answered with a count (see answer-number-*, answer-people-*, answer-events-*).
q-expect-counted-lead = En los últimos tres meses, ¿cuántas veces has contado con un trabajo de alguien a quien acababas de conocer en un evento (apartaste tiempo para ello, se lo contaste a tu equipo o lo incluiste en tus planes) antes siquiera de volver a hablar con esa persona?

# A scene: the question, then its four answers (shown shuffled; each answer is one way of behaving, none should read as the right one).
q-scene-morning-after-v2 = Es la mañana siguiente a un evento y tienes tarjetas nuevas sobre la mesa.
q-scene-morning-after-v2-1 = Añades a todo el mundo a tus contactos y a tu lista de correo de una vez, y luego miras cuál es el siguiente evento.
q-scene-morning-after-v2-2 = Las extiendes sobre la mesa, recuerdas las conversaciones divertidas y te prometes escribir pronto a todo el mundo.
q-scene-morning-after-v2-3 = Solo hay un par; la velada fue un descanso agradable con gente a la que aprecias, y eso era justo lo que buscabas.
q-scene-morning-after-v2-4 = Escribes a cada persona que te cayó bien un mensaje largo y cordial: le explicas tu negocio y terminas preguntándole a quién podría recomendarte.

# A count question: answered with a count (see answer-number-*, answer-people-*, answer-events-*).
q-followup-waiting = Ahora mismo, ¿cuántas personas que conociste en eventos en los últimos tres meses llevan más de una semana esperando tu respuesta a un mensaje suyo?

# A practice question: the question, then five answers, each a good practice (shown shuffled; they should look equally good).
q-practice-choosing = La última vez que elegiste entre dos eventos en los últimos tres meses, ¿qué te hizo decidirte?
q-practice-choosing-1 = Cuál atraería al público que buscabas, a juzgar por quién lo organizaba y a quién se había invitado.
q-practice-choosing-2 = Cuál servía mejor al objetivo que te habías marcado para esas semanas.
q-practice-choosing-3 = En cuál podrías conocer bien a unas cuantas personas, aunque no fuera a salir trabajo de ello pronto.
q-practice-choosing-4 = En cuál verías a personas que ya conocías y con las que habías prometido volver a hablar.
q-practice-choosing-5 = En cuál podrías ser de más ayuda a gente que conoces, con una presentación o un consejo.

# A scene: the question, then its four answers (shown shuffled; each answer is one way of behaving, none should read as the right one).
q-scene-open-night-v2 = Te invitan a una gran noche de networking, gratuita y abierta, sin programa.
q-scene-open-night-v2-1 = Vas: mucha gente significa muchos contactos en muy poco tiempo.
q-scene-open-night-v2-2 = Vas: cada cara nueva es una oportunidad, así que te llevas un buen montón de tarjetas.
q-scene-open-night-v2-3 = Vas: allí estarán algunas amistades, y una velada tranquila en buena compañía es una forma estupenda de acabar la semana.
q-scene-open-night-v2-4 = Vas: a lo mejor allí conoces a alguien que ya tiene trabajo para ti.

# A count question: answered with a count (see answer-number-*, answer-people-*, answer-events-*).
q-giving-needs-first = Piensa en el último evento al que hayas ido en los últimos tres meses. ¿En cuántas de tus conversaciones dijiste lo que buscabas antes de preguntar qué necesitaba la otra persona?

# A count question: answered with a count (see answer-number-*, answer-people-*, answer-events-*).
q-choice-open-mixer = De los eventos a los que has ido en los últimos tres meses, ¿cuántos eran encuentros grandes y abiertos, sin charla ni programa?

# A scene: the question, then its four answers (shown shuffled; each answer is one way of behaving, none should read as the right one).
q-scene-pick-event-v2 = Esta semana solo tienes hueco para un evento. ¿Cuál eliges?
q-scene-pick-event-v2-1 = El más grande: cuanta más gente haya en la sala, más contactos útiles en una sola velada.
q-scene-pick-event-v2-2 = El que parezca más animado; aún estás descubriendo qué tipo de evento va contigo.
q-scene-pick-event-v2-3 = El que tenga caras conocidas y buena comida, donde puedas desconectar en buena compañía después de una semana dura.
q-scene-pick-event-v2-4 = Aquel en el que esperas que por fin alguien te pase una recomendación.

# A practice question: the question, then five answers, each a good practice (shown shuffled; they should look equally good).
q-practice-most = Si repasas los eventos a los que has ido en los últimos tres meses, ¿cuál de estas cosas hiciste con más constancia?
q-practice-most-1 = Fui con un objetivo y después hice balance de lo que me aportaron los eventos.
q-practice-most-2 = Traté cada primer encuentro como el comienzo de una relación, no como una venta.
q-practice-most-3 = Escribí a los contactos nuevos en menos de dos días y puse fecha a cada café.
q-practice-most-4 = Ofrecí ayuda o una presentación antes de pedir nada.
q-practice-most-5 = Elegí los eventos por su organización, su público y su programa.

# A count question: answered with a count (see answer-number-*, answer-people-*, answer-events-*).
q-goal-out-of-habit = De los eventos a los que has ido en los últimos tres meses, ¿a cuántos fuiste por costumbre, sin un motivo propio para ir precisamente a ese?

# A scene: the question, then its four answers (shown shuffled; each answer is one way of behaving, none should read as the right one).
q-scene-coffee-meeting-v2 = Un contacto de la semana pasada ha aceptado quedar contigo para tomar un café.
q-scene-coffee-meeting-v2-1 = Lo encajas entre otras dos reuniones y lo dejas en veinte minutos, rápidos y al grano.
q-scene-coffee-meeting-v2-2 = Llegas con ganas de contarle todo sobre tu negocio y ver qué sale de ahí.
q-scene-coffee-meeting-v2-3 = Lo tomas como un descanso agradable: charláis de vacaciones y de familia, y si el tema de los negocios no llega a salir, te parece bien.
q-scene-coffee-meeting-v2-4 = Le dices sin rodeos que buscas clientes nuevos y que agradecerías cualquier recomendación que pueda enviarte.
