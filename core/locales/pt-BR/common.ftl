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

## A janela: o título e os nomes das telas (o título e o cabeçalho da
## lista de teclas).

# O título da janela na tela Início.
window-title-home = Limber
# O título em qualquer outra tela; `$screen` é o nome da tela ou o título
# da rotina.
window-title = Limber — { $screen }
# O título na tela depois de uma rotina.
window-title-finish = Fim da rotina
# O título quando o perfil foi salvo por um Limber mais novo.
window-title-newer = Um perfil de um Limber mais novo
screen-home = Início
screen-routine = Rotina
# A tela que conduz a rotina.
screen-player = Exercício
screen-finish = Fim
screen-settings = Configurações
screen-safety = Segurança
screen-history = Histórico
screen-exercises = Exercícios
screen-plan = Plano
screen-newer = Perfil mais novo

## Controles de várias telas.

# O botão no começo da barra de título de uma tela.
common-back = ← Voltar

## A lista de teclas (`?`): as teclas de uma tela e o que fazem.

# O cabeçalho; `$screen` é o nome da tela.
keys-title = Teclas: { $screen }
keys-close = Fechar
keys-help = Mostrar ou esconder esta lista de teclas
keys-back = Voltar
# Palavras impressas nas teclas, como no teclado brasileiro (ABNT2): Esc,
# Enter, Shift, Tab, Ctrl, Alt, Delete e Page Up/Page Down vêm em inglês
# nas teclas; a barra de espaço não tem nome impresso e é chamada
# “Espaço”.
keys-esc = Esc
keys-enter = Enter
keys-space = Espaço
keys-delete = Delete
keys-shift = Shift
keys-tab = Tab
keys-ctrl = Ctrl
keys-alt = Alt
keys-page = Page
keys-up = Up
keys-down = Down
# Entre duas teclas que fazem o mesmo (“Enter ou Esc”).
keys-or = ou

## A escala de dor de 0 a 10 (Rotina, Fim).

# Sob as pontas da escala.
pain-scale-none = 0 = sem dor
pain-scale-worst = 10 = pior dor imaginável
