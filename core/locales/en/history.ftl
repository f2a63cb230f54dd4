### The History screen and `limber history`'s table (not its CSV).
###
### English is the source; the other languages keep the same message ids
### in a file of the same name (see docs/translating.md).

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
