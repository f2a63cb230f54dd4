### Lo que dice la guía por voz alrededor de las palabras del propio contenido («Mantén 15 segundos.», «3, 2, 1»). Todo se dice en voz alta: escríbelo para ser oído.
###
### El texto de origen es core/locales/en/coach.ftl; los términos fijos
### están en docs/glossary/es.md.

## Lados

# Al empezar un lado de un ejercicio por lados: «Pierna izquierda.»
coach-side = { $side ->
        [left] { $limb ->
            [leg] Pierna izquierda.
            [arm] Brazo izquierdo.
           *[side] Lado izquierdo.
        }
       *[right] { $limb ->
            [leg] Pierna derecha.
            [arm] Brazo derecho.
           *[side] Lado derecho.
        }
    }
# Al cambiar de lado: «Cambia a la pierna derecha.»
coach-switch-to = { $side ->
        [left] { $limb ->
            [leg] Cambia a la pierna izquierda.
            [arm] Cambia al brazo izquierdo.
           *[side] Cambia al lado izquierdo.
        }
       *[right] { $limb ->
            [leg] Cambia a la pierna derecha.
            [arm] Cambia al brazo derecho.
           *[side] Cambia al lado derecho.
        }
    }

## Una repetición

coach-get-ready = Prepárate.
# Al empezar a mantener: «Mantén 15 segundos.»
coach-hold-for = Mantén { $length }.
# Al empezar un mantenimiento demasiado corto para decir su duración.
coach-hold = Mantén.
coach-relax = Relájate.
coach-rest = Descansa.
# Empieza cada repetición de una serie de mantenimientos cortos tras la
# primera: el número dicho como lo cuenta un entrenador.
coach-rep = { $rep ->
        [0] Cero.
        [1] Uno.
        [2] Dos.
        [3] Tres.
        [4] Cuatro.
        [5] Cinco.
        [6] Seis.
        [7] Siete.
        [8] Ocho.
        [9] Nueve.
        [10] Diez.
        [11] Once.
        [12] Doce.
        [13] Trece.
        [14] Catorce.
        [15] Quince.
        [16] Dieciséis.
        [17] Diecisiete.
        [18] Dieciocho.
        [19] Diecinueve.
        [20] Veinte.
       *[other] { $rep }.
    }
# La última repetición.
coach-last-one = La última.
# Una vez en una serie larga, pasada la mitad.
coach-halfway = Vas por la mitad.

## Entre ejercicios. `$exercise` es el título de un ejercicio, como lo
## escribe el contenido.

coach-next = Siguiente: { $exercise }.
coach-exercise-done = Ejercicio terminado: { $exercise }.
coach-up-next = A continuación: { $exercise }.

## Pausa, final, prueba de la voz

coach-paused = En pausa.
coach-going-on = Seguimos.
coach-routine-done = Rutina terminada: { $exercises ->
        [one] { $exercises } ejercicio
       *[other] { $exercises } ejercicios
    }, { $length }.
# Lo que dice el botón «Probar» de los ajustes, con la voz de la guía.
coach-try-voice = Esta es tu guía por voz. Mantén 15 segundos. 3, 2, 1. Relájate.

## Duraciones dichas

# «1 segundo», «15 segundos», «1 minuto», «1 minuto y 30 segundos».
coach-length = { $shape ->
        [m] { $minutes ->
            [one] { $minutes } minuto
           *[other] { $minutes } minutos
        }
        [ms] { $minutes ->
            [one] { $minutes } minuto
           *[other] { $minutes } minutos
        } y { $seconds ->
            [one] { $seconds } segundo
           *[other] { $seconds } segundos
        }
       *[s] { $seconds ->
            [one] { $seconds } segundo
           *[other] { $seconds } segundos
        }
    }
