### Die lesbare Ausgabe der Befehlszeile (`limber show`, `plan`, `history`).
### Die Quelle ist core/locales/en/cli.ftl.

cli-language-unknown = Limber kennt „{ $asked }“ nicht; es spricht { $languages }. Verwendet wird { $using }.

## `limber show ÜBUNGSFOLGE`: eine Übungsfolge, wie auf Papier.

cli-show-exercise = { $number }. { $exercise } — { $dose }
cli-show-total = Gesamt: { $total }

## `limber show ÜBUNGSFOLGE --timeline`: der Ablaufplan der Sprachanleitung,
## zum Korrekturlesen, was wann erklingt und gesagt wird.

cli-cue-title = { $routine }: Ablaufplan
cli-cue-options = Töne: Signaltöne, { $ticks ->
        [last-seconds] Ticken in den letzten 3 Sekunden einer Haltephase
        [voice-counts] kein Ticken (die Stimme zählt herunter)
       *[none] kein Ticken
    }. Stimme: { $voice ->
        [off] aus
        [silent] ein, ohne herunterzuzählen
        [ticks] ein, zählt mit Ticken herunter
        [both] ein, zählt mit Stimme und Ticken herunter
       *[voice] ein, zählt mit der Stimme herunter
    }.
# Kurz halten (etwa zehn Buchstaben).
cli-cue-stage = { $stage ->
        [up-next] Nächste
        [read] Vorbereitung
        [get-ready] Bereit
        [move] Bewegen
        [hold] Halten
        [relax] Entspannen
        [rest] Pause
        [switch] Wechsel
        [repeat] Wdh.
       *[done] Ende
    }
cli-cue-rep = Wdh. { $rep } von { $reps }
cli-cue-missing-exercise = (fehlende Übung)
cli-cue-sound = Ton
cli-cue-say = sagt
cli-cue-note = Notiz
cli-cue-said = „{ $text }“
cli-cue-overrun = etwa { $speech } s Sprache, { $gap } s bis zu den nächsten Worten: Sie könnten abgeschnitten werden
cli-cue-total = Gesamt: { $offset } ({ $length })

## `limber plan`: der Plan und der Fortschritt dieser Woche.

cli-plan-heading = Plan für { $profile }:
cli-plan-entry = { $entry } ({ $about })
cli-plan-entry-not-loaded = { $entry } (diese Übungsfolge ist nicht im geladenen Inhalt)
cli-plan-this-week = Diese Woche: { $summary }
cli-plan-slot = { $done ->
        [yes] { $time } { $routine } ✓
       *[no] { $time } { $routine }
    }
cli-plan-today-mark = ← heute
cli-plan-next = Als Nächstes: { $routine } um { $time }, { $date }
cli-plan-empty = Für { $profile } ist noch nichts geplant.
cli-plan-how-to-add = Eine Übungsfolge planen mit: limber plan add ROUTINE --days mon-fri --at 08:00
cli-plan-routines = Übungsfolgen: { $routines }
cli-plan-added = Geplant für { $profile }: { $entry }
cli-plan-first-reminder = Erste Erinnerung: { $date } um { $time }
cli-plan-removed = { $routine } ist nicht mehr im Plan von { $profile }.
cli-plan-autostart-on = Erinnerungen starten bei der Anmeldung ({ $written }).
cli-plan-autostart-off = Erinnerungen starten nicht mehr bei der Anmeldung ({ $removed } entfernt).
cli-plan-remind-now = Um sie gleich zu erhalten, ohne sich neu anzumelden: { $command }
cli-plan-unknown-routine = es gibt keine Übungsfolge „{ $routine }“; Übungsfolgen: { $known }
cli-plan-not-planned = „{ $routine }“ ist nicht im Plan von { $profile }; geplant: { $planned }
cli-plan-not-planned-nothing = „{ $routine }“ ist nicht im Plan von { $profile }; geplant: nichts
cli-output-failed = beim Schreiben der Ausgabe: { $error }

cli-remind-already-running = Für { $folder } laufen die Erinnerungen bereits; es ist nichts weiter zu tun.

## Was alle Befehle teilen

cli-count = { $what ->
        [area] { $count ->
            [one] { $count } Bereich
           *[other] { $count } Bereiche
        }
        [exercise] { $count ->
            [one] { $count } Übung
           *[other] { $count } Übungen
        }
        [routine] { $count ->
            [one] { $count } Übungsfolge
           *[other] { $count } Übungsfolgen
        }
        [pose] { $count ->
            [one] { $count } Pose
           *[other] { $count } Posen
        }
        [picture] { $count ->
            [one] { $count } Bild
           *[other] { $count } Bilder
        }
        [error] { $count ->
            [one] { $count } Fehler
           *[other] { $count } Fehler
        }
        [warning] { $count ->
            [one] { $count } Warnung
           *[other] { $count } Warnungen
        }
       *[problem] { $count ->
            [one] { $count } Problem
           *[other] { $count } Probleme
        }
    }
cli-profile-not-opened = Das Profil wurde nicht geöffnet: { $error }. Verwendet wird „{ $using }“.
cli-unknown-routine = es gibt keine Übungsfolge „{ $routine }“; Übungsfolgen: { $known }
cli-content-problems = { $count ->
        [one] { $count } Problem im Übungsinhalt; was gültig ist, wurde geladen. Das erste: { $first }
       *[other] { $count } Probleme im Übungsinhalt; was gültig ist, wurde geladen. Das erste: { $first }
    }
cli-program-not-found = beim Suchen dieses Programms: { $error }

## `limber check`

check-summary-problems = { $found } ({ $errors }, { $warnings })

## `limber export-routine` und `limber import`

pack-provenance = Dosis von { $profile } am { $date }
cli-pack-exercise-missing = die Übung „{ $exercise }“ ist nicht im Inhalt; sie fehlt im Paket
cli-pack-exported = { $path }: Übungsfolge „{ $routine }“ mit der Dosis von { $profile }; { $counts }
cli-pack-imported = { $pack } nach { $folder } importiert: Übungsfolgen { $routine_count ->
        [0] keine
       *[other] { $routines }
    }; { $counts }
cli-pack-imported-about = { $pack } ({ $about }) nach { $folder } importiert: Übungsfolgen { $routine_count ->
        [0] keine
       *[other] { $routines }
    }; { $counts }
cli-pack-replaces = Ersetzt { $item }

## `limber report`

cli-report-plan-left-out = der Wochenplan fehlt im Bericht: { $error }
cli-report-from-after-to = --from { $from } liegt nach --to { $to }
cli-report-too-long = ein Bericht umfasst höchstens zehn Jahre; { $from } bis { $to } ist länger
cli-report-needs-out = geben Sie --out DATEI.pdf für den PDF-Bericht an (oder --csv für CSV im Terminal)
cli-report-written = { $path }: Praxisbericht für { $profile } ({ $pages }). { $headline }

## `limber figures`

cli-figures-icons-written = { $count } Symboldateien nach { $folder } geschrieben
cli-figures-guide-written = { $count } Anleitungsbilder nach { $folder } geschrieben
cli-figures-written = { $count } Abbildungen nach { $folder } geschrieben
cli-figures-watch-needs-content = --watch braucht --content ORDNER, den Ordner der Posen, die Sie schreiben
cli-figures-watching = { $folder } wird auf Änderungen beobachtet (Strg+C beendet)
cli-figures-rewritten = { $changed } geändert: { $count } Abbildungen nach { $folder } geschrieben
