### La fiche du programme et le bilan pour la consultation (PDF).
### La source est core/locales/en/papers.ftl ; les termes fixes sont
### dans docs/glossary/fr.md.

## Saving a paper from the window: the save dialog, the visit report's
## form on the History screen, and the notices after.

# The save dialog's titles.
papers-save-sheet-title = Enregistrer la fiche du programme
papers-save-report-title = Enregistrer le bilan pour la consultation
# The routine went away while its sheet was being saved; `$routine` is its id.
papers-routine-gone = Le programme « { $routine } » n'est plus chargé.
# After saving the sheet. `$routine` is its title, `$path` where it went,
# `$pages` the pages and paper already written ("1 page, A4").
papers-sheet-saved = Fiche de « { $routine } » enregistrée dans { $path } ({ $pages }).
# After saving the visit report; `$headline` is its first finding, a
# sentence already written.
papers-report-saved = Bilan pour la consultation enregistré ({ $pages }) dans { $path }. { $headline }
papers-report-saved-csv = Bilan pour la consultation enregistré au format CSV dans { $path }. { $headline }
# The plan could not be read for the report; `$reason` says why.
papers-plan-left-out = Le planning de la semaine n'y figure pas : { $reason }
# No dialog could open, so the file went to the documents folder;
# `$notice` is the notice above, already written.
papers-no-dialog = Aucune fenêtre d'enregistrement n'a pu s'ouvrir sur ce bureau. { $notice }
# `$what` is `sheet` or `report`; `$reason` says why.
papers-not-saved = Impossible d'enregistrer { $what ->
        [sheet] la fiche du programme
       *[report] le bilan pour la consultation
    } : { $reason }
papers-not-saved-stopped = Impossible d'enregistrer { $what ->
        [sheet] la fiche du programme
       *[report] le bilan pour la consultation
    } : l'opération s'est arrêtée de façon inattendue.
# The History screen's button, and its form.
papers-visit-report = Bilan pour la consultation…
papers-period = Période
papers-span-weeks = { $count ->
        [one] { $count } semaine
       *[other] { $count } semaines
    }
papers-span-six-months = 6 mois
papers-span-everything = Tout
papers-save-as = Enregistrer en
papers-format-pdf = PDF à imprimer
papers-format-csv = CSV pour un tableur
# The period and how many sessions it holds; `$from` and `$to` are dates
# already written.
papers-period-summary = Du { $from } au { $to } · { $count ->
        [one] { $count } séance
       *[other] { $count } séances
    }
papers-save-report = Enregistrer le bilan…
# The kinds of file the save dialog filters on.
papers-file-kind-pdf = Document PDF
papers-file-kind-csv = Feuille de calcul CSV
papers-file-kind-calendar = Calendrier
