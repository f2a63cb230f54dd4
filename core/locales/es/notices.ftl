### Avisos: la franja de la ventana y los mensajes que las órdenes escriben en stderr.
###
### El texto de origen es core/locales/en/notices.ftl; los términos fijos
### están en docs/glossary/es.md.

## La franja de arriba de la ventana.

# El botón que cierra un aviso.
notices-dismiss = Cerrar
# Bajo los cuatro primeros avisos; `$count` es cuántos más hay.
notices-more = { $count ->
        [one] … y 1 más
       *[other] … y { $count } más
    }
# Limber se inició con `--routine` y una rutina que no existe.
notices-no-such-routine = No hay ninguna rutina «{ $routine }». Rutinas conocidas: { $known }.
# Un archivo del contenido cambió en el disco durante una rutina.
notices-content-changed-during-routine = El contenido cambió en el disco. Esta rutina sigue tal como empezó; la próxima usará el cambio.
# No se pueden vigilar las carpetas del contenido; `$error` es el motivo.
notices-content-not-watched = Los cambios en las carpetas del contenido no se detectan mientras Limber está abierto: { $error }
# Se pidió editar una rutina que vino con Limber o con un paquete.
notices-routine-not-editable = «{ $routine }» no se puede cambiar aquí: solo se pueden cambiar las rutinas que creaste con Nueva rutina.
# Al guardar encima de un archivo de rutina que cambió en el disco.
notices-routine-on-disk-kept = La versión de la rutina que estaba en el disco se guarda en { $path }.
# Se eliminó una rutina propia.
notices-routine-deleted-kept = Se eliminó «{ $routine }». Su archivo se guarda en { $path }.
# Tras guardar el editor, otro archivo del contenido tiene un problema.
notices-content-problem = Un archivo del contenido tiene un problema (el resto se ha cargado): { $problem }
# El editor no puede guardar sin carpeta de datos.
notices-no-content-folder = Las rutinas se guardan en tu carpeta de contenido, y Limber funciona sin ninguna (sin carpeta de datos).
# Un archivo del contenido guardado con Limber abierto tiene un error.
notices-content-change-not-loaded = Tu cambio no se cargó; el contenido se queda como estaba hasta que se corrija esto: { $problem }{ $more ->
        [0] {""}
        [one] {" "}(y 1 problema más)
       *[other] {" "}(y { $more } problemas más)
    }
# El hilo del almacén de perfiles terminó.
notices-store-stopped = el almacén de perfiles dejó de funcionar; los cambios no se guardan
# Se pidió como imagen una ilustración que no es un archivo de imagen.
notices-not-an-image = no es una imagen

## Por qué no se pudo abrir la ventana (en stderr tras «limber: »).

notices-store-not-started = no se pudo iniciar el almacén de perfiles: { $reason }
notices-no-window = no se pudo abrir una ventana: { $reason }
notices-window-refused = el sistema de ventanas lo rechazó
notices-no-display = no hay pantalla: no están definidas ni DISPLAY (X11) ni WAYLAND_DISPLAY (Wayland)

## Lo que Limber dice cuando siguió adelante pero apartó algo, lo dejó
## como estaba o lo ajustó. Con calma: los datos de la persona nunca se
## pierden. `$kind` es el tipo de archivo (profile-list, profile, history,
## plan, reminders) y `$kind_name` su nombre según `notice-file-kind`.
## «Tu archivo de …» sirve para todos, así que no hace falta elegir.

notice-file-kind = { $kind ->
        [profile-list] lista de perfiles
        [profile] perfil
        [history] historial
        [plan] plan
       *[reminders] recordatorios
    }
notice-file-kept-aside = Tu archivo de { $kind_name } { $file } no se podía leer ({ $reason }); se guardó como { $kept_as } y se usan los valores predeterminados.
notice-newer-version = Tu archivo de { $kind_name } { $file } lo escribió una versión más reciente de Limber (formato { $found }; esta versión lee hasta el { $supported }). Se deja intacto y esta versión no lo modificará.
# Un ajuste (`$what`, su nombre) fuera de sus límites.
notice-adjusted = { $what }: { $requested } está fuera de { $min }–{ $max }; se usa { $used }.
notice-profile-gone = El perfil «{ $name }» se eliminó en otra ventana; ahora se usa «{ $using }».
notice-value-replaced = { $what }: `{ $written }` en tu archivo de perfil no se puede usar; se usa el valor predeterminado.
notice-records-set-aside = { $lost ->
        [one] No se pudo leer { $lost } entrada de tu archivo de { $kind_name } { $file } ({ $problem }); se conservan las otras { $kept }. El archivo se deja como estaba.
       *[other] No se pudieron leer { $lost } entradas de tu archivo de { $kind_name } { $file } ({ $problem }); se conservan las otras { $kept }. El archivo se deja como estaba.
    }
notice-records-set-aside-copy = { $lost ->
        [one] No se pudo leer { $lost } entrada de tu archivo de { $kind_name } { $file } ({ $problem }); se conservan las otras { $kept }. El archivo tal como estaba se guarda como { $kept_as }.
       *[other] No se pudieron leer { $lost } entradas de tu archivo de { $kind_name } { $file } ({ $problem }); se conservan las otras { $kept }. El archivo tal como estaba se guarda como { $kept_as }.
    }
notice-copy-kept = Tu archivo de { $kind_name } { $file } no se pudo leer exactamente como estaba escrito; el archivo tal como estaba se guarda como { $kept_as }.
notice-read-only-folder = Limber no puede escribir en su carpeta de datos { $folder } ({ $reason }): tus perfiles y tu historial se muestran tal como están, y los cambios no se guardan.

## Lo que no se pudo hacer con los datos de la persona (errores del
## almacén de perfiles, en la línea de órdenes y en la ventana).

store-no-data-dir = no se encuentra ninguna carpeta para los datos de Limber en este sistema; indica --data-dir DIR o define LIMBER_DATA_DIR
store-cannot-serialize = no se puede escribir { $file }: { $message }
store-newer-version = { $file } lo escribió una versión más reciente de Limber (formato { $found }; esta versión lee hasta el { $supported }); se deja intacto
store-unknown-profile = no hay ningún perfil con el id «{ $id }» (puede que se eliminara en otra ventana)
store-no-such-name = no hay ningún perfil llamado «{ $name }»; perfiles: { $known }
store-invalid-name = «{ $name }» no puede ser un nombre de perfil: { $reason }
store-name-taken = ya existe un perfil llamado «{ $name }»
store-read-only-folder = no se puede escribir en { $folder } ({ $reason }); los cambios no se guardan

## Los nombres de los ajustes de un archivo de perfil, como los nombran
## los avisos de arriba (`$what`).

profile-field = { $field ->
        [profile-id] Id del perfil
        [profile-name] Nombre del perfil
        [safety-screen-seen] Pantalla de seguridad vista
        [exercises-left-out] Ejercicios omitidos
        [volume-percent] Volumen (porcentaje)
        [voice-volume-percent] Volumen de la voz (porcentaje)
        [rest-time-seconds] Tiempo de descanso (segundos)
        [spoken-coach] Guía por voz
        [countdown] Cuenta atrás
        [ticks] Tictac
        [sounds] Sonidos
        [get-ready-time-seconds] Tiempo de preparación (segundos)
        [setup-card-read-time-seconds] Tiempo para leer la posición inicial (segundos)
        [theme] Tema
        [text-size] Tamaño del texto
        [voice] Voz
        [speaking-speed-percent] Velocidad de la voz (porcentaje)
        [language] Idioma
       *[full-screen-during-routines] Pantalla completa durante las rutinas
    }
# Lo que la persona eligió para un ejercicio (`$exercise`, su id).
profile-field-choice = Tu elección para { $exercise }

# Por qué un nombre de perfil no sirve (tras `store-invalid-name`).
profile-name-empty = el nombre está vacío
profile-name-too-long = el nombre tiene más de { $max } caracteres
profile-name-control = el nombre contiene caracteres de control

## Qué fallaba en un archivo de historial. `$line` es un número de línea;
## `$problem`, las palabras de un lector (en inglés).

history-file-not-whole = el archivo no se puede leer entero: { $error }
history-file-no-list = no hay ninguna lista de sesiones en el archivo
history-file-text-after-end = línea { $line }: texto después del final del historial
history-file-cut-short = el archivo termina antes de su `])` de cierre: puede que se cortara
history-file-line = línea { $line }: { $problem }
history-file-line-unreadable = línea { $line }: no se pudo leer
history-file-session = sesión { $session } del archivo: { $problem }
history-file-list-end = línea { $line }: la lista de sesiones termina con `{ $found }` en lugar de `]`
history-file-ends-inside = el archivo termina dentro de su lista de sesiones: puede que se cortara
history-file-text-after-list = línea { $line }: texto después de la lista de sesiones

# Una vez, cuando el idioma en uso necesita letras que no tiene ninguna
# fuente de este equipo. $script: el nombre inglés de la escritura («Han»);
# $language: el nombre del idioma en sí mismo («简体中文»).
notices-no-font = Ninguna fuente de este equipo tiene letras { $script }, así que las palabras en { $language } se ven como cuadros. Instala una fuente que las tenga (para el chino, Noto Sans CJK: el paquete fonts-noto-cjk en Debian y Ubuntu) y vuelve a abrir Limber.

## El almacén de perfiles e historial.

profile-default-name = Yo
profile-opened-read-only = abierto solo para lectura
profile-folder-read-only = no se puede escribir en la carpeta de datos { $folder } ({ $reason })
profile-newer-format = el perfil "{ $profile }" se guardó con una versión más reciente de Limber (formato { $format })
profile-left-in-place = { $reason }; se deja donde está: { $folder_reason }
profile-unknown-format = la versión de formato { $version } no es ninguna que Limber haya escrito
profile-not-utf8 = no es texto UTF-8
profile-setting-hold = Tiempo de mantener de { $exercise } (segundos)
profile-setting-repetitions = Repeticiones de { $exercise }
profile-setting = { $setting ->
        [volume] Volumen (porcentaje)
        [get-ready] Tiempo para prepararse (segundos)
        [rest] Tiempo de descanso (segundos)
        [setup-read] Tiempo de lectura de las tarjetas de preparación (segundos)
        [speech-rate] Velocidad de la voz (porcentaje)
       *[speech-volume] Volumen de la voz (porcentaje)
    }
profile-pain-before = Dolor antes
profile-pain-after = Dolor después
notices-cannot-watch = no se pueden vigilar los cambios en { $path }: { $error }
