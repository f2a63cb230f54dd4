### L'écran Paramètres : le son, le guide vocal, les durées, le thème, la taille du texte, la langue, les profils.
### La source est core/locales/en/settings.ftl ; les termes fixes sont
### dans docs/glossary/fr.md.

## The Settings screen.

# The screen's title; `$profile` is the profile's name.
settings-title = Paramètres de { $profile }

# Section headings.
settings-sound = Son
settings-spoken-coach = Guide vocal
settings-timings = Durées
settings-profiles = Profils

## The title row: theme, text size and language (the choices' own names,
## Light, Dark, Larger…, are in common.ftl).

settings-theme = Thème
settings-text-size = Taille du texte
settings-language = Langue
# The first entry of the language list: the language the computer is set
# to, named in itself (`$language`: "English", "Español").
settings-language-system = Système ({ $language })
# A language saved in the profile that this Limber does not have; `$tag`
# is its tag as saved ("fi").
settings-language-unknown = { $tag } (non disponible)
# Under the language list when the language was chosen when Limber was
# started (`--lang` or LIMBER_LANG); `$language` is the language in use,
# named in itself.
settings-language-command-line = { $language } pour l'instant, car Limber a été lancé avec { "--lang" } ; la liste s'appliquera au prochain démarrage.

## Sound.

settings-sounds = Sons
settings-volume = Volume
# A value in percent: "70 %" (French puts a no-break space before %).
settings-percent = { $percent } %
# Above the choices for the last three seconds of a hold (Off, Ticks,
# Voice, Both).
settings-countdown = Compter les 3 dernières secondes du maintien
# The word beside an on/off switch.
settings-on = Activé
settings-off = Désactivé

## The spoken coach.

# Shown for a moment after start-up while the speech service connects.
settings-voice-looking = Recherche d'une voix…
settings-speak-steps = Lire les étapes à voix haute
# The button that says a sample line; T is its key.
settings-try-voice = Essayer  (T)
settings-voice = Voix
settings-speed = Vitesse
settings-voice-volume = Volume de la voix
# The first entry of the voice list: the voice the computer chooses.
settings-voice-system-default = Voix par défaut du système
# A voice in the list with its language: "Anna (de-DE)".
settings-voice-with-language = { $voice } ({ $language })
# A voice saved in the profile that this computer does not have;
# `$voice` is its id.
settings-voice-not-found = { $voice } (introuvable)

## Timings.

settings-get-ready = Temps pour se préparer
settings-rest = Repos entre les répétitions
# The rest's value when the profile sets none: each exercise's own.
settings-rest-exercises-own = Celui de l'exercice
settings-setup-read = Temps de lecture de la position de départ
settings-full-screen = Plein écran pendant les programmes
# A length in seconds beside − and +: "5 s".
settings-seconds = { $seconds } s

## Profiles.

# A profile's name with the mark of the one in use: "Sam  (actif)".
settings-profile-in-use = { $profile }  (actif)
settings-profile-use = Utiliser
settings-profile-rename = Renommer
settings-profile-ask-delete = Supprimer…
# The placeholder of the name field while renaming.
settings-profile-name = Nom
settings-profile-save = Enregistrer
settings-profile-cancel = Annuler
# Asked before a profile is deleted; `$profile` is its name.
settings-profile-delete-question = Supprimer { $profile } et tout son historique ? Cette action est irréversible.
settings-profile-delete = Supprimer
settings-profile-keep = Conserver
# The placeholder of the new profile's name field.
settings-new-profile-name = Nom du nouveau profil
settings-add-profile = Ajouter un profil

## The Keys sheet (?) on the Settings screen.

settings-key-move = Passer d'un réglage à l'autre
settings-key-change = Modifier le réglage (aussi − et +)
settings-key-flip = Activer ou désactiver le réglage
settings-key-try-voice = Essayer la voix
settings-key-new-profile = Saisir le nom d'un nouveau profil (Entrée l'ajoute)

## The screen shown instead of Home when the profile was saved by a newer
## Limber.

newer-title = Ce profil vient d'une version plus récente de Limber
# `$profile` is the profile's name, `$format` the number of the file's
# format.
newer-explanation = « { $profile } » a été enregistré par une version plus récente de Limber (format { $format }). Cette version peut l'afficher, mais ne le modifiera pas : rien de ce que vous faites maintenant (réglages des exercices, paramètres, séances) n'est enregistré.
newer-choose = Mettez Limber à jour pour l'utiliser pleinement, ou choisissez quoi faire maintenant :
newer-open-read-only = L'ouvrir en lecture seule
newer-use-another = Utiliser un autre profil

## The choices of Theme, Text size and the countdown, each on a button.

settings-theme-system = Système
settings-theme-light = Clair
settings-theme-dark = Sombre
settings-text-size-normal = Normale
settings-text-size-large = Grande
settings-text-size-larger = Plus grande
settings-countdown-off = Désactivé
settings-countdown-ticks = Tic-tac
settings-countdown-voice = Voix
settings-countdown-both = Voix et tic-tac
settings-countdown-note-no-sounds = Les sons sont coupés : le tic-tac ne joue pas.
settings-countdown-note-no-voice = Tant que la voix est coupée, le tic-tac compte à sa place.
