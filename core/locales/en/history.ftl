### The History screen and `limber history`'s table (not its CSV).
###
### English is the source; the other languages keep the same message ids
### in a file of the same name (see docs/translating.md).

## The History screen.

# Its title; `$profile` is the profile's name.
history-title = History of { $profile }
history-no-sessions = No sessions yet. Finished and stopped sessions appear here.
# The pain chart's heading and its legend (a dot of the line's colour).
history-pain-chart = Pain (0–10)
history-legend-after = ● after
history-legend-before = ● before
history-week-chart = Sessions per week
# Above the list of sessions.
history-sessions = { $count ->
        [one] Sessions (1 session, newest first)
       *[other] Sessions ({ $count } sessions, newest first)
    }
# A session's pain: before → after, or one of them.
history-pain-before-after = pain { $before } → { $after }
history-pain-before = pain before { $before }
history-pain-after = pain after { $after }
# Exercises done of the session's: "2/3 done".
history-done = { $done }/{ $count } done
# On a second line where the window is narrow: "2/3 done · Usual/Strong";
# `$levels` are the intensities' names already written.
history-done-and-levels = { $done } · { $levels }
# Under a session where a sided exercise was done more on one side.
history-sides = { $exercise }: left { $left }, right { $right }
history-planned-days = Planned days
# The Monday a week of the planned days starts on, as a chrono pattern
# (see common.ftl's dates): "3 Mar".
history-week-start = %-d %b

## The Keys sheet (?) on the History screen.

history-key-scroll = Scroll the sessions
history-key-page = Scroll a page
history-key-visit-report = Visit report (then Enter saves, Esc closes the form)
## `limber history`: a profile's sessions as a table (the CSV's header and
## values stay English: they are not translated).

history-table-no-sessions = No sessions yet.
# The table's column headings. `$column` is one of: started (when the
# session started), routine, time (how long it took), done (exercises
# done), pain-before, pain-after (0–10), ended (how it ended).
history-table-column = { $column ->
        [started] Started
        [routine] Routine
        [time] Time
        [done] Exercises done
        [pain-before] Pain before
        [pain-after] Pain after
       *[ended] Ended
    }
# Exercises done of those in the session: "2 of 3".
history-exercises-done = { $done } of { $exercises }
# How a session ended (the table, the History screen, the visit report):
# `$exercise` is the title of the exercise it stopped in.
history-ended-finished = finished
history-ended-stopped = stopped in { $exercise }
history-ended-stopped-for-pain = stopped for pain in { $exercise }

# When a session was, counted in days in the person's time zone
# (`$days`: 0 today, 1 yesterday, up to 13), then in weeks (`$weeks`).
history-when-days = { $days ->
        [0] today
        [1] yesterday
       *[other] { $days } days ago
    }
history-when-weeks = { $weeks ->
        [one] { $weeks } week ago
       *[other] { $weeks } weeks ago
    }
