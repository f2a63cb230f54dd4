### El reproductor: las tarjetas de los pasos, las fases del anillo (Prepárate, Mantén, Relájate), «Rep. 2 de 4», pausa, saltar, detener, Me duele.
###
### El texto de origen es core/locales/en/player.ftl; los términos fijos
### están en docs/glossary/es.md.

## Las palabras que se leen desde el suelo: la palabra grande dice qué
## hacer ahora; el número grande son siempre segundos.

# La pausa antes del ejercicio siguiente.
player-up-next = A continuación
# Una tarjeta de preparación: colocarse en la posición inicial.
player-setup = Posición inicial
player-get-ready = Prepárate
player-hold = Mantén
player-rest = Descansa
# Solo cuando el paso de movimiento o de soltar no tiene título propio.
player-move = Muévete
player-relax = Relájate
# El descanso antes del otro lado. `$side` es `left` o `right`; `$limb`
# es `leg`, `arm` o `side`. El adjetivo concuerda con el sustantivo.
player-switch-to = { $limb ->
        [leg] Cambia a la pierna { $side ->
            [left] izquierda
           *[right] derecha
        }
        [arm] Cambia al brazo { $side ->
            [left] izquierdo
           *[right] derecho
        }
       *[side] Cambia al lado { $side ->
            [left] izquierdo
           *[right] derecho
        }
    }
# Un cambio de lado cuyo lado no se conoce.
player-switch-sides = Cambia de lado
# La indicación grande del lado junto a la cuenta atrás, con una flecha
# hacia el lado que nombra. En mayúsculas: se lee desde más lejos.
player-side-cue = { $side ->
        [left] ← { $limb ->
            [leg] PIERNA IZQUIERDA
            [arm] BRAZO IZQUIERDO
           *[side] LADO IZQUIERDO
        }
       *[right] { $limb ->
            [leg] PIERNA DERECHA
            [arm] BRAZO DERECHO
           *[side] LADO DERECHO
        } →
    }
# La repetición: «Rep. 2 de 9».
player-rep-of = Rep. { $rep } de { $reps }
# Lo que viene después; `$what` es el título de un paso, de un ejercicio,
# una repetición («Rep. 3 de 9») o `player-next-finish`.
player-next = Siguiente: { $what }
player-next-finish = Fin

## El resto de la pantalla del reproductor.

# La línea de arriba: «Ejercicio 2 de 3 · Rodilla al pecho».
player-exercise-of = Ejercicio { $number } de { $count } · { $title }
# En la pausa: el ejercicio que se acaba de hacer.
player-done = ✓  Hecho: { $title }
# La dosis de un ejercicio en la pausa: «Mantén 15 s × 2 cada pierna».
# `$each` está vacío o es « cada pierna» (con su espacio).
player-dose = Mantén { $seconds } s × { $reps }{ $each }
# Una parte del ritmo de un mantenimiento corto: «Muévete 2 s».
player-rhythm-part = { $part ->
        [move] Muévete
        [hold] Mantén
        [relax] Relájate
       *[rest] Descansa
    } { $duration }
# La versión elegida de un ejercicio en su primera tarjeta.
player-variation = { $title }: { $text }
# Un consejo del ejercicio en su primera tarjeta.
player-tip = Consejo: { $tip }
player-not-available = Este ejercicio no está disponible.

## Los botones y sus teclas (el nombre de la tecla entre paréntesis).

player-back = ◀  Atrás
player-pause = ❚❚  Pausa
player-resume = ▶  Reanudar
player-skip = Saltar  ▶
player-full-screen = Pantalla completa
player-this-hurts = Me duele
player-stop = ■  Detener
player-go-on = ▶  Seguir
# Una tecla como la nombra un botón: «(Espacio)».
player-key = ({ $key })
player-key-space = Espacio
player-key-esc = Esc
player-key-enter = Intro

## En pausa, y la pregunta antes de detener.

player-paused = En pausa — Espacio para seguir
player-stop-question = ¿Detener esta rutina?
player-stop-keys = Intro la detiene · Esc o Espacio para seguir

## La lista de teclas (?) del reproductor.

player-key-pause = Pausa o seguir
player-key-skip = Saltar este paso
player-key-back = Volver un paso atrás
player-key-hurts = Me duele: detener aquí
player-key-stop = Detener la rutina (pregunta antes)
player-key-stop-confirm = Detener, cuando lo pregunta
player-key-full-screen = Activar o desactivar la pantalla completa
