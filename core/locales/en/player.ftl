### The player: step cards, the ring's phases (Get ready, Hold, Relax), "Rep 2 of 4", pause, skip, stop, This hurts.
###
### English is the source; the other languages keep the same message ids
### in a file of the same name (see docs/translating.md).

## The words a person reads from the floor: the phase-size word says what
## to do now, the big number is always seconds.

# The breather before the next exercise.
player-up-next = Up next
# A setup card: getting into the starting position.
player-setup = Setup
player-get-ready = Get ready
player-hold = Hold
player-rest = Rest
# Said only when an exercise's move or release step has no title of its
# own (the step's title is the word otherwise: "Press up", "Lower slowly").
player-move = Move
player-relax = Relax
# The rest before the other side of an exercise. `$side` is `left` or
# `right`, `$limb` is `leg`, `arm` or `side`.
player-switch-to = Switch to { $side ->
        [left] left
       *[right] right
    } { $limb ->
        [leg] leg
        [arm] arm
       *[side] side
    }
# A side switch whose side is not known.
player-switch-sides = Switch sides
# The large side cue over the countdown during a switch and a sided hold.
# No arrow: the figure may face either way, and an arrow could point at
# the other limb. Capitals read from further away; a language without
# capitals writes it as it is.
player-side-cue = { $side ->
        [left] LEFT { $limb ->
            [leg] LEG
            [arm] ARM
           *[side] SIDE
        }
       *[right] RIGHT { $limb ->
            [leg] LEG
            [arm] ARM
           *[side] SIDE
        }
    }
# The repetition: "Rep 2 of 9".
player-rep-of = Rep { $rep } of { $reps }
# What comes after this stage; `$what` is a step's title, an exercise's
# title, a repetition ("Rep 3 of 9") or `player-next-finish`.
player-next = Next: { $what }
player-next-finish = Finish

## The rest of the player's screen.

# The top line: where in the routine. "Exercise 2 of 3 · Knee to chest".
player-exercise-of = Exercise { $number } of { $count } · { $title }
# The breather: the exercise just done. "✓  Press-up on forearms done".
player-done = ✓  { $title } done
# An exercise's dose in the breather: "Hold 15 s × 2 each leg". `$each`
# is empty or " each leg" (with its space).
player-dose = Hold { $seconds } s × { $reps }{ $each }
# One part of a short hold's rhythm: "Move 2 s". `$duration` is written
# as "2 s". The parts are joined by " · ".
player-rhythm-part = { $part ->
        [move] Move
        [hold] Hold
        [relax] Relax
       *[rest] Rest
    } { $duration }
# The chosen version of an exercise on its first card: "Other leg flat: …".
player-variation = { $title }: { $text }
# An exercise's tip on its first card.
player-tip = Tip: { $tip }
player-not-available = This exercise is not available.

## The buttons and their keys (the key's name in brackets on the button).

player-back = ◀  Back
player-pause = ❚❚  Pause
player-resume = ▶  Resume
player-skip = Skip  ▶
player-full-screen = Full screen
player-this-hurts = This hurts
player-stop = ■  Stop
player-go-on = ▶  Go on
# A key as a button names it: "(Space)".
player-key = ({ $key })
player-key-space = Space
player-key-esc = Esc
player-key-enter = Enter

## Paused, and the question before stopping.

player-paused = Paused — Space to go on
player-stop-question = Stop this routine?
player-stop-keys = Enter stops · Esc or Space goes on

## The Keys sheet (?) on the player.

player-key-pause = Pause or go on
player-key-skip = Skip this step
player-key-back = Back a step
player-key-hurts = This hurts: stop here
player-key-stop = Stop the routine (asks first)
player-key-stop-confirm = Stop, when asked
player-key-full-screen = Full screen on or off
