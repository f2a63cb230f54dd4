### Palabras comunes: el nombre del idioma, los lados y las fechas.
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
time-of-day = %H:%M
date-numeric = %x
date-and-time = { $date }, { $time }
