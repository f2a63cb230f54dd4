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
