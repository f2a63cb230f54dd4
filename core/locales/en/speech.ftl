### The voice: why there is none, and how to add one.
###
### English is the source; the other languages keep the same message ids
### in a file of the same name (see docs/translating.md).

# Why the coach is silent when no installed voice speaks the language in
# use. `$language` is the language named in this language
# (`language-called`).
speech-no-voice-reason = no installed voice speaks { $language }

# The notice when the coach has no voice; `$reason` is why (a short phrase,
# maybe from the speech service). The hint that follows says how to add one.
speech-unavailable = No voice is available for the spoken coach ({ $reason }). The chimes still play.

# The notice and the hint after it, as this language joins two sentences.
speech-notice = { $unavailable } { $hint }

# How to add a voice, per system. `$language` as above.
speech-add-voice-linux = To hear the coach, install Speech Dispatcher with a voice that speaks { $language } (Debian and Ubuntu: speech-dispatcher and espeak-ng, which speaks many languages), then start Limber again.
speech-add-voice-windows = To hear the coach, add a voice that speaks { $language } in Settings → Time & language → Speech, then start Limber again.
speech-add-voice-macos = To hear the coach, add a voice that speaks { $language } in System Settings → Accessibility → Spoken Content → System voice → Manage voices, then start Limber again.
# Why the coach is silent when speech is turned off.
speech-off = speech is off
# Why the coach cannot speak, or a voice cannot be chosen.
speech-no-dispatcher = cannot connect to Speech Dispatcher
speech-no-voices = the speech service offers no voice
speech-cannot-change-voice = this speech engine cannot change voices
# `$voice` is the voice's id, quoted.
speech-no-such-voice = no voice { $voice }
speech-thread-failed = cannot start the speech thread: { $error }
# The chimes and ticks: `$file` is the sound's file name.
sound-decode-failed = cannot decode the embedded sound sounds/{ $file }: { $error }
sound-thread-failed = cannot start the audio thread: { $error }
