### El texto de seguridad: quién debe consultar antes, cómo empezar, cuándo
### parar, las señales de alarma y cómo pedir ayuda urgente. Se muestra la
### primera vez de cada perfil, desde Inicio en cualquier momento, tras una
### sesión que dolió, en la hoja impresa y en la línea de órdenes.
###
### El texto de origen es core/locales/en/safety.ftl; los términos fijos
### están en docs/glossary/es.md. Cada frase conserva el sentido y la
### urgencia exactos del inglés («ahora», «pronto»), nunca más fuerte ni
### más débil, y nunca es un diagnóstico. Frases cortas: se leen desde la
### esterilla, a unos pasos.

# El título de la pantalla de seguridad y la primera línea del texto.
safety-title = Antes de empezar

# Encima de las secciones: qué es esta aplicación y qué no es.
safety-intro = Esta aplicación ofrece orientación general sobre ejercicio. No es un diagnóstico y no sustituye el consejo de un médico o fisioterapeuta.

# Por qué hacer ejercicio: moverse es lo que ayuda.
safety-moving-helps = Moverse ayuda. El reposo en cama y evitar el ejercicio, durante mucho tiempo el consejo habitual para el dolor de espalda, no ayudan a mejorar; seguir moviéndose con suavidad, sí.

# De dónde vienen ejercicios como estos; sigue a `safety-moving-helps`.
safety-clinicians = Los médicos y los fisioterapeutas suelen recomendar ejercicios como estos para un problema de espalda o de cadera, o en la rehabilitación después de una lesión.

# Bajo las señales de alarma, dondequiera que se muestren.
safety-red-flags-note = No hagas ejercicio hasta que hayas recibido consejo médico.

## Consulta antes con un médico o fisioterapeuta si

safety-ask-first-heading = Consulta antes con un médico o fisioterapeuta si
safety-ask-first-1 = Has tenido hace poco una lesión en la espalda, las caderas o las piernas.
safety-ask-first-2 = Te han operado en los últimos meses, sobre todo de la columna o de la cadera.
safety-ask-first-3 = Tienes una prótesis de cadera, aunque sea de hace años (algunos de estos ejercicios flexionan mucho la cadera).
safety-ask-first-4 = Estás embarazada o has tenido un bebé hace poco.
safety-ask-first-5 = Tienes osteoporosis (huesos finos o frágiles).
safety-ask-first-6 = Tienes diagnosticado un problema de la columna, de las articulaciones o de los nervios.
safety-ask-first-7 = Tienes dudas sobre si estos ejercicios son adecuados para ti.

## Empieza con suavidad

safety-start-gently-heading = Empieza con suavidad
safety-start-gently-1 = Comienza por el nivel más suave, manteniendo cada posición poco tiempo.
safety-start-gently-2 = En cada sesión, ve de menos a más: las primeras repeticiones son las más suaves.
safety-start-gently-3 = Muévete despacio. Nunca hagas rebotes ni fuerces un estiramiento.
safety-start-gently-4 = Respira con normalidad. No contengas la respiración.
safety-start-gently-5 = Aumenta poco a poco, a lo largo de días y semanas.
safety-start-gently-6 = Un estiramiento o un esfuerzo leves están bien. Un dolor agudo, no.

## Para o reduce el esfuerzo

safety-stop-heading = Para o reduce el esfuerzo
safety-stop-1 = Para si el dolor aumenta o se extiende, por ejemplo, hacia una pierna.
safety-stop-2 = La próxima vez, baja la intensidad u omite ese ejercicio.
safety-stop-3 = Para si notas mareo, sensación de desmayo, o un hormigueo o entumecimiento nuevos.
safety-stop-4 = Si al día siguiente el dolor sigue peor, sigue moviéndote con suavidad y pide consejo.

## Busca atención médica urgente ahora si el dolor de espalda o de cadera
## viene acompañado de

safety-emergency-heading = Busca atención médica urgente ahora si el dolor de espalda o de cadera viene acompañado de
safety-emergency-1 = Pérdida del control de la vejiga o del intestino, o no poder orinar.
safety-emergency-2 = Entumecimiento en la ingle, los genitales o las nalgas.
safety-emergency-3 = Dolor, entumecimiento o debilidad en las dos piernas.
safety-emergency-4 = Debilidad en una pierna que va a peor.
safety-emergency-5 = Problemas nuevos de erección o de sensibilidad durante las relaciones sexuales.
safety-emergency-6 = Dolor intenso y repentino, distinto de cualquiera que hayas tenido antes.
safety-emergency-7 = Dolor de cadera o de ingle después de una caída o un golpe, y no poder apoyarte sobre esa pierna.
safety-emergency-8 = Una cadera caliente, hinchada y muy dolorosa, con fiebre o sensación de malestar.

## Consulta pronto con un médico si el dolor de espalda o de cadera viene
## acompañado de

safety-soon-heading = Consulta pronto con un médico si el dolor de espalda o de cadera viene acompañado de
safety-soon-1 = Fiebre, malestar general o una pérdida de peso que no puedes explicar.
safety-soon-2 = Antecedentes de cáncer.
safety-soon-3 = Dolor de espalda por primera vez antes de los 20 años o después de los 50.
safety-soon-4 = Tratamiento prolongado con corticoides, defensas debilitadas (sistema inmunitario) o consumo de drogas inyectadas.
safety-soon-5 = Un cambio visible en la forma de la columna.
safety-soon-6 = Dolor de espalda que empezó después de una caída o un accidente.
safety-soon-7 = Dolor que no se alivia al descansar ni al cambiar de postura.
safety-soon-8 = Dolor que sigue siendo constante por la noche.

## Cómo pedir ayuda urgente, bajo el grupo de urgencias.

# `$number` es el número de emergencias de la región («112», «911»).
safety-get-help = Llama al { $number } o acude a urgencias ahora.
# Donde no se conoce el número de la región.
safety-get-help-local = Llama al número de emergencias de tu zona o acude a urgencias ahora.

## Tras una sesión (la pantalla final): qué hacer si dolió, y las
## propuestas de cambiar el nivel u omitir un ejercicio. Con calma y de
## forma práctica; nunca un diagnóstico.

# El título de las palabras para una sesión que dolió.
advice-care-heading = Tómatelo con calma el resto del día
advice-care-stop = Para por hoy y no sigas a pesar del dolor.
advice-care-next-time = La próxima vez, prueba un nivel más bajo u omite los ejercicios que te hayan dolido.
advice-care-at-gentlest = Ya era el nivel más suave: omite los ejercicios que te hayan dolido y pregunta a un fisioterapeuta qué ejercicios son adecuados para ti.
advice-care-keep-active = Sigue moviéndote con suavidad: camina y muévete como puedas. El reposo en cama no ayuda.
advice-care-ask = Si el dolor sigue peor en los próximos días, consulta con un médico o fisioterapeuta.

# Bajo la escala de dolor tras una sesión (0–10).
advice-pain-went-down = Tu dolor bajó de { $before } a { $after }. Buen trabajo.
advice-pain-same = Igual que antes de la sesión: { $before }.
advice-pain-before = Antes de la sesión indicaste { $before }.

# Un ejercicio cuyo nivel cambiaría: «Rodilla al pecho (Normal → Suave)».
advice-change = { $exercise } ({ $from } → { $to })
advice-offer = { $direction ->
        [up] ¿Probar un poco más la próxima vez? { $exercises }
       *[down] ¿Bajar la intensidad la próxima vez? { $exercises }
    }
advice-offer-pain-rose = { $direction ->
        [up] Tu dolor subió de { $from } a { $to }. ¿Probar un poco más la próxima vez? { $exercises }
       *[down] Tu dolor subió de { $from } a { $to }. ¿Bajar la intensidad la próxima vez? { $exercises }
    }
advice-offer-pain-high = { $direction ->
        [up] Tu dolor es de { $pain } sobre 10. ¿Probar un poco más la próxima vez? { $exercises }
       *[down] Tu dolor es de { $pain } sobre 10. ¿Bajar la intensidad la próxima vez? { $exercises }
    }
advice-offer-stayed-low = { $direction ->
        [down] Tu dolor se ha mantenido bajo durante { $sessions } sesiones. ¿Bajar la intensidad la próxima vez? { $exercises }
       *[up] Tu dolor se ha mantenido bajo durante { $sessions } sesiones. ¿Probar un poco más la próxima vez? { $exercises }
    }
advice-button-down = Bajar la intensidad
advice-button-up = Subir un nivel
advice-done-down = Hecho: la próxima vez, estos ejercicios serán un nivel más suaves.
advice-done-up = Hecho: la próxima vez, estos ejercicios serán un nivel más intensos.

# Tras «Me duele»: la propuesta de omitir el ejercicio en las rutinas.
advice-leave-out-offer = Omite { $exercise } hasta que te resulte más fácil o un fisioterapeuta te diga que es adecuado para ti. Puedes volver a incluirlo en la pantalla de la rutina.
advice-leave-out-alternative = O deja { $exercise } fuera por ahora.
advice-leave-out-button = Omitir este ejercicio la próxima vez
advice-leave-out-done = Hecho: { $exercise } queda fuera de tus rutinas. Puedes volver a incluirlo en la pantalla de la rutina.

## La pantalla de seguridad.

# El título de un grupo de señales ante las que actuar pronto o ya, tras
# un signo de advertencia.
safety-urgent-heading = ⚠  { $heading }
# La tarjeta de arriba: por qué moverse ayuda y a quién preguntar.
safety-why-move = { $moving_helps } { $clinicians }
# El botón de la primera vez, antes de todo lo demás.
safety-understood = Lo he leído
