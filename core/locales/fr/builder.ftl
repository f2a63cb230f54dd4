### Nouveau programme : l'éditeur de programmes.
### La source est core/locales/en/builder.ftl ; les termes fixes sont
### dans docs/glossary/fr.md.

## The builder's screen.

# The screen's title when making a routine.
builder-title-new = Nouveau programme
# The screen's title when changing one of one's own routines.
builder-title-edit = Modifier le programme

# The name field, its label and placeholder.
builder-name = Nom
builder-name-placeholder = Par exemple : Étirements du matin
# A pasted name was too long; `$count` is the most characters a name has.
builder-name-cut = Un nom compte au plus { $count } caractères ; la suite a été retirée.
builder-your-routine = Votre programme
# The routine while it has no exercise.
builder-empty = Ajoutez des exercices depuis la liste de droite : cliquez sur l'un d'eux, ou tapez une partie de son nom ou de sa zone et appuyez sur Entrée.
# An exercise could not be added; `$reason` says why (already written).
builder-refused = { $exercise } : { $reason }
# A value of an exercise brought within its limits; `$what` says what
# (already written).
builder-adjusted = { $exercise } : { $what }.
# A row's tools.
builder-up = ↑ Monter
builder-down = ↓ Descendre
builder-remove = Retirer
# A row whose exercise is no longer in the content; `$exercise` is its id.
builder-exercise-gone = { $number }. « { $exercise } » ne fait plus partie des exercices ; retirez-le pour enregistrer.
# Under a row's steppers: what the exercise allows. `$hold` and
# `$repetitions` are a number or a range ("15–30"); `$per_side` is the
# app's " each leg" (leading space) or empty.
builder-suggested = Cet exercice : tenir { $hold } s, { $repetitions } répétitions{ $per_side }
# The profile's own values win over the routine's.
builder-own-hold = Votre propre maintien de { $seconds } s, réglé sur l'écran d'un programme, s'applique à la place.
builder-own-repetitions = Vos propres { $count } répétitions, réglées sur l'écran d'un programme, s'appliquent à la place.
# The list of exercises to add.
builder-add-exercises = Ajouter des exercices
builder-search-placeholder = Rechercher par nom ou par zone
# `$query` is what was typed.
builder-no-match = Aucun exercice ne correspond à « { $query } ».
builder-more-found = { $count ->
        [one] { $count } autre : tapez la suite du nom.
       *[other] { $count } autres : tapez la suite du nom.
    }
# On an exercise of the list: in the routine already, or to add.
builder-added = Ajouté ✓
builder-add = + Ajouter
# The line of keys at the bottom, for where the keyboard is.
builder-keys-delete-question = Entrée supprime · Échap le garde
builder-keys-leave-question = Entrée : continuer la modification · Échap : quitter sans enregistrer
builder-keys-name = Tapez le nom · Entrée ou Tab : vers les exercices · Ctrl+S enregistre · Échap : retour
builder-keys-library = Tapez pour chercher · ↑ ↓ choisir · Entrée ajoute · Tab : votre programme · Ctrl+S enregistre
builder-keys-routine = ↑ ↓ choisir · Alt+↑ ↓ déplacer · ← → maintien · Maj+← → répétitions · V version · Suppr retire · Tab : Enregistrer
builder-keys-save = Entrée enregistre · Tab : le nom · Échap : retour
builder-keys-delete = Entrée : supprimer ce programme… · Tab : le nom · Échap : retour
builder-ask-delete = Supprimer le programme…
builder-save = Enregistrer le programme
builder-saving = Enregistrement…
# Asked before deleting; `$routine` is its title, `$planned` is `yes`
# when the routine is on the weekly plan.
builder-delete-question = Supprimer « { $routine } » ? Sa tuile disparaît de votre accueil.{ $planned ->
        [yes] {" "}Il disparaît aussi de votre planning de la semaine.
       *[no] {""}
    } Une copie de son fichier est conservée dans le dossier .kept de votre dossier de contenu, au cas où vous voudriez le récupérer.
builder-delete = Supprimer le programme
builder-keep = Le garder
builder-leave-question = Quitter sans enregistrer ? Les modifications faites ici ne seront pas conservées.
builder-keep-editing = Continuer la modification
builder-leave = Quitter sans enregistrer
# The file changed on disk while the builder had it open.
builder-changed-outside = Le fichier de ce programme a été modifié hors de l'éditeur depuis que vous l'avez ouvert (dans un éditeur de texte, ou dans une autre fenêtre de Limber). Enregistrer votre version par-dessus (l'autre est conservée dans le dossier .kept), ou ouvrir l'autre version ?
builder-save-over = Enregistrer la mienne par-dessus
builder-open-other = Ouvrir l'autre version
builder-deleted-outside = Le fichier de ce programme a été supprimé hors de l'éditeur depuis que vous l'avez ouvert.
builder-save-again = L'enregistrer de nouveau
builder-leave-deleted = Le laisser supprimé
# `$reason` says why (already written).
builder-not-saved = Non enregistré : { $reason }

## The Keys sheet (?) in the builder.

builder-key-tab = Zone suivante : nom, exercices à ajouter, votre programme, Enregistrer
builder-key-back-tab = La zone précédente
builder-key-choose = Choisir un exercice (dans la liste ou dans votre programme)
builder-key-enter = Ajouter l'exercice choisi ; sur Enregistrer, enregistrer
builder-key-move = Déplacer l'exercice choisi plus tôt ou plus tard
builder-key-remove = Retirer l'exercice choisi
builder-key-save = Enregistrer le programme
builder-key-back = Retour (demande d'abord si quelque chose a changé)

## Saving and deleting (notices; `$reason` says why, already written).

builder-not-started = Le programme n'a pas pu être enregistré : Limber n'a pas pu lancer l'opération.
builder-save-failed = Le programme n'a pas été enregistré : { $reason }.
# `$routine` is the routine's title.
builder-delete-failed = « { $routine } » n'a pas été supprimé : { $reason }.
## The routine builder's rules (its messages come from the core): adding
## an exercise, doses brought within what an exercise suggests, the name.

builder-already-in = Il est déjà dans le programme.
# `$max` is the most exercises a routine holds.
builder-full = Un programme compte au plus { $max } exercices.
# A dose brought within the exercise's range (`$low`–`$high`): it `$was`,
# it is `$now`.
builder-hold-adjusted = le maintien de { $was } s passe à { $now } s, dans les { $low } à { $high } s que suggère l'exercice
builder-repetitions-adjusted = { $was } répétitions passent à { $now }, dans les { $low } à { $high } que suggère l'exercice
# A saved routine's description: `$count` exercises, their titles
# (`$exercises`).
builder-description = { $count ->
        [one] { $count } exercice : { $exercises }.
       *[other] { $count } exercices : { $exercises }.
    }
builder-no-exercises = Ajoutez au moins un exercice.
# `$exercise` is the id of an exercise no longer in the content.
builder-missing = L'exercice « { $exercise } » ne fait plus partie des exercices ; retirez-le pour enregistrer.
builder-name-empty = Donnez un nom au programme.
# `$max` is the most characters a name may have.
builder-name-too-long = Limitez le nom à { $max } caractères.
builder-name-no-letters = Utilisez au moins une lettre ou un chiffre dans le nom.
# `$title` is the other routine's title.
builder-name-taken = Il existe déjà un programme nommé « { $title } ». Choisissez un autre nom.

## The routine's file (`content/routines/<id>.ron`).

builder-file-header =
    Créé dans l'éditeur de programmes de Limber par { $maker } le { $date }.
    Chaque réglage est une seule valeur, (n, n) : le maintien (en secondes) et les
    répétitions choisies, les mêmes à chaque niveau. Modifiez-le dans l'application
    (Modifier sur sa vignette dans Accueil) ou ici ; `limber check` vérifie ce dossier.
builder-file-ron-failed = impossible d'écrire le RON : { $error }
builder-file-changed = { $path } a été modifié en dehors de l'éditeur depuis que vous l'avez ouvert
builder-file-gone = { $path } n'existe plus
builder-file-not-this-routine = { $path } ne contient plus ce programme
builder-file-not-own = { $path } n'est pas dans votre propre dossier de contenu ({ $folder })
builder-file-no-free-id = tous les identifiants formés à partir de ce nom sont déjà pris
