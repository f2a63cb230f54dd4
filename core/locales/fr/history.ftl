### L'écran Historique et le tableau de `limber history` (pas son CSV).
### La source est core/locales/en/history.ftl ; les termes fixes sont
### dans docs/glossary/fr.md.

## The History screen.

# Its title; `$profile` is the profile's name.
history-title = Historique de { $profile }
history-no-sessions = Aucune séance pour l'instant. Les séances terminées ou arrêtées s'affichent ici.
# The pain chart's heading and its legend (a dot of the line's colour).
history-pain-chart = Douleur (0–10)
history-legend-after = ● après
history-legend-before = ● avant
history-week-chart = Séances par semaine
# Above the list of sessions.
history-sessions = { $count ->
        [one] Séances ({ $count } séance, la plus récente en premier)
       *[other] Séances ({ $count } séances, les plus récentes en premier)
    }
# A session's pain: before → after, or one of them.
history-pain-before-after = douleur { $before } → { $after }
history-pain-before = douleur avant : { $before }
history-pain-after = douleur après : { $after }
# Exercises done of the session's: "2/3 faits".
history-done = { $done }/{ $count } faits
# On a second line where the window is narrow: "2/3 faits · Habituelle/Forte";
# `$levels` are the intensities' names already written.
history-done-and-levels = { $done } · { $levels }
# Under a session where a sided exercise was done more on one side.
history-sides = { $exercise } : gauche { $left }, droite { $right }
history-planned-days = Jours prévus
# The Monday a week of the planned days starts on, as a chrono pattern
# (see common.ftl's dates): "3 mars".
history-week-start = %-d %b

## The Keys sheet (?) on the History screen.

history-key-scroll = Faire défiler les séances
history-key-page = Faire défiler d'une page
history-key-visit-report = Bilan pour la consultation (puis Entrée enregistre, Échap ferme le formulaire)
## `limber history`: a profile's sessions as a table (the CSV's header and
## values stay English: they are not translated).

history-table-no-sessions = Aucune séance pour l'instant.
# The table's column headings. `$column` is one of: started (when the
# session started), routine, time (how long it took), done (exercises
# done), pain-before, pain-after (0–10), ended (how it ended).
history-table-column = { $column ->
        [started] Début
        [routine] Programme
        [time] Durée
        [done] Exercices faits
        [pain-before] Douleur avant
        [pain-after] Douleur après
       *[ended] Fin
    }
# Exercises done of those in the session: "2 of 3".
history-exercises-done = { $done } sur { $exercises }
# How a session ended (the table, the History screen, the visit report):
# `$exercise` is the title of the exercise it stopped in.
history-ended-finished = terminée
history-ended-stopped = arrêtée pendant { $exercise }
history-ended-stopped-for-pain = arrêtée pour douleur pendant { $exercise }

# When a session was, counted in days in the person's time zone
# (`$days`: 0 today, 1 yesterday, up to 13), then in weeks (`$weeks`).
history-when-days = { $days ->
        [0] aujourd'hui
        [1] hier
       *[other] il y a { $days } jours
    }
history-when-weeks = { $weeks ->
        [one] il y a { $weeks } semaine
       *[other] il y a { $weeks } semaines
    }
