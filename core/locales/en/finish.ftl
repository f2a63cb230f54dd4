### The Finish screen: what was done, the pain check-in and what follows from it.
###
### English is the source; the other languages keep the same message ids
### in a file of the same name (see docs/translating.md).

## The Finish screen.

# Its heading, by how the routine ended.
finish-heading-stopped-for-pain = You stopped because it hurt
finish-heading-stopped = Routine stopped
finish-heading-all-skipped = Routine finished — every exercise was skipped
finish-heading-complete = Well done — routine complete
# Under the heading: "Lower back · 2 of 3 exercises done · 6:12".
# `$routine` is its title, `$done` and `$count` numbers of exercises,
# `$length` the time it took already written.
finish-facts = { $routine } · { $done } of { $count ->
        [one] 1 exercise
       *[other] { $count } exercises
    } done · { $length }
# The same when the person stopped because it hurt; `$exercise` is the
# exercise's title.
finish-facts-stopped-in = { $routine } · { $done } of { $count ->
        [one] 1 exercise
       *[other] { $count } exercises
    } done · { $length } · stopped in { $exercise }
# An exercise done: "15 s × 3 each leg · Usual". `$hold` is seconds,
# `$per_side` " each leg" (leading space) or empty, `$intensity` the
# level's name already written.
finish-exercise-done = { $hold } s × { $repetitions }{ $per_side } · { $intensity }
# An exercise not finished: how many of its holds were done.
finish-exercise-holds = { $done } of { $planned } holds done
# After either, when the two sides differ; `$status` is the line above.
finish-exercise-sides = { $status } · left { $left } of { $repetitions }, right { $right } of { $repetitions }
finish-pain-now = How is your pain now?
# The offer to change the doses and the offer to leave the exercise out,
# together (each a sentence already written, without its full stop).
finish-offer-or-leave-out = { $offer }. { $alternative }
finish-keep-doses = Keep my doses
# After Keep my doses.
finish-doses-kept = Your doses stay as they are.
finish-done = Done

## The Keys sheet (?) on the Finish screen.

finish-key-pain = Your pain now
finish-key-accept = Accept the suggested change
finish-key-leave-out = Leave out the exercise that hurt
finish-key-done = Done: back to Home
