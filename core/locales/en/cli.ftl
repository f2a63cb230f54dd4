### The command line's human output (`limber show`, `plan`, `history`), not `--help` or the CSV and calendar files.
###
### English is the source; the other languages keep the same message ids
### in a file of the same name (see docs/translating.md).

# `--lang` or LIMBER_LANG named a language Limber has no catalogues for.
cli-language-unknown = Limber has no “{ $asked }”; it speaks { $languages }. Using { $using }.

## `limber show ROUTINE`: a routine as read on paper.

# One exercise of the routine: `$number` its place (1, 2, …), `$exercise`
# its title, `$dose` its dose as `dose` (common.ftl) writes it.
cli-show-exercise = { $number }. { $exercise } — { $dose }
# The last line: the routine's planned length (`$total`, as `duration`
# writes it).
cli-show-total = Total: { $total }

## `limber show ROUTINE --timeline`: the coach's cue sheet, for an author
## to proofread what the coach will play and say, and when.

# The first line: `$routine` is the routine's title.
cli-cue-title = { $routine }: cue sheet
# The second line: the sounds and the voice as set.
# `$ticks`: last-seconds (ticks on the last 3 seconds of a hold),
# voice-counts (no ticks: the voice counts down), none.
# `$voice`: off, silent (speaks but does not count down), ticks (counts
# down with ticks), voice (counts down by voice), both (voice and ticks).
cli-cue-options = Sounds: chimes, { $ticks ->
        [last-seconds] ticks on the last 3 seconds of a hold
        [voice-counts] no ticks (the voice counts down)
       *[none] no ticks
    }. Voice: { $voice ->
        [off] off
        [silent] on, not counting down
        [ticks] on, counting down with ticks
        [both] on, counting down by voice and ticks
       *[voice] on, counting down by voice
    }.
# The name of a stage, in the sheet's second column (kept short: about ten
# letters). `$stage` is one of: up-next (the breather before an exercise),
# read (a setup card: "Setup"), get-ready, move, hold, relax, rest, switch (the rest
# before the other side), repeat (a repetition of short holds), done (the
# routine's end).
cli-cue-stage = { $stage ->
        [up-next] Up next
        [read] Setup
        [get-ready] Get ready
        [move] Move
        [hold] Hold
        [relax] Relax
        [rest] Rest
        [switch] Switch
        [repeat] Repeat
       *[done] Done
    }
# A stage's repetition: "rep 1 of 3".
cli-cue-rep = rep { $rep } of { $reps }
# In place of an exercise's title the plan names but the content lacks.
cli-cue-missing-exercise = (missing exercise)
# What a cue line is: a sound played, words said, a note for the author.
# Each is a word at the start of its line.
cli-cue-sound = sound
cli-cue-say = say
cli-cue-note = note
# The words the coach says, quoted (`$text` is what the coach says).
cli-cue-said = "{ $text }"
# A note under words that may still be being said when the next are due:
# `$speech` and `$gap` are seconds with one decimal.
cli-cue-overrun = about { $speech } s of speech, { $gap } s to the next words: it may be cut off
# The last line: `$offset` when the routine ends (m:ss.mmm), `$length` the
# same as `duration` (common.ftl) writes it.
cli-cue-total = Total: { $offset } ({ $length })

## `limber plan`: the plan and this week's progress. `$profile` is a
## profile's name, `$routine` a routine's title; plan lines, weeks and days
## as plan.ftl writes them.

# The first line of the plan.
cli-plan-heading = Plan for { $profile }:
# One planned routine: `$entry` as `plan-line` writes it, `$about` as
# `plan-about` says it.
cli-plan-entry = { $entry } ({ $about })
# A planned routine the loaded content lacks.
cli-plan-entry-not-loaded = { $entry } (this routine is not in the loaded content)
# `$summary` as `plan-week-summary` says it.
cli-plan-this-week = This week: { $summary }
# A routine planned on a day: `$done` is yes when it was done.
cli-plan-slot = { $done ->
        [yes] { $time } { $routine } ✓
       *[no] { $time } { $routine }
    }
# After today's line.
cli-plan-today-mark = ← today
# The next reminder: `$date` as `date-short` writes it.
cli-plan-next = Next: { $routine } at { $time }, { $date }
# No plan yet, how to make one (keep the command as it is), and the
# routines there are (`$routines`: their ids).
cli-plan-empty = Nothing is planned for { $profile } yet.
cli-plan-how-to-add = Plan a routine with: limber plan add ROUTINE --days mon-fri --at 08:00
cli-plan-routines = Routines: { $routines }
# `limber plan add`: `$entry` as `cli-plan-entry` writes it.
cli-plan-added = Planned for { $profile }: { $entry }
cli-plan-first-reminder = First reminder: { $date } at { $time }
# `limber plan remove`.
cli-plan-removed = { $routine } is no longer in the plan of { $profile }.
# `limber plan --autostart on|off`: `$written`/`$removed` is the login
# entry's file; `$command` starts the reminders now (keep it as it is).
cli-plan-autostart-on = Reminders will start at login ({ $written }).
cli-plan-autostart-off = Reminders will no longer start at login (removed { $removed }).
cli-plan-remind-now = To have them now, without logging in again: { $command }
# Errors. `$routine` here is the id given; `$known` and `$planned` lists of
# routine ids.
cli-plan-unknown-routine = there is no routine "{ $routine }"; routines: { $known }
cli-plan-not-planned = "{ $routine }" is not in the plan of { $profile }; planned: { $planned }
cli-plan-not-planned-nothing = "{ $routine }" is not in the plan of { $profile }; planned: nothing
# Writing to the terminal (or a pipe) failed: `$error` says why.
cli-output-failed = writing the output: { $error }

# `limber remind` when another copy already runs for the data folder
# `$folder`.
cli-remind-already-running = Reminders are already running for { $folder }; nothing more to do.

## What every command shares

# A count of things: `$what` is area, exercise, routine, pose, picture,
# problem, error or warning.
cli-count = { $what ->
        [area] { $count ->
            [one] { $count } area
           *[other] { $count } areas
        }
        [exercise] { $count ->
            [one] { $count } exercise
           *[other] { $count } exercises
        }
        [routine] { $count ->
            [one] { $count } routine
           *[other] { $count } routines
        }
        [pose] { $count ->
            [one] { $count } pose
           *[other] { $count } poses
        }
        [picture] { $count ->
            [one] { $count } picture
           *[other] { $count } pictures
        }
        [error] { $count ->
            [one] { $count } error
           *[other] { $count } errors
        }
        [warning] { $count ->
            [one] { $count } warning
           *[other] { $count } warnings
        }
       *[problem] { $count ->
            [one] { $count } problem
           *[other] { $count } problems
        }
    }
# `--profile NAME` named one that cannot be opened: `$error` says why,
# `$using` is the profile used instead.
cli-profile-not-opened = The profile was not opened: { $error }. Using "{ $using }".
# A routine id no routine has: `$known` lists the ids there are.
cli-unknown-routine = there is no routine "{ $routine }"; routines: { $known }
# The window opened with problems in the content: `$count` problems,
# `$first` the first of them.
cli-content-problems = { $count ->
        [one] { $count } problem in the exercise content; what was valid is loaded. First: { $first }
       *[other] { $count } problems in the exercise content; what was valid is loaded. First: { $first }
    }
# The program could not find its own file (`$error` says why).
cli-program-not-found = finding this program: { $error }

## `limber check`

# The summary with problems: `$found` is the counts ("2 areas, 5
# exercises, …, 3 problems"), `$errors` and `$warnings` counted the same way.
check-summary-problems = { $found } ({ $errors }, { $warnings })

## `limber export-routine` and `limber import`

# Written in a pack's manifest: whose doses it carries and when
# (`$date`, a long date).
pack-provenance = { $profile }'s doses on { $date }
# An exercise of the routine the content lacks (`$exercise` its id).
cli-pack-exercise-missing = exercise "{ $exercise }" is not in the content; left out of the pack
# `$path` the pack written, `$routine` the routine's id, `$counts` what it
# holds ("3 exercises, 1 area, …").
cli-pack-exported = { $path }: routine "{ $routine }" with { $profile }'s doses; { $counts }
# `$pack` the pack read, `$folder` where it went, `$routines` its
# routines' ids (`$routine_count` of them), `$counts` what it holds.
cli-pack-imported = Imported { $pack } into { $folder }: routines { $routine_count ->
        [0] none
       *[other] { $routines }
    }; { $counts }
# The same for a pack that says who made it and when (`$about`).
cli-pack-imported-about = Imported { $pack } ({ $about }) into { $folder }: routines { $routine_count ->
        [0] none
       *[other] { $routines }
    }; { $counts }
# An item of the pack replaced one of the same id (`$item`).
cli-pack-replaces = Replaces { $item }

## `limber report`

cli-report-plan-left-out = the weekly plan is left out: { $error }
# `$from` and `$to` are dates (YYYY-MM-DD).
cli-report-from-after-to = --from { $from } is after --to { $to }
cli-report-too-long = a report covers at most ten years; { $from } to { $to } is longer
cli-report-needs-out = give --out FILE.pdf for the PDF report (or --csv for CSV on the terminal)
# After the PDF was written: `$path`, `$profile`'s name, `$pages` ("2
# pages"), `$headline` (the report's first finding).
cli-report-written = { $path }: visit report for { $profile } ({ $pages }). { $headline }

## `limber figures`

# `$count` files written into `$folder`.
cli-figures-icons-written = { $count } icon files written to { $folder }
cli-figures-guide-written = { $count } guide pictures written to { $folder }
cli-figures-written = { $count } figures written to { $folder }
cli-figures-watch-needs-content = --watch needs --content DIR, the folder whose poses you are writing
cli-figures-watching = Watching { $folder } for changes (Ctrl+C stops)
# After a save: `$changed` the files saved.
cli-figures-rewritten = { $changed } changed: { $count } figures written to { $folder }
