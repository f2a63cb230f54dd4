### Le planning de la semaine, ses rappels (les notifications) et `limber plan`.
### La source est core/locales/en/plan.ftl ; les termes fixes sont
### dans docs/glossary/fr.md.

## The Plan screen.

# Its title; `$profile` is the profile's name.
plan-title = Planning de { $profile }
plan-unreadable = Le planning de ce profil n'a pas pu être lu ; le message ci-dessus explique pourquoi.
# In place of a planned routine's length when the content lacks it.
plan-routine-not-loaded = absent du contenu chargé
plan-ask-remove = Retirer du planning…
# Before the time field, and the field's placeholder (a time as typed).
plan-at = À
plan-time-placeholder = 08:00
# Beside the hour's and the minutes' − and +.
plan-hour = heure
plan-minutes = minutes
plan-bad-time = Écrivez l'heure sous la forme 08:00 ou 18:30, puis appuyez sur Entrée.
plan-remove = Le retirer
plan-keep = Le garder
# A routine to add to the plan; `$routine` is its title.
plan-add = + { $routine }
plan-add-first = Ajoutez un programme à votre planning
plan-add-another = Ajouter un autre programme
# Under the routines to add; `$days` are the days already written, `$time`
# a time of day ("08:00").
plan-new-starts = Prévu : { $days } à { $time } ; vous pourrez changer les jours et l'heure ensuite.
plan-all-planned = Tous les programmes sont au planning.
plan-reminders = Rappels
# While Limber asks the system how reminders run.
plan-reminders-looking = Vérification du fonctionnement des rappels…
plan-calendar = Calendrier
# `$error` is the system's reason.
plan-calendar-not-saved = Le fichier de calendrier n'a pas été enregistré : { $error }
# The save dialog's title for the calendar file.
plan-save-calendar-title = Enregistrer le planning dans un fichier de calendrier
# The calendar file could not be written and no reason came back.
plan-calendar-not-written = le fichier n'a pas été écrit
## The weekly plan, the reminders and the week's progress (Home, the Plan
## screen, History, `limber plan`, the notifications, the calendar file).
## Calm and without guilt: a missed day is a fact, never a failure.
## Times (`$time`) and dates come written as `time-of-day` and
## `date-short` (common.ftl) write them; `$routine` is a routine's title.

# Said wherever a missed day shows.
plan-missed-days-are-fine = Un jour manqué, ce n'est pas grave — reprenez en douceur.
# How long a routine takes, as a promise: `$minutes` is 0 for under a
# minute, else rounded to the nearest minute.
plan-about = { $minutes ->
        [0] moins d'une minute
        [one] environ { $minutes } minute
       *[other] environ { $minutes } minutes
    }
# Days of the week of a planned routine: every day, none, a run of three
# or more days in a row (`$first`, `$last`: the short names of its first
# and last day, "Mon–Thu"), else the short names with this between them.
plan-days-every-day = tous les jours
plan-days-none = aucun jour
plan-days-range = { $first }–{ $last }
plan-days-separator = {", "}
# One planned routine: `$days` as the messages above write them.
plan-line = { $routine }, { $days } à { $time }
# The week in one phrase, after "This week:": `$done` sessions of the
# `$planned` planned ones.
plan-week-summary = { $planned ->
        [0] rien de prévu
        [one] { $done } sur { $planned } séance prévue
       *[other] { $done } sur { $planned } séances prévues
    }
# A week on the History screen: "4 of 5".
plan-week-count = { $done } sur { $planned }
# Planned days kept one after another (`$run`, 1 or more).
plan-run = { $run ->
        [one] { $run } jour prévu respecté
       *[other] { $run } jours prévus respectés d'affilée
    }
# A day's status, as a word (the terminal, screen readers). `$status` is
# free (nothing planned), done, partly (some of it done), missed, to-come.
plan-day-status = { $status ->
        [free] libre
        [done] fait
        [partly] fait en partie
        [missed] manqué
       *[to-come] à venir
    }

## Home

# Home with no plan: a quiet invitation, and its button.
plan-invitation = Revenir souvent aide.
plan-make-a-plan = Faire un planning
# One planned routine today: its time has not come yet (`$about` as
# `plan-about` says it), its time has passed, it is done.
plan-today-later = Aujourd'hui : { $routine } à { $time } ({ $about })
plan-today-later-no-length = Aujourd'hui : { $routine } à { $time }
plan-today-due = Prévu à { $time } : { $routine } — n'importe quel moment de la journée convient.
plan-today-done = { $routine } : fait aujourd'hui.
# The next planned session. `$when` is today, tomorrow, weekday (within
# the week: `$day` is the weekday's name) or date (a week or more away:
# `$date`, "Mon 20 May").
plan-next = { $when ->
        [today] Prochaine séance : { $routine } aujourd'hui à { $time }
        [tomorrow] Prochaine séance : { $routine } demain à { $time }
        [weekday] Prochaine séance : { $routine } { $day } à { $time }
       *[date] Prochaine séance : { $routine } le { $date } à { $time }
    }

## The Plan screen

# The screen's first lines, true to how reminders run: `$running` is yes,
# no or unknown (reminders run while `limber remind` does).
plan-intro = { $running ->
        [yes] Choisissez un programme, ses jours et une heure. À cette heure-là, Limber vous le rappelle par une notification, même quand sa fenêtre est fermée.
        [no] Choisissez un programme, ses jours et une heure. Limber vous le rappellera par une notification à cette heure-là une fois les rappels lancés (voir Rappels) ; d'ici là, l'accueil montre ce qui est prévu aujourd'hui.
       *[unknown] Choisissez un programme, ses jours et une heure. Tant que les rappels fonctionnent, Limber vous le rappelle par une notification à cette heure-là, même quand sa fenêtre est fermée.
    }
# Under a routine whose days were all turned off.
plan-no-days = Aucun jour choisi : il reste dans le planning, sans jamais de rappel.
# Asked before a routine leaves the plan.
plan-remove-question = Retirer { $routine } du planning ? Les séances faites restent dans votre historique.
# How reminders run: `$running` (now) and `$login` (they start at login)
# are yes, no or unknown; nothing is said about login when unknown.
plan-reminders-status = { $running ->
        [yes] Les rappels fonctionnent en ce moment.
        [no] Les rappels ne fonctionnent pas en ce moment.
       *[unknown] Limber ne peut pas savoir si les rappels fonctionnent en ce moment.
    }{ $login ->
        [yes] {" "}Ils démarrent d'eux-mêmes à l'ouverture de session.
        [no] {" "}Ils ne démarrent pas d'eux-mêmes à l'ouverture de session.
       *[unknown] {""}
    }
plan-start-at-login = Démarrer à l'ouverture de session
plan-start-reminders-now = Lancer les rappels maintenant
plan-save-to-calendar = Enregistrer dans un calendrier…
# Beside the calendar button.
plan-calendar-hint = Pour votre application de calendrier : un fichier avec un événement hebdomadaire par programme, avec une alarme.
# The calendar button with nothing on any day.
plan-calendar-needs-days = Prévoyez un programme au moins un jour pour l'enregistrer dans un calendrier.
# The save dialog answered without a file (cancelled, or no dialog could
# open). Keep the command as it is.
plan-calendar-nothing-saved = Rien n'a été enregistré. Si aucune fenêtre ne s'est ouverte, `limber plan --ics > limber-plan.ics` dans un terminal écrit le même fichier.
# After the calendar file was written: `$path` is where.
plan-calendar-saved = Enregistré dans { $path }. Ouvrez-le avec votre application de calendrier pour y ajouter le planning.

## The calendar file (its name, each event's title and notes)

# `$profile` is the profile's name.
calendar-name = Planning Limber — { $profile }
calendar-event-title = { $routine } — Limber
# `$minutes` as for `plan-about`.
calendar-event-notes = { $minutes ->
        [0] Moins d'une minute d'exercices. Ouvrez Limber et choisissez { $routine }.
        [one] Environ { $minutes } minute d'exercices. Ouvrez Limber et choisissez { $routine }.
       *[other] Environ { $minutes } minutes d'exercices. Ouvrez Limber et choisissez { $routine }.
    }
calendar-event-notes-no-length = Ouvrez Limber et choisissez { $routine }.

## Reminders (the desktop notification)

# The title: `$about` as `plan-about` says it.
reminder-title = C'est l'heure : { $routine } — { $about }
reminder-title-no-length = C'est l'heure : { $routine }
# The body: planned for now, snoozed, later the same day, a day that went
# by (`$day` is its weekday's name).
reminder-body-on-time = Prévu à { $time }. Quelques minutes au calme pour votre corps.
reminder-body-snoozed = Reporté depuis { $time }. Quand vous voulez.
reminder-body-later-today = C'était prévu à { $time } ; n'importe quel moment de la journée convient.
reminder-body-earlier-day = C'était prévu { $day }, à { $time }. { plan-missed-days-are-fine }
# The notification's buttons.
reminder-action-start = Commencer
reminder-action-snooze = Reporter de 10 min
reminder-action-done-today = Fait aujourd'hui

## Reading what a person types for a plan (`limber plan add --days … --at
## …`, dates). Keep the examples as they are: they are what to type.

# `$part` is the word given.
plan-days-not-a-day = « { $part } » n'est pas un jour ; écrivez les jours comme mon,wed,fri ou mon-fri, ou weekdays, weekends, daily
plan-days-not-given = aucun jour indiqué ; écrivez les jours comme mon,wed,fri ou mon-fri
# `$text` is what was given.
plan-time-invalid = « { $text } » n'est pas une heure ; écrivez-la comme 08:00 ou 18:30
plan-date-invalid = « { $text } » n'est pas une date comme 2024-05-13
# `limber plan --ics` with nothing planned: `$profile` is the profile's name.
calendar-nothing-planned = rien n'est encore prévu pour { $profile }, il n'y a donc pas de calendrier à exporter ; ajoutez d'abord un programme, par exemple `limber plan add lower-back --days mon-fri --at 08:00`

## Starting the reminders (`limber remind`) from the Plan screen

# `$program` is the program's path, `$error` why it could not start.
reminders-start-failed = lancement de { $program } remind : { $error }
# It started and ended at once: `$status` is how it ended.
reminders-ended-at-once = limber remind s'est arrêté aussitôt ({ $status })
# The desktop's notifications stopped answering (`$error` says why, for
# the thread case).
reminders-thread-failed = lancement d'un fil d'exécution : { $error }
reminders-notifier-stopped = le service de notifications s'est arrêté

## Rappels et lancement à l'ouverture de session : ce qui a échoué.

plan-reminder-not-shown = le rappel n'a pas pu être affiché : { $reason }
plan-login-no-folder = impossible de trouver le dossier des programmes lancés à l'ouverture de session sur ce système
plan-login-not-changed = l'élément d'ouverture de session n'a pas pu être modifié : { $reason }
plan-login-where-windows = les programmes de démarrage (clé Run du registre « { $entry } »)
plan-login-where-macos = l'élément d'ouverture « { $entry } »
