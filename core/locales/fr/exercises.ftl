### Tous les exercices : la liste des exercices.
### La source est core/locales/en/exercises.ftl ; les termes fixes sont
### dans docs/glossary/fr.md.

## The exercise browser (Home → Browse all exercises).

exercises-none = Aucun exercice n'est chargé.
# Under an exercise's title: what it suggests. `$hold_low`–`$hold_high`
# are seconds, `$reps_low`–`$reps_high` repetitions; `$sides` says how a
# sided exercise is done (`none`, `alternate`, `in-turn`) and `$each` is
# "each leg", "each arm" or "each side" already written.
exercises-dose = Tenez { $hold_low }–{ $hold_high } s · { $reps_low }–{ $reps_high } répétitions{ $sides ->
        [alternate] , { $each }, en alternance
        [in-turn] , { $each }, un côté puis l'autre
       *[none] {""}
    }
# A tip of the exercise's; `$tip` is the content's own text.
exercises-tip = Conseil : { $tip }
# A step: "2. Levez le genou". `$step` is the step's title.
exercises-step = { $number }. { $step }
# A step's caution, after a warning sign.
exercises-caution = ⚠  { $caution }
# The heading of one of the exercise's versions.
exercises-variation = Variante : { $variation }

## The Keys sheet (?) in the exercise browser.

exercises-key-step = L'exercice précédent ou suivant
