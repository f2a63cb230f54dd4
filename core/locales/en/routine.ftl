### The Routine screen: the exercises with their intensity, hold and repetitions, the total time, Start.
###
### English is the source; the other languages keep the same message ids
### in a file of the same name (see docs/translating.md).

## The Routine screen: the exercises of a routine, each with its dose,
## before it starts.

# An exercise in the list: "2. Knee to chest". `$number` is its place,
# `$exercise` its title.
routine-numbered-exercise = { $number }. { $exercise }
# An exercise the routine names and the content lacks; `$exercise` is
# its id.
routine-exercise-not-available = { $number }. { $exercise }: not available
# Under an exercise left out after it hurt.
routine-left-out = Left out: you chose to leave it out after it hurt.
routine-bring-back = Bring back
# In place of Gentle / Usual / Strong when the routine fixes the dose.
routine-dose-pinned = Dose set for this routine
# The hold's stepper and its value in seconds ("15 s").
routine-hold = Hold
routine-seconds = { $seconds } s
# The repetitions' stepper and its value: "3 each leg". `$count` is the
# number, `$per_side` is " each leg", " each arm", " each side" (with its
# leading space) for a sided exercise, else empty.
routine-repetitions = Repetitions
routine-repetitions-value = { $count }{ $per_side }
# Beside an exercise's title once its hold or repetitions were changed.
routine-reset = Reset hold and repetitions
# Before the exercise's versions ("Version: Usual, Other leg flat").
routine-version = Version
# The exercise as written, without a version.
routine-version-usual = Usual
# A hold set above what the exercise suggests; `$hold`, `$low` and
# `$high` are seconds.
routine-hold-beyond = Your { $hold } s hold is longer than the { $low }–{ $high } s this exercise suggests.
# Repetitions set above what the exercise suggests.
routine-repetitions-beyond = { $count } repetitions is more than the { $low }–{ $high } this exercise suggests.
# The routine's whole length above Start; `$length` is already written
# ("6 min 30 s").
routine-length = { $length } in all
routine-all-left-out = Every exercise is left out
routine-start-gently = Start each session gently. If it hurts, lower the intensity.
routine-bring-one-back = Bring one back to start.
routine-edit = Edit routine
routine-print-sheet = Print sheet
routine-start = Start
# Before the 0–10 scale.
routine-pain-now = How is your pain now? (optional)
# A routine id that is not in the content (`--routine`, a plan).
routine-not-available = The routine "{ $routine }" is not available.

## The Keys sheet (?) on the Routine screen.

routine-key-choose = Choose an exercise
routine-key-intensity = Gentler or stronger
routine-key-hold = Shorter or longer hold
routine-key-repetitions = Fewer or more repetitions
routine-key-version = Next version of the exercise
routine-key-reset = Reset the hold and repetitions
routine-key-bring-back = Bring back an exercise left out
routine-key-pain = Your pain now (press again to clear)
routine-key-edit = Edit or delete (a routine you made)
