### Words every area uses: the language's own name, the names of the
### languages, sides and limbs, and how dates and times are written.
###
### English is the source; the other languages keep the same message ids
### in a file of the same name (see docs/translating.md).

## This language

# The language's name in itself, as a list of languages shows it
# ("English", "Español", "Deutsch", "简体中文").
language-name = English

# A language named in a sentence of this language ("No voice speaks
# Spanish"): `$tag` is the language's tag.
language-called = { $tag ->
        [en] English
        [es] Spanish
        [de] German
        [fr] French
        [pt-BR] Brazilian Portuguese
        [zh-CN] Simplified Chinese
        [en-XA] Pseudo-English
       *[other] { $tag }
    }

## Sides. Messages that name a side take `$side` (`left` or `right`) and,
## for a sided exercise, `$limb` (`leg`, `arm` or `side`). A language whose
## words change with gender or case selects on them and keeps its forms in
## terms (docs/translating.md shows Spanish and German).

# A side as an exercise's text says it where it writes `{side}` or
# `{other}`. `$form` is what a translated exercise text asks for after a
# colon (`{side:f}`): the grammatical form that sentence needs, as the
# language names them (docs/translating.md). English needs none, so every
# form is the plain word.
content-side = { $form ->
       *[plain] { $side ->
            [left] left
           *[right] right
        }
    }

# One side of a sided exercise: "left leg", "right arm", "left side".
side-of-limb = { $side ->
        [left] left
       *[right] right
    } { $limb ->
        [leg] leg
        [arm] arm
       *[side] side
    }

## Dates and times. The names of weekdays and months and the numeric date
## come from the language's locale data; these patterns put them in order
## (chrono's strftime: %A weekday, %-d day, %B month, %Y year, %H:%M the
## 24-hour time, %x the locale's numeric date, %a and %b short names).

# "Monday 3 March 2026"
date-long = %A %-d %B %Y
# "Mon 3 Mar"
date-short = %a %-d %b
# "3 March"
date-day-month = %-d %B
# "08:05"
time-of-day = %H:%M
# "03/03/2026" in the US, "03/03/26" in Spain: the locale's own.
date-numeric = %x
# A date and a time together: "Monday 3 March 2026, 08:05".
date-and-time = { $date }, { $time }

## The window: its title and the screens' names (the title, and the
## heading of the Keys sheet).

# The window's title on the Home screen.
window-title-home = Limber
# The window's title on any other screen; `$screen` is the screen's name
# or the routine's title.
window-title = Limber — { $screen }
# The window's title on the screen after a routine.
window-title-finish = Finished
# The window's title when the profile was written by a newer Limber.
window-title-newer = A profile from a newer Limber
screen-home = Home
screen-routine = Routine
# The screen that plays a routine.
screen-player = Exercise
screen-finish = Finish
screen-settings = Settings
screen-safety = Safety
screen-history = History
screen-exercises = Exercises
screen-plan = Plan
screen-newer = Newer profile

## Controls on many screens.

# The button at the start of a screen's title bar.
common-back = ← Back

## The Keys sheet (`?`): a screen's keyboard keys and what they do.

# Its heading; `$screen` is the screen's name.
keys-title = Keys: { $screen }
keys-close = Close
keys-help = Show or hide this list of keys
keys-back = Back
# Words printed on keys, as the sheet names them. Letters, digits and
# arrows are shown as they are.
keys-esc = Esc
keys-enter = Enter
keys-space = Space
keys-delete = Delete
keys-shift = Shift
keys-tab = Tab
keys-ctrl = Ctrl
keys-alt = Alt
keys-page = Page
keys-up = Up
keys-down = Down
# Between two keys that do the same ("Enter or Esc").
keys-or = or

## The 0–10 pain scale (Routine, Finish).

# Under the scale's ends.
pain-scale-none = 0 = no pain
pain-scale-worst = 10 = worst imaginable
