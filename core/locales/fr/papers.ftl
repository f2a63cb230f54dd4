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
## The routine sheet (`limber print`, Print on the Routine screen): a
## routine on paper, to follow on the floor.

# The PDF's title: `$routine` is the routine's title.
paper-sheet-title = { $routine } — fiche d'exercices
# Every page's footer: the routine, whose doses (`$who`, as
# `paper-sheet-for` or `paper-sheet-level-doses` writes it), the date.
paper-sheet-footer = { $routine } · { $who } · imprimé le { $date }
paper-sheet-for = pour { $profile }
# `$level` is an intensity's name.
paper-sheet-level-doses = réglages du niveau { $level }
# Under the title: whose (`$whose`, one of the two below), the date, how
# many exercises and about how long (`$length`, "5 min").
paper-sheet-whose-profile = Exercices à domicile pour { $profile }
paper-sheet-whose-level = Exercices à domicile, niveau { $level }
paper-sheet-subtitle = { $exercises ->
        [one] { $whose } · { $date } · { $exercises } exercice, environ { $length } au total, dans cet ordre
       *[other] { $whose } · { $date } · { $exercises } exercices, environ { $length } au total, dans cet ordre
    }
paper-sheet-nothing-to-print = Aucun des exercices de ce programme n'a pu être chargé : il n'y a rien à imprimer.
# Bold labels before their text (a space follows each).
paper-sheet-left-out = Retirés pour l'instant :
paper-sheet-every-exercise = Pour chaque exercice :
paper-sheet-take-care = Précautions :
paper-sheet-tip = Conseil :
# `$variation` is the variation's title, in lower case.
paper-sheet-variation = Variante, { $variation } :
# The exercises left out (`$exercises`, their titles).
paper-sheet-left-out-which = { $exercises } (après une douleur ; demandez l'avis de votre kinésithérapeute avant de le reprendre).
# In place of a figure.
paper-sheet-no-picture = (pas d'image)
paper-sheet-picture-missing = (image manquante)
# An exercise's level (`$level`, an intensity's name); "own values" when
# the person set the hold or the repetitions themselves.
paper-sheet-level = niveau { $level }
paper-sheet-level-own-values = niveau { $level }, réglages personnels

## Every paper

# A page's number, at the foot of each page.
paper-page = Page { $page } sur { $pages }
# What was written: `$pages` pages on `$paper` (A4, Letter).
paper-pages = { $pages ->
        [one] { $pages } page, { $paper }
       *[other] { $pages } pages, { $paper }
    }
# The visit report's title: `$profile` is the person's name.
paper-report-title = Bilan pour la consultation — { $profile }
paper-size-name = { $paper ->
        [a4] A4
       *[letter] Lettre US
    }
paper-missing-script = Aucune police de cet ordinateur n'a de caractères { $script } : ce texte apparaît sous forme de rectangles sur le papier ; installer une police qui les contient (par exemple Noto Sans { $script }) règle le problème.
paper-is-folder = c'est un dossier
paper-font-unreadable = la police du papier n'a pas pu être lue
paper-bad-size = taille de page incorrecte : { $width }×{ $height }
paper-pdf-failed = impossible de créer le PDF : { $reason }
paper-write-failed = impossible d'écrire { $path } : { $error }

# A heading of the routine sheet run on with its text (the safety box).
paper-section-heading = { $heading } :
