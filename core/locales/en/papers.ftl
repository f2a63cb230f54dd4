### The routine sheet and the visit report (PDF).
###
### English is the source; the other languages keep the same message ids
### in a file of the same name (see docs/translating.md).

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
