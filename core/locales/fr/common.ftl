### Mots communs : le nom de la langue, les côtés et les dates.
### La source est core/locales/en/common.ftl ; les termes fixes sont
### dans docs/glossary/fr.md.

## This language

# The language's name in itself, as a list of languages shows it
# ("English", "Español", "Deutsch", "简体中文").
language-name = Français

# A language named in a sentence of this language ("No voice speaks
# Spanish"): `$tag` is the language's tag.
language-called = { $tag ->
        [en] anglais
        [es] espagnol
        [de] allemand
        [fr] français
        [pt-BR] portugais du Brésil
        [zh-CN] chinois simplifié
        [en-XA] pseudo-anglais
       *[other] { $tag }
    }

## Sides. Messages that name a side take `$side` (`left` or `right`) and,
## for a sided exercise, `$limb` (`leg`, `arm` or `side`). A language whose
## words change with gender or case selects on them and keeps its forms in
## terms (docs/translating.md shows Spanish and German).

# French forms: `m` (le genou droit, the default) and `f` (la jambe
# droite); « gauche » is the same in both.
content-side = { $form ->
        [f] { $side ->
            [left] gauche
           *[right] droite
        }
       *[m] { $side ->
            [left] gauche
           *[right] droit
        }
    }

# « jambe gauche », « bras droit », « côté gauche »
side-of-limb = { $limb ->
        [leg] jambe { $side ->
            [left] gauche
           *[right] droite
        }
        [arm] bras { $side ->
            [left] gauche
           *[right] droit
        }
       *[side] côté { $side ->
            [left] gauche
           *[right] droit
        }
    }

## Dates and times. The names of weekdays and months and the numeric date
## come from the language's locale data; these patterns put them in order
## (chrono's strftime: %A weekday, %-d day, %B month, %Y year, %H:%M the
## 24-hour time, %x the locale's numeric date, %a and %b short names).

# « lundi 3 mars 2026 »
date-long = %A %-d %B %Y
# « lun. 3 mars »
date-short = %a %-d %b
# « 3 mars »
date-day-month = %-d %B
# "3 March 2026"
date-day-month-year = %-d %B %Y
# "3 Mar", under a chart's time axis
date-day-short-month = %-d %b
# "08:05"
time-of-day = %H:%M
# "03/03/2026" in the US, "03/03/26" in Spain: the locale's own.
date-numeric = %x
# « lundi 3 mars 2026 à 08:05 »
date-and-time = { $date } à { $time }

## The window: its title and the screens' names (the title, and the
## heading of the Keys sheet).

# The window's title on the Home screen.
window-title-home = Limber
# The window's title on any other screen; `$screen` is the screen's name
# or the routine's title.
window-title = Limber — { $screen }
# The window's title on the screen after a routine.
window-title-finish = Terminé
# The window's title when the profile was written by a newer Limber.
window-title-newer = Un profil d'une version plus récente de Limber
screen-home = Accueil
screen-routine = Programme
# The screen that plays a routine.
screen-player = Exercice
screen-finish = Fin
screen-settings = Paramètres
screen-safety = Sécurité
screen-history = Historique
screen-exercises = Exercices
screen-plan = Planning
screen-newer = Profil plus récent

## Controls on many screens.

# The button at the start of a screen's title bar.
common-back = ← Retour

## The Keys sheet (`?`): a screen's keyboard keys and what they do.

# Its heading; `$screen` is the screen's name.
keys-title = Touches : { $screen }
keys-close = Fermer
keys-help = Afficher ou masquer cette liste de touches
keys-back = Retour
# Words printed on keys, as French (AZERTY) keyboards print them:
# Échap, Entrée, Espace, Suppr, Maj, « Page préc. » / « Page suiv. ».
keys-esc = Échap
keys-enter = Entrée
keys-space = Espace
keys-delete = Suppr
keys-shift = Maj
keys-tab = Tab
keys-ctrl = Ctrl
keys-alt = Alt
keys-page = Page
keys-up = préc.
keys-down = suiv.
# Between two keys that do the same ("Entrée ou Échap").
keys-or = ou

## The 0–10 pain scale (Routine, Finish).

# Under the scale's ends.
pain-scale-none = 0 = aucune douleur
pain-scale-worst = 10 = pire douleur imaginable
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
        [leg] tenir { $hold } × { $repetitions } par jambe
        [arm] tenir { $hold } × { $repetitions } par bras
        [side] tenir { $hold } × { $repetitions } de chaque côté
       *[none] tenir { $hold } × { $repetitions }
    }

# What a sided repetition count is "per", after the count ("2 each leg").
# `$limb` is leg, arm or side.
each-limb = { $limb ->
        [leg] par jambe
        [arm] par bras
       *[side] de chaque côté
    }

# How a sided exercise goes round the sides, on the printed routine sheet.
# `$limb` is leg, arm or side.
side-order-alternate = { $limb ->
        [leg] Jambe gauche et jambe droite en alternance, en commençant par la gauche.
        [arm] Bras gauche et bras droit en alternance, en commençant par le gauche.
       *[side] Côté gauche et côté droit en alternance, en commençant par la gauche.
    }
side-order-in-turn = { $limb ->
        [leg] Toutes les répétitions sur la jambe gauche, puis toutes sur la droite.
        [arm] Toutes les répétitions avec le bras gauche, puis toutes avec le droit.
       *[side] Toutes les répétitions du côté gauche, puis toutes du côté droit.
    }

## Intensity and doses

# An intensity level's name (`$level`: gentle, standard, strong).
intensity-name = { $level ->
        [gentle] Doux
        [strong] Fort
       *[standard] Standard
    }

# A dose value outside the bounds Limber keeps, and the value used
# instead. `$whose` is content (the exercise's file) or profile (the
# person's setting); `$field` is hold (seconds) or repetitions;
# `$requested`, `$low`, `$high`, `$used` are numbers.
dose-clamped = { $whose ->
        [content] { $field ->
            [hold] Le temps de maintien de l'exercice, { $requested } s, est hors de l'intervalle { $low } s..{ $high } s ; valeur utilisée : { $used } s.
           *[repetitions] Le nombre de répétitions de l'exercice, { $requested }, est hors de l'intervalle { $low }..{ $high } ; valeur utilisée : { $used }.
        }
       *[profile] { $field ->
            [hold] Votre temps de maintien de { $requested } s est hors de l'intervalle { $low } s..{ $high } s ; valeur utilisée : { $used } s.
           *[repetitions] Votre nombre de répétitions, { $requested }, est hors de l'intervalle { $low }..{ $high } ; valeur utilisée : { $used }.
        }
    }

## Files Limber keeps (profiles, plans, history)

# A file written by a newer or unknown version: `$version` is the number
# the file gives.
file-version-unknown = la version de format { $version } n'a jamais été écrite par Limber

## Content packs: who made a pack, shown where its items are listed and
## when it is imported.

pack-by = par { $author }
pack-version = version { $version }
# `$date` is when a clinician last reviewed it ("3 March 2026").
pack-reviewed = relu le { $date }
# An item that came from a pack: `$pack` is the pack's name, `$about` who
# made it ("by …, version …, reviewed …").
pack-from = Issu du pack « { $pack } »
pack-from-about = Issu du pack « { $pack } » : { $about }
# What `limber check` says about a folder's pack manifest (`$file`) and the
# packs imported into it (`$folder`); each imported pack on a line:
# `$pack` its name, `$about` who made it, `$routines` its routines' ids.
pack-manifest-heading = Manifeste du pack { $file } :
pack-field-not-given = (non indiqué)
pack-imported-heading = Packs importés ({ $folder }) :
pack-about-nothing = ni auteur, ni version, ni date de relecture
pack-imported-line = { $pack } : { $about }
pack-imported-line-routines = { $pack } : { $about } ; programmes : { $routines }
# Problems of a pack's manifest. `$field` is the field's name as written
# in the file (author, version, reviewed): keep it as it is.
pack-field-too-long = `{ $field }` dépasse { $max } caractères
pack-field-control = `{ $field }` contient un caractère de contrôle (un saut de ligne ou autre)
pack-reviewed-invalid = `reviewed` vaut « { $reviewed } » ; écrivez la date sous la forme AAAA-MM-JJ, par exemple « 2025-06-02 »
# `$kib` is the largest size, in KiB.
pack-manifest-too-large = le manifeste dépasse { $kib } Kio

## Reading a file (content, packs, profiles): what went wrong.

# `$error` is the system's reason.
file-unreadable = lecture impossible : { $error }
file-not-regular = ce n'est pas un fichier ordinaire
file-not-utf8 = ce n'est pas du texte UTF-8 ; les fichiers RON doivent être enregistrés en UTF-8
# A file size: `$unit` is mib, kib or bytes.
file-size = { $unit ->
        [mib] { $size } Mio
        [kib] { $size } Kio
       *[bytes] { $size } octets
    }
# What a path that is not a regular file is: `$kind` is folder, pipe,
# device, socket or other.
file-kind-of = { $kind ->
        [folder] un dossier
        [pipe] un tube nommé (FIFO)
        [device] un périphérique
        [socket] un socket
       *[other] autre chose qu'un fichier
    }
# After a file's path: why it was not read. `$kind` as `file-kind-of`
# writes it, `$limit` as `file-size` writes it.
file-not-read-kind = non lu, car c'est { $kind } et non un fichier ordinaire
file-larger-than-read = le fichier dépasse { $limit } (le maximum lu pour ce type de fichier)
file-not-utf8-save = ce n'est pas du texte UTF-8 ; enregistrez le fichier en UTF-8
file-not-regular-remove = c'est { $kind }, pas un fichier ordinaire ; supprimez-le et réessayez

## A file or folder the system refused: what Limber was doing with it.
## `$path` is the path (quoted), `$error` the system's reason. `$action` is
## one of the keys below (a word or words of the code, dashes for spaces).

io-failed = { $action ->
        [copying] copie de { $path } : { $error }
        [creating] création de { $path } : { $error }
        [creating-folder] création du dossier { $path } : { $error }
        [deleting] suppression de { $path } : { $error }
        [finding-a-free-name-in] recherche d'un nom libre dans { $path } : { $error }
        [keeping-a-copy-of] conservation d'une copie de { $path } : { $error }
        [keeping-aside] mise de côté de { $path } : { $error }
        [linking] création d'un lien vers { $path } : { $error }
        [listing] lecture du contenu de { $path } : { $error }
        [locking] verrouillage de { $path } : { $error }
        [moving] déplacement de { $path } : { $error }
        [moving-aside] mise à l'écart de { $path } : { $error }
        [moving-into-place] mise en place de { $path } : { $error }
        [opening] ouverture de { $path } : { $error }
        [opening-lock-file] ouverture du fichier de verrou { $path } : { $error }
        [reading] lecture de { $path } : { $error }
        [removing] suppression de { $path } : { $error }
        [renaming-into] renommage en { $path } : { $error }
        [replacing] remplacement de { $path } : { $error }
        [restoring] restauration de { $path } : { $error }
        [syncing] synchronisation de { $path } : { $error }
        [writing] écriture de { $path } : { $error }
       *[other] { $path } : { $error }
    }

# A pack refused (`$pack`, its path): `$count` problems follow, one a line.
pack-refused = { $count ->
        [one] { $pack } n'a pas été importé ({ $count } problème) ; rien n'a été copié :
       *[other] { $pack } n'a pas été importé ({ $count } problèmes) ; rien n'a été copié :
    }

## Importing a pack (`limber import`, Import on Home)

pack-not-a-pack-file = un pack est un dossier ou un fichier .zip
pack-no-content = aucun fichier dans areas/, exercises/, routines/ ou poses/ : ce n'est pas un pack de contenu Limber
# A problem the pack would make with the person's content (`$problem`).
pack-clash = avec votre contenu : { $problem }
pack-cannot-record = impossible d'enregistrer le pack : { $error }
# An item a pack replaced: `$whose` is shipped (Limber's own) or yours,
# `$kind` area, exercise, routine or pose, `$title` and `$id` the item's.
pack-replaced-item = { $whose ->
        [shipped] { $kind ->
            [area] la zone « { $title } » ({ $id }) fournie avec Limber
            [exercise] l'exercice « { $title } » ({ $id }) fourni avec Limber
            [routine] le programme « { $title } » ({ $id }) fourni avec Limber
           *[pose] la posture « { $title } » ({ $id }) fournie avec Limber
        }
       *[yours] { $kind ->
            [area] votre zone « { $title } » ({ $id })
            [exercise] votre exercice « { $title } » ({ $id })
            [routine] votre programme « { $title } » ({ $id })
           *[pose] votre posture « { $title } » ({ $id })
        }
    }
# A file of the person's a pack replaced (`$file`, its path in the content).
pack-replaced-file = votre fichier { $file }
# Said once after an import: `$items` as the two messages above write them,
# joined by "; ".
pack-replaced = Le pack « { $pack } » a remplacé { $items }.

## Exporting a routine as a pack (`limber export-routine`, the builder)

pack-cannot-write-ron = impossible d'écrire le RON : { $error }
# `$exercise` is the exercise's id, `$path` its picture's path.
pack-picture-missing = exercice `{ $exercise }` : son image { $path } est introuvable
pack-folder-not-empty = { $folder } n'est pas vide ; choisissez un nouveau dossier pour le pack
pack-cannot-write = impossible d'écrire { $file } : { $error }

## Un pack refusé pendant sa décompression ou sa copie.

pack-path-problem = { $why ->
        [backslash] utilise une barre oblique inverse
        [nul] contient un caractère NUL
        [parent] sort du dossier du pack (`..`)
        [absolute] est un chemin absolu
        [no-name] n'a pas de nom
        [too-deep] est imbriqué sur plus de { $max } niveaux de dossiers
        [windows-character] contient { $character }, que Windows n'accepte pas dans un nom
        [windows-end] se termine par un point ou une espace, que Windows supprime
       *[windows-device] utilise { $stem }, un nom de périphérique sous Windows
    }
pack-not-regular = ce n'est pas un fichier ordinaire
pack-zip-too-large = le zip fait { $size } Mio ; les packs sont limités à { $max } Mio
pack-zip-unreadable = ce n'est pas un fichier zip lisible : { $error }
pack-zip-too-many = le zip contient { $count } entrées ; un pack peut en contenir au plus { $max }
pack-zip-duplicate = le zip nomme deux fois le même fichier
pack-entry-header = entrée { $index } : en-tête illisible : { $error }
pack-entry-refused = { $name } : refusé, { $why ->
        [path] le chemin { $reason }
        [link] un lien symbolique
        [special] ni un fichier ordinaire ni un dossier (un périphérique, un tube ou un socket)
        [encrypted] chiffré
        [too-large] { $size } Mio une fois décompressé ; un fichier peut faire au plus { $max } Mio
        [too-large-file] { $size } Mio ; un fichier peut faire au plus { $max } Mio
        [twice] deux fois le même nom
        [too-deep] imbriqué sur plus de { $max } niveaux de dossiers
       *[overflow] il se décompresse en plus que ce qu'annonce son en-tête ({ $size } octets) : un zip endommagé ou malveillant
    }
pack-total-too-large = { $uncompressed ->
        [yes] les fichiers font au total { $size } Mio une fois décompressés ; un pack peut faire au plus { $max } Mio
       *[no] les fichiers font au total { $size } Mio ; un pack peut faire au plus { $max } Mio
    }
pack-entry-unreadable = { $name } : lecture impossible : { $error }
pack-entry-extract = { $name } : extraction impossible : { $error }
pack-entry-damaged = { $name } : endommagé : { $error }
pack-unpacks-too-much = les fichiers font plus de { $max } Mio une fois décompressés
pack-folder-too-many = plus de { $max } fichiers et dossiers ; un pack peut en contenir au plus { $max }
pack-file-changed = { $name } : a changé pendant la copie
