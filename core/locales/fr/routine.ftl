### L'écran Programme : les exercices avec leur intensité, leur maintien et leurs répétitions, la durée totale, Commencer.
### La source est core/locales/en/routine.ftl ; les termes fixes sont
### dans docs/glossary/fr.md.

## The Routine screen: the exercises of a routine, each with its dose,
## before it starts.

# An exercise in the list: "2. Genou vers la poitrine". `$number` is its
# place, `$exercise` its title.
routine-numbered-exercise = { $number }. { $exercise }
# An exercise the routine names and the content lacks; `$exercise` is
# its id.
routine-exercise-not-available = { $number }. { $exercise } : non disponible
# Under an exercise left out after it hurt.
routine-left-out = Retiré : vous avez choisi de le retirer parce qu'il vous a fait mal.
routine-bring-back = Réintégrer
# In place of Gentle / Usual / Strong when the routine fixes the dose.
routine-dose-pinned = Réglages fixés par ce programme
# The hold's stepper and its value in seconds ("15 s").
routine-hold = Maintien
routine-seconds = { $seconds } s
# The repetitions' stepper and its value: "3 de chaque jambe". `$count`
# is the number, `$per_side` the app's " each leg" (with its leading
# space) for a sided exercise, else empty.
routine-repetitions = Répétitions
routine-repetitions-value = { $count }{ $per_side }
# Beside an exercise's title once its hold or repetitions were changed.
routine-reset = Rétablir le maintien et les répétitions
# Before the exercise's versions ("Version : habituelle, Autre jambe allongée").
routine-version = Version
# The exercise as written, without a version.
routine-version-usual = Habituelle
# A hold set above what the exercise suggests; `$hold`, `$low` and
# `$high` are seconds.
routine-hold-beyond = Votre maintien de { $hold } s dépasse les { $low } à { $high } s conseillées pour cet exercice.
# Repetitions set above what the exercise suggests.
routine-repetitions-beyond = { $count } répétitions, c'est plus que les { $low } à { $high } conseillées pour cet exercice.
# The routine's whole length above Start; `$length` is already written
# ("6 min 30 s").
routine-length = { $length } au total
routine-all-left-out = Tous les exercices sont retirés
routine-start-gently = Commencez chaque séance en douceur. Si c'est douloureux, diminuez l'intensité.
routine-bring-one-back = Réintégrez-en un pour commencer.
routine-edit = Modifier le programme
routine-print-sheet = Imprimer la fiche
routine-start = Commencer
# Before the 0–10 scale.
routine-pain-now = Quel est votre niveau de douleur maintenant ? (facultatif)
# A routine id that is not in the content (`--routine`, a plan).
routine-not-available = Le programme « { $routine } » n'est pas disponible.

## The Keys sheet (?) on the Routine screen.

routine-key-choose = Choisir un exercice
routine-key-intensity = Plus doux ou plus fort
routine-key-hold = Maintien plus court ou plus long
routine-key-repetitions = Moins ou plus de répétitions
routine-key-version = Version suivante de l'exercice
routine-key-reset = Rétablir le maintien et les répétitions
routine-key-bring-back = Réintégrer un exercice retiré
routine-key-pain = Votre douleur maintenant (appuyez de nouveau pour effacer)
routine-key-edit = Modifier ou supprimer (un programme que vous avez créé)
