### Notices: the banner in the window and the messages the commands print on stderr.
###
### English is the source; the other languages keep the same message ids
### in a file of the same name (see docs/translating.md).

## The banner at the top of the window.

# The button that closes a notice.
notices-dismiss = Dismiss
# Under the first four notices; `$count` is how many more there are.
notices-more = { $count ->
        [one] … and 1 more
       *[other] … and { $count } more
    }
# Limber was started with `--routine` naming no routine; `$routine` is the
# name given, `$known` the routines' ids, separated by commas.
notices-no-such-routine = There is no routine "{ $routine }". Known routines: { $known }.
# A content file changed on disk while a routine plays.
notices-content-changed-during-routine = The content changed on disk. This routine goes on as it started; the next one uses the change.
# The content folders cannot be watched; `$error` is the system's reason.
notices-content-not-watched = Changes to the content folders are not picked up while Limber runs: { $error }
# Edit was asked for a routine that came with Limber or a pack; `$routine`
# is its id.
notices-routine-not-editable = “{ $routine }” cannot be changed here: only routines you made with New routine can.
# Saving over a routine file that changed on disk; `$path` is where the
# old one is kept.
notices-routine-on-disk-kept = The version of the routine that was on disk is kept in { $path }.
# A routine of one's own was deleted; `$routine` is its title, `$path`
# where its file is kept.
notices-routine-deleted-kept = “{ $routine }” was deleted. Its file is kept in { $path }.
# After the builder saved, another content file has a problem; `$problem`
# says which and where.
notices-content-problem = A content file has a problem (the rest is loaded): { $problem }
# The builder cannot save without a data folder.
notices-no-content-folder = Routines are saved in your content folder, and Limber runs without one (no data folder).
# A content file saved while Limber runs has an error, so the change is
# not used; `$problem` is the first (file, line, column and what), `$more`
# how many more there are.
notices-content-change-not-loaded = Your change was not loaded; the content stays as it was until this is fixed: { $problem }{ $more ->
        [0] {""}
        [one] {" "}(and 1 more problem)
       *[other] {" "}(and { $more } more problems)
    }
# The profile store's thread ended (changes can no longer be written).
notices-store-stopped = the profile store stopped working; changes are not saved
# An illustration that is not a picture file was asked for as one.
notices-not-an-image = not an image

## Why the window could not open (printed on stderr after "limber: ").

# `$reason` is the system's reason.
notices-store-not-started = could not start the profile store: { $reason }
notices-no-window = could not open a window: { $reason }
# When the system gives no reason.
notices-window-refused = the windowing system refused
notices-no-display = no display: neither DISPLAY (X11) nor WAYLAND_DISPLAY (Wayland) is set
## What Limber tells the person when it went on but kept something aside,
## left it alone or adjusted it (the window's banner, the command line's
## stderr). Calm: the person's data is never lost.
##
## `$file` and `$kept_as` are file paths (already quoted), `$reason` and
## `$problem` say what was wrong. `$kind` is the kind of file (profile-list,
## profile, history, plan, reminders) and `$kind_name` its name as
## `notice-file-kind` gives it; select on `$kind` where the sentence's
## grammar needs it.

notice-file-kind = { $kind ->
        [profile-list] profile list
        [profile] profile
        [history] history
        [plan] plan
       *[reminders] reminder
    }
notice-file-kept-aside = Your { $kind_name } file { $file } was unreadable ({ $reason }); it was kept as { $kept_as } and defaults are used instead.
# `$found` is the file's format, `$supported` the newest this version reads.
notice-newer-version = Your { $kind_name } file { $file } was written by a newer version of Limber (format { $found }; this version reads up to { $supported }). It is left untouched and this version will not change it.
# A setting (`$what`, its name) outside its bounds.
notice-adjusted = { $what }: { $requested } is outside { $min }–{ $max }; using { $used }.
# `$name` the profile deleted, `$using` the one used now.
notice-profile-gone = The profile "{ $name }" was deleted in another window; now using "{ $using }".
# A value (`$written`) of a setting (`$what`) a profile file holds.
notice-value-replaced = { $what }: `{ $written }` in your profile file cannot be used; the default is used instead.
# `$lost` entries could not be read, `$kept` were kept.
notice-records-set-aside = { $lost ->
        [one] { $lost } entry of your { $kind_name } file { $file } could not be read ({ $problem }); the other { $kept } are kept. The file is left as it was.
       *[other] { $lost } entries of your { $kind_name } file { $file } could not be read ({ $problem }); the other { $kept } are kept. The file is left as it was.
    }
notice-records-set-aside-copy = { $lost ->
        [one] { $lost } entry of your { $kind_name } file { $file } could not be read ({ $problem }); the other { $kept } are kept. The file as it was is kept as { $kept_as }.
       *[other] { $lost } entries of your { $kind_name } file { $file } could not be read ({ $problem }); the other { $kept } are kept. The file as it was is kept as { $kept_as }.
    }
notice-copy-kept = Your { $kind_name } file { $file } could not be read exactly as written; the file as it was is kept as { $kept_as }.
# `$folder` is the data folder.
notice-read-only-folder = Limber cannot write to its data folder { $folder } ({ $reason }): your profiles and history are shown as they are, and changes are not saved.

## What could not be done with the person's data (errors of the profile
## store, on the command line and in the window). `$file` and `$folder`
## are paths (already quoted), `$name` a profile's name.

store-no-data-dir = cannot find a folder for Limber's data on this system; pass --data-dir DIR or set LIMBER_DATA_DIR
# `$message` says why the data could not be written as text.
store-cannot-serialize = cannot write { $file }: { $message }
store-newer-version = { $file } was written by a newer version of Limber (format { $found }; this version reads up to { $supported }); it is left untouched
store-unknown-profile = there is no profile with id "{ $id }" (it may have been deleted in another window)
# `$known` lists the profiles' names.
store-no-such-name = there is no profile named "{ $name }"; profiles: { $known }
store-invalid-name = "{ $name }" cannot be a profile name: { $reason }
store-name-taken = a profile named "{ $name }" already exists
store-read-only-folder = { $folder } cannot be written ({ $reason }); changes are not saved

## The names of a profile file's settings, as the notices above name them
## (`$what`), when a value in the file cannot be used.

profile-field = { $field ->
        [profile-id] Profile id
        [profile-name] Profile name
        [safety-screen-seen] Safety screen seen
        [exercises-left-out] Exercises left out
        [volume-percent] Volume (percent)
        [voice-volume-percent] Voice volume (percent)
        [rest-time-seconds] Rest time (seconds)
        [spoken-coach] Spoken coach
        [countdown] Countdown
        [ticks] Ticks
        [sounds] Sounds
        [get-ready-time-seconds] Get-ready time (seconds)
        [setup-card-read-time-seconds] Setup card read time (seconds)
        [theme] Theme
        [text-size] Text size
        [voice] Voice
        [speaking-speed-percent] Speaking speed (percent)
        [language] Language
       *[full-screen-during-routines] Full screen during routines
    }
# The person's choice for one exercise (`$exercise`, its id).
profile-field-choice = Your choice for { $exercise }

# Why a name typed for a profile cannot be one (after
# `store-invalid-name`).
profile-name-empty = the name is empty
profile-name-too-long = the name is longer than { $max } characters
profile-name-control = the name contains control characters

## What was wrong in a history file (the `$problem`/`$reason` of the
## notices above). `$line` is a line number; `$problem` a reader's own
## words (English).

history-file-not-whole = the file is not readable as a whole: { $error }
history-file-no-list = no list of sessions in the file
history-file-text-after-end = line { $line }: text after the end of the history
history-file-cut-short = the file ends before its closing `])`: it may have been cut short
history-file-line = line { $line }: { $problem }
history-file-line-unreadable = line { $line }: could not be read
# `$session` is the session's place in the file (1 for the first).
history-file-session = session { $session } in the file: { $problem }
# `$found` is the character found.
history-file-list-end = line { $line }: the list of sessions ends with `{ $found }` instead of `]`
history-file-ends-inside = the file ends inside its list of sessions: it may have been cut short
history-file-text-after-list = line { $line }: text after the list of sessions

# Shown once when the language in use needs letters no font on this
# computer has (Chinese without a Chinese font). $script: the script's
# English name ("Han"); $language: the language's own name ("简体中文").
notices-no-font = No font on this computer has { $script } letters, so the words in { $language } show as boxes. Install a font that has them (for Chinese, Noto Sans CJK: the package fonts-noto-cjk on Debian and Ubuntu) and start Limber again.

## The store of profiles and history.

# The name of the profile made on first run (the person can rename it).
profile-default-name = Me
# Why nothing is saved: the store was opened without writing.
profile-opened-read-only = opened read-only
# `$folder` is the data folder, `$reason` why it cannot be written.
profile-folder-read-only = the data folder { $folder } cannot be written ({ $reason })
# `$profile` is the profile's name, `$format` the newer format's number.
profile-newer-format = the profile "{ $profile }" was saved by a newer version of Limber (format { $format })
# A damaged file could not be moved aside: `$reason` why it was set
# aside, `$folder_reason` why it stays where it is.
profile-left-in-place = { $reason }; left in place: { $folder_reason }
profile-unknown-format = format version { $version } is not one Limber ever wrote
profile-not-utf8 = not UTF-8 text
# What an adjusted value was (see the notice of a value brought into its
# bounds): an exercise's hold or repetitions (`$exercise` is its id), a
# setting, a pain rating.
profile-setting-hold = Hold time for { $exercise } (seconds)
profile-setting-repetitions = Repetitions for { $exercise }
profile-setting = { $setting ->
        [volume] Volume (percent)
        [get-ready] Get-ready time (seconds)
        [rest] Rest time (seconds)
        [setup-read] Setup card read time (seconds)
        [speech-rate] Speaking speed (percent)
       *[speech-volume] Voice volume (percent)
    }
profile-pain-before = Pain before
profile-pain-after = Pain after
# The content folders cannot be watched for changes.
notices-cannot-watch = cannot watch { $path } for changes: { $error }
