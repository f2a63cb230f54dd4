### Der Wochenplan, seine Erinnerungen (die Benachrichtigungen) und `limber plan`.
### Die Quelle ist core/locales/en/plan.ftl.

## Der Planbildschirm.

plan-title = Plan für { $profile }
plan-unreadable = Der Plan dieses Profils konnte nicht gelesen werden; der Hinweis oben sagt, warum.
plan-routine-not-loaded = nicht im geladenen Inhalt
plan-ask-remove = Aus dem Plan nehmen …
plan-at = Um
plan-time-placeholder = 08:00
plan-hour = Stunde
plan-minutes = Minuten
plan-bad-time = Schreiben Sie die Uhrzeit wie 08:00 oder 18:30 und drücken Sie dann Enter.
plan-remove = Herausnehmen
plan-keep = Behalten
plan-add = + { $routine }
plan-add-first = Eine Übungsfolge zum Plan hinzufügen
plan-add-another = Eine weitere Übungsfolge hinzufügen
plan-new-starts = Geplant: { $days } um { $time }; Tage und Uhrzeit können Sie danach ändern.
plan-all-planned = Alle Übungsfolgen sind im Plan.
plan-reminders = Erinnerungen
plan-reminders-looking = Es wird geprüft, wie Erinnerungen laufen …
plan-calendar = Kalender
plan-calendar-not-saved = Die Kalenderdatei wurde nicht gespeichert: { $error }
plan-save-calendar-title = Den Plan als Kalenderdatei speichern
plan-calendar-not-written = die Datei wurde nicht geschrieben
