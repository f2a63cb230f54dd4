### L'écran Fin : ce qui a été fait, la douleur après la séance et ce qui en découle.
### La source est core/locales/en/finish.ftl ; les termes fixes sont
### dans docs/glossary/fr.md.

## The Finish screen.

# Its heading, by how the routine ended. ("Vous avez arrêté" does not
# agree with the person's gender.)
finish-heading-stopped-for-pain = Vous avez arrêté parce que vous aviez mal
finish-heading-stopped = Programme arrêté
finish-heading-all-skipped = Programme terminé — tous les exercices ont été passés
finish-heading-complete = Bravo — programme terminé
# Under the heading: "Bas du dos · exercices faits : 2 sur 3 · 6:12".
# `$routine` is its title, `$done` and `$count` numbers of exercises,
# `$length` the time it took already written. Written as "done: 2 of 3"
# so the noun's number never depends on two counts.
finish-facts = { $routine } · exercices faits : { $done } sur { $count } · { $length }
# The same when the person stopped because it hurt; `$exercise` is the
# exercise's title.
finish-facts-stopped-in = { $routine } · exercices faits : { $done } sur { $count } · { $length } · arrêt pendant : { $exercise }
# An exercise done: "15 s × 3 de chaque jambe · Habituelle". `$hold` is
# seconds, `$per_side` the app's " each leg" (leading space) or empty,
# `$intensity` the level's name already written.
finish-exercise-done = { $hold } s × { $repetitions }{ $per_side } · { $intensity }
# An exercise not finished: how many of its holds were done.
finish-exercise-holds = maintiens faits : { $done } sur { $planned }
# After either, when the two sides differ; `$status` is the line above.
finish-exercise-sides = { $status } · gauche : { $left } sur { $repetitions }, droite : { $right } sur { $repetitions }
finish-pain-now = Quel est votre niveau de douleur maintenant ?
# The offer to change the doses and the offer to leave the exercise out,
# together (each a sentence already written, without its full stop).
finish-offer-or-leave-out = { $offer }. { $alternative }
finish-keep-doses = Garder mes réglages
# After Keep my doses.
finish-doses-kept = Vos réglages restent inchangés.
finish-done = Terminé

## The Keys sheet (?) on the Finish screen.

finish-key-pain = Votre douleur maintenant
finish-key-accept = Accepter le changement proposé
finish-key-leave-out = Retirer l'exercice qui a fait mal
finish-key-done = Terminé : retour à l'accueil
