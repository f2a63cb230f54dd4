### Der Abschluss: was getan wurde, die Schmerzabfrage und was daraus folgt.
### Die Quelle ist core/locales/en/finish.ftl.

## Der Abschlussbildschirm.

finish-heading-stopped-for-pain = Sie haben aufgehört, weil es wehtat
finish-heading-stopped = Übungsfolge beendet
finish-heading-all-skipped = Übungsfolge zu Ende — alle Übungen wurden übersprungen
finish-heading-complete = Gut gemacht — Übungsfolge abgeschlossen
# „Unterer Rücken · 2 von 3 Übungen erledigt · 6:12“
finish-facts = { $routine } · { $done } von { $count ->
        [one] 1 Übung
       *[other] { $count } Übungen
    } erledigt · { $length }
finish-facts-stopped-in = { $routine } · { $done } von { $count ->
        [one] 1 Übung
       *[other] { $count } Übungen
    } erledigt · { $length } · beendet bei { $exercise }
# „15 s × 3 je Bein · Normal“
finish-exercise-done = { $hold } s × { $repetitions }{ $per_side } · { $intensity }
finish-exercise-holds = { $done } von { $planned } Haltephasen erledigt
finish-exercise-sides = { $status } · links { $left } von { $repetitions }, rechts { $right } von { $repetitions }
finish-pain-now = Wie stark sind Ihre Schmerzen jetzt?
finish-offer-or-leave-out = { $offer }. { $alternative }
finish-keep-doses = Meine Dosis beibehalten
finish-doses-kept = Ihre Dosis bleibt, wie sie ist.
finish-done = Fertig

## Die Tastenübersicht (?) des Abschlusses.

finish-key-pain = Ihre Schmerzen jetzt
finish-key-accept = Die vorgeschlagene Änderung übernehmen
finish-key-leave-out = Die Übung weglassen, die wehtat
finish-key-done = Fertig: zurück zum Start
