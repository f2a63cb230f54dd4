### Nueva rutina: el editor de rutinas.
###
### El texto de origen es core/locales/en/builder.ftl; los términos fijos
### están en docs/glossary/es.md.

## La pantalla del editor.

builder-title-new = Nueva rutina
builder-title-edit = Editar rutina

# El campo del nombre, su etiqueta y su texto de ejemplo.
builder-name = Nombre
builder-name-placeholder = Por ejemplo: Estiramiento de la mañana
# Un nombre pegado era demasiado largo; `$count` es el máximo de caracteres.
builder-name-cut = Un nombre tiene como máximo { $count } caracteres; se quitó el resto.
builder-your-routine = Tu rutina
# La rutina mientras no tiene ningún ejercicio.
builder-empty = Añade ejercicios de la lista de la derecha: haz clic en uno, o escribe parte de su nombre o de su zona y pulsa Intro.
# No se pudo añadir un ejercicio; `$reason` dice por qué (ya escrito).
builder-refused = { $exercise }: { $reason }
# Un valor ajustado a los límites del ejercicio; `$what` dice cuál.
builder-adjusted = { $exercise }: { $what }.
# Las herramientas de una fila.
builder-up = ↑ Subir
builder-down = ↓ Bajar
builder-remove = Quitar
# Una fila cuyo ejercicio ya no está en el contenido; `$exercise` es su id.
builder-exercise-gone = { $number }. «{ $exercise }» ya no está entre los ejercicios; quítalo para guardar.
# Bajo los selectores de una fila: lo que permite el ejercicio.
builder-suggested = Este ejercicio: mantener { $hold } s, { $repetitions }{ $per_side }
# Los valores propios del perfil mandan sobre los de la rutina.
builder-own-hold = Se usa tu propio tiempo de { $seconds } s, fijado en la pantalla de una rutina.
builder-own-repetitions = Se usan tus propias { $count } repeticiones, fijadas en la pantalla de una rutina.
# La lista de ejercicios que añadir.
builder-add-exercises = Añadir ejercicios
builder-search-placeholder = Buscar por nombre o zona
# `$query` es lo que se escribió.
builder-no-match = Ningún ejercicio coincide con «{ $query }».
builder-more-found = { $count } más: escribe más letras del nombre.
# En un ejercicio de la lista: ya está en la rutina, o para añadir.
builder-added = Añadido ✓
builder-add = + Añadir
# La línea de teclas de abajo, según dónde esté el teclado.
builder-keys-delete-question = Intro elimina · Esc la conserva
builder-keys-leave-question = Intro: seguir editando · Esc sale sin guardar
builder-keys-name = Escribe el nombre · Intro o Tab: a los ejercicios · Ctrl+S guarda · Esc: volver
builder-keys-library = Escribe para buscar · ↑ ↓ elegir · Intro añade · Tab: tu rutina · Ctrl+S guarda
builder-keys-routine = ↑ ↓ elegir · Alt+↑ ↓ mover · ← → tiempo · Mayús+← → repeticiones · V versión · Supr quita · Tab: Guardar
builder-keys-save = Intro guarda · Tab: el nombre · Esc: volver
builder-keys-delete = Intro: eliminar esta rutina… · Tab: el nombre · Esc: volver
builder-ask-delete = Eliminar rutina…
builder-save = Guardar rutina
builder-saving = Guardando…
# Antes de eliminar; `$planned` es `yes` si la rutina está en el plan semanal.
builder-delete-question = ¿Eliminar «{ $routine }»? Su recuadro desaparece de Inicio.{ $planned ->
        [yes] {" "}También sale de tu plan semanal.
       *[no] {""}
    } Se guarda una copia de su archivo en la carpeta .kept de tu carpeta de contenido, por si quieres recuperarla.
builder-delete = Eliminar rutina
builder-keep = Conservarla
builder-leave-question = ¿Salir sin guardar? Los cambios que hiciste aquí no se conservan.
builder-keep-editing = Seguir editando
builder-leave = Salir sin guardar
# El archivo cambió en el disco mientras el editor lo tenía abierto.
builder-changed-outside = El archivo de esta rutina cambió fuera del editor desde que lo abriste (en un editor de texto o en otra ventana de Limber). ¿Guardar tu versión encima (la otra se guarda en la carpeta .kept) o abrir la otra versión?
builder-save-over = Guardar la mía encima
builder-open-other = Abrir la otra versión
builder-deleted-outside = El archivo de esta rutina se eliminó fuera del editor desde que lo abriste.
builder-save-again = Guardarla de nuevo
builder-leave-deleted = Dejarla eliminada
# `$reason` dice por qué (ya escrito).
builder-not-saved = No se guardó: { $reason }

## La lista de teclas (?) del editor.

builder-key-tab = Siguiente lugar: nombre, ejercicios que añadir, tu rutina, Guardar
builder-key-back-tab = El lugar anterior
builder-key-choose = Elegir un ejercicio (en la lista o en tu rutina)
builder-key-enter = Añadir el ejercicio elegido; en Guardar, guardar
builder-key-move = Mover el ejercicio elegido antes o después
builder-key-remove = Quitar el ejercicio elegido
builder-key-save = Guardar la rutina
builder-key-back = Volver (pregunta antes si algo cambió)

## Guardar y eliminar (avisos; `$reason` dice por qué, ya escrito).

builder-not-started = No se pudo guardar la rutina: Limber no pudo empezar el trabajo.
builder-save-failed = No se guardó la rutina: { $reason }.
builder-delete-failed = No se eliminó «{ $routine }»: { $reason }.

## Las reglas del editor (sus mensajes vienen del núcleo): añadir un
## ejercicio, dosis ajustadas a lo que sugiere el ejercicio, el nombre.

builder-already-in = Ya está en la rutina.
builder-full = Una rutina tiene como máximo { $max } ejercicios.
# Una dosis ajustada al rango del ejercicio (`$low`–`$high`): era `$was`,
# ahora es `$now`.
builder-hold-adjusted = los { $was } s de mantener ahora son { $now } s, dentro de los { $low }–{ $high } s que sugiere
builder-repetitions-adjusted = las { $was } repeticiones ahora son { $now }, dentro de las { $low }–{ $high } que sugiere
# La descripción de una rutina guardada.
builder-description = { $count ->
        [one] { $count } ejercicio: { $exercises }.
       *[other] { $count } ejercicios: { $exercises }.
    }
builder-no-exercises = Añade al menos un ejercicio.
builder-missing = El ejercicio «{ $exercise }» ya no está entre los ejercicios; quítalo para guardar.
builder-name-empty = Ponle un nombre a la rutina.
builder-name-too-long = El nombre puede tener como máximo { $max } caracteres.
builder-name-no-letters = Usa al menos una letra o un número en el nombre.
builder-name-taken = Ya hay una rutina llamada «{ $title }». Elige otro nombre.

## The routine's file (`content/routines/<id>.ron`).

builder-file-header =
    Creada en el editor de rutinas de Limber por { $maker } el { $date }.
    Cada dosis es un solo valor, (n, n): el tiempo de mantener (segundos) y las
    repeticiones elegidas, iguales en todas las intensidades. Cámbiala en la app
    (Editar en su recuadro de Inicio) o aquí; `limber check` revisa esta carpeta.
builder-file-ron-failed = no se puede escribir el RON: { $error }
builder-file-changed = { $path } se modificó fuera del editor después de que lo abrieras
builder-file-gone = { $path } ya no existe
builder-file-not-this-routine = { $path } ya no contiene esta rutina
builder-file-not-own = { $path } no está en tu propia carpeta de contenido ({ $folder })
builder-file-no-free-id = todos los id que se forman con este nombre ya están en uso
