### Die Übungsfolge: die Übungen mit Intensität, Haltezeit und Wiederholungen, die Gesamtdauer, Start.
### Die Quelle ist core/locales/en/routine.ftl.

## Die Übungen einer Übungsfolge, jede mit ihrer Dosis, vor dem Start.

routine-numbered-exercise = { $number }. { $exercise }
routine-exercise-not-available = { $number }. { $exercise }: nicht verfügbar
routine-left-out = Weggelassen: Sie haben sich dafür entschieden, weil es wehtat.
routine-bring-back = Wieder aufnehmen
routine-dose-pinned = Dosis für diese Übungsfolge festgelegt
routine-hold = Halten
routine-seconds = { $seconds } s
# „3 je Bein“; `$per_side` ist „ je Bein“, „ je Arm“, „ je Seite“ oder leer.
routine-repetitions = Wiederholungen
routine-repetitions-value = { $count }{ $per_side }
routine-reset = Haltezeit und Wiederholungen zurücksetzen
routine-version = Variante
routine-version-usual = Normal
routine-hold-beyond = Ihre Haltezeit von { $hold } s ist länger als die { $low }–{ $high } s, die diese Übung vorschlägt.
routine-repetitions-beyond = { $count } Wiederholungen sind mehr als die { $low }–{ $high }, die diese Übung vorschlägt.
routine-length = { $length } insgesamt
routine-all-left-out = Alle Übungen sind weggelassen
routine-start-gently = Beginnen Sie jede Einheit behutsam. Wenn es schmerzt, verringern Sie die Intensität.
routine-bring-one-back = Nehmen Sie eine wieder auf, um zu beginnen.
routine-edit = Übungsfolge bearbeiten
routine-print-sheet = Übungsblatt drucken
routine-start = Start
routine-pain-now = Wie stark sind Ihre Schmerzen jetzt? (freiwillig)
routine-not-available = Die Übungsfolge „{ $routine }“ ist nicht verfügbar.

## Die Tastenübersicht (?) der Übungsfolge.

routine-key-choose = Eine Übung wählen
routine-key-intensity = Sanfter oder kräftiger
routine-key-hold = Kürzer oder länger halten
routine-key-repetitions = Weniger oder mehr Wiederholungen
routine-key-version = Nächste Variante der Übung
routine-key-reset = Haltezeit und Wiederholungen zurücksetzen
routine-key-bring-back = Eine weggelassene Übung wieder aufnehmen
routine-key-pain = Ihre Schmerzen jetzt (nochmals drücken zum Löschen)
routine-key-edit = Bearbeiten oder löschen (eine eigene Übungsfolge)
