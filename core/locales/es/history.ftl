### La pantalla del historial y la tabla de `limber history` (no su CSV).
###
### El texto de origen es core/locales/en/history.ftl; los términos fijos
### están en docs/glossary/es.md.

## La pantalla del historial.

# Su título; `$profile` es el nombre del perfil.
history-title = Historial de { $profile }
history-no-sessions = Aún no hay sesiones. Aquí aparecen las sesiones terminadas y las detenidas.
# El título del gráfico del dolor y su leyenda.
history-pain-chart = Dolor (0–10)
history-legend-after = ● después
history-legend-before = ● antes
history-week-chart = Sesiones por semana
# Encima de la lista de sesiones.
history-sessions = { $count ->
        [one] Sesiones (1 sesión, la más reciente primero)
       *[other] Sesiones ({ $count } sesiones, las más recientes primero)
    }
# El dolor de una sesión: antes → después, o uno de los dos.
history-pain-before-after = dolor { $before } → { $after }
history-pain-before = dolor antes { $before }
history-pain-after = dolor después { $after }
# Ejercicios hechos de los de la sesión: «2/3 hechos».
history-done = { $done }/{ $count } hechos
# En una segunda línea si la ventana es estrecha: «2/3 hechos · Normal/Intensa».
history-done-and-levels = { $done } · { $levels }
# Bajo una sesión en la que un ejercicio se hizo más por un lado.
history-sides = { $exercise }: izquierda { $left }, derecha { $right }
history-planned-days = Días planificados
# El lunes en que empieza una semana de días planificados: «3 mar».
history-week-start = %-d %b

## La lista de teclas (?) del historial.

history-key-scroll = Desplazar las sesiones
history-key-page = Desplazar una página
history-key-visit-report = Informe para la consulta (después, Intro lo guarda y Esc cierra el formulario)

## `limber history`: las sesiones de un perfil en una tabla (la cabecera y
## los valores del CSV se quedan en inglés).

history-table-no-sessions = Aún no hay sesiones.
history-table-column = { $column ->
        [started] Inicio
        [routine] Rutina
        [time] Duración
        [done] Ejercicios hechos
        [pain-before] Dolor antes
        [pain-after] Dolor después
       *[ended] Final
    }
# Ejercicios hechos de los de la sesión: «2 de 3».
history-exercises-done = { $done } de { $exercises }
# Cómo terminó una sesión; `$exercise` es el título del ejercicio en que
# se detuvo.
history-ended-finished = terminada
history-ended-stopped = detenida en { $exercise }
history-ended-stopped-for-pain = detenida por dolor en { $exercise }

# Cuándo fue una sesión, en días (`$days`: 0 hoy, 1 ayer, hasta 13) y
# después en semanas (`$weeks`).
history-when-days = { $days ->
        [0] hoy
        [1] ayer
       *[other] hace { $days } días
    }
history-when-weeks = { $weeks ->
        [one] hace { $weeks } semana
       *[other] hace { $weeks } semanas
    }
