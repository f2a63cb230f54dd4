### Was die Sprachanleitung um die Worte des Inhalts herum sagt („15 Sekunden halten.“, „3, 2, 1“). Jede Zeile wird gesprochen: für das Ohr schreiben.
### Die Quelle ist core/locales/en/coach.ftl; die festen Begriffe stehen
### in docs/glossary/de.md. Kurze Formen ohne Pronomen, wie auf deutschen
### Übungsblättern („Halten.“, „Entspannen.“).

## Seiten

coach-side = { $side ->
        [left] { $limb ->
            [leg] Linkes Bein.
            [arm] Linker Arm.
           *[side] Linke Seite.
        }
       *[right] { $limb ->
            [leg] Rechtes Bein.
            [arm] Rechter Arm.
           *[side] Rechte Seite.
        }
    }
coach-switch-to = { $side ->
        [left] { $limb ->
            [leg] Wechsel zum linken Bein.
            [arm] Wechsel zum linken Arm.
           *[side] Wechsel zur linken Seite.
        }
       *[right] { $limb ->
            [leg] Wechsel zum rechten Bein.
            [arm] Wechsel zum rechten Arm.
           *[side] Wechsel zur rechten Seite.
        }
    }

## Eine Wiederholung

coach-get-ready = Bereit machen.
# „15 Sekunden halten.“
coach-hold-for = { $length } halten.
coach-hold = Halten.
coach-relax = Entspannen.
coach-rest = Pause.
coach-rep = { $rep ->
        [0] Null.
        [1] Eins.
        [2] Zwei.
        [3] Drei.
        [4] Vier.
        [5] Fünf.
        [6] Sechs.
        [7] Sieben.
        [8] Acht.
        [9] Neun.
        [10] Zehn.
        [11] Elf.
        [12] Zwölf.
        [13] Dreizehn.
        [14] Vierzehn.
        [15] Fünfzehn.
        [16] Sechzehn.
        [17] Siebzehn.
        [18] Achtzehn.
        [19] Neunzehn.
        [20] Zwanzig.
       *[other] { $rep }.
    }
coach-last-one = Letzte Wiederholung.
coach-halfway = Die Hälfte ist geschafft.

## Zwischen den Übungen. `$exercise` ist der Titel einer Übung.

coach-next = Als Nächstes: { $exercise }.
coach-exercise-done = { $exercise }: geschafft.
coach-up-next = Gleich: { $exercise }.

## Pause, Ende, Probe der Stimme

coach-paused = Angehalten.
coach-going-on = Es geht weiter.
coach-routine-done = Übungsfolge geschafft: { $exercises ->
        [one] eine Übung
       *[other] { $exercises } Übungen
    }, { $length }.
coach-try-voice = Das ist Ihre Sprachanleitung. 15 Sekunden halten. 3, 2, 1. Entspannen.

## Gesprochene Zeitdauern: „eine Sekunde“, „15 Sekunden“, „eine Minute
## und 30 Sekunden“.

coach-length = { $shape ->
        [m] { $minutes ->
            [one] eine Minute
           *[other] { $minutes } Minuten
        }
        [ms] { $minutes ->
            [one] eine Minute
           *[other] { $minutes } Minuten
        } und { $seconds ->
            [one] eine Sekunde
           *[other] { $seconds } Sekunden
        }
       *[s] { $seconds ->
            [one] eine Sekunde
           *[other] { $seconds } Sekunden
        }
    }
