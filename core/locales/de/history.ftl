### Der Verlauf und die Tabelle von `limber history` (nicht ihr CSV).
### Die Quelle ist core/locales/en/history.ftl.

## Der Verlaufsbildschirm.

history-title = Verlauf von { $profile }
history-no-sessions = Noch keine Einheiten. Abgeschlossene und beendete Einheiten erscheinen hier.
history-pain-chart = Schmerzen (0–10)
history-legend-after = ● danach
history-legend-before = ● davor
history-week-chart = Einheiten pro Woche
history-sessions = { $count ->
        [one] Einheiten (1 Einheit, neueste zuerst)
       *[other] Einheiten ({ $count } Einheiten, neueste zuerst)
    }
history-pain-before-after = Schmerzen { $before } → { $after }
history-pain-before = Schmerzen davor { $before }
history-pain-after = Schmerzen danach { $after }
history-done = { $done }/{ $count } erledigt
history-done-and-levels = { $done } · { $levels }
history-sides = { $exercise }: links { $left }, rechts { $right }
history-planned-days = Geplante Tage
# „3. März“ kurz: „3. Mär“
history-week-start = %-d. %b

## Die Tastenübersicht (?) des Verlaufs.

history-key-scroll = Durch die Einheiten blättern
history-key-page = Eine Seite weiter blättern
history-key-visit-report = Praxisbericht (dann speichert Enter, Esc schließt das Formular)

## `limber history`: die Einheiten eines Profils als Tabelle (Kopfzeile und
## Werte des CSV bleiben englisch).

history-table-no-sessions = Noch keine Einheiten.
history-table-column = { $column ->
        [started] Begonnen
        [routine] Übungsfolge
        [time] Dauer
        [done] Übungen erledigt
        [pain-before] Schmerzen davor
        [pain-after] Schmerzen danach
       *[ended] Ende
    }
history-exercises-done = { $done } von { $exercises }
history-ended-finished = abgeschlossen
history-ended-stopped = beendet bei { $exercise }
history-ended-stopped-for-pain = wegen Schmerzen beendet bei { $exercise }

history-when-days = { $days ->
        [0] heute
        [1] gestern
       *[other] vor { $days } Tagen
    }
history-when-weeks = { $weeks ->
        [one] vor { $weeks } Woche
       *[other] vor { $weeks } Wochen
    }
