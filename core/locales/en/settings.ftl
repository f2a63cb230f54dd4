### The Settings screen: sound, the spoken coach, times, theme, text size, language, profiles.
###
### English is the source; the other languages keep the same message ids
### in a file of the same name (see docs/translating.md).

## The Settings screen.

# The screen's title; `$profile` is the profile's name.
settings-title = Settings for { $profile }

# Section headings.
settings-sound = Sound
settings-spoken-coach = Spoken coach
settings-timings = Timings
settings-profiles = Profiles

## The title row: theme, text size and language (the choices' own names,
## Light, Dark, Larger…, are in common.ftl).

settings-theme = Theme
settings-text-size = Text size
settings-language = Language
# The first entry of the language list: the language the computer is set
# to, named in itself (`$language`: "English", "Español").
settings-language-system = System ({ $language })
# A language saved in the profile that this Limber does not have; `$tag`
# is its tag as saved ("fi").
settings-language-unknown = { $tag } (not available)
# Under the language list when the language was chosen when Limber was
# started (`--lang` or LIMBER_LANG), which wins over the list until the
# next start; `$language` is the language in use, named in itself.
settings-language-command-line = { $language } for now, as Limber was started with { "--lang" }; the list applies from the next start.

## Sound.

settings-sounds = Sounds
settings-volume = Volume
# A value in percent: "70 %". `$percent` is a whole number.
settings-percent = { $percent } %
# Above the choices for the last three seconds of a hold (Off, Ticks,
# Voice, Both).
settings-countdown = Count the last 3 s of a hold
# The word beside an on/off switch.
settings-on = On
settings-off = Off

## The spoken coach.

# Shown for a moment after start-up while the speech service connects.
settings-voice-looking = Looking for a voice…
settings-speak-steps = Speak the steps
# The button that says a sample line; T is its key.
settings-try-voice = Try it  (T)
settings-voice = Voice
settings-speed = Speed
settings-voice-volume = Voice volume
# The first entry of the voice list: the voice the computer chooses.
settings-voice-system-default = System default
# A voice in the list with its language: "Anna (de-DE)". `$voice` is the
# voice's name, `$language` its language tag.
settings-voice-with-language = { $voice } ({ $language })
# A voice saved in the profile that this computer does not have;
# `$voice` is its id.
settings-voice-not-found = { $voice } (not found)

## Timings.

settings-get-ready = Get ready
settings-rest = Rest between repetitions
# The rest's value when the profile sets none: each exercise's own.
settings-rest-exercises-own = Exercise's own
settings-setup-read = Read time for setup cards
settings-full-screen = Full screen during routines
# A length in seconds beside − and +: "5 s".
settings-seconds = { $seconds } s

## Profiles.

# A profile's name with the mark of the one in use: "Sam  (in use)".
settings-profile-in-use = { $profile }  (in use)
settings-profile-use = Use
settings-profile-rename = Rename
settings-profile-ask-delete = Delete…
# The placeholder of the name field while renaming.
settings-profile-name = Name
settings-profile-save = Save
settings-profile-cancel = Cancel
# Asked before a profile is deleted; `$profile` is its name.
settings-profile-delete-question = Delete { $profile } and all of their history? This cannot be undone.
settings-profile-delete = Delete
settings-profile-keep = Keep
# The placeholder of the new profile's name field.
settings-new-profile-name = New profile name
settings-add-profile = Add profile

## The Keys sheet (?) on the Settings screen.

settings-key-move = Move between settings
settings-key-change = Change the setting (also − and +)
settings-key-flip = Turn the setting on or off
settings-key-try-voice = Try the voice
settings-key-new-profile = Type a new profile's name (Enter adds it)

## The screen shown instead of Home when the profile was saved by a newer
## Limber.

newer-title = This profile is from a newer Limber
# `$profile` is the profile's name, `$format` the number of the file's
# format.
newer-explanation = "{ $profile }" was saved by a newer version of Limber (format { $format }). This version can show it, but it will not change it: anything you do now (doses, settings, sessions) is not saved.
newer-choose = Update Limber to use it fully, or choose what to do now:
newer-open-read-only = Open it read-only
newer-use-another = Use another profile

## The choices of Theme, Text size and the countdown, each on a button.

settings-theme-system = System
settings-theme-light = Light
settings-theme-dark = Dark
settings-text-size-normal = Normal
settings-text-size-large = Large
settings-text-size-larger = Larger
settings-countdown-off = Off
settings-countdown-ticks = Ticks
settings-countdown-voice = Voice
settings-countdown-both = Voice and ticks
