### Ce que dit le guide vocal autour des mots du contenu (« Tenez 15 secondes. », « 3, 2, 1 »). Chaque ligne est dite à voix haute : écrivez-la pour être entendue.
### Spoken lines use commas, not colons: a colon is not heard, and the
### coach counts it as a word when it times the words.
### La source est core/locales/en/coach.ftl ; les termes fixes sont
### dans docs/glossary/fr.md.

## Sides

# Said at the start of a side of a sided exercise. `$side` is left or
# right, `$limb` leg, arm or side: "Left leg.", "Right side."
coach-side = { $side ->
        [left] { $limb ->
            [leg] Jambe gauche.
            [arm] Bras gauche.
           *[side] Côté gauche.
        }
       *[right] { $limb ->
            [leg] Jambe droite.
            [arm] Bras droit.
           *[side] Côté droit.
        }
    }
# Said when the sides change: "Switch to the right leg." (`$side`, `$limb`
# as for `coach-side`).
coach-switch-to = { $side ->
        [left] { $limb ->
            [leg] Passez à la jambe gauche.
            [arm] Passez au bras gauche.
           *[side] Passez au côté gauche.
        }
       *[right] { $limb ->
            [leg] Passez à la jambe droite.
            [arm] Passez au bras droit.
           *[side] Passez au côté droit.
        }
    }

## A repetition

coach-get-ready = Préparez-vous.
# At the start of a hold: `$length` is the hold's length as
# `coach-length` says it ("Hold for 15 seconds.").
coach-hold-for = Tenez { $length }.
# At the start of a hold too short to say its length in.
coach-hold = Tenez.
coach-relax = Relâchez.
coach-rest = Reposez-vous.
# Starts each repetition of a set of short holds after the first: the
# number `$rep` spelled out as a coach says it, digits past the words you
# give (the last repetition says `coach-last-one` instead).
coach-rep = { $rep ->
        [0] Zéro.
        [1] Un.
        [2] Deux.
        [3] Trois.
        [4] Quatre.
        [5] Cinq.
        [6] Six.
        [7] Sept.
        [8] Huit.
        [9] Neuf.
        [10] Dix.
        [11] Onze.
        [12] Douze.
        [13] Treize.
        [14] Quatorze.
        [15] Quinze.
        [16] Seize.
        [17] Dix-sept.
        [18] Dix-huit.
        [19] Dix-neuf.
        [20] Vingt.
       *[other] { $rep }.
    }
coach-last-one = La dernière.
# Said once in a long set, after the first half.
coach-halfway = À mi-chemin.

## Between exercises. `$exercise` is an exercise's title, as the content
## writes it.

# Before the rest that leads to the next exercise.
coach-next = Ensuite, { $exercise }.
# At an exercise's end: "Prone press-up done."
coach-exercise-done = { $exercise }, terminé.
# The breather before an exercise begins.
coach-up-next = Ensuite, { $exercise }.

## Pausing, the end, the voice's trial

coach-paused = En pause.
coach-going-on = On continue.
# At the routine's end: `$exercises` how many exercises, `$length` the
# routine's length as `coach-length` says it.
coach-routine-done = Programme terminé. { $exercises ->
        [one] { $exercises } exercice
       *[other] { $exercises } exercices
    }, { $length }.
# What the Settings screen's "Try it" button says, in the coach's voice.
coach-try-voice = Je suis votre guide vocal. Tenez 15 secondes. 3, 2, 1. Relâchez.

## Lengths of time, spoken

# A length of time as people say it: "1 second", "15 seconds", "1 minute",
# "1 minute 30 seconds". `$shape` says which parts it has: s (seconds
# only), m (minutes only), ms (both); `$minutes`, `$seconds` the numbers.
coach-length = { $shape ->
        [m] { $minutes ->
            [one] { $minutes } minute
           *[other] { $minutes } minutes
        }
        [ms] { $minutes ->
            [one] { $minutes } minute
           *[other] { $minutes } minutes
        } { $seconds ->
            [one] { $seconds } seconde
           *[other] { $seconds } secondes
        }
       *[s] { $seconds ->
            [one] { $seconds } seconde
           *[other] { $seconds } secondes
        }
    }
