### La voix : pourquoi il n'y en a pas, et comment en ajouter une.
### La source est core/locales/en/speech.ftl.

speech-no-voice-reason = aucune voix installée ne parle { $language }

speech-unavailable = Aucune voix n'est disponible pour le guide vocal ({ $reason }). Les signaux sonores restent actifs.

speech-notice = { $unavailable } { $hint }

speech-add-voice-linux = Pour entendre le guide vocal, installez Speech Dispatcher avec une voix qui parle { $language } (Debian et Ubuntu : speech-dispatcher et espeak-ng, qui parle de nombreuses langues), puis relancez Limber.
speech-add-voice-windows = Pour entendre le guide vocal, ajoutez une voix qui parle { $language } dans Paramètres → Heure et langue → Voix, puis relancez Limber.
speech-add-voice-macos = Pour entendre le guide vocal, ajoutez une voix qui parle { $language } dans Réglages Système → Accessibilité → Contenu énoncé → Voix du système → Gérer les voix, puis relancez Limber.
