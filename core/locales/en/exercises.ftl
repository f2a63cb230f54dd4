### All exercises: the exercise browser.
###
### English is the source; the other languages keep the same message ids
### in a file of the same name (see docs/translating.md).

## The exercise browser (Home → Browse all exercises).

exercises-none = No exercises are loaded.
# Under an exercise's title: what it suggests. `$hold_low`–`$hold_high`
# are seconds, `$reps_low`–`$reps_high` repetitions; `$sides` says how a
# sided exercise is done (`none`, `alternate`, `in-turn`) and `$each` is
# "each leg", "each arm" or "each side" already written.
exercises-dose = Hold { $hold_low }–{ $hold_high } s · { $reps_low }–{ $reps_high } repetitions{ $sides ->
        [alternate] , { $each }, alternating
        [in-turn] , { $each }, one side then the other
       *[none] {""}
    }
# A tip of the exercise's; `$tip` is the content's own text.
exercises-tip = Tip: { $tip }
# A step: "2. Lift the knee". `$step` is the step's title.
exercises-step = { $number }. { $step }
# A step's caution, after a warning sign.
exercises-caution = ⚠  { $caution }
# The heading of one of the exercise's versions.
exercises-variation = Variation: { $variation }

## The Keys sheet (?) in the exercise browser.

exercises-key-step = The exercise before or after
