### The four styles and the five habits: names, portraits, traps and what helps.
### Style names are terms, so a sentence that names a style can give it the
### article and case its language needs. The names stay as in English; Spanish
### sentences use them without an article, or as "el estilo Pro" / "del tipo Pro",
### so that no sentence gives the reader a gender.

-style-pro = Pro
-style-rookie = Rookie
-style-imposter = Imposter
-style-mensch = Mensch

# The name of a style on its own (headings, charts, legends).
# $style (String): pro, rookie, imposter or mensch
style-name = { $style ->
    [pro] { -style-pro }
    [rookie] { -style-rookie }
    [imposter] { -style-imposter }
   *[mensch] { -style-mensch }
}

# The name with its indefinite article, inside a sentence: "You are an Imposter."
# (Spanish: "Eres del tipo Imposter.")
# $style (String): pro, rookie, imposter or mensch
style-with-article = { $style ->
    [pro] del tipo { -style-pro }
    [rookie] del tipo { -style-rookie }
    [imposter] del tipo { -style-imposter }
   *[mensch] del tipo { -style-mensch }
}

# What the style's name means here, shown beside the name.
# $style (String): pro, rookie, imposter or mensch
style-gloss = { $style ->
    [pro] De «profesional»: oficio, rapidez y soltura entre mucha gente.
    [rookie] Del deporte: quien se estrena y aún busca su sitio en la sala.
    [imposter] Nada de engaño: viene a disfrutar de la compañía más que a hacer negocios.
   *[mensch] Del ídish: una buena persona, decente y amable.
}

# One line in the third person, introducing a style (welcome screen).
style-gist = { $style ->
    [pro] Recorre la sala entera a toda velocidad, colecciona contactos y se marcha pronto.
    [rookie] Se estrena en estos eventos, es amable y no tarda en dar su tarjeta de visita.
    [imposter] Viene por la comida, la bebida o las viejas amistades, no por nuevos contactos.
   *[mensch] Actúa con franqueza, honestidad y buena intención, con la esperanza de recibir recomendaciones y crear vínculos reales.
}

# The one-line portrait on the result page.
style-tagline = { $style ->
    [pro] Recorres la sala entera a toda velocidad y te vas con el bolsillo lleno de contactos.
    [rookie] Llegas con curiosidad y simpatía, y das tu tarjeta a cada persona que conoces.
    [imposter] Vas por algo distinto de los negocios: la compañía, la comida y la bebida, o desconectar del trabajo.
   *[mensch] Vas con buenas intenciones, dices sin rodeos a qué te dedicas y esperas crear vínculos reales.
}

# What this style does well.
style-strength = { $style ->
    [pro] Te mueves con soltura entre desconocidos y en una hora conoces a más gente que la mayoría en toda una noche. Tu energía abre puertas.
    [rookie] Eres accesible y a la gente le resulta fácil hablar contigo. Das el paso y lo intentas: así empezó cualquiera que hoy haga buen networking.
    [imposter] Tu compañía es tranquila y nadie siente que le presiones. Sabes disfrutar de una velada, y a la gente que ya conoces le alegra que hayas venido.
   *[mensch] La gente puede confiar en ti. Dices sin rodeos a qué te dedicas y quieres que a las personas que conoces les vaya bien.
}

# What tends to go wrong for this style.
style-trap = { $style ->
    [pro] Amplitud sin profundidad: conoces a mucha gente, pero pocos de esos contactos acaban convirtiéndose en una relación profesional.
    [rookie] Cantidad antes que calidad: cambian de manos muchas tarjetas, pero no hay un plan detrás ni seguimiento después.
    [imposter] La velada te cuesta horas y no te da nada a cambio, porque nadie llega a conocerte.
   *[mensch] Tu intención es buena, pero tu forma de acercarte está poco pulida: pides recomendaciones antes de que nadie te conozca, así que la gente sonríe, asiente y sigue su camino.
}

# Three concrete changes that turn the strength into results; $n is 1, 2 or 3.
style-help = { $style ->
    [pro] { $n ->
        [1] Elige a las dos o tres personas con las que merece la pena tener una conversación de verdad y quédate lo suficiente para saber qué necesitan.
        [2] Escribe a cada una en un plazo de dos días y propón un siguiente paso.
       *[3] Cuenta las relaciones que ha iniciado un evento, no las tarjetas que te has llevado a casa.
    }
    [rookie] { $n ->
        [1] Ve con un objetivo, por ejemplo, conocer a dos personas que trabajen con el tipo de clientes que buscas.
        [2] Cambia la típica frase para romper el hielo por una pregunta sobre lo que tiene entre manos la otra persona.
       *[3] Reparte menos tarjetas y haz seguimiento de todas las que te lleves a casa.
    }
    [imposter] { $n ->
        [1] Decide antes de ir si la velada es para hacer negocios o para desconectar, y elige el evento en consecuencia.
        [2] Opta por eventos con una charla o un debate, donde las conversaciones surgen solas.
       *[3] Ponte un pequeño objetivo, como empezar una sola conversación nueva antes de ir al bufé.
    }
   *[mensch] { $n ->
        [1] Da antes de pedir: empieza presentando a alguien o pasando un contacto útil.
        [2] Espera a un segundo encuentro, cuando ya haya confianza, para pedir recomendaciones.
       *[3] Cuando pidas, pide un tipo de ayuda concreto que la gente pueda darte enseguida.
    }
}
