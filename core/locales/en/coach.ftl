### What the spoken coach says around the content's own words ("Hold for 15 seconds.", "3, 2, 1"). Every line is spoken: write it to be heard.
###
### English is the source; the other languages keep the same message ids
### in a file of the same name (see docs/translating.md).

## Sides

# Said at the start of a side of a sided exercise. `$side` is left or
# right, `$limb` leg, arm or side: "Left leg.", "Right side."
coach-side = { $side ->
        [left] { $limb ->
            [leg] Left leg.
            [arm] Left arm.
           *[side] Left side.
        }
       *[right] { $limb ->
            [leg] Right leg.
            [arm] Right arm.
           *[side] Right side.
        }
    }
# Said when the sides change: "Switch to the right leg." (`$side`, `$limb`
# as for `coach-side`).
coach-switch-to = { $side ->
        [left] { $limb ->
            [leg] Switch to the left leg.
            [arm] Switch to the left arm.
           *[side] Switch to the left side.
        }
       *[right] { $limb ->
            [leg] Switch to the right leg.
            [arm] Switch to the right arm.
           *[side] Switch to the right side.
        }
    }

## A repetition

coach-get-ready = Get ready.
# At the start of a hold: `$length` is the hold's length as
# `coach-length` says it ("Hold for 15 seconds.").
coach-hold-for = Hold for { $length }.
# At the start of a hold too short to say its length in.
coach-hold = Hold.
coach-relax = Relax.
coach-rest = Rest.
# Starts each repetition of a set of short holds after the first: the
# number `$rep` spelled out as a coach says it, digits past the words you
# give (the last repetition says `coach-last-one` instead).
coach-rep = { $rep ->
        [0] Zero.
        [1] One.
        [2] Two.
        [3] Three.
        [4] Four.
        [5] Five.
        [6] Six.
        [7] Seven.
        [8] Eight.
        [9] Nine.
        [10] Ten.
        [11] Eleven.
        [12] Twelve.
        [13] Thirteen.
        [14] Fourteen.
        [15] Fifteen.
        [16] Sixteen.
        [17] Seventeen.
        [18] Eighteen.
        [19] Nineteen.
        [20] Twenty.
       *[other] { $rep }.
    }
coach-last-one = Last one.
# Said once in a long set, after the first half.
coach-halfway = Halfway.

## Between exercises. `$exercise` is an exercise's title, as the content
## writes it.

# Before the rest that leads to the next exercise.
coach-next = Next: { $exercise }.
# At an exercise's end: "Prone press-up done."
coach-exercise-done = { $exercise } done.
# The breather before an exercise begins.
coach-up-next = Up next: { $exercise }.

## Pausing, the end, the voice's trial

coach-paused = Paused.
coach-going-on = Going on.
# At the routine's end: `$exercises` how many exercises, `$length` the
# routine's length as `coach-length` says it.
coach-routine-done = Routine done: { $exercises ->
        [one] { $exercises } exercise
       *[other] { $exercises } exercises
    }, { $length }.
# What the Settings screen's "Try it" button says, in the coach's voice.
coach-try-voice = This is your coach. Hold for 15 seconds. 3, 2, 1. Relax.

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
            [one] { $seconds } second
           *[other] { $seconds } seconds
        }
       *[s] { $seconds ->
            [one] { $seconds } second
           *[other] { $seconds } seconds
        }
    }
