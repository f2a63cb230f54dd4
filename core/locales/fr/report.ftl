### Le bilan pour la consultation (`limber report`, « Bilan pour la
### consultation… » dans l'Historique).

report-title = Bilan pour la consultation
report-subtitle = { $profile } · du { $from } au { $to } ({ $days ->
        [one] 1 jour
       *[other] { $days } jours
    }) · établi le { $made }
report-footer = Bilan pour la consultation Limber · { $profile } · du { $from } au { $to }

report-section-weeks = Séances par semaine
report-section-pain = Douleur avant et après
report-section-exercises = Exercices et réglages
report-section-stopped = Séances arrêtées
report-section-sides = Gauche et droite
report-section-unfinished = Exercices non faits ou non terminés
report-section-all-sessions = Toutes les séances

report-list-separator = {", "}
report-list-more = { $list } et { $more } de plus
report-parts-separator = {" ; "}
report-decimal-mark = {","}
report-label = { $label } :
report-sentence-gap = {" "}
report-label-gap = {" "}
report-day-and-time = { $date } { $time }
report-date-range = du { $from } au { $to }
report-of = { $done } sur { $planned }

report-headline = { $sessions ->
        [0] Aucune séance sur cette période.
        [one] 1 séance sur cette période.
       *[other] { $sessions } séances sur cette période, { $days ->
            [one] sur 1 jour
           *[other] sur { $days } jours différents
        }.
    }
report-thin = C'est trop peu pour dégager une tendance ; les chiffres ci-dessous sont ce dont on dispose.
report-before-period = { $count ->
        [one] 1 séance antérieure à cette période n'est pas incluse.
       *[other] { $count } séances antérieures à cette période ne sont pas incluses.
    }
report-after-period = { $count ->
        [one] 1 séance postérieure à cette période n'est pas incluse.
       *[other] { $count } séances postérieures à cette période ne sont pas incluses.
    }
report-label-plan = Planning
report-label-time = Durée
report-label-pain = Douleur
report-label-left-out = Retirés
report-label-finished = Terminées
report-label-doses = Réglages
report-plan-kept = { $kept } séances faites sur { $planned } prévues ({ $percent } %)
report-plan-done = { $done } séances faites, { $planned } prévues
report-plan = { $kept } jusqu'au { $date }, { $done ->
        [one] 1 séance
       *[other] { $done } séances
    } au total. Prévu : { $plan }.
report-plan-since = { $line }, depuis le { $date }
report-plan-none-asked = le planning ({ $plan }) ne prévoyait aucune séance sur cette période jusqu'ici.
report-no-plan = aucun planning n'est défini : les séances sont comptées par semaine, sans objectif.
report-time = { $length } d'exercice au total.
report-time-per-week = { $length } d'exercice au total ; { $average } séances par semaine en moyenne.
report-pain-none = aucune évaluation sur cette période.
report-pain-average = en moyenne { $before } avant et { $after } après, sur { $paired ->
        [one] la séance évaluée
       *[other] les { $paired } séances évaluées
    } les deux fois (de 0 à 10).
report-pain-average-halves = en moyenne { $before } avant et { $after } après, sur { $paired ->
        [one] la séance évaluée
       *[other] les { $paired } séances évaluées
    } les deux fois (de 0 à 10) ; avant les séances, { $first } dans la première moitié de la période et { $second } dans la seconde.
report-pain-unrated = { $count ->
        [one] 1 séance sans évaluation.
       *[other] { $count } séances sans évaluation.
    }
report-pain-unpaired = { $count ->
        [one] 1 séance évaluée, aucune à la fois avant et après : il n'y a pas de moyenne à comparer.
       *[other] { $count } séances évaluées, aucune à la fois avant et après : il n'y a pas de moyenne à comparer.
    }
report-pain-went-up = Douleur en hausse :
report-pain-higher-after = plus forte après qu'avant lors de { $count ->
        [one] 1 séance
       *[other] { $count } séances
    } ({ $dates }).
report-pain-high-after = { $alone ->
        [yes] { $count ->
            [one] 6 ou plus après 1 séance.
           *[other] 6 ou plus après { $count } séances.
        }
       *[no] { $count ->
            [one] Évaluée à 6 ou plus après 1 séance.
           *[other] Évaluée à 6 ou plus après { $count } séances.
        }
    }
report-stopped-hurt-label = Arrêtées à cause de la douleur :
report-stopped-hurt = { $count ->
        [one] 1 séance
       *[other] { $count } séances
    } ({ $dates }) ; voir « Séances arrêtées » plus bas.
report-left-out = { $count ->
        [one] { $exercises } : la personne a choisi de le retirer de ses programmes après une douleur.
       *[other] { $exercises } : la personne a choisi de les retirer de ses programmes après une douleur.
    }
report-finished-all = tous les exercices de toutes les séances ont été faits.
report-finished-some = { $sessions ->
        [one] 1 séance arrêtée
       *[other] { $sessions } séances arrêtées
    } avant la fin ; { $exercises ->
        [one] 1 exercice non fait ou non terminé
       *[other] { $exercises } exercices non faits ou non terminés
    }.
report-doses-same = les mêmes réglages tout au long de la période.
report-doses-changed = { $ups ->
        [one] 1 passage au niveau supérieur
       *[other] { $ups } passages au niveau supérieur
    }, { $downs ->
        [one] 1 passage au niveau inférieur
       *[other] { $downs } passages au niveau inférieur
    }{ $others ->
        [0] .
        [one] , 1 autre ajustement.
       *[other] , { $others } autres ajustements.
    }

report-weeks-note = Les semaines commencent le lundi ; la date est celle du lundi.
report-weeks-partial = Barres pâles : semaines comprises seulement en partie dans la période.
report-weeks-planned = Ligne pointillée : séances prévues cette semaine-là.
report-pain-chart-empty = Aucune évaluation de la douleur sur cette période : rien à représenter.
report-legend-before = Avant la séance
report-legend-after = Après
report-legend-stopped = Arrêtée à cause de la douleur
report-legend-change = Ligne grise : l'évolution au cours d'une séance.
report-pain-chart-note = Douleur évaluée dans l'application, de 0 (aucune douleur) à 10 (pire douleur imaginable). Les dates sont des lundis.
report-pain-chart-daily = Chaque point est la moyenne d'une journée ({ $rated } séances évaluées au total).
report-pain-chart-unrated = { $count ->
        [one] 1 séance sans évaluation n'est pas représentée.
       *[other] { $count } séances sans évaluation ne sont pas représentées.
    }

report-exercise-counts = { $notdone ->
        [0] { $done ->
            [one] fait 1 fois
           *[other] fait { $done } fois
        }
       *[other] fait { $done } fois, non fait { $notdone } fois
    }
report-dose = niveau { $level }, { $hold } × { $repetitions }{ $limb ->
        [leg] {" "}par jambe
        [arm] {" "}par bras
        [side] {" "}de chaque côté
       *[none] {""}
    }
report-run-when = { $when } ({ $sessions ->
        [one] 1 séance
       *[other] { $sessions } séances
    })
report-change = { $kind ->
        [up] Niveau supérieur
        [down] Niveau inférieur
       *[adjusted] Ajusté
    } le { $date } :
report-sides-differ-label = Gauche et droite différentes :
report-sides-differ = à gauche { $left } répétitions sur { $planned }, à droite { $right } sur { $planned } ({ $sessions ->
        [one] 1 séance
       *[other] { $sessions } séances
    }).
report-more-lines = { $count ->
        [one] … et 1 ligne de plus : le CSV (--csv) contient toutes les séances.
       *[other] … et { $count } lignes de plus : le CSV (--csv) contient toutes les séances.
    }
report-more-exercises = { $count ->
        [one] … et 1 exercice de plus : le CSV (--csv) contient toutes les séances.
       *[other] … et { $count } exercices de plus : le CSV (--csv) contient toutes les séances.
    }
report-not-recorded = Non enregistré pour { $count ->
        [one] 1 séance sauvegardée
       *[other] { $count } séances sauvegardées
    } avant que Limber ne note { $what ->
        [ending] comment une séance se terminait
       *[sides] les répétitions de chaque côté
    }.

report-stops-not-recorded = Non enregistré : ces séances ont été sauvegardées avant que Limber ne note comment une séance se terminait.
report-stops-none = Aucune : chaque séance dont la fin est enregistrée est allée jusqu'au bout de son programme.
report-pain-both = (douleur { $before } → { $after })
report-pain-before-only = (douleur { $before } avant)
report-pain-after-only = (douleur { $after } après)
report-stop = { $routine } : { $why ->
        [pain] arrêtée à cause de la douleur
       *[stopped] arrêtée
    }{ $at ->
        [yes] {" "}pendant { $exercise }
       *[no] {""}
    }, { $done } exercices faits sur { $total }{ $pain }.

report-sides-not-recorded = Non enregistré : ces séances ont été sauvegardées avant que Limber ne note les répétitions de chaque côté.
report-sides-none-sided = Aucun exercice fait sur cette période ne travaille un côté à la fois.
report-sides-same = Identique des deux côtés à chaque fois : chaque répétition à gauche a eu sa pareille à droite.
report-sides-differed = Séances où les répétitions faites à gauche et à droite ont différé ({ $count } fois ; répétitions faites sur celles prévues de chaque côté) :
report-sides-line = { $exercise } : à gauche { $left }, à droite { $right }.
report-more-sessions = … et { $count } de plus : le CSV contient toutes les séances.

report-unfinished-none = Aucun : chaque exercice a été fait à chaque séance.
report-nothing-done = rien de fait
report-not-done = { $stopped ->
        [yes] non fait (arrêtée) : { $exercises }
       *[no] non fait : { $exercises }
    }
report-not-every-hold = pas toutes les répétitions : { $exercises }
report-unfinished-line = { $routine }, { $what }
report-earlier = { $count ->
        [one] 1 séance antérieure n'est pas listée : le CSV (--csv) contient toutes les séances.
       *[other] { $count } séances antérieures ne sont pas listées : le CSV (--csv) contient toutes les séances.
    }

report-column-date = Date
report-column-routine = Programme
report-column-length = Durée
report-column-pain-before = Douleur avant
report-column-pain-after = Douleur après
report-column-exercises-done = Exercices faits
report-column-ended = Fin
report-ended = { $how ->
        [finished] terminée
        [stopped] arrêtée
       *[pain] arrêt : douleur
    }
report-ended-unknown = Fin « – » : non enregistrée (la séance a été sauvegardée avant que Limber ne note comment elle se terminait).
report-table-cut = Les { $shown } séances les plus récentes sont listées ; les { $skipped } plus anciennes sont dans le CSV (--csv).
