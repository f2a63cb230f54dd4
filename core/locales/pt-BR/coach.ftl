### O que a orientação por voz diz em volta das palavras do próprio
### conteúdo (“Mantenha por 15 segundos.”, “3, 2, 1”). Cada linha é falada:
### escreva para ser ouvida.
### A fonte é core/locales/en/coach.ftl; os termos fixos estão em
### docs/glossary/pt-BR.md.

## Lados

# Dito no começo de um lado de um exercício feito de um lado de cada vez.
# `$side` é left ou right, `$limb` leg, arm ou side: “Perna esquerda.”,
# “Lado direito.”
coach-side = { $side ->
        [left] { $limb ->
            [leg] Perna esquerda.
            [arm] Braço esquerdo.
           *[side] Lado esquerdo.
        }
       *[right] { $limb ->
            [leg] Perna direita.
            [arm] Braço direito.
           *[side] Lado direito.
        }
    }
# Dito quando se troca de lado: “Troque para a perna direita.”
coach-switch-to = { $side ->
        [left] { $limb ->
            [leg] Troque para a perna esquerda.
            [arm] Troque para o braço esquerdo.
           *[side] Troque para o lado esquerdo.
        }
       *[right] { $limb ->
            [leg] Troque para a perna direita.
            [arm] Troque para o braço direito.
           *[side] Troque para o lado direito.
        }
    }

## Uma repetição

coach-get-ready = Prepare-se.
# No começo de manter: `$length` é a duração como `coach-length` a diz
# (“Mantenha por 15 segundos.”).
coach-hold-for = Mantenha por { $length }.
# No começo de uma manutenção curta demais para dizer a duração.
coach-hold = Mantenha.
coach-relax = Relaxe.
coach-rest = Descanse.
# Começa cada repetição de uma série de manutenções curtas depois da
# primeira: o número `$rep` por extenso (a última diz `coach-last-one`).
coach-rep = { $rep ->
        [0] Zero.
        [1] Um.
        [2] Dois.
        [3] Três.
        [4] Quatro.
        [5] Cinco.
        [6] Seis.
        [7] Sete.
        [8] Oito.
        [9] Nove.
        [10] Dez.
        [11] Onze.
        [12] Doze.
        [13] Treze.
        [14] Catorze.
        [15] Quinze.
        [16] Dezesseis.
        [17] Dezessete.
        [18] Dezoito.
        [19] Dezenove.
        [20] Vinte.
       *[other] { $rep }.
    }
coach-last-one = Última repetição.
# Dito uma vez numa série longa, depois da primeira metade.
coach-halfway = Já na metade.

## Entre exercícios. `$exercise` é o título de um exercício, como o
## conteúdo o escreve.

# Antes do descanso que leva ao próximo exercício.
coach-next = Depois: { $exercise }.
# No fim de um exercício: “Joelho ao peito: feito.”
coach-exercise-done = { $exercise }: feito.
# O intervalo antes de um exercício começar.
coach-up-next = A seguir: { $exercise }.

## Pausa, o fim, o teste da voz

coach-paused = Em pausa.
coach-going-on = Continuando.
# No fim da rotina: `$exercises` quantos exercícios, `$length` a duração
# como `coach-length` a diz.
coach-routine-done = Rotina concluída: { $exercises ->
        [0] 0 exercícios
        [one] { $exercises } exercício
       *[other] { $exercises } exercícios
    }, { $length }.
# O que o botão “Experimentar” da tela Configurações diz, na voz da
# orientação.
coach-try-voice = Esta é a sua orientação por voz. Mantenha por 15 segundos. 3, 2, 1. Relaxe.

## Durações, faladas

# Uma duração como se fala: “1 segundo”, “15 segundos”, “1 minuto”,
# “1 minuto e 30 segundos”. `$shape`: s (só segundos), m (só minutos),
# ms (os dois); `$minutes`, `$seconds` os números.
coach-length = { $shape ->
        [m] { $minutes ->
            [one] { $minutes } minuto
           *[other] { $minutes } minutos
        }
        [ms] { $minutes ->
            [one] { $minutes } minuto
           *[other] { $minutes } minutos
        } e { $seconds ->
            [one] { $seconds } segundo
           *[other] { $seconds } segundos
        }
       *[s] { $seconds ->
            [0] 0 segundos
            [one] { $seconds } segundo
           *[other] { $seconds } segundos
        }
    }
