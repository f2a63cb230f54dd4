### New routine: the routine builder.
###
### English is the source; the other languages keep the same message ids
### in a file of the same name (see docs/translating.md).

## The builder's screen.

# The screen's title when making a routine.
builder-title-new = New routine
# The screen's title when changing one of one's own routines.
builder-title-edit = Edit routine

# The name field, its label and placeholder.
builder-name = Name
builder-name-placeholder = For example: Morning stretch
# A pasted name was too long; `$count` is the most characters a name has.
builder-name-cut = A name has at most { $count } characters; the rest was left out.
builder-your-routine = Your routine
# The routine while it has no exercise.
builder-empty = Add exercises from the list on the right: click one, or type part of its name or area and press Enter.
# An exercise could not be added; `$reason` says why (already written).
builder-refused = { $exercise }: { $reason }
# A value of an exercise brought within its limits; `$what` says what
# (already written).
builder-adjusted = { $exercise }: { $what }.
# A row's tools.
builder-up = ↑ Up
builder-down = ↓ Down
builder-remove = Remove
# A row whose exercise is no longer in the content; `$exercise` is its id.
builder-exercise-gone = { $number }. "{ $exercise }" is not in the exercises any more; remove it to save.
# Under a row's steppers: what the exercise allows. `$hold` and
# `$repetitions` are a number or a range ("15–30"); `$per_side` is
# " each leg" (leading space) or empty.
builder-suggested = This exercise: hold { $hold } s, { $repetitions }{ $per_side }
# The profile's own values win over the routine's.
builder-own-hold = Your own { $seconds } s hold, set on a routine's screen, plays instead.
builder-own-repetitions = Your own { $count } repetitions, set on a routine's screen, play instead.
# The list of exercises to add.
builder-add-exercises = Add exercises
builder-search-placeholder = Search by name or area
# `$query` is what was typed.
builder-no-match = No exercise matches “{ $query }”.
builder-more-found = { $count } more: type more of the name.
# On an exercise of the list: in the routine already, or to add.
builder-added = Added ✓
builder-add = + Add
# The line of keys at the bottom, for where the keyboard is.
builder-keys-delete-question = Enter deletes · Esc keeps it
builder-keys-leave-question = Enter: keep editing · Esc leaves without saving
builder-keys-name = Type the name · Enter or Tab: on to the exercises · Ctrl+S saves · Esc: back
builder-keys-library = Type to search · ↑ ↓ choose · Enter adds · Tab: your routine · Ctrl+S saves
builder-keys-routine = ↑ ↓ choose · Alt+↑ ↓ move · ← → hold · Shift+← → repetitions · V version · Delete removes · Tab: Save
builder-keys-save = Enter saves · Tab: the name · Esc: back
builder-keys-delete = Enter: delete this routine… · Tab: the name · Esc: back
builder-ask-delete = Delete routine…
builder-save = Save routine
builder-saving = Saving…
# Asked before deleting; `$routine` is its title, `$planned` is `yes`
# when the routine is on the weekly plan.
builder-delete-question = Delete “{ $routine }”? Its tile leaves your Home.{ $planned ->
        [yes] {" "}It leaves your weekly plan too.
       *[no] {""}
    } A copy of its file is kept in the .kept folder of your content folder, in case you want it back.
builder-delete = Delete routine
builder-keep = Keep it
builder-leave-question = Leave without saving? The changes you made here are not kept.
builder-keep-editing = Keep editing
builder-leave = Leave without saving
# The file changed on disk while the builder had it open.
builder-changed-outside = This routine's file was changed outside the builder since you opened it (in a text editor, or in another Limber window). Save yours over it (the other version is kept in the .kept folder), or open the other version?
builder-save-over = Save mine over it
builder-open-other = Open the other version
builder-deleted-outside = This routine's file was deleted outside the builder since you opened it.
builder-save-again = Save it again
builder-leave-deleted = Leave it deleted
# `$reason` says why (already written).
builder-not-saved = Not saved: { $reason }

## The Keys sheet (?) in the builder.

builder-key-tab = Next place: name, exercises to add, your routine, Save
builder-key-back-tab = The place before
builder-key-choose = Choose an exercise (in the list or in your routine)
builder-key-enter = Add the chosen exercise; on Save, save
builder-key-move = Move the chosen exercise earlier or later
builder-key-remove = Take the chosen exercise out
builder-key-save = Save the routine
builder-key-back = Back (asks first if something changed)

## Saving and deleting (notices; `$reason` says why, already written).

builder-not-started = The routine could not be saved: Limber could not start the work.
builder-save-failed = The routine was not saved: { $reason }.
# `$routine` is the routine's title.
builder-delete-failed = “{ $routine }” was not deleted: { $reason }.
## The routine builder's rules (its messages come from the core): adding
## an exercise, doses brought within what an exercise suggests, the name.

builder-already-in = It is in the routine already.
# `$max` is the most exercises a routine holds.
builder-full = A routine holds at most { $max } exercises.
# A dose brought within the exercise's range (`$low`–`$high`): it `$was`,
# it is `$now`.
builder-hold-adjusted = the hold of { $was } s is now { $now } s, within the { $low }–{ $high } s it suggests
builder-repetitions-adjusted = { $was } repetitions are now { $now }, within the { $low }–{ $high } it suggests
# A saved routine's description: `$count` exercises, their titles
# (`$exercises`).
builder-description = { $count ->
        [one] { $count } exercise: { $exercises }.
       *[other] { $count } exercises: { $exercises }.
    }
builder-no-exercises = Add at least one exercise.
# `$exercise` is the id of an exercise no longer in the content.
builder-missing = The exercise "{ $exercise }" is not in the exercises any more; remove it to save.
builder-name-empty = Give the routine a name.
# `$max` is the most characters a name may have.
builder-name-too-long = Keep the name to { $max } characters or fewer.
builder-name-no-letters = Use at least one letter or number in the name.
# `$title` is the other routine's title.
builder-name-taken = There is already a routine called “{ $title }”. Choose another name.

## The routine's file (`content/routines/<id>.ron`).

# The comment at the top of a routine file the builder writes, for the
# person who opens the file in a text editor. Each line becomes a RON
# comment (`// ` is put before it); keep `(n, n)` and `limber check` as
# they are.
builder-file-header =
    Made in Limber's routine builder by { $maker } on { $date }.
    Each dose is one value, (n, n): the hold (seconds) and the repetitions
    chosen for it, played at every intensity. Change it in the app (Edit
    on its tile on Home) or here; `limber check` checks this folder.
# The routine could not be written as RON; $error is the library's reason.
builder-file-ron-failed = cannot write RON: { $error }
# A save refused: the routine's file changed since the builder opened it.
builder-file-changed = { $path } was changed outside the builder since you opened it
builder-file-gone = { $path } is not there any more
builder-file-not-this-routine = { $path } does not hold this routine any more
builder-file-not-own = { $path } is not in your own content folder ({ $folder })
builder-file-no-free-id = every id made from this name is taken
