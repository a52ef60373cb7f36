### Screen 2: one question at a time.

quiz-none-title = No hay ningún test en curso
quiz-none-text = En este dispositivo no hay ningún intento que continuar.

# $number (Number), $total (Number)
quiz-question-number = Pregunta { $number } de { $total }

# Announced when a new question shows.
# $number (Number), $total (Number), $prompt (String): the question itself
quiz-question-announced = Pregunta { $number } de { $total }: { $prompt }

quiz-progress = Progreso del test

# $count (Number): how many answers the question has
quiz-keys-hint = Teclas: del 1 al { $count } para elegir una respuesta, Intro para continuar.

quiz-back = Atrás
quiz-skip = Saltar
quiz-next = Siguiente
quiz-see-result = Ver mi resultado
