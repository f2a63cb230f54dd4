### The visit report (`limber report`, Visit report… on the History
### screen): a PDF for a physiotherapist or doctor, about a period of the
### person's sessions.
###
### English is the source; the other languages keep the same message ids
### in a file of the same name (see docs/translating.md).

## The page's title, subtitle and footer

report-title = Visit report
# `$profile` is the person's name, `$from` and `$to` the period's first
# and last dates ("3 March 2026"), `$days` its length in days, `$made` the
# day the report was made.
report-subtitle = { $profile } · { $from } to { $to } ({ $days ->
        [one] 1 day
       *[other] { $days } days
    }) · made { $made }
# At the foot of every page (with the page number on the right).
report-footer = Limber visit report · { $profile } · { $from } to { $to }

## Section titles

report-section-weeks = Sessions per week
report-section-pain = Pain before and after
report-section-exercises = Exercises and doses
report-section-stopped = Stopped sessions
report-section-sides = Left and right
report-section-unfinished = Exercises not done or not finished
report-section-all-sessions = All sessions

## Lists and numbers

# Between the items of a list ("3 May, 10 May").
report-list-separator = {", "}
# A list cut short: `$list` is the items shown, `$more` how many more.
report-list-more = { $list } and { $more } more
# Between the parts of one line ("not done: …; not every hold: …").
report-parts-separator = {"; "}
# The decimal mark of an average ("2.5").
report-decimal-mark = {"."}
# A bold label before its text; `$label` is one of the labels below.
report-label = { $label }:
# Between two sentences (a space; none in Chinese).
report-sentence-gap = {" "}
# After a bold label, before its text (a space; none in Chinese).
report-label-gap = {" "}
# A session's day and time ("14 May 07:42"): `$date` and `$time` already
# written.
report-day-and-time = { $date } { $time }
# Two dates: the first and last of a run of sessions.
report-date-range = { $from } to { $to }
# "2 of 3": done of planned (holds, or exercises of a session).
report-of = { $done } of { $planned }

## The key facts at the top

# The first line. `$sessions` is how many sessions the period holds,
# `$days` on how many different days.
report-headline = { $sessions ->
        [0] No sessions in this period.
        [one] 1 session in this period.
       *[other] { $sessions } sessions in this period, { $days ->
            [one] on 1 day
           *[other] on { $days } different days
        }.
    }
report-thin = That is too few to show a trend; the numbers below are what there is.
report-before-period = { $count ->
        [one] 1 session before this period is not included.
       *[other] { $count } sessions before this period are not included.
    }
report-after-period = { $count ->
        [one] 1 session after this period is not included.
       *[other] { $count } sessions after this period are not included.
    }
# The labels of the key facts, each before its text.
report-label-plan = Plan
report-label-time = Time
report-label-pain = Pain
report-label-left-out = Left out
report-label-finished = Finished
report-label-doses = Doses
# Adherence to the weekly plan: `$kept` sessions done of `$planned` planned,
# `$percent` the share.
report-plan-kept = { $kept } of { $planned } planned sessions done ({ $percent }%)
# When the days kept cannot be told apart: `$done` done, `$planned` planned.
report-plan-done = { $done } sessions done, { $planned } planned
# `$kept` is one of the two above, `$date` the last day counted, `$done`
# the sessions in all, `$plan` the plan in words ("Lower back, Mon, Wed,
# Fri at 08:00").
report-plan = { $kept } up to { $date }, { $done ->
        [one] 1 session
       *[other] { $done } sessions
    } in all. Planned: { $plan }.
# A planned routine (`$line`, as the plan writes it) and the day it was
# planned from.
report-plan-since = { $line }, since { $date }
report-plan-none-asked = the plan ({ $plan }) asked for no sessions in this period so far.
report-no-plan = no plan is set, so sessions are counted per week without a target.
# `$length` is the time exercised ("2 h 10 min"); `$average` sessions a
# week, a number with one decimal ("2.5").
report-time = { $length } of exercise in all.
report-time-per-week = { $length } of exercise in all; { $average } sessions a week on average.
report-pain-none = no ratings in this period.
# Pain from 0 to 10: `$before` and `$after` are means with one decimal,
# over `$paired` sessions rated both before and after.
report-pain-average = on average { $before } before and { $after } after, in the { $paired ->
        [one] 1 session
       *[other] { $paired } sessions
    } rated both times (0 to 10).
# The same, and the mean before sessions in the first (`$first`) and the
# second (`$second`) half of the period.
report-pain-average-halves = on average { $before } before and { $after } after, in the { $paired ->
        [one] 1 session
       *[other] { $paired } sessions
    } rated both times (0 to 10); before sessions { $first } in the first half of the period and { $second } in the second.
report-pain-unrated = { $count ->
        [one] 1 session without a rating.
       *[other] { $count } sessions without a rating.
    }
report-pain-unpaired = { $count ->
        [one] 1 session rated, none both before and after, so there is no average to compare.
       *[other] { $count } sessions rated, none both before and after, so there is no average to compare.
    }
# A warning label (in the caution colour), and what follows it.
report-pain-went-up = Pain went up:
# `$dates` is a list of days ("3 May, 10 May").
report-pain-higher-after = higher after than before in { $count ->
        [one] 1 session
       *[other] { $count } sessions
    } ({ $dates }).
# Pain of 6 or more after a session; `$alone` is yes when nothing comes
# before it on the line, no after the sentence above.
report-pain-high-after = { $alone ->
        [yes] { $count ->
            [one] 6 or more after 1 session.
           *[other] 6 or more after { $count } sessions.
        }
       *[no] { $count ->
            [one] Rated 6 or more after 1 session.
           *[other] Rated 6 or more after { $count } sessions.
        }
    }
report-stopped-hurt-label = Stopped because it hurt:
report-stopped-hurt = { $count ->
        [one] 1 session
       *[other] { $count } sessions
    } ({ $dates }); see Stopped sessions below.
# `$exercises` is a list of exercise titles, `$count` how many.
report-left-out = { $count ->
        [one] { $exercises }: the person chose to leave it out of their routines after it hurt.
       *[other] { $exercises }: the person chose to leave them out of their routines after it hurt.
    }
report-finished-all = every exercise of every session was done.
report-finished-some = { $sessions ->
        [one] 1 session
       *[other] { $sessions } sessions
    } stopped before the end; { $exercises ->
        [one] 1 exercise
       *[other] { $exercises } exercises
    } not done or not finished.
report-doses-same = the same doses throughout.
# Changes of dose: `$ups` to a higher intensity, `$downs` to a lower one,
# `$others` other changes (hold or repetitions at the same intensity).
report-doses-changed = { $ups ->
        [one] 1 step up
       *[other] { $ups } steps up
    }, { $downs ->
        [one] 1 step down
       *[other] { $downs } steps down
    }{ $others ->
        [0] .
        [one] , 1 other adjustment.
       *[other] , { $others } other adjustments.
    }

## The charts

report-weeks-note = Weeks start on Monday; the date is the Monday.
report-weeks-partial = Pale bars: weeks only partly inside the period.
report-weeks-planned = Dashed line: sessions planned that week.
report-pain-chart-empty = No pain ratings in this period: nothing to chart.
# The pain chart's legend.
report-legend-before = Before the session
report-legend-after = After
report-legend-stopped = Stopped because it hurt
report-legend-change = Grey line: the change within one session.
report-pain-chart-note = Pain as rated in the app, 0 (none) to 10 (worst). Dates are Mondays.
# `$rated` is how many sessions were rated.
report-pain-chart-daily = Each point is one day's average ({ $rated } rated sessions in all).
report-pain-chart-unrated = { $count ->
        [one] 1 session without a rating is not shown.
       *[other] { $count } sessions without a rating are not shown.
    }

## Exercises and doses

# After an exercise's title: how often it was done (`$done`) and not
# done (`$notdone`).
report-exercise-counts = { $notdone ->
        [0] { $done ->
            [one] done 1 time
           *[other] done { $done } times
        }
       *[other] { $done ->
            [one] done 1 time
           *[other] done { $done } times
        }, not done { $notdone ->
            [one] 1 time
           *[other] { $notdone } times
        }
    }
# A dose: `$level` is the intensity's name (Gentle, Standard, Strong), `$hold`
# the hold ("15 s"), `$repetitions` the count; `$limb` is leg, arm or side
# for an exercise done on each side, none otherwise.
report-dose = { $level }, { $hold } × { $repetitions }{ $limb ->
        [leg] {" "}each leg
        [arm] {" "}each arm
        [side] {" "}each side
       *[none] {""}
    }
# When a dose was used (`$when`, a date or two) and in how many sessions.
report-run-when = { $when } ({ $sessions ->
        [one] 1 session
       *[other] { $sessions } sessions
    })
# A change of dose on `$date`; `$kind` is up, down or adjusted.
report-change = { $kind ->
        [up] Stepped up
        [down] Stepped down
       *[adjusted] Adjusted
    } { $date }:
report-sides-differ-label = Left and right differ:
# Holds done on each side (`$left`, `$right`) of `$planned` planned on
# each, over `$sessions` sessions.
report-sides-differ = left { $left } of { $planned } holds, right { $right } of { $planned } ({ $sessions ->
        [one] 1 session
       *[other] { $sessions } sessions
    }).
report-more-lines = { $count ->
        [one] … and 1 more line: the CSV (--csv) has every session.
       *[other] … and { $count } more lines: the CSV (--csv) has every session.
    }
report-more-exercises = { $count ->
        [one] … and 1 more exercise: the CSV (--csv) has every session.
       *[other] … and { $count } more exercises: the CSV (--csv) has every session.
    }
# Facts older sessions did not record; `$what` is ending (how a session
# ended) or sides (each side's holds).
report-not-recorded = Not recorded for { $count ->
        [one] 1 session
       *[other] { $count } sessions
    } saved before Limber kept { $what ->
        [ending] how a session ended
       *[sides] each side's holds
    }.

## Stopped sessions

report-stops-not-recorded = Not recorded: these sessions were saved before Limber kept how a session ended.
report-stops-none = None: every session with a recorded ending ran to the end of its routine.
# Pain ratings of a session (0 to 10), after its line.
report-pain-both = (pain { $before } → { $after })
report-pain-before-only = (pain { $before } before)
report-pain-after-only = (pain { $after } after)
# A stopped session: `$routine` its title, `$why` pain (stopped because it
# hurt) or stopped; `$at` is yes when `$exercise` names where it stopped;
# `$done` exercises done of `$total`; `$pain` its pain ratings as above
# (or nothing).
report-stop = { $routine }: { $why ->
        [pain] stopped because it hurt
       *[stopped] stopped
    }{ $at ->
        [yes] {" "}in { $exercise }
       *[no] {""}
    }, { $done } of { $total } exercises done{ $pain }.

## Left and right

report-sides-not-recorded = Not recorded: these sessions were saved before Limber kept each side's holds.
report-sides-none-sided = No exercise done in this period works one side at a time.
report-sides-same = The same on both sides every time: every hold on the left was matched on the right.
report-sides-differed = Sessions where the holds done on the left and the right differed ({ $count ->
        [one] 1 time
       *[other] { $count } times
    }; holds done of those planned on each side):
# `$left` and `$right` are "2 of 3" (holds done of planned).
report-sides-line = { $exercise }: left { $left }, right { $right }.
report-more-sessions = … and { $count } more: the CSV has every session.

## Exercises not done or not finished

report-unfinished-none = None: every exercise was done in every session.
report-nothing-done = nothing done
# `$exercises` is a list of titles; `$stopped` is yes when the session was
# stopped.
report-not-done = { $stopped ->
        [yes] not done (stopped): { $exercises }
       *[no] not done: { $exercises }
    }
report-not-every-hold = not every hold: { $exercises }
# `$routine` is the routine's title, `$what` the parts above.
report-unfinished-line = { $routine }, { $what }
report-earlier = { $count ->
        [one] 1 earlier session before these not listed: the CSV (--csv) has every session.
       *[other] { $count } earlier sessions before these not listed: the CSV (--csv) has every session.
    }

## The table of all sessions

report-column-date = Date
report-column-routine = Routine
report-column-length = Length
report-column-pain-before = Pain before
report-column-pain-after = Pain after
report-column-exercises-done = Exercises done
report-column-ended = Ended
# How a session ended; `$how` is finished, stopped or pain.
report-ended = { $how ->
        [finished] finished
        [stopped] stopped
       *[pain] stopped: hurt
    }
report-ended-unknown = Ended “–”: not recorded (the session was saved before Limber kept how it ended).
report-table-cut = The { $shown } most recent sessions are listed; { $skipped } earlier ones are in the CSV (--csv).
