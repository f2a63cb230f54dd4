### The weekly plan, its reminders (the notifications) and `limber plan`.
###
### English is the source; the other languages keep the same message ids
### in a file of the same name (see docs/translating.md).

## The Plan screen.

# Its title; `$profile` is the profile's name.
plan-title = Plan for { $profile }
plan-unreadable = The plan of this profile could not be read; the notice above says why.
# In place of a planned routine's length when the content lacks it.
plan-routine-not-loaded = not in the loaded content
plan-ask-remove = Take off the plan…
# Before the time field, and the field's placeholder (a time as typed).
plan-at = At
plan-time-placeholder = 08:00
# Beside the hour's and the minutes' − and +.
plan-hour = hour
plan-minutes = minutes
plan-bad-time = Write the time like 08:00 or 18:30, then press Enter.
plan-remove = Take it off
plan-keep = Keep it
# A routine to add to the plan; `$routine` is its title.
plan-add = + { $routine }
plan-add-first = Add a routine to your plan
plan-add-another = Add another routine
# Under the routines to add; `$days` are the days already written, `$time`
# a time of day ("08:00").
plan-new-starts = It starts on { $days } at { $time }; change the days and time after.
plan-all-planned = Every routine is on the plan.
plan-reminders = Reminders
# While Limber asks the system how reminders run.
plan-reminders-looking = Looking at how reminders run…
plan-calendar = Calendar
# `$error` is the system's reason.
plan-calendar-not-saved = The calendar file was not saved: { $error }
# The save dialog's title for the calendar file.
plan-save-calendar-title = Save the plan to a calendar file
# The calendar file could not be written and no reason came back.
plan-calendar-not-written = the file was not written
## The weekly plan, the reminders and the week's progress (Home, the Plan
## screen, History, `limber plan`, the notifications, the calendar file).
## Calm and without guilt: a missed day is a fact, never a failure.
## Times (`$time`) and dates come written as `time-of-day` and
## `date-short` (common.ftl) write them; `$routine` is a routine's title.

# Said wherever a missed day shows.
plan-missed-days-are-fine = Missed days are fine — start gently again.
# How long a routine takes, as a promise: `$minutes` is 0 for under a
# minute, else rounded to the nearest minute.
plan-about = { $minutes ->
        [0] under a minute
        [one] about { $minutes } minute
       *[other] about { $minutes } minutes
    }
# Days of the week of a planned routine: every day, none, a run of three
# or more days in a row (`$first`, `$last`: the short names of its first
# and last day, "Mon–Thu"), else the short names with this between them.
plan-days-every-day = every day
plan-days-none = no days
plan-days-range = { $first }–{ $last }
plan-days-separator = {", "}
# One planned routine: `$days` as the messages above write them.
plan-line = { $routine }, { $days } at { $time }
# The week in one phrase, after "This week:": `$done` sessions of the
# `$planned` planned ones.
plan-week-summary = { $planned ->
        [0] nothing planned
        [one] { $done } of { $planned } planned session
       *[other] { $done } of { $planned } planned sessions
    }
# A week on the History screen: "4 of 5".
plan-week-count = { $done } of { $planned }
# Planned days kept one after another (`$run`, 1 or more).
plan-run = { $run ->
        [one] { $run } planned day kept
       *[other] { $run } planned days kept in a row
    }
# A day's status, as a word (the terminal, screen readers). `$status` is
# free (nothing planned), done, partly (some of it done), missed, to-come.
plan-day-status = { $status ->
        [free] free
        [done] done
        [partly] partly done
        [missed] missed
       *[to-come] to come
    }

## Home

# Home with no plan: a quiet invitation, and its button.
plan-invitation = Coming back often helps.
plan-make-a-plan = Make a plan
# One planned routine today: its time has not come yet (`$about` as
# `plan-about` says it), its time has passed, it is done.
plan-today-later = Today: { $routine } at { $time } ({ $about })
plan-today-later-no-length = Today: { $routine } at { $time }
plan-today-due = { $routine } was planned for { $time } — any time today is fine.
plan-today-done = { $routine }: done today.
# The next planned session. `$when` is today, tomorrow, weekday (within
# the week: `$day` is the weekday's name) or date (a week or more away:
# `$date`, "Mon 20 May").
plan-next = { $when ->
        [today] Next: { $routine } today at { $time }
        [tomorrow] Next: { $routine } tomorrow at { $time }
        [weekday] Next: { $routine } on { $day } at { $time }
       *[date] Next: { $routine } on { $date } at { $time }
    }

## The Plan screen

# The screen's first lines, true to how reminders run: `$running` is yes,
# no or unknown (reminders run while `limber remind` does).
plan-intro = { $running ->
        [yes] Choose a routine, its days and a time. At that time Limber reminds you with a notification, also when its window is closed.
        [no] Choose a routine, its days and a time. Limber reminds you with a notification at that time once reminders are running (see Reminders); until then, Home shows what is planned today.
       *[unknown] Choose a routine, its days and a time. While reminders are running, Limber reminds you with a notification at that time, even with its window closed.
    }
# Under a routine whose days were all turned off.
plan-no-days = No days chosen: it stays in the plan and is never reminded.
# Asked before a routine leaves the plan.
plan-remove-question = Take { $routine } off the plan? The sessions you did stay in your history.
# How reminders run: `$running` (now) and `$login` (they start at login)
# are yes, no or unknown; nothing is said about login when unknown.
plan-reminders-status = { $running ->
        [yes] Reminders are running now.
        [no] Reminders are not running now.
       *[unknown] Limber cannot tell whether reminders are running now.
    }{ $login ->
        [yes] {" "}They start by themselves when you log in.
        [no] {" "}They do not start by themselves when you log in.
       *[unknown] {""}
    }
plan-start-at-login = Start at login
plan-start-reminders-now = Start reminders now
plan-save-to-calendar = Save to calendar…
# Beside the calendar button.
plan-calendar-hint = For your calendar app: a file with a weekly event for each routine, with an alarm.
# The calendar button with nothing on any day.
plan-calendar-needs-days = Plan a routine on at least one day to save it to a calendar.
# The save dialog answered without a file (cancelled, or no dialog could
# open). Keep the command as it is.
plan-calendar-nothing-saved = Nothing was saved. If no dialog appeared, `limber plan --ics > limber-plan.ics` in a terminal writes the same file.
# After the calendar file was written: `$path` is where.
plan-calendar-saved = Saved to { $path }. Open it with your calendar app to add the plan there.

## The calendar file (its name, each event's title and notes)

# `$profile` is the profile's name.
calendar-name = Limber plan — { $profile }
calendar-event-title = { $routine } — Limber
# `$minutes` as for `plan-about`.
calendar-event-notes = { $minutes ->
        [0] Under a minute of exercises. Open Limber and choose { $routine }.
        [one] About { $minutes } minute of exercises. Open Limber and choose { $routine }.
       *[other] About { $minutes } minutes of exercises. Open Limber and choose { $routine }.
    }
calendar-event-notes-no-length = Open Limber and choose { $routine }.

## Reminders (the desktop notification)

# The title: `$about` as `plan-about` says it.
reminder-title = Time for { $routine } — { $about }
reminder-title-no-length = Time for { $routine }
# The body: planned for now, snoozed, later the same day, a day that went
# by (`$day` is its weekday's name).
reminder-body-on-time = Planned for { $time }. A few calm minutes for your body.
reminder-body-snoozed = Snoozed from { $time }. Ready when you are.
reminder-body-later-today = It was planned for { $time }; any time today is fine.
reminder-body-earlier-day = It was planned for { $day }, { $time }. { plan-missed-days-are-fine }
# The notification's buttons.
reminder-action-start = Start
reminder-action-snooze = Snooze 10 min
reminder-action-done-today = Done today

## Reading what a person types for a plan (`limber plan add --days … --at
## …`, dates). Keep the examples as they are: they are what to type.

# `$part` is the word given.
plan-days-not-a-day = "{ $part }" is not a day; write days like mon,wed,fri or mon-fri, or weekdays, weekends, daily
plan-days-not-given = no days given; write days like mon,wed,fri or mon-fri
# `$text` is what was given.
plan-time-invalid = "{ $text }" is not a time of day; write it like 08:00 or 18:30
plan-date-invalid = "{ $text }" is not a date like 2024-05-13
# `limber plan --ics` with nothing planned: `$profile` is the profile's name.
calendar-nothing-planned = nothing is planned for { $profile } yet, so there is no calendar to export; add a routine first, e.g. `limber plan add lower-back --days mon-fri --at 08:00`

## Starting the reminders (`limber remind`) from the Plan screen

# `$program` is the program's path, `$error` why it could not start.
reminders-start-failed = starting { $program } remind: { $error }
# It started and ended at once: `$status` is how it ended.
reminders-ended-at-once = limber remind ended at once ({ $status })
# The desktop's notifications stopped answering (`$error` says why, for
# the thread case).
reminders-thread-failed = starting a thread: { $error }
reminders-notifier-stopped = the notifier stopped

## Reminders and starting at login: what went wrong.

plan-reminder-not-shown = the reminder could not be shown: { $reason }
plan-login-no-folder = cannot find the folder for programs started at login on this system
plan-login-not-changed = the login item could not be changed: { $reason }
# Where the login entry was written; `$entry` is its name.
plan-login-where-windows = the login programs (registry Run key "{ $entry }")
plan-login-where-macos = the login item "{ $entry }"
