### Le lecteur : les cartes d'étape, les phases de l'anneau (Préparez-vous, Tenez, Relâchez), « Rép. 2 sur 4 », pause, passer, arrêter, J'ai mal.
### La source est core/locales/en/player.ftl ; les termes fixes sont
### dans docs/glossary/fr.md.

## The words a person reads from the floor: the phase-size word says what
## to do now, the big number is always seconds.

# The breather before the next exercise.
player-up-next = À suivre
# A setup card: getting into the starting position.
player-setup = Position de départ
player-get-ready = Préparez-vous
player-hold = Tenez
player-rest = Repos
# Said only when an exercise's move or release step has no title of its
# own (the step's title is the word otherwise: "Press up", "Lower slowly").
player-move = Mouvement
player-relax = Relâchez
# The rest before the other side of an exercise. `$side` is `left` or
# `right`, `$limb` is `leg`, `arm` or `side`.
player-switch-to = { $limb ->
        [leg] Passez à la jambe { $side ->
            [left] gauche
           *[right] droite
        }
        [arm] Passez au bras { $side ->
            [left] gauche
           *[right] droit
        }
       *[side] Passez au côté { $side ->
            [left] gauche
           *[right] droit
        }
    }
# A side switch whose side is not known.
player-switch-sides = Changez de côté
# The large side cue beside the countdown during a switch and a sided
# hold, with an arrow pointing the way the side is named. French keeps
# the accents on capitals (CÔTÉ).
player-side-cue = { $side ->
        [left] ← { $limb ->
            [leg] JAMBE GAUCHE
            [arm] BRAS GAUCHE
           *[side] CÔTÉ GAUCHE
        }
       *[right] { $limb ->
            [leg] JAMBE DROITE
            [arm] BRAS DROIT
           *[side] CÔTÉ DROIT
        } →
    }
# The repetition: "Rép. 2 sur 9" (the short form keeps it on one line).
player-rep-of = Rép. { $rep } sur { $reps }
# What comes after this stage; `$what` is a step's title, an exercise's
# title, a repetition ("Rép. 3 sur 9") or `player-next-finish`.
player-next = Ensuite : { $what }
player-next-finish = Fin

## The rest of the player's screen.

# The top line: where in the routine. "Exercice 2 sur 3 · Genou vers la poitrine".
player-exercise-of = Exercice { $number } sur { $count } · { $title }
# The breather: the exercise just done. "✓  Extension sur les avant-bras : terminé".
player-done = ✓  { $title } : terminé
# An exercise's dose in the breather: "Tenez 15 s × 2 de chaque jambe".
# `$each` is empty or the app's " each leg" (with its space).
player-dose = Tenez { $seconds } s × { $reps }{ $each }
# One part of a short hold's rhythm: "Mouvement 2 s". `$duration` is
# written as "2 s". The parts are joined by " · ".
player-rhythm-part = { $part ->
        [move] Mouvement
        [hold] Tenez
        [relax] Relâchez
       *[rest] Repos
    } { $duration }
# The chosen version of an exercise on its first card: "Autre jambe allongée : …".
player-variation = { $title } : { $text }
# An exercise's tip on its first card.
player-tip = Conseil : { $tip }
player-not-available = Cet exercice n'est pas disponible.

## The buttons and their keys (the key's name in brackets on the button).

player-back = ◀  Retour
player-pause = ❚❚  Pause
player-resume = ▶  Reprendre
player-skip = Passer  ▶
player-full-screen = Plein écran
player-this-hurts = J'ai mal
player-stop = ■  Arrêter
player-go-on = ▶  Continuer
# A key as a button names it: "(Espace)".
player-key = ({ $key })
player-key-space = Espace
player-key-esc = Échap
player-key-enter = Entrée

## Paused, and the question before stopping.

player-paused = En pause — Espace pour continuer
player-stop-question = Arrêter ce programme ?
player-stop-keys = Entrée arrête · Échap ou Espace continue

## The Keys sheet (?) on the player.

player-key-pause = Mettre en pause ou continuer
player-key-skip = Passer cette étape
player-key-back = Revenir d'une étape
player-key-hurts = J'ai mal : s'arrêter ici
player-key-stop = Arrêter le programme (demande confirmation)
player-key-stop-confirm = Arrêter, après la question
player-key-full-screen = Activer ou quitter le plein écran
