### La pantalla de la rutina: los ejercicios con su intensidad, tiempo y repeticiones, la duración total, Empezar.
###
### El texto de origen es core/locales/en/routine.ftl; los términos fijos
### están en docs/glossary/es.md.

## La pantalla de la rutina: sus ejercicios, cada uno con su dosis, antes
## de empezar.

# Un ejercicio de la lista: «2. Rodilla al pecho».
routine-numbered-exercise = { $number }. { $exercise }
# Un ejercicio que la rutina nombra y el contenido no tiene; `$exercise`
# es su id.
routine-exercise-not-available = { $number }. { $exercise }: no disponible
# Bajo un ejercicio omitido porque dolió.
routine-left-out = Omitido: decidiste dejarlo fuera porque te dolió.
routine-bring-back = Volver a incluir
# En lugar de Suave / Habitual / Intensa cuando la rutina fija la dosis.
routine-dose-pinned = Dosis fijada por esta rutina
# El selector del tiempo de mantener y su valor en segundos («15 s»).
routine-hold = Mantener
routine-seconds = { $seconds } s
# El selector de repeticiones y su valor: «3 cada pierna». `$per_side`
# es « cada pierna», « cada brazo», « cada lado» (con su espacio) o nada.
routine-repetitions = Repeticiones
routine-repetitions-value = { $count }{ $per_side }
# Junto al título de un ejercicio cuando se cambiaron su tiempo o sus
# repeticiones.
routine-reset = Restablecer tiempo y repeticiones
# Antes de las versiones del ejercicio («Versión: Habitual, Otra pierna estirada»).
routine-version = Versión
# El ejercicio tal como está escrito, sin otra versión.
routine-version-usual = Habitual
# Un tiempo de mantener por encima de lo que sugiere el ejercicio.
routine-hold-beyond = Tus { $hold } s de mantener superan los { $low }–{ $high } s que sugiere este ejercicio.
# Repeticiones por encima de lo que sugiere el ejercicio.
routine-repetitions-beyond = { $count } repeticiones superan las { $low }–{ $high } que sugiere este ejercicio.
# La duración de toda la rutina encima de Empezar («6 min 30 s»).
routine-length = { $length } en total
routine-all-left-out = Todos los ejercicios están omitidos
routine-start-gently = Empieza cada sesión con suavidad. Si duele, baja la intensidad.
routine-bring-one-back = Vuelve a incluir uno para empezar.
routine-edit = Editar rutina
routine-print-sheet = Imprimir hoja
routine-start = Empezar
# Antes de la escala de 0 a 10.
routine-pain-now = ¿Cuánto te duele ahora? (opcional)
# Un id de rutina que no está en el contenido (`--routine`, un plan).
routine-not-available = La rutina «{ $routine }» no está disponible.

## La lista de teclas (?) de la pantalla de la rutina.

routine-key-choose = Elegir un ejercicio
routine-key-intensity = Más suave o más intenso
routine-key-hold = Mantener menos o más tiempo
routine-key-repetitions = Menos o más repeticiones
routine-key-version = Siguiente versión del ejercicio
routine-key-reset = Restablecer el tiempo y las repeticiones
routine-key-bring-back = Volver a incluir un ejercicio omitido
routine-key-pain = Tu dolor ahora (pulsa otra vez para borrarlo)
routine-key-edit = Editar o eliminar (una rutina que creaste)
