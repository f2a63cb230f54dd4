### Der Praxisbericht (`limber report`, „Praxisbericht …“ im Verlauf).

report-title = Praxisbericht
report-subtitle = { $profile } · { $from } bis { $to } ({ $days ->
        [one] 1 Tag
       *[other] { $days } Tage
    }) · erstellt am { $made }
report-footer = Limber-Praxisbericht · { $profile } · { $from } bis { $to }

report-section-weeks = Einheiten pro Woche
report-section-pain = Schmerzen vorher und nachher
report-section-exercises = Übungen und Dosierung
report-section-stopped = Abgebrochene Einheiten
report-section-sides = Links und rechts
report-section-unfinished = Nicht gemachte oder nicht beendete Übungen
report-section-all-sessions = Alle Einheiten

report-list-separator = {", "}
report-list-more = { $list } und { $more } weitere
report-parts-separator = {"; "}
report-decimal-mark = {","}
report-label = { $label }:
report-sentence-gap = {" "}
report-label-gap = {" "}
report-day-and-time = { $date } { $time }
report-date-range = { $from } bis { $to }
report-of = { $done } von { $planned }

report-headline = { $sessions ->
        [0] Keine Einheiten in diesem Zeitraum.
        [one] 1 Einheit in diesem Zeitraum.
       *[other] { $sessions } Einheiten in diesem Zeitraum, { $days ->
            [one] an 1 Tag
           *[other] an { $days } verschiedenen Tagen
        }.
    }
report-thin = Das ist zu wenig, um einen Verlauf zu erkennen; die Zahlen unten sind das, was vorliegt.
report-before-period = { $count ->
        [one] 1 Einheit vor diesem Zeitraum ist nicht enthalten.
       *[other] { $count } Einheiten vor diesem Zeitraum sind nicht enthalten.
    }
report-after-period = { $count ->
        [one] 1 Einheit nach diesem Zeitraum ist nicht enthalten.
       *[other] { $count } Einheiten nach diesem Zeitraum sind nicht enthalten.
    }
report-label-plan = Plan
report-label-time = Zeit
report-label-pain = Schmerzen
report-label-left-out = Weggelassen
report-label-finished = Beendet
report-label-doses = Dosierung
report-plan-kept = { $kept } von { $planned } geplanten Einheiten gemacht ({ $percent } %)
report-plan-done = { $done } Einheiten gemacht, { $planned } geplant
report-plan = { $kept } bis { $date }, insgesamt { $done ->
        [one] 1 Einheit
       *[other] { $done } Einheiten
    }. Geplant: { $plan }.
report-plan-since = { $line }, seit { $date }
report-plan-none-asked = Der Plan ({ $plan }) sah in diesem Zeitraum bisher keine Einheiten vor.
report-no-plan = Es ist kein Plan festgelegt, daher werden die Einheiten pro Woche ohne Ziel gezählt.
report-time = insgesamt { $length } Übungszeit.
report-time-per-week = insgesamt { $length } Übungszeit; im Durchschnitt { $average } Einheiten pro Woche.
report-pain-none = keine Bewertungen in diesem Zeitraum.
report-pain-average = im Durchschnitt { $before } vorher und { $after } nachher, in { $paired ->
        [one] der 1 Einheit
       *[other] den { $paired } Einheiten
    } mit beiden Bewertungen (0 bis 10).
report-pain-average-halves = im Durchschnitt { $before } vorher und { $after } nachher, in { $paired ->
        [one] der 1 Einheit
       *[other] den { $paired } Einheiten
    } mit beiden Bewertungen (0 bis 10); vor den Einheiten { $first } in der ersten Hälfte des Zeitraums und { $second } in der zweiten.
report-pain-unrated = { $count ->
        [one] 1 Einheit ohne Bewertung.
       *[other] { $count } Einheiten ohne Bewertung.
    }
report-pain-unpaired = { $count ->
        [one] 1 Einheit bewertet, keine sowohl vorher als auch nachher, daher gibt es keinen Durchschnitt zum Vergleich.
       *[other] { $count } Einheiten bewertet, keine sowohl vorher als auch nachher, daher gibt es keinen Durchschnitt zum Vergleich.
    }
report-pain-went-up = Schmerzen gestiegen:
report-pain-higher-after = nachher höher als vorher in { $count ->
        [one] 1 Einheit
       *[other] { $count } Einheiten
    } ({ $dates }).
report-pain-high-after = { $alone ->
        [yes] { $count ->
            [one] 6 oder mehr nach 1 Einheit.
           *[other] 6 oder mehr nach { $count } Einheiten.
        }
       *[no] { $count ->
            [one] Mit 6 oder mehr bewertet nach 1 Einheit.
           *[other] Mit 6 oder mehr bewertet nach { $count } Einheiten.
        }
    }
report-stopped-hurt-label = Abgebrochen, weil es wehtat:
report-stopped-hurt = { $count ->
        [one] 1 Einheit
       *[other] { $count } Einheiten
    } ({ $dates }); siehe „Abgebrochene Einheiten“ unten.
report-left-out = { $count ->
        [one] { $exercises }: Die Person hat diese Übung aus ihren Übungsfolgen genommen, nachdem sie wehtat.
       *[other] { $exercises }: Die Person hat diese Übungen aus ihren Übungsfolgen genommen, nachdem sie wehtaten.
    }
report-finished-all = Jede Übung jeder Einheit wurde gemacht.
report-finished-some = { $sessions ->
        [one] 1 Einheit
       *[other] { $sessions } Einheiten
    } vor dem Ende abgebrochen; { $exercises ->
        [one] 1 Übung
       *[other] { $exercises } Übungen
    } nicht gemacht oder nicht beendet.
report-doses-same = durchgehend dieselbe Dosierung.
report-doses-changed = { $ups }-mal höher gestuft, { $downs }-mal niedriger gestuft{ $others ->
        [0] .
        [one] , 1 weitere Anpassung.
       *[other] , { $others } weitere Anpassungen.
    }

report-weeks-note = Die Wochen beginnen am Montag; das Datum ist der Montag.
report-weeks-partial = Blasse Balken: Wochen, die nur teilweise im Zeitraum liegen.
report-weeks-planned = Gestrichelte Linie: in dieser Woche geplante Einheiten.
report-pain-chart-empty = Keine Schmerzbewertungen in diesem Zeitraum: nichts darzustellen.
report-legend-before = Vor der Einheit
report-legend-after = Danach
report-legend-stopped = Abgebrochen, weil es wehtat
report-legend-change = Graue Linie: die Änderung innerhalb einer Einheit.
report-pain-chart-note = Schmerzen, wie in der App bewertet, 0 (keine) bis 10 (schlimmste vorstellbare). Die Daten sind Montage.
report-pain-chart-daily = Jeder Punkt ist der Durchschnitt eines Tages (insgesamt { $rated } bewertete Einheiten).
report-pain-chart-unrated = { $count ->
        [one] 1 Einheit ohne Bewertung ist nicht dargestellt.
       *[other] { $count } Einheiten ohne Bewertung sind nicht dargestellt.
    }

report-exercise-counts = { $notdone ->
        [0] { $done ->
            [one] 1-mal gemacht
           *[other] { $done }-mal gemacht
        }
       *[other] { $done ->
            [one] 1-mal gemacht
           *[other] { $done }-mal gemacht
        }, { $notdone ->
            [one] 1-mal nicht gemacht
           *[other] { $notdone }-mal nicht gemacht
        }
    }
report-dose = { $level }, { $hold } × { $repetitions }{ $limb ->
        [leg] {" "}je Bein
        [arm] {" "}je Arm
        [side] {" "}je Seite
       *[none] {""}
    }
report-run-when = { $when } ({ $sessions ->
        [one] 1 Einheit
       *[other] { $sessions } Einheiten
    })
report-change = { $kind ->
        [up] Höher gestuft
        [down] Niedriger gestuft
       *[adjusted] Angepasst
    } am { $date }:
report-sides-differ-label = Links und rechts verschieden:
report-sides-differ = links { $left } von { $planned } Wiederholungen, rechts { $right } von { $planned } ({ $sessions ->
        [one] 1 Einheit
       *[other] { $sessions } Einheiten
    }).
report-more-lines = { $count ->
        [one] … und 1 weitere Zeile: Die CSV-Datei (--csv) enthält jede Einheit.
       *[other] … und { $count } weitere Zeilen: Die CSV-Datei (--csv) enthält jede Einheit.
    }
report-more-exercises = { $count ->
        [one] … und 1 weitere Übung: Die CSV-Datei (--csv) enthält jede Einheit.
       *[other] … und { $count } weitere Übungen: Die CSV-Datei (--csv) enthält jede Einheit.
    }
report-not-recorded = Nicht erfasst für { $count ->
        [one] 1 Einheit, die gespeichert wurde
       *[other] { $count } Einheiten, die gespeichert wurden
    }, bevor Limber { $what ->
        [ending] festhielt, wie eine Einheit endete
       *[sides] die Wiederholungen jeder Seite festhielt
    }.

report-stops-not-recorded = Nicht erfasst: Diese Einheiten wurden gespeichert, bevor Limber festhielt, wie eine Einheit endete.
report-stops-none = Keine: Jede Einheit mit erfasstem Ende lief bis zum Ende ihrer Übungsfolge.
report-pain-both = (Schmerzen { $before } → { $after })
report-pain-before-only = (Schmerzen { $before } vorher)
report-pain-after-only = (Schmerzen { $after } nachher)
report-stop = { $routine }: { $why ->
        [pain] abgebrochen, weil es wehtat
       *[stopped] abgebrochen
    }{ $at ->
        [yes] {" "}bei { $exercise }
       *[no] {""}
    }, { $done } von { $total } Übungen gemacht{ $pain }.

report-sides-not-recorded = Nicht erfasst: Diese Einheiten wurden gespeichert, bevor Limber die Wiederholungen jeder Seite festhielt.
report-sides-none-sided = Keine in diesem Zeitraum gemachte Übung arbeitet mit einer Seite nach der anderen.
report-sides-same = Jedes Mal auf beiden Seiten gleich: Jeder Wiederholung links stand eine rechts gegenüber.
report-sides-differed = Einheiten, in denen die links und rechts gemachten Wiederholungen verschieden waren ({ $count ->
        [one] 1-mal
       *[other] { $count }-mal
    }; gemachte von den geplanten Wiederholungen je Seite):
report-sides-line = { $exercise }: links { $left }, rechts { $right }.
report-more-sessions = … und { $count } weitere: Die CSV-Datei enthält jede Einheit.

report-unfinished-none = Keine: Jede Übung wurde in jeder Einheit gemacht.
report-nothing-done = nichts gemacht
report-not-done = { $stopped ->
        [yes] nicht gemacht (abgebrochen): { $exercises }
       *[no] nicht gemacht: { $exercises }
    }
report-not-every-hold = nicht alle Wiederholungen: { $exercises }
report-unfinished-line = { $routine }, { $what }
report-earlier = { $count ->
        [one] 1 frühere Einheit davor ist nicht aufgeführt: Die CSV-Datei (--csv) enthält jede Einheit.
       *[other] { $count } frühere Einheiten davor sind nicht aufgeführt: Die CSV-Datei (--csv) enthält jede Einheit.
    }

report-column-date = Datum
report-column-routine = Übungsfolge
report-column-length = Dauer
report-column-pain-before = Schmerzen vorher
report-column-pain-after = Schmerzen nachher
report-column-exercises-done = Übungen gemacht
report-column-ended = Ende
report-ended = { $how ->
        [finished] beendet
        [stopped] abgebrochen
       *[pain] Abbruch: Schmerz
    }
report-ended-unknown = Ende „–“: nicht erfasst (die Einheit wurde gespeichert, bevor Limber festhielt, wie sie endete).
report-table-cut = Aufgeführt sind die { $shown } jüngsten Einheiten; die { $skipped } früheren stehen in der CSV-Datei (--csv).
