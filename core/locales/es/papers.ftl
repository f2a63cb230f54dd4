### La hoja de la rutina y el informe para la consulta (PDF).
###
### El texto de origen es core/locales/en/papers.ftl; los términos fijos
### están en docs/glossary/es.md.

## Guardar un documento desde la ventana: el diálogo, el formulario del
## informe en el historial y los avisos de después.

papers-save-sheet-title = Guardar la hoja de la rutina
papers-save-report-title = Guardar el informe para la consulta
papers-routine-gone = La rutina «{ $routine }» ya no está cargada.
# `$pages`: las páginas y el papel ya escritos («1 página, A4»).
papers-sheet-saved = Hoja de { $routine } guardada en { $path } ({ $pages }).
papers-report-saved = Informe para la consulta ({ $pages }) guardado en { $path }. { $headline }
papers-report-saved-csv = Informe para la consulta guardado como CSV en { $path }. { $headline }
papers-plan-left-out = El plan semanal queda fuera: { $reason }
papers-no-dialog = No se pudo abrir ningún diálogo para guardar en este escritorio. { $notice }
papers-not-saved = No se pudo guardar { $what ->
        [sheet] la hoja de la rutina
       *[report] el informe para la consulta
    }: { $reason }
papers-not-saved-stopped = No se pudo guardar { $what ->
        [sheet] la hoja de la rutina
       *[report] el informe para la consulta
    }: el trabajo se detuvo de forma inesperada.
# El botón del historial y su formulario.
papers-visit-report = Informe para la consulta…
papers-period = Periodo
papers-span-weeks = { $count } semanas
papers-span-six-months = 6 meses
papers-span-everything = Todo
papers-save-as = Guardar como
papers-format-pdf = PDF para imprimir
papers-format-csv = CSV para una hoja de cálculo
papers-period-summary = Del { $from } al { $to } · { $count ->
        [one] 1 sesión
       *[other] { $count } sesiones
    }
papers-save-report = Guardar informe…
# Los tipos de archivo del diálogo.
papers-file-kind-pdf = Documento PDF
papers-file-kind-csv = Hoja de cálculo CSV
papers-file-kind-calendar = Calendario

## La hoja de la rutina (`limber print`, Imprimir en la pantalla de la
## rutina): una rutina en papel, para seguirla en el suelo.

paper-sheet-title = { $routine } — hoja de ejercicios
paper-sheet-footer = { $routine } · { $who } · impresa el { $date }
paper-sheet-for = para { $profile }
# `$level` es el nombre de una intensidad.
paper-sheet-level-doses = dosis de nivel { $level }
paper-sheet-whose-profile = Ejercicios en casa para { $profile }
paper-sheet-whose-level = Ejercicios en casa en el nivel { $level }
paper-sheet-subtitle = { $exercises ->
        [one] { $whose } · { $date } · { $exercises } ejercicio, aprox. { $length } en total, en este orden
       *[other] { $whose } · { $date } · { $exercises } ejercicios, aprox. { $length } en total, en este orden
    }
paper-sheet-nothing-to-print = No se pudo cargar ninguno de los ejercicios de esta rutina, así que no hay nada que imprimir.
# Etiquetas en negrita antes de su texto (les sigue un espacio).
paper-sheet-left-out = Omitido por ahora:
paper-sheet-every-exercise = En todos los ejercicios:
paper-sheet-take-care = Precaución:
paper-sheet-tip = Consejo:
# `$variation` es el título de la versión, en minúsculas.
paper-sheet-variation = Versión, { $variation }:
paper-sheet-left-out-which = { $exercises } (porque dolió; consulta a tu fisioterapeuta antes de retomarlo).
# En lugar de una figura.
paper-sheet-no-picture = (sin imagen)
paper-sheet-picture-missing = (falta la imagen)
paper-sheet-level = Nivel { $level }
paper-sheet-level-own-values = Nivel { $level }, valores propios

## Todos los documentos

paper-page = Página { $page } de { $pages }
paper-pages = { $pages ->
        [one] { $pages } página, { $paper }
       *[other] { $pages } páginas, { $paper }
    }
paper-report-title = Informe para la consulta — { $profile }
paper-size-name = { $paper ->
        [a4] A4
       *[letter] Carta
    }
paper-missing-script = Ninguna fuente instalada en este equipo tiene letras { $script }, así que ese texto aparece como recuadros en el papel; se soluciona instalando una fuente que las tenga (como Noto Sans { $script }).
paper-is-folder = es una carpeta
paper-font-unreadable = no se pudo leer la fuente del papel
paper-bad-size = tamaño de página no válido: { $width }×{ $height }
paper-pdf-failed = no se pudo crear el PDF: { $reason }
paper-write-failed = no se pudo escribir { $path }: { $error }

# A heading of the routine sheet run on with its text (the safety box).
paper-section-heading = { $heading }:
