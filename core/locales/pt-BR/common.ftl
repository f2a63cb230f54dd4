### Palavras comuns: o nome do idioma, os lados e as datas.
### A fonte é core/locales/en/common.ftl; os termos fixos estão em
### docs/glossary/pt-BR.md.

## Este idioma

language-name = Português (Brasil)

language-called = { $tag ->
        [en] inglês
        [es] espanhol
        [de] alemão
        [fr] francês
        [pt-BR] português do Brasil
        [zh-CN] chinês simplificado
        [en-XA] pseudoinglês
       *[other] { $tag }
    }

## Lados. O adjetivo concorda com o substantivo: “o joelho esquerdo”
## ({side:m}), “a perna esquerda” ({side:f}).

content-side = { $form ->
        [f] { $side ->
            [left] esquerda
           *[right] direita
        }
       *[m] { $side ->
            [left] esquerdo
           *[right] direito
        }
    }

# “perna esquerda”, “braço direito”, “lado esquerdo”
side-of-limb = { $limb ->
        [leg] perna { $side ->
            [left] esquerda
           *[right] direita
        }
        [arm] braço { $side ->
            [left] esquerdo
           *[right] direito
        }
       *[side] lado { $side ->
            [left] esquerdo
           *[right] direito
        }
    }

## Datas e horas

# “segunda-feira, 3 de março de 2026”
date-long = %A, %-d de %B de %Y
# “seg, 3 de mar”
date-short = %a, %-d de %b
# “3 de março”
date-day-month = %-d de %B
time-of-day = %H:%M
date-numeric = %x
# “segunda-feira, 3 de março de 2026, às 08:05”
date-and-time = { $date }, às { $time }
