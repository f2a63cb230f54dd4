### La sortie lisible de la ligne de commande (`limber show`, `plan`, `history`).
### La source est core/locales/en/cli.ftl.

# `--lang` or LIMBER_LANG named a language Limber has no catalogues for.
cli-language-unknown = Limber ne connaît pas « { $asked } » ; il parle { $languages }. Langue utilisée : { $using }.

## `limber show ROUTINE`: a routine as read on paper.

# One exercise of the routine: `$number` its place (1, 2, …), `$exercise`
# its title, `$dose` its dose as `dose` (common.ftl) writes it.
cli-show-exercise = { $number }. { $exercise } — { $dose }
# The last line: the routine's planned length (`$total`, as `duration`
# writes it).
cli-show-total = Total : { $total }

## `limber show ROUTINE --timeline`: the coach's cue sheet, for an author
## to proofread what the coach will play and say, and when.

# The first line: `$routine` is the routine's title.
cli-cue-title = { $routine } : déroulé
# The second line: the sounds and the voice as set.
# `$ticks`: last-seconds (ticks on the last 3 seconds of a hold),
# voice-counts (no ticks: the voice counts down), none.
# `$voice`: off, silent (speaks but does not count down), ticks (counts
# down with ticks), voice (counts down by voice), both (voice and ticks).
cli-cue-options = Sons : signaux sonores, { $ticks ->
        [last-seconds] tic-tac sur les 3 dernières secondes du maintien
        [voice-counts] pas de tic-tac (la voix fait le décompte)
       *[none] pas de tic-tac
    }. Voix : { $voice ->
        [off] désactivée
        [silent] activée, sans décompte
        [ticks] activée, décompte par tic-tac
        [both] activée, décompte à voix haute et par tic-tac
       *[voice] activée, décompte à voix haute
    }.
# The name of a stage, in the sheet's second column (kept short: about ten
# letters). `$stage` is one of: up-next (the breather before an exercise),
# read (a setup card), get-ready, move, hold, relax, rest, switch (the rest
# before the other side), repeat (a repetition of short holds), done (the
# routine's end).
cli-cue-stage = { $stage ->
        [up-next] À suivre
        [read] Départ
        [get-ready] Préparer
        [move] Mouvement
        [hold] Tenez
        [relax] Relâchez
        [rest] Repos
        [switch] Changement
        [repeat] Répétition
       *[done] Fin
    }
# A stage's repetition: "rep 1 of 3".
cli-cue-rep = rép. { $rep } sur { $reps }
# In place of an exercise's title the plan names but the content lacks.
cli-cue-missing-exercise = (exercice manquant)
# What a cue line is: a sound played, words said, a note for the author.
# Each is a word at the start of its line.
cli-cue-sound = son
cli-cue-say = voix
cli-cue-note = note
# The words the coach says, quoted (`$text` is what the coach says).
cli-cue-said = « { $text } »
# A note under words that may still be being said when the next are due:
# `$speech` and `$gap` are seconds with one decimal.
cli-cue-overrun = environ { $speech } s de parole, { $gap } s avant les paroles suivantes : la phrase risque d'être coupée
# The last line: `$offset` when the routine ends (m:ss.mmm), `$length` the
# same as `duration` (common.ftl) writes it.
cli-cue-total = Total : { $offset } ({ $length })

## `limber plan`: the plan and this week's progress. `$profile` is a
## profile's name, `$routine` a routine's title; plan lines, weeks and days
## as plan.ftl writes them.

# The first line of the plan.
cli-plan-heading = Planning de { $profile } :
# One planned routine: `$entry` as `plan-line` writes it, `$about` as
# `plan-about` says it.
cli-plan-entry = { $entry } ({ $about })
# A planned routine the loaded content lacks.
cli-plan-entry-not-loaded = { $entry } (ce programme n'est pas dans le contenu chargé)
# `$summary` as `plan-week-summary` says it.
cli-plan-this-week = Cette semaine : { $summary }
# A routine planned on a day: `$done` is yes when it was done.
cli-plan-slot = { $done ->
        [yes] { $time } { $routine } ✓
       *[no] { $time } { $routine }
    }
# After today's line.
cli-plan-today-mark = ← aujourd'hui
# The next reminder: `$date` as `date-short` writes it.
cli-plan-next = Prochaine séance : { $routine } à { $time }, { $date }
# No plan yet, how to make one (keep the command as it is), and the
# routines there are (`$routines`: their ids).
cli-plan-empty = Rien n'est encore prévu pour { $profile }.
cli-plan-how-to-add = Planifiez un programme avec : limber plan add ROUTINE --days mon-fri --at 08:00
cli-plan-routines = Programmes : { $routines }
# `limber plan add`: `$entry` as `cli-plan-entry` writes it.
cli-plan-added = Prévu pour { $profile } : { $entry }
cli-plan-first-reminder = Premier rappel : { $date } à { $time }
# `limber plan remove`.
cli-plan-removed = { $routine } ne fait plus partie du planning de { $profile }.
# `limber plan --autostart on|off`: `$written`/`$removed` is the login
# entry's file; `$command` starts the reminders now (keep it as it is).
cli-plan-autostart-on = Les rappels démarreront à l'ouverture de session ({ $written }).
cli-plan-autostart-off = Les rappels ne démarreront plus à l'ouverture de session ({ $removed } a été supprimé).
cli-plan-remind-now = Pour les avoir dès maintenant, sans rouvrir de session : { $command }
# Errors. `$routine` here is the id given; `$known` and `$planned` lists of
# routine ids.
cli-plan-unknown-routine = il n'y a pas de programme « { $routine } » ; programmes : { $known }
cli-plan-not-planned = « { $routine } » n'est pas dans le planning de { $profile } ; prévus : { $planned }
cli-plan-not-planned-nothing = « { $routine } » n'est pas dans le planning de { $profile } ; prévus : aucun
# Writing to the terminal (or a pipe) failed: `$error` says why.
cli-output-failed = écriture de la sortie : { $error }

# `limber remind` when another copy already runs for the data folder
# `$folder`.
cli-remind-already-running = Les rappels fonctionnent déjà pour { $folder } ; rien de plus à faire.

## What every command shares

# A count of things: `$what` is area, exercise, routine, pose, picture,
# problem, error or warning.
cli-count = { $what ->
        [area] { $count ->
            [one] { $count } zone
           *[other] { $count } zones
        }
        [exercise] { $count ->
            [one] { $count } exercice
           *[other] { $count } exercices
        }
        [routine] { $count ->
            [one] { $count } programme
           *[other] { $count } programmes
        }
        [pose] { $count ->
            [one] { $count } posture
           *[other] { $count } postures
        }
        [picture] { $count ->
            [one] { $count } image
           *[other] { $count } images
        }
        [error] { $count ->
            [one] { $count } erreur
           *[other] { $count } erreurs
        }
        [warning] { $count ->
            [one] { $count } avertissement
           *[other] { $count } avertissements
        }
       *[problem] { $count ->
            [one] { $count } problème
           *[other] { $count } problèmes
        }
    }
# `--profile NAME` named one that cannot be opened: `$error` says why,
# `$using` is the profile used instead.
cli-profile-not-opened = Le profil n'a pas été ouvert : { $error }. Profil utilisé : « { $using } ».
# A routine id no routine has: `$known` lists the ids there are.
cli-unknown-routine = il n'y a pas de programme « { $routine } » ; programmes : { $known }
# The window opened with problems in the content: `$count` problems,
# `$first` the first of them.
cli-content-problems = { $count ->
        [one] { $count } problème dans le contenu des exercices ; ce qui était valide est chargé. Le premier : { $first }
       *[other] { $count } problèmes dans le contenu des exercices ; ce qui était valide est chargé. Le premier : { $first }
    }
# The program could not find its own file (`$error` says why).
cli-program-not-found = recherche du fichier exécutable de Limber : { $error }

## `limber check`

# The summary with problems: `$found` is the counts ("2 areas, 5
# exercises, …, 3 problems"), `$errors` and `$warnings` counted the same way.
check-summary-problems = { $found } ({ $errors }, { $warnings })

## `limber export-routine` and `limber import`

# Written in a pack's manifest: whose doses it carries and when
# (`$date`, a long date).
pack-provenance = Réglages de { $profile } au { $date }
# An exercise of the routine the content lacks (`$exercise` its id).
cli-pack-exercise-missing = l'exercice « { $exercise } » n'est pas dans le contenu ; il est laissé hors du pack
# `$path` the pack written, `$routine` the routine's id, `$counts` what it
# holds ("3 exercises, 1 area, …").
cli-pack-exported = { $path } : programme « { $routine } » avec les réglages de { $profile } ; { $counts }
# `$pack` the pack read, `$folder` where it went, `$routines` its
# routines' ids (`$routine_count` of them), `$counts` what it holds.
cli-pack-imported = { $pack } importé dans { $folder } : programmes { $routine_count ->
        [0] aucun
       *[other] { $routines }
    } ; { $counts }
# The same for a pack that says who made it and when (`$about`).
cli-pack-imported-about = { $pack } ({ $about }) importé dans { $folder } : programmes { $routine_count ->
        [0] aucun
       *[other] { $routines }
    } ; { $counts }
# An item of the pack replaced one of the same id (`$item`).
cli-pack-replaces = Remplace { $item }

## `limber report`

cli-report-plan-left-out = le planning de la semaine n'y figure pas : { $error }
# `$from` and `$to` are dates (YYYY-MM-DD).
cli-report-from-after-to = --from { $from } est postérieur à --to { $to }
cli-report-too-long = un bilan couvre au plus dix ans ; du { $from } au { $to }, c'est plus long
cli-report-needs-out = indiquez --out FICHIER.pdf pour le bilan en PDF (ou --csv pour du CSV dans le terminal)
# After the PDF was written: `$path`, `$profile`'s name, `$pages` ("2
# pages"), `$headline` (the report's first finding).
cli-report-written = { $path } : bilan pour la consultation de { $profile } ({ $pages }). { $headline }

## `limber figures`

# `$count` files written into `$folder`.
cli-figures-icons-written = { $count ->
        [one] { $count } fichier d'icône écrit dans { $folder }
       *[other] { $count } fichiers d'icônes écrits dans { $folder }
    }
cli-figures-guide-written = { $count ->
        [one] { $count } image du guide écrite dans { $folder }
       *[other] { $count } images du guide écrites dans { $folder }
    }
cli-figures-written = { $count ->
        [one] { $count } figure écrite dans { $folder }
       *[other] { $count } figures écrites dans { $folder }
    }
cli-figures-watch-needs-content = --watch demande --content DOSSIER, le dossier dont vous écrivez les postures
cli-figures-watching = Surveillance des changements dans { $folder } (Ctrl+C pour arrêter)
# After a save: `$changed` the files saved.
cli-figures-rewritten = { $changed } modifié : { $count ->
        [one] { $count } figure écrite dans { $folder }
       *[other] { $count } figures écrites dans { $folder }
    }
