### Les messages : le bandeau de la fenêtre et les messages que les commandes écrivent sur stderr.
### La source est core/locales/en/notices.ftl ; les termes fixes sont
### dans docs/glossary/fr.md.

## The banner at the top of the window.

# The button that closes a notice.
notices-dismiss = Fermer
# Under the first four notices; `$count` is how many more there are.
notices-more = { $count ->
        [one] … et { $count } autre
       *[other] … et { $count } autres
    }
# Limber was started with `--routine` naming no routine; `$routine` is the
# name given, `$known` the routines' ids, separated by commas.
notices-no-such-routine = Il n'y a pas de programme « { $routine } ». Programmes connus : { $known }.
# A content file changed on disk while a routine plays.
notices-content-changed-during-routine = Le contenu a changé sur le disque. Ce programme continue tel qu'il a commencé ; le suivant tiendra compte du changement.
# The content folders cannot be watched; `$error` is the system's reason.
notices-content-not-watched = Les changements dans les dossiers de contenu ne sont pas pris en compte pendant que Limber fonctionne : { $error }
# Edit was asked for a routine that came with Limber or a pack; `$routine`
# is its id.
notices-routine-not-editable = « { $routine } » ne peut pas être modifié ici : seuls les programmes créés avec Nouveau programme peuvent l'être.
# Saving over a routine file that changed on disk; `$path` is where the
# old one is kept.
notices-routine-on-disk-kept = La version du programme qui était sur le disque est conservée dans { $path }.
# A routine of one's own was deleted; `$routine` is its title, `$path`
# where its file is kept.
notices-routine-deleted-kept = « { $routine } » a été supprimé. Son fichier est conservé dans { $path }.
# After the builder saved, another content file has a problem; `$problem`
# says which and where.
notices-content-problem = Un fichier de contenu a un problème (le reste est chargé) : { $problem }
# The builder cannot save without a data folder.
notices-no-content-folder = Les programmes sont enregistrés dans votre dossier de contenu, et Limber fonctionne sans (pas de dossier de données).
# A content file saved while Limber runs has an error, so the change is
# not used; `$problem` is the first (file, line, column and what), `$more`
# how many more there are. [0] comes before [one], which in French is
# also 0.
notices-content-change-not-loaded = Votre modification n'a pas été chargée ; le contenu reste tel qu'il était jusqu'à ce que ceci soit corrigé : { $problem }{ $more ->
        [0] {""}
        [one] {" "}(et { $more } autre problème)
       *[other] {" "}(et { $more } autres problèmes)
    }
# The profile store's thread ended (changes can no longer be written).
notices-store-stopped = l'enregistrement des profils s'est arrêté ; les modifications ne sont plus enregistrées
# An illustration that is not a picture file was asked for as one.
notices-not-an-image = ce n'est pas une image

## Why the window could not open (printed on stderr after "limber: ").

# `$reason` is the system's reason.
notices-store-not-started = impossible de démarrer l'enregistrement des profils : { $reason }
notices-no-window = impossible d'ouvrir une fenêtre : { $reason }
# When the system gives no reason.
notices-window-refused = le système de fenêtrage a refusé
notices-no-display = pas d'affichage : ni DISPLAY (X11) ni WAYLAND_DISPLAY (Wayland) n'est défini
## What Limber tells the person when it went on but kept something aside,
## left it alone or adjusted it (the window's banner, the command line's
## stderr). Calm: the person's data is never lost.
##
## `$file` and `$kept_as` are file paths (already quoted), `$reason` and
## `$problem` say what was wrong. `$kind` is the kind of file (profile-list,
## profile, history, plan, reminders) and `$kind_name` its name as
## `notice-file-kind` gives it; select on `$kind` where the sentence's
## grammar needs it.

# French: the name comes only after « Votre fichier », so it carries its
# preposition (« de profil », « d'historique »).
notice-file-kind = { $kind ->
        [profile-list] de la liste des profils
        [profile] de profil
        [history] d'historique
        [plan] de planning
       *[reminders] de rappels
    }
notice-file-kept-aside = Votre fichier { $kind_name } { $file } était illisible ({ $reason }) ; il a été conservé sous { $kept_as } et les valeurs par défaut sont utilisées à la place.
# `$found` is the file's format, `$supported` the newest this version reads.
notice-newer-version = Votre fichier { $kind_name } { $file } a été écrit par une version plus récente de Limber (format { $found } ; cette version lit jusqu'au format { $supported }). Il reste tel quel et cette version ne le modifiera pas.
# A setting (`$what`, its name) outside its bounds.
notice-adjusted = { $what } : { $requested } est hors de l'intervalle { $min }–{ $max } ; valeur utilisée : { $used }.
# `$name` the profile deleted, `$using` the one used now.
notice-profile-gone = Le profil « { $name } » a été supprimé dans une autre fenêtre ; profil utilisé maintenant : « { $using } ».
# A value (`$written`) of a setting (`$what`) a profile file holds.
notice-value-replaced = { $what } : `{ $written }` dans votre fichier de profil n'est pas utilisable ; la valeur par défaut est utilisée à la place.
# `$lost` entries could not be read, `$kept` were kept.
notice-records-set-aside = { $lost ->
        [one] { $lost } entrée de votre fichier { $kind_name } { $file } n'a pas pu être lue ({ $problem }) ; les autres ({ $kept }) sont conservées. Le fichier reste tel quel.
       *[other] { $lost } entrées de votre fichier { $kind_name } { $file } n'ont pas pu être lues ({ $problem }) ; les autres ({ $kept }) sont conservées. Le fichier reste tel quel.
    }
notice-records-set-aside-copy = { $lost ->
        [one] { $lost } entrée de votre fichier { $kind_name } { $file } n'a pas pu être lue ({ $problem }) ; les autres ({ $kept }) sont conservées. Le fichier d'origine est conservé sous { $kept_as }.
       *[other] { $lost } entrées de votre fichier { $kind_name } { $file } n'ont pas pu être lues ({ $problem }) ; les autres ({ $kept }) sont conservées. Le fichier d'origine est conservé sous { $kept_as }.
    }
notice-copy-kept = Votre fichier { $kind_name } { $file } n'a pas pu être lu exactement tel qu'il était écrit ; le fichier d'origine est conservé sous { $kept_as }.
# `$folder` is the data folder.
notice-read-only-folder = Limber ne peut pas écrire dans son dossier de données { $folder } ({ $reason }) : vos profils et votre historique sont affichés tels quels, et les modifications ne sont pas enregistrées.

## What could not be done with the person's data (errors of the profile
## store, on the command line and in the window). `$file` and `$folder`
## are paths (already quoted), `$name` a profile's name.

store-no-data-dir = impossible de trouver un dossier pour les données de Limber sur ce système ; indiquez --data-dir DOSSIER ou définissez LIMBER_DATA_DIR
# `$message` says why the data could not be written as text.
store-cannot-serialize = impossible d'écrire { $file } : { $message }
store-newer-version = { $file } a été écrit par une version plus récente de Limber (format { $found } ; cette version lit jusqu'au format { $supported }) ; il reste tel quel
store-unknown-profile = il n'y a pas de profil d'identifiant « { $id } » (il a peut-être été supprimé dans une autre fenêtre)
# `$known` lists the profiles' names.
store-no-such-name = il n'y a pas de profil nommé « { $name } » ; profils : { $known }
store-invalid-name = « { $name } » ne peut pas être un nom de profil : { $reason }
store-name-taken = un profil nommé « { $name } » existe déjà
store-read-only-folder = impossible d'écrire dans { $folder } ({ $reason }) ; les modifications ne sont pas enregistrées

## The names of a profile file's settings, as the notices above name them
## (`$what`), when a value in the file cannot be used.

profile-field = { $field ->
        [profile-id] Identifiant du profil
        [profile-name] Nom du profil
        [safety-screen-seen] Écran de sécurité lu
        [exercises-left-out] Exercices retirés
        [volume-percent] Volume (pourcentage)
        [voice-volume-percent] Volume de la voix (pourcentage)
        [rest-time-seconds] Temps de repos (secondes)
        [spoken-coach] Guide vocal
        [countdown] Décompte
        [ticks] Tic-tac
        [sounds] Sons
        [get-ready-time-seconds] Temps pour se préparer (secondes)
        [setup-card-read-time-seconds] Temps de lecture de la position de départ (secondes)
        [theme] Thème
        [text-size] Taille du texte
        [voice] Voix
        [speaking-speed-percent] Vitesse de la voix (pourcentage)
        [language] Langue
       *[full-screen-during-routines] Plein écran pendant les programmes
    }
# The person's choice for one exercise (`$exercise`, its id).
profile-field-choice = Votre choix pour { $exercise }

# Why a name typed for a profile cannot be one (after
# `store-invalid-name`).
profile-name-empty = le nom est vide
profile-name-too-long = le nom dépasse { $max } caractères
profile-name-control = le nom contient des caractères de contrôle

## What was wrong in a history file (the `$problem`/`$reason` of the
## notices above). `$line` is a line number; `$problem` a reader's own
## words (English).

history-file-not-whole = le fichier n'est pas lisible dans son ensemble : { $error }
history-file-no-list = aucune liste de séances dans le fichier
history-file-text-after-end = ligne { $line } : du texte après la fin de l'historique
history-file-cut-short = le fichier se termine avant son `])` final : il a peut-être été tronqué
history-file-line = ligne { $line } : { $problem }
history-file-line-unreadable = ligne { $line } : illisible
# `$session` is the session's place in the file (1 for the first).
history-file-session = séance { $session } du fichier : { $problem }
# `$found` is the character found.
history-file-list-end = ligne { $line } : la liste des séances se termine par `{ $found }` au lieu de `]`
history-file-ends-inside = le fichier se termine à l'intérieur de sa liste de séances : il a peut-être été tronqué
history-file-text-after-list = ligne { $line } : du texte après la liste des séances

# Shown once when the language in use needs letters no font on this
# computer has (Chinese without a Chinese font). $script: the script's
# English name ("Han"); $language: the language's own name ("简体中文").
notices-no-font = Aucune police installée sur cet ordinateur ne contient les caractères { $script } : les mots en { $language } s'affichent sous forme de carrés. Installez une police qui les contient (pour le chinois, Noto Sans CJK : le paquet fonts-noto-cjk sur Debian et Ubuntu), puis relancez Limber.

## Le stockage des profils et de l'historique.

profile-default-name = Moi
profile-opened-read-only = ouvert en lecture seule
profile-folder-read-only = impossible d'écrire dans le dossier de données { $folder } ({ $reason })
profile-newer-format = le profil « { $profile } » a été enregistré par une version plus récente de Limber (format { $format })
profile-left-in-place = { $reason } ; laissé en place : { $folder_reason }
profile-unknown-format = la version de format { $version } n'a jamais été écrite par Limber
profile-not-utf8 = ce n'est pas du texte UTF-8
profile-setting-hold = Temps de maintien pour { $exercise } (secondes)
profile-setting-repetitions = Répétitions pour { $exercise }
profile-setting = { $setting ->
        [volume] Volume (pourcentage)
        [get-ready] Temps pour se préparer (secondes)
        [rest] Temps de repos (secondes)
        [setup-read] Temps de lecture des cartes de mise en place (secondes)
        [speech-rate] Vitesse de la voix (pourcentage)
       *[speech-volume] Volume de la voix (pourcentage)
    }
profile-pain-before = Douleur avant
profile-pain-after = Douleur après
notices-cannot-watch = impossible de surveiller les changements dans { $path } : { $error }
