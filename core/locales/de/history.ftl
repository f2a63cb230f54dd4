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
