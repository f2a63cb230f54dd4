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
