### Neue Übungsfolge: der Baukasten für eigene Übungsfolgen.
### Die Quelle ist core/locales/en/builder.ftl.

## Der Bildschirm.

builder-title-new = Neue Übungsfolge
builder-title-edit = Übungsfolge bearbeiten

builder-name = Name
builder-name-placeholder = Zum Beispiel: Morgendliches Dehnen
builder-name-cut = Ein Name hat höchstens { $count } Zeichen; der Rest wurde weggelassen.
builder-your-routine = Ihre Übungsfolge
builder-empty = Fügen Sie Übungen aus der Liste rechts hinzu: Klicken Sie auf eine oder tippen Sie einen Teil ihres Namens oder Bereichs und drücken Sie Enter.
builder-refused = { $exercise }: { $reason }
builder-adjusted = { $exercise }: { $what }.
builder-up = ↑ Nach oben
builder-down = ↓ Nach unten
builder-remove = Entfernen
builder-exercise-gone = { $number }. „{ $exercise }“ gibt es nicht mehr unter den Übungen; entfernen Sie sie, um zu speichern.
# „Diese Übung: 15–30 s halten, 3 je Bein“
builder-suggested = Diese Übung: { $hold } s halten, { $repetitions }{ $per_side }
builder-own-hold = Ihre eigene Haltezeit von { $seconds } s, eingestellt in einer Übungsfolge, gilt stattdessen.
builder-own-repetitions = Ihre eigenen { $count } Wiederholungen, eingestellt in einer Übungsfolge, gelten stattdessen.
builder-add-exercises = Übungen hinzufügen
builder-search-placeholder = Nach Name oder Bereich suchen
builder-no-match = Keine Übung passt zu „{ $query }“.
builder-more-found = { $count } weitere: Tippen Sie mehr vom Namen.
builder-added = Hinzugefügt ✓
builder-add = + Hinzufügen
builder-keys-delete-question = Enter löscht · Esc behält sie
builder-keys-leave-question = Enter: weiter bearbeiten · Esc verlässt ohne Speichern
builder-keys-name = Namen tippen · Enter oder Tab: weiter zu den Übungen · Strg+S speichert · Esc: zurück
builder-keys-library = Tippen zum Suchen · ↑ ↓ wählen · Enter fügt hinzu · Tab: Ihre Übungsfolge · Strg+S speichert
builder-keys-routine = ↑ ↓ wählen · Alt+↑ ↓ verschieben · ← → Haltezeit · Umschalt+← → Wiederholungen · V Variante · Entf entfernt · Tab: Speichern
builder-keys-save = Enter speichert · Tab: der Name · Esc: zurück
builder-keys-delete = Enter: diese Übungsfolge löschen … · Tab: der Name · Esc: zurück
builder-ask-delete = Übungsfolge löschen …
builder-save = Übungsfolge speichern
builder-saving = Wird gespeichert …
builder-delete-question = „{ $routine }“ löschen? Ihre Kachel verschwindet vom Startbildschirm.{ $planned ->
        [yes] {" "}Sie wird auch aus Ihrem Wochenplan genommen.
       *[no] {""}
    } Eine Kopie der Datei bleibt im Ordner .kept Ihres Inhaltsordners, falls Sie sie zurückhaben möchten.
builder-delete = Übungsfolge löschen
builder-keep = Behalten
builder-leave-question = Ohne Speichern verlassen? Ihre Änderungen hier gehen verloren.
builder-keep-editing = Weiter bearbeiten
builder-leave = Ohne Speichern verlassen
builder-changed-outside = Die Datei dieser Übungsfolge wurde außerhalb des Baukastens geändert, seit Sie sie geöffnet haben (in einem Texteditor oder in einem anderen Limber-Fenster). Ihre Fassung darüber speichern (die andere bleibt im Ordner .kept) oder die andere Fassung öffnen?
builder-save-over = Meine darüber speichern
builder-open-other = Die andere Fassung öffnen
builder-deleted-outside = Die Datei dieser Übungsfolge wurde außerhalb des Baukastens gelöscht, seit Sie sie geöffnet haben.
builder-save-again = Erneut speichern
builder-leave-deleted = Gelöscht lassen
builder-not-saved = Nicht gespeichert: { $reason }

## Die Tastenübersicht (?) im Baukasten.

builder-key-tab = Nächster Bereich: Name, Übungen zum Hinzufügen, Ihre Übungsfolge, Speichern
builder-key-back-tab = Der Bereich davor
builder-key-choose = Eine Übung wählen (in der Liste oder in Ihrer Übungsfolge)
builder-key-enter = Die gewählte Übung hinzufügen; bei Speichern: speichern
builder-key-move = Die gewählte Übung nach vorn oder hinten verschieben
builder-key-remove = Die gewählte Übung herausnehmen
builder-key-save = Die Übungsfolge speichern
builder-key-back = Zurück (fragt vorher, wenn sich etwas geändert hat)

## Speichern und Löschen (Hinweise; `$reason` sagt, warum).

builder-not-started = Die Übungsfolge konnte nicht gespeichert werden: Limber konnte den Vorgang nicht starten.
builder-save-failed = Die Übungsfolge wurde nicht gespeichert: { $reason }.
builder-delete-failed = „{ $routine }“ wurde nicht gelöscht: { $reason }.

## Die Regeln des Baukastens (ihre Meldungen kommen aus dem Kern).

builder-already-in = Sie ist schon in der Übungsfolge.
builder-full = Eine Übungsfolge hat höchstens { $max } Übungen.
builder-hold-adjusted = die Haltezeit von { $was } s ist jetzt { $now } s, innerhalb der vorgeschlagenen { $low }–{ $high } s
builder-repetitions-adjusted = { $was } Wiederholungen sind jetzt { $now }, innerhalb der vorgeschlagenen { $low }–{ $high }
builder-description = { $count ->
        [one] { $count } Übung: { $exercises }.
       *[other] { $count } Übungen: { $exercises }.
    }
builder-no-exercises = Fügen Sie mindestens eine Übung hinzu.
builder-missing = Die Übung „{ $exercise }“ gibt es nicht mehr unter den Übungen; entfernen Sie sie, um zu speichern.
builder-name-empty = Geben Sie der Übungsfolge einen Namen.
builder-name-too-long = Der Name darf höchstens { $max } Zeichen haben.
builder-name-no-letters = Verwenden Sie im Namen mindestens einen Buchstaben oder eine Ziffer.
builder-name-taken = Es gibt schon eine Übungsfolge namens „{ $title }“. Wählen Sie einen anderen Namen.

## The routine's file (`content/routines/<id>.ron`).

builder-file-header =
    Erstellt mit dem Übungsfolgen-Editor von Limber von { $maker } am { $date }.
    Jede Dosierung ist ein Wert, (n, n): die Haltedauer (Sekunden) und die dafür
    gewählten Wiederholungen, gleich für jede Intensität. Ändern Sie sie in der App
    (Bearbeiten auf ihrer Kachel unter Start) oder hier; `limber check` prüft diesen Ordner.
builder-file-ron-failed = RON kann nicht geschrieben werden: { $error }
builder-file-changed = { $path } wurde außerhalb des Editors geändert, seit Sie die Datei geöffnet haben
builder-file-gone = { $path } ist nicht mehr vorhanden
builder-file-not-this-routine = { $path } enthält diese Übungsfolge nicht mehr
builder-file-not-own = { $path } liegt nicht in Ihrem eigenen Inhaltsordner ({ $folder })
builder-file-no-free-id = jede aus diesem Namen gebildete ID ist schon vergeben
