### Palabras comunes: el nombre del idioma, los nombres de los idiomas,
### los lados y las extremidades, y cómo se escriben fechas y horas.
### El texto de origen es core/locales/en/common.ftl; los términos fijos
### están en docs/glossary/es.md.

## Este idioma

language-name = Español

language-called = { $tag ->
        [en] inglés
        [es] español
        [de] alemán
        [fr] francés
        [pt-BR] portugués de Brasil
        [zh-CN] chino simplificado
        [en-XA] pseudoinglés
       *[other] { $tag }
    }

## Lados. El adjetivo concuerda con el sustantivo: «la rodilla
## izquierda» (f), «el muslo izquierdo» (m). Un texto traducido del
## contenido pide la forma tras los dos puntos: {side:f}, {side:m}.

content-side = { $form ->
        [f] { $side ->
            [left] izquierda
           *[right] derecha
        }
       *[m] { $side ->
            [left] izquierdo
           *[right] derecho
        }
    }

side-of-limb = { $limb ->
        [leg] pierna { $side ->
            [left] izquierda
           *[right] derecha
        }
        [arm] brazo { $side ->
            [left] izquierdo
           *[right] derecho
        }
       *[side] lado { $side ->
            [left] izquierdo
           *[right] derecho
        }
    }

## Fechas y horas

# «lunes, 3 de marzo de 2026»
date-long = %A, %-d de %B de %Y
# «lun 3 mar»
date-short = %a %-d %b
# «3 de marzo»
date-day-month = %-d de %B
# «3 de marzo de 2026»
date-day-month-year = %-d de %B de %Y
# «3 mar», bajo el eje del tiempo de un gráfico
date-day-short-month = %-d %b
time-of-day = %H:%M
date-numeric = %x
date-and-time = { $date }, { $time }

## Duraciones y dosis, como las escriben las pantallas, la línea de
## órdenes y la hoja impresa.

# «45 s», «5 min», «5 min 12 s», «1 h 2 min».
duration = { $shape ->
        [h] { $hours } h
        [hm] { $hours } h { $minutes } min
        [hms] { $hours } h { $minutes } min { $seconds } s
        [hs] { $hours } h { $seconds } s
        [m] { $minutes } min
        [ms] { $minutes } min { $seconds } s
       *[s] { $seconds } s
    }

# La dosis de un ejercicio, tras su título: «mantén 15 s × 3»,
# «mantén 15 s × 2 cada pierna».
dose = { $limb ->
        [leg] mantén { $hold } × { $repetitions } cada pierna
        [arm] mantén { $hold } × { $repetitions } cada brazo
        [side] mantén { $hold } × { $repetitions } cada lado
       *[none] mantén { $hold } × { $repetitions }
    }

# Tras un número de repeticiones por lado («2 cada pierna»).
each-limb = { $limb ->
        [leg] cada pierna
        [arm] cada brazo
       *[side] cada lado
    }

# Cómo se recorren los lados, en la hoja impresa.
side-order-alternate = { $limb ->
        [leg] Alterna la pierna izquierda y la derecha, empezando por la izquierda.
        [arm] Alterna el brazo izquierdo y el derecho, empezando por el izquierdo.
       *[side] Alterna el lado izquierdo y el derecho, empezando por el izquierdo.
    }
side-order-in-turn = { $limb ->
        [leg] Todas con la pierna izquierda y después todas con la derecha.
        [arm] Todas con el brazo izquierdo y después todas con el derecho.
       *[side] Todas del lado izquierdo y después todas del derecho.
    }

## Intensidad y dosis

# El nombre de un nivel de intensidad (la intensidad: femenino).
intensity-name = { $level ->
        [gentle] Suave
        [strong] Intensa
       *[standard] Normal
    }

# Un valor de dosis fuera de los límites de Limber y el valor que se usa.
dose-clamped = { $whose ->
        [content] { $field ->
            [hold] El tiempo de mantener del ejercicio, { $requested } s, está fuera de { $low } s..{ $high } s; se usan { $used } s.
           *[repetitions] El número de repeticiones del ejercicio, { $requested }, está fuera de { $low }..{ $high }; se usan { $used }.
        }
       *[profile] { $field ->
            [hold] Tu tiempo de mantener, { $requested } s, está fuera de { $low } s..{ $high } s; se usan { $used } s.
           *[repetitions] Tu número de repeticiones, { $requested }, está fuera de { $low }..{ $high }; se usan { $used }.
        }
    }

## Archivos que guarda Limber (perfiles, planes, historial)

file-version-unknown = la versión de formato { $version } no la ha escrito nunca ningún Limber

## Paquetes de contenido: quién hizo un paquete.

pack-by = de { $author }
pack-version = versión { $version }
# `$date`: cuándo lo revisó por última vez un profesional sanitario.
pack-reviewed = revisado el { $date }
pack-from = Del paquete «{ $pack }»
pack-from-about = Del paquete «{ $pack }»: { $about }
pack-manifest-heading = Manifiesto del paquete { $file }:
pack-field-not-given = (no indicado)
pack-imported-heading = Paquetes importados ({ $folder }):
pack-about-nothing = sin autor, versión ni fecha de revisión
pack-imported-line = { $pack }: { $about }
pack-imported-line-routines = { $pack }: { $about }; rutinas: { $routines }
# `$field` es el nombre del campo tal como está en el archivo: no se traduce.
pack-field-too-long = `{ $field }` tiene más de { $max } caracteres
pack-field-control = `{ $field }` contiene un carácter de control (un salto de línea o similar)
pack-reviewed-invalid = `reviewed` es «{ $reviewed }»; escribe la fecha como AAAA-MM-DD, p. ej. «2025-06-02»
pack-manifest-too-large = el manifiesto ocupa más de { $kib } KiB

## Leer un archivo (contenido, paquetes, perfiles): qué falló.

file-unreadable = no se puede leer: { $error }
file-not-regular = no es un archivo normal
file-not-utf8 = no es texto UTF-8; los archivos RON deben guardarse en UTF-8
file-size = { $unit ->
        [mib] { $size } MiB
        [kib] { $size } KiB
       *[bytes] { $size } bytes
    }
file-kind-of = { $kind ->
        [folder] una carpeta
        [pipe] una tubería con nombre (FIFO)
        [device] un dispositivo
        [socket] un socket
       *[other] algo que no es un archivo
    }
file-not-read-kind = no se lee porque es { $kind }, no un archivo normal
file-larger-than-read = el archivo ocupa más de { $limit } (lo máximo que se lee para este tipo de archivo)
file-not-utf8-save = no es texto UTF-8; guarda el archivo en UTF-8
file-not-regular-remove = es { $kind }, no un archivo normal; elimínalo y vuelve a intentarlo

## Un archivo o carpeta que el sistema rechazó: qué hacía Limber con él.

io-failed = { $action ->
        [copying] al copiar { $path }: { $error }
        [creating] al crear { $path }: { $error }
        [creating-folder] al crear la carpeta { $path }: { $error }
        [deleting] al eliminar { $path }: { $error }
        [finding-a-free-name-in] al buscar un nombre libre en { $path }: { $error }
        [keeping-a-copy-of] al guardar una copia de { $path }: { $error }
        [keeping-aside] al apartar { $path }: { $error }
        [linking] al enlazar { $path }: { $error }
        [listing] al listar { $path }: { $error }
        [locking] al bloquear { $path }: { $error }
        [moving] al mover { $path }: { $error }
        [moving-aside] al mover a un lado { $path }: { $error }
        [moving-into-place] al colocar en su sitio { $path }: { $error }
        [opening] al abrir { $path }: { $error }
        [opening-lock-file] al abrir el archivo de bloqueo { $path }: { $error }
        [reading] al leer { $path }: { $error }
        [removing] al quitar { $path }: { $error }
        [renaming-into] al renombrar como { $path }: { $error }
        [replacing] al sustituir { $path }: { $error }
        [restoring] al restaurar { $path }: { $error }
        [syncing] al sincronizar { $path }: { $error }
        [writing] al escribir { $path }: { $error }
       *[other] { $path }: { $error }
    }

# Un paquete rechazado: siguen `$count` problemas, uno por línea.
pack-refused = { $count ->
        [one] { $pack } no se importó ({ $count } problema); no se copió nada:
       *[other] { $pack } no se importó ({ $count } problemas); no se copió nada:
    }

## Importar un paquete (`limber import`, Importar en Inicio)

pack-not-a-pack-file = un paquete es una carpeta o un archivo .zip
pack-no-content = no hay archivos en areas/, exercises/, routines/ ni poses/: esto no es un paquete de contenido de Limber
pack-clash = con tu contenido: { $problem }
pack-cannot-record = no se puede registrar el paquete: { $error }
pack-replaced-item = { $whose ->
        [shipped] { $kind ->
            [area] la zona incluida
            [exercise] el ejercicio incluido
            [routine] la rutina incluida
           *[pose] la postura incluida
        } «{ $title }» ({ $id })
       *[yours] { $kind ->
            [area] tu zona
            [exercise] tu ejercicio
            [routine] tu rutina
           *[pose] tu postura
        } «{ $title }» ({ $id })
    }
pack-replaced-file = tu archivo { $file }
pack-replaced = El paquete «{ $pack }» sustituyó { $items }.

## Exportar una rutina como paquete (`limber export-routine`, el editor)

pack-cannot-write-ron = no se puede escribir RON: { $error }
pack-picture-missing = ejercicio `{ $exercise }`: no se encuentra su imagen { $path }
pack-folder-not-empty = { $folder } no está vacía; elige una carpeta nueva para el paquete
pack-cannot-write = no se puede escribir { $file }: { $error }

## La ventana: su título y los nombres de las pantallas.

window-title-home = Limber
window-title = Limber — { $screen }
window-title-finish = Terminado
window-title-newer = Un perfil de un Limber más reciente
screen-home = Inicio
screen-routine = Rutina
# La pantalla que reproduce una rutina.
screen-player = Ejercicio
screen-finish = Final
screen-settings = Ajustes
screen-safety = Seguridad
screen-history = Historial
screen-exercises = Ejercicios
screen-plan = Plan
screen-newer = Perfil más reciente

## Controles de varias pantallas.

common-back = ← Atrás

## La lista de teclas (`?`).

keys-title = Teclas: { $screen }
keys-close = Cerrar
keys-help = Mostrar u ocultar esta lista de teclas
keys-back = Volver
# Lo que llevan impreso las teclas de un teclado español. «Page Up» se
# escribe con keys-page y keys-up: «Pág ↑» (en el teclado, «Re Pág»).
keys-esc = Esc
keys-enter = Intro
keys-space = Espacio
keys-delete = Supr
keys-shift = Mayús
keys-tab = Tab
keys-ctrl = Ctrl
keys-alt = Alt
keys-page = Pág
keys-up = ↑
keys-down = ↓
# Entre dos teclas que hacen lo mismo («Intro o Esc»).
keys-or = o

## La escala de dolor de 0 a 10 (Rutina, Final).

pain-scale-none = 0 = sin dolor
pain-scale-worst = 10 = el peor dolor imaginable

## Un paquete rechazado al descomprimirlo o copiarlo.

pack-path-problem = { $why ->
        [backslash] usa una barra invertida
        [nul] contiene un carácter NUL
        [parent] sale de la carpeta del paquete (`..`)
        [absolute] es una ruta absoluta
        [no-name] no tiene nombre
        [too-deep] está anidada a más de { $max } carpetas de profundidad
        [windows-character] tiene { $character }, que Windows no admite en un nombre
        [windows-end] termina en un punto o un espacio, que Windows elimina
       *[windows-device] usa { $stem }, un nombre de dispositivo en Windows
    }
pack-not-regular = no es un archivo normal
pack-zip-too-large = el zip ocupa { $size } MiB; los paquetes tienen un límite de { $max } MiB
pack-zip-unreadable = no es un archivo zip legible: { $error }
pack-zip-too-many = el zip contiene { $count } entradas; un paquete puede tener como máximo { $max }
pack-zip-duplicate = el zip nombra dos veces el mismo archivo
pack-entry-header = entrada { $index }: cabecera ilegible: { $error }
pack-entry-refused = { $name }: rechazado, { $why ->
        [path] la ruta { $reason }
        [link] es un enlace simbólico
        [special] no es un archivo ni una carpeta normal (un dispositivo, una tubería o un socket)
        [encrypted] está cifrado
        [too-large] ocupa { $size } MiB sin comprimir; un archivo puede ocupar como máximo { $max } MiB
        [too-large-file] ocupa { $size } MiB; un archivo puede ocupar como máximo { $max } MiB
        [twice] el mismo nombre dos veces
        [too-deep] anidado a más de { $max } carpetas de profundidad
       *[overflow] al descomprimirlo ocupa más de lo que dice su cabecera ({ $size } bytes): un zip dañado o malicioso
    }
pack-total-too-large = { $uncompressed ->
        [yes] los archivos suman { $size } MiB sin comprimir; un paquete puede ocupar como máximo { $max } MiB
       *[no] los archivos suman { $size } MiB; un paquete puede ocupar como máximo { $max } MiB
    }
pack-entry-unreadable = { $name }: no se puede leer: { $error }
pack-entry-extract = { $name }: no se puede extraer: { $error }
pack-entry-damaged = { $name }: dañado: { $error }
pack-unpacks-too-much = los archivos ocupan más de { $max } MiB al descomprimirlos
pack-folder-too-many = más de { $max } archivos y carpetas; un paquete puede tener como máximo { $max }
pack-file-changed = { $name }: cambió mientras se copiaba
