### `limber check`: problemas en el contenido y en las traducciones.
### El texto de origen es core/locales/en/check.ftl.

## `limber check --translations`: un bloque por idioma.

check-language = { $tag } ({ $name })

check-untranslated-messages = { $count ->
        [one] 1 de { $total } mensajes aún no está traducido
       *[other] { $count } de { $total } mensajes aún no están traducidos
    }: { $first }

check-untranslated-content = { $count ->
        [one] 1 de { $total } textos del contenido aún no está traducido
       *[other] { $count } de { $total } textos del contenido aún no están traducidos
    }: { $first }

check-language-summary = { $tag }: { $errors ->
        [one] 1 error
       *[other] { $errors } errores
    }, { $untranslated ->
        [one] 1 sin traducir
       *[other] { $untranslated } sin traducir
    }

## Problemas en una traducción del contenido (`translations/<idioma>/…`).

check-translation-unknown-item = no hay { $kind ->
        [area] ninguna zona
        [exercise] ningún ejercicio
        [routine] ninguna rutina
       *[other] ningún { $kind }
    } `{ $id }` que traducir
check-translation-unknown-step = el ejercicio `{ $exercise }` no tiene ningún paso «{ $step }»; nombra cada paso por su título en inglés (o `#2` para el segundo paso)
check-translation-ambiguous-step = el ejercicio `{ $exercise }` tiene { $count } pasos llamados «{ $step }»; indica cuál por su número (`#{ $first }`)
check-translation-unknown-variation = el ejercicio `{ $exercise }` no tiene ninguna versión «{ $variation }»
check-translation-placeholders = { $field } tiene { $found } donde el texto inglés tiene { $expected }: conserva los mismos marcadores ({"{"}side{"}"}, {"{"}other{"}"})
check-translation-count = { $field } tiene { $found } elementos; el texto inglés tiene { $expected }
check-translation-empty = { $field } está vacío; omítelo para usar el texto inglés
check-translation-language = `{ $folder }` no es una etiqueta de idioma (como `es` o `pt-BR`)
check-translation-english = translations/en no se lee: el inglés es el idioma propio del contenido
check-placeholder-none = ningún marcador
check-translation-no-source = { $field }: el texto inglés no tiene ninguno que traducir
check-translation-control = { $field } contiene un carácter de control
check-translation-misplaced = no se carga: una traducción va en translations/<idioma>/areas/, exercises/ o routines/
check-translation-unknown-spoken = la versión «{ $variation }» no dice nada propio en inglés para el paso «{ $step }», así que no hay nada que traducir

## Lo que `limber check` (y la carga del contenido) dice de los archivos y
## carpetas del contenido. Los nombres de campos (`title`), de carpetas
## (areas/) y de tipos de archivo (.ron) se dejan tal cual: son lo escrito.

content-file-misplaced = no se carga: los archivos RON van directamente en areas/, exercises/, routines/ o poses/
content-file-unexpected = archivo inesperado en { $folder }/: ahí solo van archivos .ron (e imágenes)
content-folder-unreadable = no se puede leer la carpeta: { $error }
content-too-many-files = más de { $max } archivos; el resto no se ha revisado
content-file-too-large = el archivo ocupa más de { $limit }, el límite para los archivos del contenido
content-text-too-long = { $what } tiene { $length } caracteres; el máximo es { $max }
content-too-many-entries = `{ $field }` tiene { $count } elementos; el máximo es { $max }
content-step-field = paso { $step }: `{ $field }`
content-variation-field = versión { $variation }: `{ $field }`

## Lo que dice `limber check` de un archivo de zona, ejercicio o rutina.
## Los nombres de campos (`hold_seconds`), los ids, los papeles de los
## pasos (Setup, Move, Hold, Release) y la sintaxis RON (`sides: None`) se
## dejan como están: es lo que escribe el autor.

content-id-empty = { $kind ->
        [area] el id de la zona está vacío
        [exercise] el id del ejercicio está vacío
       *[routine] el id de la rutina está vacío
    }
content-id-not-kebab = el id { $kind ->
        [pose] de postura
        [area] de zona
        [exercise] de ejercicio
       *[routine] de rutina
    } `{ $id }` no está en kebab-case: usa minúsculas, cifras y guiones sueltos, p. ej. `knee-to-chest`
content-id-too-long = el id { $kind ->
        [pose] de postura
        [area] de zona
        [exercise] de ejercicio
       *[routine] de rutina
    } `{ $id }` tiene más de { $max } caracteres
content-field-empty = `{ $field }` está vacío
content-range = { $problem ->
        [inverted] `{ $field }` ({ $low }, { $high }) está al revés: escribe primero el número menor, ({ $high }, { $low })
        [empty] `{ $field }` ({ $low }, { $high }) está vacío: no admite nada más que 0
        [zero] `{ $field }` empieza en 0; el valor mínimo razonable es { $unit ->
            [seconds] 1 segundo
           *[repetitions] 1 repetición
        }
       *[too-high] `{ $field }` llega hasta { $high } { $unit ->
            [seconds] segundos
           *[repetitions] repeticiones
        }; una dosis puede tener como máximo { $max } { $unit ->
            [seconds] segundos
           *[repetitions] repeticiones
        }
    }
content-transition-too-long = `{ $field }` es { $value }; lo máximo que se acepta son { $max } segundos
content-step-order = { $problem ->
        [setup-late] el paso { $number } es una tarjeta Setup después del movimiento
        [second-move] el paso { $number } es un segundo Move
        [move-late] el paso { $number } es un Move después del Hold
        [second-hold] el paso { $number } es un segundo Hold
        [release-early] el paso { $number } es un Release antes del Hold
       *[second-release] el paso { $number } es un segundo Release
    }; el orden de los pasos es: primero las tarjetas Setup, luego como mucho un Move, exactamente un Hold y como mucho un Release
content-step-no-hold = el ejercicio no tiene ningún paso Hold; el orden de los pasos es: primero las tarjetas Setup, luego como mucho un Move, exactamente un Hold y como mucho un Release
content-image-not-shipped = la imagen `{ $path }` no está en el contenido incluido
content-image-not-found = no se encuentra la imagen `{ $path }` (se buscó { $looked })
content-image-not-file = la imagen `{ $path }` no es un archivo
content-image-outside = la imagen `{ $path }` enlaza con un archivo fuera de la carpeta de contenido
content-image-too-large = la imagen `{ $path }` ocupa más de { $limit }, el límite para las imágenes { $kind }
content-image-path-empty = la ruta de la imagen está vacía
content-image-path-backslash = la ruta de imagen `{ $path }` contiene `\`; usa `/` entre carpetas para que el contenido funcione en cualquier sistema
content-image-path-absolute = la ruta de imagen `{ $path }` es absoluta; escríbela relativa a la carpeta de contenido, p. ej. `images/knee.png`
content-image-path-parent = la ruta de imagen `{ $path }` usa `..`; las imágenes deben estar dentro de la carpeta de contenido
content-image-path-rooted = la ruta de imagen `{ $path }` es absoluta; escríbela relativa a la carpeta de contenido
content-image-kind = la imagen `{ $path }` no es un archivo PNG, JPEG ni SVG
content-pose-id-empty = el id de la postura está vacío
content-highlight-empty = `highlight` es una lista vacía, así que no se resalta nada en la figura; nombra una o más partes del cuerpo: { $parts }
content-areas-empty = `areas` está vacío: el ejercicio solo aparece en las rutinas que lo nombran
content-limb-without-sides = `limb` solo cambia las palabras de un ejercicio por lados, y este no tiene `sides`
content-caution-empty = una precaución está vacía
content-tip-empty = un consejo está vacío
content-step-field-empty = paso { $step }: `{ $field }` está vacío
content-step-field-empty-optional = paso { $step }: `{ $field }` está vacío; mejor quítalo
content-variation-empty = variante { $variation }: `title` y `text` no pueden estar vacíos
content-variation-unknown-step = variante { $variation }: `spoken` nombra el paso "{ $step }", que este ejercicio no tiene; usa el título de un paso: { $titles }
content-placeholder-unknown = `{ $token }` no es un marcador que Limber conozca; escribe `{"{"}side{"}"}` para el lado que se trabaja o `{"{"}other{"}"}` para el otro
content-placeholder-unsided = `{ $token }` necesita un ejercicio por lados; este tiene `sides: None`
content-switch-sides-unsided = `switch_sides` es para un ejercicio por lados; este tiene `sides: None`
content-routine-empty = la rutina no tiene ejercicios
content-control-character = `{ $field }` contiene un carácter de control ({ $code }); el texto puede llevar letras, espacios y tabuladores, no saltos de línea ni códigos de terminal
content-id-control-character = `{ $field }` "{ $id }" contiene un carácter de control; los ids son minúsculas, cifras y guiones
content-in-step = paso { $step }: { $message }
content-in-variation = variante { $variation }: { $message }
content-variation-pose-control = variante { $variation }: un id de postura en `poses` contiene un carácter de control
content-not-loaded = { $kind ->
        [pose] la postura
        [exercise] el ejercicio
       *[area] la zona
    } `{ $id }` no se cargó por sus propios problemas
content-unknown = { $kind ->
        [pose] postura desconocida
        [exercise] ejercicio desconocido
       *[area] zona desconocida
    } `{ $id }`
content-movement-fault = el paso { $step } ({ $role }) lleva la figura de la postura `{ $from }` a `{ $to }`: al { $percent } % del recorrido, { $finding }
content-variation-pose-unused = la variante `{ $variation }` sustituye la postura `{ $pose }`, que ningún paso de este ejercicio dibuja
content-user-folder-unreadable = no se puede leer la carpeta de contenido del usuario: { $error }
content-folder-unreadable-whole = no se puede leer la carpeta de contenido: { $error }
content-more-problems = { $count ->
        [one] … y 1 problema más en este archivo
       *[other] … y { $count } problemas más en este archivo
    }
content-duplicate-id = id { $kind ->
        [area] de zona
        [exercise] de ejercicio
        [routine] de rutina
       *[pose] de postura
    } `{ $id }` repetido: { $first } ya lo define (los ids deben ser únicos dentro de una carpeta; este archivo se omite)
content-this-file = este archivo
content-another-file = otro archivo
content-using-earlier = se usa { $kind ->
        [area] la zona
        [exercise] el ejercicio
       *[routine] la rutina
    } `{ $id }` anterior, de { $file }
content-image-placeholder = la imagen `{ $path }` no se puede mostrar (la aplicación dibuja un marcador de posición): { $problem }

## Problemas en el catálogo de un idioma (`limber check --translations`).

catalogue-missing-reference = `{ $id }` remite al mensaje `{ $base }`, que `{ $tag }` no tiene (una referencia solo encuentra mensajes del mismo idioma)
catalogue-missing-term = `{ $id }` usa el término `-{ $term }`, que `{ $tag }` no define (los términos son propios de cada idioma)
catalogue-not-english = `{ $id }` no es un mensaje en inglés: una errata, o uno que el inglés ya no tiene
catalogue-extra-variable = `{ $id }` usa `${ $variable }`, que el mensaje en inglés no da ({ $given })
catalogue-variables-given = { $count ->
        [0] no da ninguna
       *[other] da { $names }
    }
catalogue-extra-attribute = `{ $id }` tiene el atributo `.{ $attribute }`, que el inglés no tiene
catalogue-other-file = `{ $id }` está en { $file } en inglés: déjalo en el mismo archivo
catalogue-defined-twice = `{ $id }` ya está definido en { $file } (se usa el primero)

## Poses, pictures and SVG files (`core/src/figure`).

figure-decimal-mark = {","}
figure-highlight-not-region = `highlight` es una parte del cuerpo o una lista de ellas, por ejemplo `LowerBack` o `[Neck, Shoulders]`; las partes del cuerpo son: { $parts }
figure-not-a-body-part = `{ $name }` no es una parte del cuerpo que la figura conozca; las partes del cuerpo son: { $parts }
figure-render-bad-size = el tamaño de imagen { $width }×{ $height } no está permitido (cada lado debe medir 1 ..= { $max } píxeles)
figure-render-encode = no se pudo codificar el PNG: { $error }
figure-render-bad-id = el id de postura `{ $pose }` no se puede usar como nombre de archivo
figure-render-write = no se pudo escribir { $path }: { $error }
figure-pose-not-finite = postura `{ $pose }`: { $field } no es un número finito
figure-pose-turns = postura `{ $pose }`: { $field } = { $value } grados es más de dos vueltas completas
figure-pose-pelvis-height = postura `{ $pose }`: pelvis.height = { $value } está fuera de 0 ..= { $max } unidades de cabeza
figure-pose-shoulder-blades = postura `{ $pose }`: shoulder_blades = { $value } está fuera de -1 ..= 1 (de totalmente atrás a totalmente adelante)
figure-pose-raised = postura `{ $pose }`: raised = { $value } está fuera de 0 ..= { $max } grados
figure-pose-turned = postura `{ $pose }`: turned = { $value } está fuera de 0 ..= { $max } grados (desde el lado cercano) y { $far } ..= 180 (desde el lado lejano)
figure-pose-side-view-only = postura `{ $pose }`: { $field } solo sirve para la vista lateral
figure-pose-empty-id = una postura tiene el id vacío
figure-image-outside = { $path }: la imagen está fuera de la carpeta de contenido { $folder }
figure-image-unreadable = { $path }: no se puede leer la imagen: { $error }
figure-image-file-too-large = { $path }: el archivo ocupa más de { $limit } (el límite para imágenes { $kind })
figure-image-unsupported = { $path }: solo se admiten imágenes PNG, JPEG y SVG (según la extensión del archivo)
figure-image-not-in-content = { $path }: la imagen no está en el contenido
figure-image-too-many-pixels = { $path }: la imagen es demasiado grande (como máximo { $side }×{ $side } píxeles y { $size } descomprimida): { $reason }
figure-image-damaged = { $path }: la imagen está dañada o no es lo que dice su nombre: { $reason }
figure-image-svg = { $path }: el SVG no se puede mostrar: { $reason }
figure-image-declares = declara { $width }×{ $height } píxeles

## What is wrong with a pose.

figure-in-pose = postura `{ $pose }`: { $finding }
figure-part = { $part ->
        [pelvis] la pelvis
        [upper-back] la parte alta de la espalda
        [lower-back] la zona lumbar
        [trunk] el tronco
        [neck] el cuello
        [head] la cabeza
        [shoulders] los hombros
        [chest] el pecho
        [left-upper-arm] el brazo izquierdo
        [right-upper-arm] el brazo derecho
        [left-forearm] el antebrazo izquierdo
        [right-forearm] el antebrazo derecho
        [left-hand] la mano izquierda
        [right-hand] la mano derecha
        [left-thigh] el muslo izquierdo
        [right-thigh] el muslo derecho
        [left-shin] la espinilla izquierda
        [right-shin] la espinilla derecha
        [left-foot] el pie izquierdo
        [right-foot] el pie derecho
        [left-leg] la pierna izquierda
        [right-leg] la pierna derecha
        [left-knee] la rodilla izquierda
        [right-knee] la rodilla derecha
        [left-heel] el talón izquierdo
        [right-heel] el talón derecho
        [left-toes] los dedos del pie izquierdo
        [right-toes] los dedos del pie derecho
        [left-shoulder] el hombro izquierdo
        [right-shoulder] el hombro derecho
        [left-elbow] el codo izquierdo
        [right-elbow] el codo derecho
        [left-wrist] la muñeca izquierda
        [right-wrist] la muñeca derecha
        [left-hip] la cadera izquierda
        [right-hip] la cadera derecha
        [left-ankle] el tobillo izquierdo
        [right-ankle] el tobillo derecho
       *[other] { $part }
    }
figure-below-floor = { $part } está { $depth } unidades de cabeza por debajo del suelo
figure-contact-above = { $part } { $key ->
        [shoulders] deberían
        [left-toes] deberían
        [right-toes] deberían
       *[other] debería
    } apoyarse en el suelo (contacts), pero { $key ->
        [shoulders] están
        [left-toes] están
        [right-toes] están
       *[other] está
    } { $above } unidades de cabeza por encima
figure-range = { $part } ({ $field }{ $solved ->
        [yes] { " " }(calculado a partir de `{ $from }`)
       *[no] {""}
    }) tiene { $how ->
        [back] una extensión hacia atrás de { $angle }°
       *[forward] una flexión de { $angle }°
    }, fuera del rango de movimiento { $joint ->
        [shoulder] del hombro
        [elbow] del codo
        [wrist] de la muñeca
        [hip] de la cadera
        [knee] de la rodilla
        [ankle] del tobillo
        [trunk] del tronco
        [neck] del cuello
       *[other] de { $joint }
    }, de { $back }° hacia atrás a { $forward }° hacia delante
figure-not-met = { $from }: no se cumple { $place }: { $detail }
figure-not-met-both = { $from }: no se cumple { $place }: { $first }; { $second }
figure-hand-away = la mano { $side ->
        [left] izquierda
       *[right] derecha
    } está a { $by } unidades de cabeza { $target ->
        [knee] de la rodilla { $leg ->
        [left] izquierda
       *[right] derecha
    }
        [shin] de la espinilla { $leg ->
        [left] izquierda
       *[right] derecha
    }, justo debajo de la rodilla
        [thigh] del muslo { $leg ->
        [left] izquierdo
       *[right] derecho
    }
        [ankle] del tobillo { $leg ->
        [left] izquierdo
       *[right] derecho
    }
        [leg] de la pierna { $leg ->
        [left] izquierda
       *[right] derecha
    }, más allá de la rodilla
       *[chest] del pecho
    }
figure-hand-behind-back = la mano { $side ->
        [left] izquierda
       *[right] derecha
    } está detrás de la espalda
figure-hand-above-floor = la mano { $side ->
        [left] izquierda
       *[right] derecha
    } está { $by } unidades de cabeza por encima del suelo
figure-hand-from-hip = la mano { $side ->
        [left] izquierda
       *[right] derecha
    } está a { $by } unidades de cabeza de la cadera
figure-forearm-above-floor = el antebrazo { $side ->
        [left] izquierdo
       *[right] derecho
    } está { $by } unidades de cabeza por encima del suelo
figure-elbow-off-shoulder = el codo { $side ->
        [left] izquierdo
       *[right] derecho
    } está { $by } unidades de cabeza { $where ->
        [ahead] por delante del
       *[behind] por detrás del
    } hombro
figure-foot-end-above-floor = { $end ->
        [heel] el talón { $side ->
        [left] izquierdo
       *[right] derecho
    } está
       *[toes] los dedos del pie { $side ->
        [left] izquierdo
       *[right] derecho
    } están
    } { $by } unidades de cabeza por encima del suelo
figure-heel-above-floor = el talón { $side ->
        [left] izquierdo
       *[right] derecho
    } está { $by } unidades de cabeza por encima del suelo
figure-toes-above-floor = los dedos del pie { $side ->
        [left] izquierdo
       *[right] derecho
    } están { $by } unidades de cabeza por encima del suelo
figure-foot-from-thigh = el pie { $side ->
        [left] izquierdo
       *[right] derecho
    } está a { $by } unidades de cabeza del muslo { $other ->
        [left] izquierdo
       *[right] derecho
    }
figure-feet-apart = los pies están a { $by } unidades de cabeza uno del otro
figure-foot-own-thigh = { $from }: un pie no puede apoyarse en su propio muslo; el pie { $side ->
        [left] izquierdo
       *[right] derecho
    } va contra el muslo { $other ->
        [left] izquierdo
       *[right] derecho
    }
figure-hands-twice = indica las dos manos con `hands`, o cada una con `left_hand` y `right_hand`, pero no las dos cosas
figure-feet-twice = indica los dos pies con `feet`, o cada uno con `left_foot` y `right_foot`, pero no las dos cosas
figure-feet-both-thighs = los dos pies no pueden apoyarse a la vez contra el muslo contrario; usa `left_foot` o `right_foot`
figure-limb-unplaced = falta `{ $field }` y nada coloca { $limb ->
        [arm] el brazo { $side ->
        [left] izquierdo
       *[right] derecho
    }
       *[leg] la pierna { $side ->
        [left] izquierda
       *[right] derecha
    }
    }: escríbelo, o indica con `{ $place_field }` dónde va { $limb ->
        [arm] la mano
       *[leg] el pie
    }
figure-leg-bend-unknown = { $from } coloca el pie { $side ->
        [left] izquierdo
       *[right] derecho
    }, pero no cómo se dobla la pierna para llegar ahí: escribe `{ $field }` (la cadera o la rodilla)

## Why an SVG file is refused.

figure-svg-place = línea { $line }, columna { $column }
figure-svg-library-failed = la biblioteca SVG falló al { $doing ->
        [reading] leerlo
       *[drawing] dibujarlo
    } ({ $cause }); el archivo se rechaza
figure-svg-not-drawable = no es una imagen que usvg pueda dibujar: { $error }
figure-svg-canvas = no se puede dibujar a { $width }×{ $height } píxeles
figure-svg-compressed = está comprimido (SVGZ); guárdalo como SVG sin comprimir (un archivo comprimido podría descomprimirse a cualquier tamaño)
figure-svg-not-utf8 = no es texto UTF-8
figure-svg-entities = declara entidades XML (`<!ENTITY` en { $place }), que pueden crecer hasta cualquier tamaño; vuelve a exportarlo sin DTD
figure-svg-too-deep = los elementos se anidan a más de { $max } niveles (en { $place }); reduce los grupos
figure-svg-too-many-nodes = tiene más de { $max } nodos XML; simplifica el dibujo
figure-svg-not-xml = no es un SVG (XML) válido: { $error }
figure-svg-outside-url = `url({ $url })` remite a otro archivo; solo se siguen las referencias dentro del SVG (`url(#id)`)
figure-svg-link = enlaza a otro archivo (`{ $href }` en { $place }); los enlaces no se siguen: incrusta la imagen en el SVG
figure-svg-import = su hoja de estilo importa otro archivo (en { $place })
figure-svg-sheet-markers = su hoja de estilo define marcadores (en { $place }); pon marker-start/-mid/-end en las formas
figure-svg-at = { $reason } (en { $place })
figure-svg-loop = sus referencias forman un bucle (en { $place })
figure-svg-too-many-instances = sus referencias (`<use>`, marcadores, patrones…) dibujarían más de { $max } elementos (en { $place })
figure-svg-references-too-deep = sus referencias se anidan a más de { $max } niveles (en { $place })
figure-svg-data-malformed = la URL de datos en { $place } está mal formada
figure-svg-data-undecodable = la URL de datos en { $place } no se puede decodificar
figure-svg-embedded-too-large = la imagen incrustada en { $place }: { $reason }
figure-svg-embedded-damaged = la imagen incrustada en { $place } está dañada: { $error }
figure-svg-embedded-total = las imágenes incrustadas ocupan juntas más de { $size } descomprimidas (en { $place })
figure-svg-embedded-svg = el SVG incrustado en { $place }: { $reason }
figure-svg-embedded-kind = la imagen incrustada en { $place } es `{ $mime }`; solo se pueden incrustar PNG, JPEG y SVG
figure-svg-reencode = no se puede volver a codificar una imagen incrustada: { $error }
figure-svg-layers = para dibujarlo harían falta más de { $size } de capas a la vez; simplifica los efectos (opacidad, máscaras, filtros, patrones)
figure-svg-pattern = un mosaico de patrón se dibujaría con más de { $millions } millones de píxeles; haz el patrón más pequeño
figure-svg-too-slow = dibujarlo llevaría demasiado tiempo (más de { $millions } millones de operaciones de píxel); simplifica el dibujo
