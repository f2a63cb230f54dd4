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
## The routine sheet (`limber print`, Print on the Routine screen): a
## routine on paper, to follow on the floor.

# The PDF's title: `$routine` is the routine's title.
paper-sheet-title = { $routine } — exercise sheet
# Every page's footer: the routine, whose doses (`$who`, as
# `paper-sheet-for` or `paper-sheet-level-doses` writes it), the date.
paper-sheet-footer = { $routine } · { $who } · printed { $date }
paper-sheet-for = for { $profile }
# `$level` is an intensity's name.
paper-sheet-level-doses = { $level } doses
# Under the title: whose (`$whose`, one of the two below), the date, how
# many exercises and about how long (`$length`, "5 min").
paper-sheet-whose-profile = Home exercises for { $profile }
paper-sheet-whose-level = Home exercises at the { $level } level
paper-sheet-subtitle = { $exercises ->
        [one] { $whose } · { $date } · { $exercises } exercise, about { $length } in all, in this order
       *[other] { $whose } · { $date } · { $exercises } exercises, about { $length } in all, in this order
    }
paper-sheet-nothing-to-print = None of this routine's exercises could be loaded, so there is nothing to print.
# Bold labels before their text (a space follows each).
paper-sheet-left-out = Left out for now:
paper-sheet-every-exercise = For every exercise:
paper-sheet-take-care = Take care:
paper-sheet-tip = Tip:
# `$variation` is the variation's title, in lower case.
paper-sheet-variation = Variation, { $variation }:
# The exercises left out (`$exercises`, their titles).
paper-sheet-left-out-which = { $exercises } (after it hurt; ask your physiotherapist before taking it up again).
# In place of a figure.
paper-sheet-no-picture = (no picture)
paper-sheet-picture-missing = (picture missing)
# An exercise's level (`$level`, an intensity's name); "own values" when
# the person set the hold or the repetitions themselves.
paper-sheet-level = { $level } level
paper-sheet-level-own-values = { $level } level, own values

## Every paper

# A page's number, at the foot of each page.
paper-page = Page { $page } of { $pages }
# What was written: `$pages` pages on `$paper` (A4, Letter).
paper-pages = { $pages ->
        [one] { $pages } page, { $paper }
       *[other] { $pages } pages, { $paper }
    }
# The visit report's title: `$profile` is the person's name.
paper-report-title = Visit report — { $profile }
# A paper size's name; `$paper` is a4 or letter.
paper-size-name = { $paper ->
        [a4] A4
       *[letter] Letter
    }
# Text in a script (`$script`: Han, Devanagari, …) that no font on this
# computer has.
paper-missing-script = No font on this computer has { $script } letters, so that text is shown as boxes on the paper; installing a font with them (such as Noto Sans { $script }) fixes it.
# Why a paper could not be saved or made.
paper-is-folder = it is a folder
paper-font-unreadable = the paper font could not be read
# `$width` and `$height` in points.
paper-bad-size = bad page size { $width }×{ $height }
# The paper could not be made (`$reason` says why) or written.
paper-pdf-failed = could not make the PDF: { $reason }
paper-write-failed = could not write { $path }: { $error }

# A heading of the routine sheet run on with its text (the safety box).
paper-section-heading = { $heading }:
