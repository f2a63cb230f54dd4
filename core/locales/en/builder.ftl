### New routine: the routine builder.
###
### English is the source; the other languages keep the same message ids
### in a file of the same name (see docs/translating.md).

## The routine builder's rules (its messages come from the core): adding
## an exercise, doses brought within what an exercise suggests, the name.

builder-already-in = It is in the routine already.
# `$max` is the most exercises a routine holds.
builder-full = A routine holds at most { $max } exercises.
# A dose brought within the exercise's range (`$low`–`$high`): it `$was`,
# it is `$now`.
builder-hold-adjusted = the hold of { $was } s is now { $now } s, within the { $low }–{ $high } s it suggests
builder-repetitions-adjusted = { $was } repetitions are now { $now }, within the { $low }–{ $high } it suggests
# A saved routine's description: `$count` exercises, their titles
# (`$exercises`).
builder-description = { $count ->
        [one] { $count } exercise: { $exercises }.
       *[other] { $count } exercises: { $exercises }.
    }
builder-no-exercises = Add at least one exercise.
# `$exercise` is the id of an exercise no longer in the content.
builder-missing = The exercise "{ $exercise }" is not in the exercises any more; remove it to save.
builder-name-empty = Give the routine a name.
# `$max` is the most characters a name may have.
builder-name-too-long = Keep the name to { $max } characters or fewer.
builder-name-no-letters = Use at least one letter or number in the name.
# `$title` is the other routine's title.
builder-name-taken = There is already a routine called “{ $title }”. Choose another name.
