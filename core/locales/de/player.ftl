### Der Player: Schrittkarten, die Phasen des Rings (Bereit machen, Halten, Entspannen), „Wdh. 2 von 4“, Pause, Überspringen, Stopp, Das tut weh.
### Die Quelle ist core/locales/en/player.ftl; die festen Begriffe stehen
### in docs/glossary/de.md.

## Was man vom Boden aus liest: Das große Wort sagt, was jetzt zu tun ist,
## die große Zahl sind immer Sekunden.

# Die Verschnaufpause vor der nächsten Übung.
player-up-next = Als Nächstes
# Eine Karte zum Einnehmen der Ausgangsstellung.
player-setup = Vorbereitung
player-get-ready = Bereit machen
player-hold = Halten
player-rest = Pause
player-move = Bewegen
player-relax = Entspannen
# Die Pause vor der anderen Seite: „Wechsel zum linken Bein“.
player-switch-to = { $limb ->
        [leg] Wechsel zum { $side ->
            [left] linken
           *[right] rechten
        } Bein
        [arm] Wechsel zum { $side ->
            [left] linken
           *[right] rechten
        } Arm
       *[side] Wechsel zur { $side ->
            [left] linken
           *[right] rechten
        } Seite
    }
player-switch-sides = Seite wechseln
# Großbuchstaben, mit Pfeil in Richtung der Seite.
player-side-cue = { $side ->
        [left] ← { $limb ->
            [leg] LINKES BEIN
            [arm] LINKER ARM
           *[side] LINKE SEITE
        }
       *[right] { $limb ->
            [leg] RECHTES BEIN
            [arm] RECHTER ARM
           *[side] RECHTE SEITE
        } →
    }
# „Wdh. 2 von 9“ (Wdh. = Wiederholung, wie auf Übungsblättern).
player-rep-of = Wdh. { $rep } von { $reps }
player-next = Als Nächstes: { $what }
player-next-finish = Ende

## Der Rest des Bildschirms.

player-exercise-of = Übung { $number } von { $count } · { $title }
player-done = ✓  { $title } erledigt
# „Halten: 15 s × 2 je Bein“; `$each` ist leer oder „ je Bein“.
player-dose = Halten: { $seconds } s × { $reps }{ $each }
player-rhythm-part = { $part ->
        [move] Bewegen
        [hold] Halten
        [relax] Entspannen
       *[rest] Pause
    } { $duration }
player-variation = { $title }: { $text }
player-tip = Tipp: { $tip }
player-not-available = Diese Übung ist nicht verfügbar.

## Die Schaltflächen und ihre Tasten.

player-back = ◀  Zurück
player-pause = ❚❚  Pause
player-resume = ▶  Weiter
player-skip = Überspringen  ▶
player-full-screen = Vollbild
player-this-hurts = Das tut weh
player-stop = ■  Stopp
player-go-on = ▶  Weiter
player-key = ({ $key })
player-key-space = Leertaste
player-key-esc = Esc
player-key-enter = Enter

## Pausiert, und die Frage vor dem Beenden.

player-paused = Pausiert — Leertaste: weiter
player-stop-question = Diese Übungsfolge beenden?
player-stop-keys = Enter beendet · Esc oder Leertaste: weiter

## Die Tastenübersicht (?) im Player.

player-key-pause = Pause oder weiter
player-key-skip = Diesen Schritt überspringen
player-key-back = Einen Schritt zurück
player-key-hurts = Das tut weh: hier aufhören
player-key-stop = Übungsfolge beenden (fragt vorher)
player-key-stop-confirm = Beenden, wenn gefragt
player-key-full-screen = Vollbild ein oder aus
