### La voix : pourquoi il n'y en a pas, et comment en ajouter une.
### La source est core/locales/en/speech.ftl.

# Why the coach is silent when no installed voice speaks the language in
# use. `$language` is the language named in this language
# (`language-called`).
speech-no-voice-reason = aucune voix installée ne parle { $language }

# The notice when the coach has no voice; `$reason` is why (a short phrase,
# maybe from the speech service). The hint that follows says how to add one.
speech-unavailable = Aucune voix n'est disponible pour le guide vocal ({ $reason }). Les signaux sonores restent actifs.

# The notice and the hint after it, as this language joins two sentences.
speech-notice = { $unavailable } { $hint }

# How to add a voice, per system. `$language` as above.
speech-add-voice-linux = Pour entendre le guide vocal, installez Speech Dispatcher avec une voix qui parle { $language } (Debian et Ubuntu : speech-dispatcher et espeak-ng, qui parle de nombreuses langues), puis relancez Limber.
speech-add-voice-windows = Pour entendre le guide vocal, ajoutez une voix qui parle { $language } dans Paramètres → Heure et langue → Voix, puis relancez Limber.
speech-add-voice-macos = Pour entendre le guide vocal, ajoutez une voix qui parle { $language } dans Réglages Système → Accessibilité → Contenu énoncé → Voix du système → Gérer les voix, puis relancez Limber.
speech-off = la voix est désactivée
speech-no-dispatcher = impossible de se connecter à Speech Dispatcher
speech-no-voices = le service vocal ne propose aucune voix
speech-cannot-change-voice = ce moteur vocal ne peut pas changer de voix
speech-no-such-voice = aucune voix { $voice }
speech-thread-failed = impossible de démarrer le fil de la voix : { $error }
sound-decode-failed = impossible de décoder le son intégré sounds/{ $file } : { $error }
sound-thread-failed = impossible de démarrer le fil audio : { $error }
