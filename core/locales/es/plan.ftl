### El plan semanal, sus recordatorios (las notificaciones) y `limber plan`.
###
### El texto de origen es core/locales/en/plan.ftl; los términos fijos
### están en docs/glossary/es.md.

## La pantalla del plan.

# Su título; `$profile` es el nombre del perfil.
plan-title = Plan de { $profile }
plan-unreadable = No se pudo leer el plan de este perfil; el aviso de arriba dice por qué.
# En lugar de la duración de una rutina planificada que el contenido no tiene.
plan-routine-not-loaded = no está en el contenido cargado
plan-ask-remove = Quitar del plan…
# Antes del campo de la hora, y su texto de ejemplo.
plan-at = A las
plan-time-placeholder = 08:00
# Junto a los − y + de la hora y de los minutos.
plan-hour = hora
plan-minutes = minutos
plan-bad-time = Escribe la hora así: 08:00 o 18:30, y pulsa Intro.
plan-remove = Quitarla
plan-keep = Dejarla
# Una rutina que añadir al plan.
plan-add = + { $routine }
plan-add-first = Añade una rutina a tu plan
plan-add-another = Añadir otra rutina
# `$days` son los días ya escritos; `$time`, una hora («08:00»).
plan-new-starts = Días: { $days }, a las { $time }; después puedes cambiar los días y la hora.
plan-all-planned = Todas las rutinas están en el plan.
plan-reminders = Recordatorios
# Mientras Limber pregunta al sistema cómo funcionan los recordatorios.
plan-reminders-looking = Comprobando cómo funcionan los recordatorios…
plan-calendar = Calendario
# `$error` es el motivo que da el sistema.
plan-calendar-not-saved = No se guardó el archivo de calendario: { $error }
# El título del diálogo para guardar el archivo de calendario.
plan-save-calendar-title = Guardar el plan en un archivo de calendario
# No se pudo escribir el archivo y no llegó ningún motivo.
plan-calendar-not-written = no se escribió el archivo

## El plan semanal, los recordatorios y el progreso de la semana. Con calma
## y sin culpa: un día que se salta es un hecho, nunca un fracaso.

# Dondequiera que aparezca un día saltado.
plan-missed-days-are-fine = No pasa nada por saltarse un día: vuelve a empezar con suavidad.
# Cuánto dura una rutina, como promesa: `$minutes` es 0 si dura menos de
# un minuto.
plan-about = { $minutes ->
        [0] menos de un minuto
        [one] aproximadamente { $minutes } minuto
       *[other] unos { $minutes } minutos
    }
# Los días de una rutina planificada.
plan-days-every-day = todos los días
plan-days-none = ningún día
plan-days-range = { $first }–{ $last }
plan-days-separator = {", "}
# Una rutina planificada: «Zona lumbar, lun, mié, vie a las 08:00».
plan-line = { $routine }, { $days } a las { $time }
# La semana en una frase, tras «Esta semana:».
plan-week-summary = { $planned ->
        [0] nada planificado
        [one] { $done } de { $planned } sesión planificada
       *[other] { $done } de { $planned } sesiones planificadas
    }
# Una semana en la pantalla del historial: «4 de 5».
plan-week-count = { $done } de { $planned }
# Días planificados cumplidos seguidos (`$run`, 1 o más).
plan-run = { $run ->
        [one] { $run } día planificado cumplido
       *[other] { $run } días planificados cumplidos seguidos
    }
# El estado de un día, en una palabra (terminal, lectores de pantalla).
plan-day-status = { $status ->
        [free] libre
        [done] hecho
        [partly] hecho en parte
        [missed] saltado
       *[to-come] pendiente
    }

## Inicio

# Inicio sin plan: una invitación tranquila y su botón.
plan-invitation = Volver a menudo ayuda.
plan-make-a-plan = Hacer un plan
# Una rutina planificada hoy: aún no es la hora, ya pasó, está hecha.
plan-today-later = Hoy: { $routine } a las { $time } ({ $about })
plan-today-later-no-length = Hoy: { $routine } a las { $time }
plan-today-due = { $routine } estaba planificada para las { $time }: cualquier momento de hoy está bien.
plan-today-done = { $routine }: hecha hoy.
# La próxima sesión planificada.
plan-next = { $when ->
        [today] Próxima: { $routine } hoy a las { $time }
        [tomorrow] Próxima: { $routine } mañana a las { $time }
        [weekday] Próxima: { $routine } el { $day } a las { $time }
       *[date] Próxima: { $routine } el { $date } a las { $time }
    }

## La pantalla del plan

plan-intro = { $running ->
        [yes] Elige una rutina, sus días y una hora. A esa hora, Limber te lo recuerda con una notificación, también con su ventana cerrada.
        [no] Elige una rutina, sus días y una hora. Limber te lo recordará con una notificación a esa hora cuando los recordatorios estén en marcha (ver Recordatorios); hasta entonces, Inicio muestra lo planificado para hoy.
       *[unknown] Elige una rutina, sus días y una hora. Mientras los recordatorios estén en marcha, Limber te lo recuerda con una notificación a esa hora, incluso con su ventana cerrada.
    }
# Bajo una rutina sin ningún día marcado.
plan-no-days = No hay días elegidos: sigue en el plan, pero nunca se recuerda.
# Antes de quitar una rutina del plan.
plan-remove-question = ¿Quitar { $routine } del plan? Las sesiones que hiciste se quedan en tu historial.
plan-reminders-status = { $running ->
        [yes] Los recordatorios están en marcha.
        [no] Los recordatorios no están en marcha.
       *[unknown] Limber no puede saber si los recordatorios están en marcha.
    }{ $login ->
        [yes] {" "}Se ponen en marcha solos al iniciar sesión.
        [no] {" "}No se ponen en marcha solos al iniciar sesión.
       *[unknown] {""}
    }
plan-start-at-login = Activar al iniciar sesión
plan-start-reminders-now = Iniciar los recordatorios ahora
plan-save-to-calendar = Guardar en el calendario…
# Junto al botón del calendario.
plan-calendar-hint = Para tu aplicación de calendario: un archivo con un evento semanal por rutina, con alarma.
plan-calendar-needs-days = Planifica una rutina al menos un día para guardarla en un calendario.
# El diálogo respondió sin archivo. La orden se deja tal cual.
plan-calendar-nothing-saved = No se guardó nada. Si no apareció ningún diálogo, `limber plan --ics > limber-plan.ics` en un terminal escribe el mismo archivo.
plan-calendar-saved = Guardado en { $path }. Ábrelo con tu aplicación de calendario para añadir allí el plan.

## El archivo de calendario (su nombre, el título y las notas de cada evento)

calendar-name = Plan de Limber — { $profile }
calendar-event-title = { $routine } — Limber
calendar-event-notes = { $minutes ->
        [0] Menos de un minuto de ejercicios. Abre Limber y elige { $routine }.
        [one] Aproximadamente { $minutes } minuto de ejercicios. Abre Limber y elige { $routine }.
       *[other] Unos { $minutes } minutos de ejercicios. Abre Limber y elige { $routine }.
    }
calendar-event-notes-no-length = Abre Limber y elige { $routine }.

## Recordatorios (la notificación del escritorio)

reminder-title = Hora de { $routine } — { $about }
reminder-title-no-length = Hora de { $routine }
reminder-body-on-time = Planificada para las { $time }. Unos minutos tranquilos para tu cuerpo.
reminder-body-snoozed = Pospuesta desde las { $time }. Cuando quieras.
reminder-body-later-today = Estaba planificada para las { $time }; cualquier momento de hoy está bien.
reminder-body-earlier-day = Estaba planificada para el { $day }, a las { $time }. { plan-missed-days-are-fine }
reminder-action-start = Empezar
reminder-action-snooze = Posponer 10 min
reminder-action-done-today = Hecha hoy

## Leer lo que se escribe para un plan (`limber plan add --days … --at
## …`, fechas). Los ejemplos se dejan tal cual: son lo que hay que escribir.

plan-days-not-a-day = «{ $part }» no es un día; escribe los días como mon,wed,fri o mon-fri, o weekdays, weekends, daily
plan-days-not-given = no se indicó ningún día; escribe los días como mon,wed,fri o mon-fri
plan-time-invalid = «{ $text }» no es una hora del día; escríbela como 08:00 o 18:30
plan-date-invalid = «{ $text }» no es una fecha como 2024-05-13
calendar-nothing-planned = aún no hay nada planificado para { $profile }, así que no hay calendario que exportar; añade antes una rutina, p. ej. `limber plan add lower-back --days mon-fri --at 08:00`

## Poner en marcha los recordatorios (`limber remind`) desde la pantalla del plan

reminders-start-failed = al iniciar { $program } remind: { $error }
reminders-ended-at-once = limber remind terminó enseguida ({ $status })
reminders-thread-failed = al iniciar un hilo: { $error }
reminders-notifier-stopped = el servicio de notificaciones dejó de responder

## Recordatorios e inicio de sesión: qué falló.

plan-reminder-not-shown = no se pudo mostrar el recordatorio: { $reason }
plan-login-no-folder = no se encuentra la carpeta de los programas que se abren al iniciar sesión en este sistema
plan-login-not-changed = no se pudo cambiar el elemento de inicio: { $reason }
plan-login-where-windows = los programas de inicio (clave Run del registro "{ $entry }")
plan-login-where-macos = el elemento de inicio "{ $entry }"
