### The routine sheet and the visit report (PDF).
###
### English is the source; the other languages keep the same message ids
### in a file of the same name (see docs/translating.md).

## Saving a paper from the window: the save dialog, the visit report's
## form on the History screen, and the notices after.

# The save dialog's titles.
papers-save-sheet-title = Save the routine sheet
papers-save-report-title = Save the visit report
# The routine went away while its sheet was being saved; `$routine` is its id.
papers-routine-gone = The routine "{ $routine }" is no longer loaded.
# After saving the sheet. `$routine` is its title, `$path` where it went,
# `$pages` the pages and paper already written ("1 page, A4").
papers-sheet-saved = Saved the sheet for { $routine } to { $path } ({ $pages }).
# After saving the visit report; `$headline` is its first finding, a
# sentence already written.
papers-report-saved = Saved the visit report ({ $pages }) to { $path }. { $headline }
papers-report-saved-csv = Saved the visit report as CSV to { $path }. { $headline }
# The plan could not be read for the report; `$reason` says why.
papers-plan-left-out = The weekly plan is left out: { $reason }
# No dialog could open, so the file went to the documents folder;
# `$notice` is the notice above, already written.
papers-no-dialog = No save dialog could be opened on this desktop. { $notice }
# `$what` is `sheet` or `report`; `$reason` says why.
papers-not-saved = Could not save { $what ->
        [sheet] the routine sheet
       *[report] the visit report
    }: { $reason }
papers-not-saved-stopped = Could not save { $what ->
        [sheet] the routine sheet
       *[report] the visit report
    }: the work stopped unexpectedly.
# The History screen's button, and its form.
papers-visit-report = Visit report…
papers-period = Period
papers-span-weeks = { $count } weeks
papers-span-six-months = 6 months
papers-span-everything = Everything
papers-save-as = Save as
papers-format-pdf = PDF to print
papers-format-csv = CSV for a spreadsheet
# The period and how many sessions it holds; `$from` and `$to` are dates
# already written.
papers-period-summary = { $from } to { $to } · { $count ->
        [one] 1 session
       *[other] { $count } sessions
    }
papers-save-report = Save report…
# The kinds of file the save dialog filters on.
papers-file-kind-pdf = PDF document
papers-file-kind-csv = CSV spreadsheet
papers-file-kind-calendar = Calendar
