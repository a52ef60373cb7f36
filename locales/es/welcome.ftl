### Screen 1: what the quiz is, and the way in.

welcome-title = ¿Cuál es tu estilo de networking?

# $count (Number): how many questions the quiz has
welcome-lead = En un evento de networking abierto, la mayoría de la gente encaja en uno de estos cuatro estilos: { -style-pro }, { -style-rookie }, { -style-imposter } y { -style-mensch }. Responde { $count } preguntas breves para descubrir cuál es el tuyo, cómo se reflejan cinco hábitos del buen networking en lo que haces y qué probar en tu próximo evento.

welcome-fact-time = Dura unos 5 minutos. Puedes saltarte cualquier pregunta.
welcome-fact-private = Nada sale de tu dispositivo: sin cuenta y sin rastreo.
welcome-fact-saved = Tu progreso se guarda sobre la marcha, así que puedes volver más tarde.

# $answered (Number), $total (Number)
welcome-progress = Hasta ahora has respondido { $answered } de { $total } preguntas.

welcome-continue = Seguir donde lo dejaste
welcome-start-again = Empezar de nuevo
welcome-start = Empezar el test
welcome-see-follow-ups = Ver tus seguimientos
welcome-latest-result = Ver tu último resultado
welcome-four-styles = Los cuatro estilos
welcome-read-styles = Leer sobre los cuatro estilos

# Between a label and what follows it: "Pro: Works the whole room..."
# (French typography puts a space before the colon).
label-colon = :{ " " }

# What is due in the journal, on the welcome screen.
# $today (Number): follow-ups due today; $overdue (Number): overdue ones
journal-due-note = { $overdue ->
    [0] { $today ->
        [one] Tienes un seguimiento para hoy.
       *[other] Tienes { $today } seguimientos para hoy.
    }
   *[other] { $today ->
        [0] { $overdue ->
            [one] Tienes un seguimiento atrasado.
           *[other] Tienes { $overdue } seguimientos atrasados.
        }
        [one] Tienes un seguimiento para hoy y { $overdue ->
            [one] otro atrasado.
           *[other] { $overdue } atrasados.
        }
       *[other] Tienes { $today } seguimientos para hoy y { $overdue ->
            [one] uno atrasado.
           *[other] { $overdue } atrasados.
        }
    }
}
