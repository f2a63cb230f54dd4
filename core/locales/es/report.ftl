### El informe para la consulta (`limber report`, «Informe para la
### consulta…» en el Historial).

report-title = Informe para la consulta
report-subtitle = { $profile } · del { $from } al { $to } ({ $days ->
        [one] 1 día
       *[other] { $days } días
    }) · elaborado el { $made }
report-footer = Informe para la consulta de Limber · { $profile } · del { $from } al { $to }

report-section-weeks = Sesiones por semana
report-section-pain = Dolor antes y después
report-section-exercises = Ejercicios y dosis
report-section-stopped = Sesiones detenidas
report-section-sides = Izquierda y derecha
report-section-unfinished = Ejercicios no hechos o no terminados
report-section-all-sessions = Todas las sesiones

report-list-separator = {", "}
report-list-more = { $list } y { $more } más
report-parts-separator = {"; "}
report-decimal-mark = {","}
report-label = { $label }:
report-sentence-gap = {" "}
report-label-gap = {" "}
report-day-and-time = { $date } { $time }
report-date-range = del { $from } al { $to }
report-of = { $done } de { $planned }

report-headline = { $sessions ->
        [0] Ninguna sesión en este periodo.
        [one] 1 sesión en este periodo.
       *[other] { $sessions } sesiones en este periodo, { $days ->
            [one] en 1 día
           *[other] en { $days } días distintos
        }.
    }
report-thin = Son muy pocas para mostrar una tendencia; los datos de abajo son los que hay.
report-before-period = { $count ->
        [one] No se incluye 1 sesión anterior a este periodo.
       *[other] No se incluyen { $count } sesiones anteriores a este periodo.
    }
report-after-period = { $count ->
        [one] No se incluye 1 sesión posterior a este periodo.
       *[other] No se incluyen { $count } sesiones posteriores a este periodo.
    }
report-label-plan = Plan
report-label-time = Tiempo
report-label-pain = Dolor
report-label-left-out = Fuera de la rutina
report-label-finished = Terminadas
report-label-doses = Dosis
report-plan-kept = { $kept } de { $planned } sesiones planificadas hechas ({ $percent } %)
report-plan-done = { $done } sesiones hechas, { $planned } planificadas
report-plan = { $kept } hasta el { $date }, { $done ->
        [one] 1 sesión
       *[other] { $done } sesiones
    } en total. Plan: { $plan }.
report-plan-since = { $line }, desde el { $date }
report-plan-none-asked = el plan ({ $plan }) no preveía ninguna sesión en este periodo hasta ahora.
report-no-plan = no hay un plan, así que las sesiones se cuentan por semana sin un objetivo.
report-time = { $length } de ejercicio en total.
report-time-per-week = { $length } de ejercicio en total; { $average } sesiones por semana de media.
report-pain-none = ninguna valoración en este periodo.
report-pain-average = de media { $before } antes y { $after } después, en { $paired ->
        [one] la única sesión valorada
       *[other] las { $paired } sesiones valoradas
    } ambas veces (de 0 a 10).
report-pain-average-halves = de media { $before } antes y { $after } después, en { $paired ->
        [one] la única sesión valorada
       *[other] las { $paired } sesiones valoradas
    } ambas veces (de 0 a 10); antes de las sesiones, { $first } en la primera mitad del periodo y { $second } en la segunda.
report-pain-unrated = { $count ->
        [one] 1 sesión sin valoración.
       *[other] { $count } sesiones sin valoración.
    }
report-pain-unpaired = { $count ->
        [one] 1 sesión valorada, ninguna antes y después a la vez, así que no hay una media que comparar.
       *[other] { $count } sesiones valoradas, ninguna antes y después a la vez, así que no hay una media que comparar.
    }
report-pain-went-up = El dolor aumentó:
report-pain-higher-after = más alto después que antes en { $count ->
        [one] 1 sesión
       *[other] { $count } sesiones
    } ({ $dates }).
report-pain-high-after = { $alone ->
        [yes] { $count ->
            [one] 6 o más después de 1 sesión.
           *[other] 6 o más después de { $count } sesiones.
        }
       *[no] { $count ->
            [one] Valorado con 6 o más después de 1 sesión.
           *[other] Valorado con 6 o más después de { $count } sesiones.
        }
    }
report-stopped-hurt-label = Detenidas porque dolía:
report-stopped-hurt = { $count ->
        [one] 1 sesión
       *[other] { $count } sesiones
    } ({ $dates }); ver «Sesiones detenidas» más abajo.
report-left-out = { $count ->
        [one] { $exercises }: la persona decidió sacarlo de sus rutinas porque le dolía.
       *[other] { $exercises }: la persona decidió sacarlos de sus rutinas porque le dolían.
    }
report-finished-all = se hicieron todos los ejercicios de todas las sesiones.
report-finished-some = { $sessions ->
        [one] 1 sesión detenida
       *[other] { $sessions } sesiones detenidas
    } antes del final; { $exercises ->
        [one] 1 ejercicio no hecho o no terminado
       *[other] { $exercises } ejercicios no hechos o no terminados
    }.
report-doses-same = las mismas dosis en todo el periodo.
report-doses-changed = { $ups ->
        [one] 1 subida
       *[other] { $ups } subidas
    } de intensidad, { $downs ->
        [one] 1 bajada
       *[other] { $downs } bajadas
    }{ $others ->
        [0] .
        [one] , 1 ajuste más.
       *[other] , { $others } ajustes más.
    }

report-weeks-note = Las semanas empiezan el lunes; la fecha es la del lunes.
report-weeks-partial = Barras claras: semanas que caen solo en parte dentro del periodo.
report-weeks-planned = Línea discontinua: sesiones planificadas esa semana.
report-pain-chart-empty = Ninguna valoración del dolor en este periodo: no hay nada que representar.
report-legend-before = Antes de la sesión
report-legend-after = Después
report-legend-stopped = Detenida porque dolía
report-legend-change = Línea gris: el cambio dentro de una sesión.
report-pain-chart-note = Dolor valorado en la aplicación, de 0 (sin dolor) a 10 (el peor dolor imaginable). Las fechas son lunes.
report-pain-chart-daily = Cada punto es la media de un día ({ $rated } sesiones valoradas en total).
report-pain-chart-unrated = { $count ->
        [one] No se muestra 1 sesión sin valoración.
       *[other] No se muestran { $count } sesiones sin valoración.
    }

report-exercise-counts = { $notdone ->
        [0] { $done ->
            [one] hecho 1 vez
           *[other] hecho { $done } veces
        }
       *[other] { $done ->
            [one] hecho 1 vez
           *[other] hecho { $done } veces
        }, no hecho { $notdone ->
            [one] 1 vez
           *[other] { $notdone } veces
        }
    }
report-dose = { $level }, { $hold } × { $repetitions }{ $limb ->
        [leg] {" "}cada pierna
        [arm] {" "}cada brazo
        [side] {" "}cada lado
       *[none] {""}
    }
report-run-when = { $when } ({ $sessions ->
        [one] 1 sesión
       *[other] { $sessions } sesiones
    })
report-change = { $kind ->
        [up] Subida
        [down] Bajada
       *[adjusted] Ajuste
    } el { $date }:
report-sides-differ-label = Izquierda y derecha no coinciden:
report-sides-differ = izquierda { $left } de { $planned } repeticiones, derecha { $right } de { $planned } ({ $sessions ->
        [one] 1 sesión
       *[other] { $sessions } sesiones
    }).
report-more-lines = { $count ->
        [one] … y 1 línea más: el CSV (--csv) tiene todas las sesiones.
       *[other] … y { $count } líneas más: el CSV (--csv) tiene todas las sesiones.
    }
report-more-exercises = { $count ->
        [one] … y 1 ejercicio más: el CSV (--csv) tiene todas las sesiones.
       *[other] … y { $count } ejercicios más: el CSV (--csv) tiene todas las sesiones.
    }
report-not-recorded = No consta para { $count ->
        [one] 1 sesión guardada
       *[other] { $count } sesiones guardadas
    } antes de que Limber registrara { $what ->
        [ending] cómo terminaba una sesión
       *[sides] las repeticiones de cada lado
    }.

report-stops-not-recorded = No consta: estas sesiones se guardaron antes de que Limber registrara cómo terminaba una sesión.
report-stops-none = Ninguna: todas las sesiones con final registrado llegaron al final de su rutina.
report-pain-both = (dolor { $before } → { $after })
report-pain-before-only = (dolor { $before } antes)
report-pain-after-only = (dolor { $after } después)
report-stop = { $routine }: { $why ->
        [pain] detenida porque dolía
       *[stopped] detenida
    }{ $at ->
        [yes] {" "}en { $exercise }
       *[no] {""}
    }, { $done } de { $total } ejercicios hechos{ $pain }.

report-sides-not-recorded = No consta: estas sesiones se guardaron antes de que Limber registrara las repeticiones de cada lado.
report-sides-none-sided = Ningún ejercicio hecho en este periodo trabaja un lado cada vez.
report-sides-same = Igual en ambos lados cada vez: a cada repetición a la izquierda le correspondió una a la derecha.
report-sides-differed = Sesiones en las que las repeticiones hechas a la izquierda y a la derecha no coincidieron ({ $count ->
        [one] 1 vez
       *[other] { $count } veces
    }; repeticiones hechas de las planificadas en cada lado):
report-sides-line = { $exercise }: izquierda { $left }, derecha { $right }.
report-more-sessions = … y { $count } más: el CSV tiene todas las sesiones.

report-unfinished-none = Ninguno: se hicieron todos los ejercicios en todas las sesiones.
report-nothing-done = no se hizo nada
report-not-done = { $stopped ->
        [yes] no hecho (detenida): { $exercises }
       *[no] no hecho: { $exercises }
    }
report-not-every-hold = no todas las repeticiones: { $exercises }
report-unfinished-line = { $routine }, { $what }
report-earlier = { $count ->
        [one] 1 sesión anterior a estas no aparece: el CSV (--csv) tiene todas las sesiones.
       *[other] { $count } sesiones anteriores a estas no aparecen: el CSV (--csv) tiene todas las sesiones.
    }

report-column-date = Fecha
report-column-routine = Rutina
report-column-length = Duración
report-column-pain-before = Dolor antes
report-column-pain-after = Dolor después
report-column-exercises-done = Ejercicios hechos
report-column-ended = Final
report-ended = { $how ->
        [finished] terminada
        [stopped] detenida
       *[pain] detenida: dolía
    }
report-ended-unknown = Final «–»: no consta (la sesión se guardó antes de que Limber registrara cómo terminaba).
report-table-cut = Aparecen las { $shown } sesiones más recientes; las { $skipped } anteriores están en el CSV (--csv).
