### The five habits.

# $habit (String): expectations, follow-up, giving-first, event-choice or goal-roi
habit-name = { $habit ->
    [expectations] Expectativas
    [follow-up] Seguimiento
    [giving-first] Dar primero
    [event-choice] Elección del evento
   *[goal-roi] Objetivo y retorno
}

# What a high score on this habit means.
# $habit (String)
habit-meaning = { $habit ->
    [expectations] Ves cada evento como el punto de partida de nuevas relaciones, no como un sitio para cerrar tratos.
    [follow-up] Sabes que el trabajo de verdad empieza cuando el evento termina.
    [giving-first] Ofreces ayuda y recomendaciones antes de pedir nada.
    [event-choice] Eliges los eventos con intención, por su público y por lo que puedes aprender en ellos.
   *[goal-roi] Vas con un objetivo y compruebas si las horas han merecido la pena.
}
