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
