### Der Startbildschirm: die Kacheln der Bereiche, die letzte Einheit, die Woche, die Links.
### Die Quelle ist core/locales/en/home.ftl.

home-title = Limber
home-profile = Profil
home-keys = Tasten ?
home-question = Woran möchten Sie heute arbeiten?
home-full-routine = Alle Übungen
home-your-routines = Ihre Übungsfolgen
# „3 Übungen · etwa 5 min“
home-routine-facts = { $count ->
        [one] 1 Übung
       *[other] { $count } Übungen
    } · etwa { $minutes }
home-browse-exercises = Alle Übungen ansehen
home-new-routine = Neue Übungsfolge
# „Zuletzt: Unterer Rücken, gestern, 6 min“
home-last-session = Zuletzt: { $routine }, { $when }, { $minutes }
home-no-sessions = Noch keine Einheiten. Beginnen Sie behutsam: Wählen Sie oben einen Bereich.
home-sessions-last-7-days = { $count ->
        [0] keine in den letzten 7 Tagen
        [one] 1 Einheit in den letzten 7 Tagen
       *[other] { $count } Einheiten in den letzten 7 Tagen
    }
home-this-week = Diese Woche: { $summary }

## Die Tastenübersicht (?) auf dem Startbildschirm.

home-key-open-routine = Eine Übungsfolge öffnen (ihre Nummer steht auf der Kachel)
home-key-safety = Sicherheit: wann aufhören und Hilfe holen
home-key-new-routine = Neue Übungsfolge: eine eigene zusammenstellen
