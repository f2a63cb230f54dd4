### La salida legible de la línea de órdenes (`limber show`, `plan`, `history`), no `--help` ni los archivos CSV y de calendario.
### El texto de origen es core/locales/en/cli.ftl; los términos fijos
### están en docs/glossary/es.md.

cli-language-unknown = Limber no tiene el idioma «{ $asked }»; habla { $languages }. Se usa { $using }.

## `limber show RUTINA`: una rutina tal como se lee en papel.

cli-show-exercise = { $number }. { $exercise } — { $dose }
cli-show-total = Total: { $total }

## `limber show RUTINA --timeline`: la hoja de indicaciones de la guía,
## para revisar qué sonará y qué dirá, y cuándo.

cli-cue-title = { $routine }: hoja de indicaciones
cli-cue-options = Sonidos: señales sonoras, { $ticks ->
        [last-seconds] tictac en los últimos 3 segundos de cada mantenimiento
        [voice-counts] sin tictac (la voz cuenta hacia atrás)
       *[none] sin tictac
    }. Voz: { $voice ->
        [off] desactivada
        [silent] activada, sin cuenta atrás
        [ticks] activada, cuenta atrás con tictac
        [both] activada, cuenta atrás con la voz y con tictac
       *[voice] activada, cuenta atrás con la voz
    }.
# El nombre de una etapa en la segunda columna (corto: unas diez letras).
cli-cue-stage = { $stage ->
        [up-next] Siguiente
        [read] Posición
        [get-ready] Prepárate
        [move] Muévete
        [hold] Mantén
        [relax] Relájate
        [rest] Descansa
        [switch] Cambia
        [repeat] Repite
       *[done] Fin
    }
cli-cue-rep = rep. { $rep } de { $reps }
cli-cue-missing-exercise = (ejercicio que falta)
# Qué es una línea: un sonido, palabras dichas, una nota para el autor.
cli-cue-sound = sonido
cli-cue-say = dice
cli-cue-note = nota
cli-cue-said = «{ $text }»
cli-cue-overrun = unos { $speech } s de voz y { $gap } s hasta las palabras siguientes: puede que se corte
cli-cue-total = Total: { $offset } ({ $length })

## `limber plan`: el plan y el progreso de la semana.

cli-plan-heading = Plan de { $profile }:
cli-plan-entry = { $entry } ({ $about })
cli-plan-entry-not-loaded = { $entry } (esta rutina no está en el contenido cargado)
cli-plan-this-week = Esta semana: { $summary }
cli-plan-slot = { $done ->
        [yes] { $time } { $routine } ✓
       *[no] { $time } { $routine }
    }
cli-plan-today-mark = ← hoy
cli-plan-next = Próxima: { $routine } a las { $time }, { $date }
# Sin plan todavía; la orden se deja tal cual.
cli-plan-empty = Aún no hay nada planificado para { $profile }.
cli-plan-how-to-add = Planifica una rutina con: limber plan add ROUTINE --days mon-fri --at 08:00
cli-plan-routines = Rutinas: { $routines }
cli-plan-added = Planificada para { $profile }: { $entry }
cli-plan-first-reminder = Primer recordatorio: { $date } a las { $time }
cli-plan-removed = { $routine } ya no está en el plan de { $profile }.
cli-plan-autostart-on = Los recordatorios se pondrán en marcha al iniciar sesión ({ $written }).
cli-plan-autostart-off = Los recordatorios ya no se pondrán en marcha al iniciar sesión (se quitó { $removed }).
cli-plan-remind-now = Para tenerlos ya, sin volver a iniciar sesión: { $command }
cli-plan-unknown-routine = no hay ninguna rutina «{ $routine }»; rutinas: { $known }
cli-plan-not-planned = «{ $routine }» no está en el plan de { $profile }; planificadas: { $planned }
cli-plan-not-planned-nothing = «{ $routine }» no está en el plan de { $profile }; planificadas: ninguna
cli-output-failed = al escribir la salida: { $error }

cli-remind-already-running = Los recordatorios ya están en marcha para { $folder }; no hay nada más que hacer.

## Lo que comparten todas las órdenes

cli-count = { $what ->
        [area] { $count ->
            [one] { $count } zona
           *[other] { $count } zonas
        }
        [exercise] { $count ->
            [one] { $count } ejercicio
           *[other] { $count } ejercicios
        }
        [routine] { $count ->
            [one] { $count } rutina
           *[other] { $count } rutinas
        }
        [pose] { $count ->
            [one] { $count } postura
           *[other] { $count } posturas
        }
        [picture] { $count ->
            [one] { $count } imagen
           *[other] { $count } imágenes
        }
        [error] { $count ->
            [one] { $count } error
           *[other] { $count } errores
        }
        [warning] { $count ->
            [one] { $count } advertencia
           *[other] { $count } advertencias
        }
       *[problem] { $count ->
            [one] { $count } problema
           *[other] { $count } problemas
        }
    }
cli-profile-not-opened = No se abrió el perfil: { $error }. Se usa «{ $using }».
cli-unknown-routine = no hay ninguna rutina «{ $routine }»; rutinas: { $known }
cli-content-problems = { $count ->
        [one] { $count } problema en el contenido de los ejercicios; lo válido se ha cargado. El primero: { $first }
       *[other] { $count } problemas en el contenido de los ejercicios; lo válido se ha cargado. El primero: { $first }
    }
cli-program-not-found = al buscar este programa: { $error }

## `limber check`

check-summary-problems = { $found } ({ $errors }, { $warnings })

## `limber export-routine` y `limber import`

# Se escribe en el manifiesto de un paquete: de quién son las dosis y
# cuándo (`$date`, una fecha larga).
pack-provenance = dosis de { $profile } el { $date }
cli-pack-exercise-missing = el ejercicio «{ $exercise }» no está en el contenido; queda fuera del paquete
cli-pack-exported = { $path }: rutina «{ $routine }» con las dosis de { $profile }; { $counts }
cli-pack-imported = { $pack } importado en { $folder }: rutinas { $routine_count ->
        [0] ninguna
       *[other] { $routines }
    }; { $counts }
cli-pack-imported-about = { $pack } ({ $about }) importado en { $folder }: rutinas { $routine_count ->
        [0] ninguna
       *[other] { $routines }
    }; { $counts }
cli-pack-replaces = Sustituye { $item }

## `limber report`

cli-report-plan-left-out = el plan semanal queda fuera: { $error }
cli-report-from-after-to = --from { $from } es posterior a --to { $to }
cli-report-too-long = un informe abarca como máximo diez años; de { $from } a { $to } es más
cli-report-needs-out = indica --out ARCHIVO.pdf para el informe en PDF (o --csv para CSV en el terminal)
cli-report-written = { $path }: informe para la consulta de { $profile } ({ $pages }). { $headline }

## `limber figures`

cli-figures-icons-written = { $count } archivos de iconos escritos en { $folder }
cli-figures-guide-written = { $count } imágenes de guía escritas en { $folder }
cli-figures-written = { $count } figuras escritas en { $folder }
cli-figures-watch-needs-content = --watch necesita --content DIR, la carpeta cuyas posturas estás escribiendo
cli-figures-watching = Vigilando los cambios en { $folder } (Ctrl+C para parar)
cli-figures-rewritten = Cambios en { $changed }: { $count } figuras escritas en { $folder }
