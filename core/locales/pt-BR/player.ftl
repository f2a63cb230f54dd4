### O player: os cartões das etapas, as fases do anel (Prepare-se, Mantenha,
### Relaxe), “Repetição 2 de 4”, pausar, pular, parar, Está doendo.
### A fonte é core/locales/en/player.ftl; os termos fixos estão em
### docs/glossary/pt-BR.md.

## As palavras que a pessoa lê do chão: a palavra grande diz o que fazer
## agora, o número grande é sempre em segundos.

# O intervalo antes do próximo exercício.
player-up-next = A seguir
# Um cartão de preparação: chegar à posição inicial.
player-setup = Posição inicial
player-get-ready = Prepare-se
player-hold = Mantenha
player-rest = Descanse
# Dito só quando a etapa de movimento ou de soltar não tem título próprio
# (senão a palavra é o título da etapa: “Eleve o tronco”, “Desça devagar”).
player-move = Mova
player-relax = Relaxe
# O descanso antes do outro lado. `$side` é `left` ou `right`, `$limb` é
# `leg`, `arm` ou `side`; o adjetivo concorda com o substantivo.
player-switch-to = Troque para { $limb ->
        [leg] a perna { $side ->
            [left] esquerda
           *[right] direita
        }
        [arm] o braço { $side ->
            [left] esquerdo
           *[right] direito
        }
       *[side] o lado { $side ->
            [left] esquerdo
           *[right] direito
        }
    }
# Uma troca de lado cujo lado não se sabe.
player-switch-sides = Troque de lado
# A indicação grande do lado ao lado da contagem, com a seta apontando
# para o lado nomeado. Em maiúsculas, que se leem de mais longe.
player-side-cue = { $side ->
        [left] ← { $limb ->
            [leg] PERNA ESQUERDA
            [arm] BRAÇO ESQUERDO
           *[side] LADO ESQUERDO
        }
       *[right] { $limb ->
            [leg] PERNA DIREITA
            [arm] BRAÇO DIREITO
           *[side] LADO DIREITO
        } →
    }
# A repetição: “Repetição 2 de 9”.
player-rep-of = Repetição { $rep } de { $reps }
# O que vem depois desta fase; `$what` é o título de uma etapa, de um
# exercício, uma repetição (“Repetição 3 de 9”) ou `player-next-finish`.
player-next = Depois: { $what }
player-next-finish = Fim

## O resto da tela do player.

# A linha de cima: onde se está na rotina. “Exercício 2 de 3 · Joelho ao peito”.
player-exercise-of = Exercício { $number } de { $count } · { $title }
# O intervalo: o exercício que acabou de ser feito. “✓  Alongamento borboleta: feito”
# (sem concordância com o gênero do título).
player-done = ✓  { $title }: feito
# A dose de um exercício no intervalo: “Mantenha 15 s × 2 em cada perna”.
# `$each` é vazio ou “ em cada perna” (com o espaço).
player-dose = Mantenha { $seconds } s × { $reps }{ $each }
# Uma parte do ritmo de uma manutenção curta: “Mova 2 s”. `$duration`
# vem escrito como “2 s”. As partes são unidas por “ · ”.
player-rhythm-part = { $part ->
        [move] Mova
        [hold] Mantenha
        [relax] Relaxe
       *[rest] Descanse
    } { $duration }
# A versão escolhida de um exercício no primeiro cartão: “Outra perna esticada: …”.
player-variation = { $title }: { $text }
# A dica de um exercício no primeiro cartão.
player-tip = Dica: { $tip }
player-not-available = Este exercício não está disponível.

## Os botões e as teclas (o nome da tecla entre parênteses no botão).

player-back = ◀  Voltar
player-pause = ❚❚  Pausar
player-resume = ▶  Continuar
player-skip = Pular  ▶
player-full-screen = Tela cheia
player-this-hurts = Está doendo
player-stop = ■  Parar
player-go-on = ▶  Continuar
# Uma tecla como o botão a nomeia: “(Espaço)”.
player-key = ({ $key })
player-key-space = Espaço
player-key-esc = Esc
player-key-enter = Enter

## Em pausa, e a pergunta antes de parar.

player-paused = Em pausa — Espaço para continuar
player-stop-question = Parar esta rotina?
player-stop-keys = Enter: parar · Esc ou Espaço: continuar

## A lista de teclas (?) no player.

player-key-pause = Pausar ou continuar
player-key-skip = Pular esta etapa
player-key-back = Voltar uma etapa
player-key-hurts = Está doendo: parar aqui
player-key-stop = Parar a rotina (pergunta antes)
player-key-stop-confirm = Parar, quando perguntado
player-key-full-screen = Ligar ou desligar a tela cheia
