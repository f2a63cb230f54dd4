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
# "3 March 2026"
date-day-month-year = %-d %B %Y
# "3 Mar", under a chart's time axis
date-day-short-month = %-d %b
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
## Lengths of time and doses, as the screens, the command line and the
## printed sheet write them.

# A length of time, short: "45 s", "5 min", "5 min 12 s", "1 h 2 min".
# `$shape` says which parts it has, in order: h (hours), m (minutes),
# s (seconds); `$hours`, `$minutes`, `$seconds` are the numbers.
duration = { $shape ->
        [h] { $hours } h
        [hm] { $hours } h { $minutes } min
        [hms] { $hours } h { $minutes } min { $seconds } s
        [hs] { $hours } h { $seconds } s
        [m] { $minutes } min
        [ms] { $minutes } min { $seconds } s
       *[s] { $seconds } s
    }

# The dose of one exercise, after its title: "hold 15 s × 3",
# "hold 15 s × 2 each leg". `$hold` is a length of time (as `duration`
# writes it), `$repetitions` a number; `$limb` is leg, arm or side for an
# exercise done on each side, none for one that is not.
dose = { $limb ->
        [leg] hold { $hold } × { $repetitions } each leg
        [arm] hold { $hold } × { $repetitions } each arm
        [side] hold { $hold } × { $repetitions } each side
       *[none] hold { $hold } × { $repetitions }
    }

# What a sided repetition count is "per", after the count ("2 each leg").
# `$limb` is leg, arm or side.
each-limb = { $limb ->
        [leg] each leg
        [arm] each arm
       *[side] each side
    }

# How a sided exercise goes round the sides, on the printed routine sheet.
# `$limb` is leg, arm or side.
side-order-alternate = { $limb ->
        [leg] Left and right leg in turn, starting on the left.
        [arm] Left and right arm in turn, starting on the left.
       *[side] Left and right side in turn, starting on the left.
    }
side-order-in-turn = { $limb ->
        [leg] All on the left leg, then all on the right.
        [arm] All on the left arm, then all on the right.
       *[side] All on the left side, then all on the right.
    }

## Intensity and doses

# An intensity level's name (`$level`: gentle, standard, strong).
intensity-name = { $level ->
        [gentle] Gentle
        [strong] Strong
       *[standard] Standard
    }

# A dose value outside the bounds Limber keeps, and the value used
# instead. `$whose` is content (the exercise's file) or profile (the
# person's setting); `$field` is hold (seconds) or repetitions;
# `$requested`, `$low`, `$high`, `$used` are numbers.
dose-clamped = { $whose ->
        [content] { $field ->
            [hold] The exercise's hold time of { $requested } s is outside { $low } s..{ $high } s; using { $used } s.
           *[repetitions] The exercise's repetition count of { $requested } is outside { $low }..{ $high }; using { $used }.
        }
       *[profile] { $field ->
            [hold] Your hold time of { $requested } s is outside { $low } s..{ $high } s; using { $used } s.
           *[repetitions] Your repetition count of { $requested } is outside { $low }..{ $high }; using { $used }.
        }
    }

## Files Limber keeps (profiles, plans, history)

# A file written by a newer or unknown version: `$version` is the number
# the file gives.
file-version-unknown = format version { $version } is not one Limber ever wrote

## Content packs: who made a pack, shown where its items are listed and
## when it is imported.

pack-by = by { $author }
pack-version = version { $version }
# `$date` is when a clinician last reviewed it ("3 March 2026").
pack-reviewed = reviewed { $date }
# An item that came from a pack: `$pack` is the pack's name, `$about` who
# made it ("by …, version …, reviewed …").
pack-from = From the pack “{ $pack }”
pack-from-about = From the pack “{ $pack }”: { $about }
# What `limber check` says about a folder's pack manifest (`$file`) and the
# packs imported into it (`$folder`); each imported pack on a line:
# `$pack` its name, `$about` who made it, `$routines` its routines' ids.
pack-manifest-heading = Pack manifest { $file }:
pack-field-not-given = (not given)
pack-imported-heading = Imported packs ({ $folder }):
pack-about-nothing = no author, version or review date
pack-imported-line = { $pack }: { $about }
pack-imported-line-routines = { $pack }: { $about }; routines: { $routines }
# Problems of a pack's manifest. `$field` is the field's name as written
# in the file (author, version, reviewed): keep it as it is.
pack-field-too-long = `{ $field }` is longer than { $max } characters
pack-field-control = `{ $field }` contains a control character (a line break or similar)
pack-reviewed-invalid = `reviewed` is "{ $reviewed }"; write the date as YYYY-MM-DD, e.g. "2025-06-02"
# `$kib` is the largest size, in KiB.
pack-manifest-too-large = the manifest is larger than { $kib } KiB

## Reading a file (content, packs, profiles): what went wrong.

# `$error` is the system's reason.
file-unreadable = cannot read: { $error }
file-not-regular = not a regular file
file-not-utf8 = not UTF-8 text; RON files must be saved as UTF-8
# A file size: `$unit` is mib, kib or bytes.
file-size = { $unit ->
        [mib] { $size } MiB
        [kib] { $size } KiB
       *[bytes] { $size } bytes
    }
# What a path that is not a regular file is: `$kind` is folder, pipe,
# device, socket or other.
file-kind-of = { $kind ->
        [folder] a folder
        [pipe] a named pipe (FIFO)
        [device] a device
        [socket] a socket
       *[other] something other than a file
    }
# After a file's path: why it was not read. `$kind` as `file-kind-of`
# writes it, `$limit` as `file-size` writes it.
file-not-read-kind = not read because it is { $kind }, not a regular file
file-larger-than-read = the file is larger than { $limit } (the most read for this kind of file)
file-not-utf8-save = not UTF-8 text; save the file as UTF-8
file-not-regular-remove = it is { $kind }, not a regular file; remove it and try again

## A file or folder the system refused: what Limber was doing with it.
## `$path` is the path (quoted), `$error` the system's reason. `$action` is
## one of the keys below (a word or words of the code, dashes for spaces).

io-failed = { $action ->
        [copying] copying { $path }: { $error }
        [creating] creating { $path }: { $error }
        [creating-folder] creating folder { $path }: { $error }
        [deleting] deleting { $path }: { $error }
        [finding-a-free-name-in] finding a free name in { $path }: { $error }
        [keeping-a-copy-of] keeping a copy of { $path }: { $error }
        [keeping-aside] keeping aside { $path }: { $error }
        [linking] linking { $path }: { $error }
        [listing] listing { $path }: { $error }
        [locking] locking { $path }: { $error }
        [moving] moving { $path }: { $error }
        [moving-aside] moving aside { $path }: { $error }
        [moving-into-place] moving into place { $path }: { $error }
        [opening] opening { $path }: { $error }
        [opening-lock-file] opening lock file { $path }: { $error }
        [reading] reading { $path }: { $error }
        [removing] removing { $path }: { $error }
        [renaming-into] renaming into { $path }: { $error }
        [replacing] replacing { $path }: { $error }
        [restoring] restoring { $path }: { $error }
        [syncing] syncing { $path }: { $error }
        [writing] writing { $path }: { $error }
       *[other] { $path }: { $error }
    }

# A pack refused (`$pack`, its path): `$count` problems follow, one a line.
pack-refused = { $count ->
        [one] { $pack } was not imported ({ $count } problem); nothing was copied:
       *[other] { $pack } was not imported ({ $count } problems); nothing was copied:
    }

## Importing a pack (`limber import`, Import on Home)

pack-not-a-pack-file = a pack is a folder or a .zip file
pack-no-content = no areas/, exercises/, routines/ or poses/ files: this is not a Limber content pack
# A problem the pack would make with the person's content (`$problem`).
pack-clash = with your content: { $problem }
pack-cannot-record = cannot record the pack: { $error }
# An item a pack replaced: `$whose` is shipped (Limber's own) or yours,
# `$kind` area, exercise, routine or pose, `$title` and `$id` the item's.
pack-replaced-item = { $whose ->
        [shipped] the shipped { $kind ->
            [area] area
            [exercise] exercise
            [routine] routine
           *[pose] pose
        } “{ $title }” ({ $id })
       *[yours] your { $kind ->
            [area] area
            [exercise] exercise
            [routine] routine
           *[pose] pose
        } “{ $title }” ({ $id })
    }
# A file of the person's a pack replaced (`$file`, its path in the content).
pack-replaced-file = your file { $file }
# Said once after an import: `$items` as the two messages above write them,
# joined by "; ".
pack-replaced = The pack “{ $pack }” replaced { $items }.

## Exporting a routine as a pack (`limber export-routine`, the builder)

pack-cannot-write-ron = cannot write RON: { $error }
# `$exercise` is the exercise's id, `$path` its picture's path.
pack-picture-missing = exercise `{ $exercise }`: cannot find its picture { $path }
pack-folder-not-empty = { $folder } is not empty; choose a new folder for the pack
pack-cannot-write = cannot write { $file }: { $error }

## A pack refused while it is unpacked or copied (each line a problem
## with the pack; `$name` is a file's path inside the pack, sizes are in
## MiB unless said).

# What is wrong with an entry's path, after "the path": `$why` selects;
# `$max` is the most folders deep, `$character` the character Windows
# refuses, `$stem` the device name (CON, NUL, COM1…).
pack-path-problem = { $why ->
        [backslash] uses a backslash
        [nul] contains a NUL character
        [parent] leaves the pack folder (`..`)
        [absolute] is an absolute path
        [no-name] has no name
        [too-deep] is nested more than { $max } folders deep
        [windows-character] has { $character }, which Windows does not allow in a name
        [windows-end] ends in a dot or a space, which Windows drops
       *[windows-device] uses { $stem }, a device name on Windows
    }
pack-not-regular = not a regular file
pack-zip-too-large = the zip is { $size } MiB; packs are limited to { $max } MiB
pack-zip-unreadable = not a readable zip file: { $error }
pack-zip-too-many = the zip holds { $count } entries; a pack may hold at most { $max }
pack-zip-duplicate = the zip names the same file twice
pack-entry-header = entry { $index }: unreadable header: { $error }
# An entry refused: `$why` selects; `$reason` is a `pack-path-problem`,
# `$size` and `$max` sizes (in bytes for overflow) or, for too-deep,
# `$max` folders.
pack-entry-refused = { $name }: refused, { $why ->
        [path] the path { $reason }
        [link] a symbolic link
        [special] not a regular file or folder (a device, pipe or socket)
        [encrypted] encrypted
        [too-large] { $size } MiB uncompressed; a file may be at most { $max } MiB
        [too-large-file] { $size } MiB; a file may be at most { $max } MiB
        [twice] the same name twice
        [too-deep] nested more than { $max } folders deep
       *[overflow] it unpacks to more than its header says ({ $size } bytes): a damaged or hostile zip
    }
# `$uncompressed` is yes for a zip's files, no for a folder's.
pack-total-too-large = { $uncompressed ->
        [yes] the files add up to { $size } MiB uncompressed; a pack may hold at most { $max } MiB
       *[no] the files add up to { $size } MiB; a pack may hold at most { $max } MiB
    }
pack-entry-unreadable = { $name }: cannot read: { $error }
pack-entry-extract = { $name }: cannot extract: { $error }
pack-entry-damaged = { $name }: damaged: { $error }
pack-unpacks-too-much = the files unpack to more than { $max } MiB
pack-folder-too-many = more than { $max } files and folders; a pack may hold at most { $max }
pack-file-changed = { $name }: changed while it was being copied
