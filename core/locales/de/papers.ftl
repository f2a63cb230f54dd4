### Das Übungsblatt und der Praxisbericht (PDF).
### Die Quelle ist core/locales/en/papers.ftl.

## Ein Dokument aus dem Fenster speichern: der Speichern-Dialog, das
## Formular des Praxisberichts im Verlauf und die Hinweise danach.

papers-save-sheet-title = Übungsblatt speichern
papers-save-report-title = Praxisbericht speichern
papers-routine-gone = Die Übungsfolge „{ $routine }“ ist nicht mehr geladen.
papers-sheet-saved = Das Übungsblatt für { $routine } wurde unter { $path } gespeichert ({ $pages }).
papers-report-saved = Der Praxisbericht ({ $pages }) wurde unter { $path } gespeichert. { $headline }
papers-report-saved-csv = Der Praxisbericht wurde als CSV unter { $path } gespeichert. { $headline }
papers-plan-left-out = Der Wochenplan fehlt im Bericht: { $reason }
papers-no-dialog = Auf diesem Desktop ließ sich kein Speichern-Dialog öffnen. { $notice }
papers-not-saved = { $what ->
        [sheet] Das Übungsblatt
       *[report] Der Praxisbericht
    } konnte nicht gespeichert werden: { $reason }
papers-not-saved-stopped = { $what ->
        [sheet] Das Übungsblatt
       *[report] Der Praxisbericht
    } konnte nicht gespeichert werden: Der Vorgang brach unerwartet ab.
papers-visit-report = Praxisbericht …
papers-period = Zeitraum
papers-span-weeks = { $count } Wochen
papers-span-six-months = 6 Monate
papers-span-everything = Alles
papers-save-as = Speichern als
papers-format-pdf = PDF zum Drucken
papers-format-csv = CSV für eine Tabellenkalkulation
papers-period-summary = { $from } bis { $to } · { $count ->
        [one] 1 Einheit
       *[other] { $count } Einheiten
    }
papers-save-report = Bericht speichern …
papers-file-kind-pdf = PDF-Dokument
papers-file-kind-csv = CSV-Tabelle
papers-file-kind-calendar = Kalender

## Das Übungsblatt (`limber print`, Drucken in der Übungsfolge): eine
## Übungsfolge auf Papier, zum Mitmachen auf dem Boden.

paper-sheet-title = { $routine } — Übungsblatt
paper-sheet-footer = { $routine } · { $who } · gedruckt am { $date }
paper-sheet-for = für { $profile }
paper-sheet-level-doses = Dosis der Stufe { $level }
paper-sheet-whose-profile = Heimübungen für { $profile }
paper-sheet-whose-level = Heimübungen, Stufe { $level }
paper-sheet-subtitle = { $exercises ->
        [one] { $whose } · { $date } · { $exercises } Übung, insgesamt etwa { $length }, in dieser Reihenfolge
       *[other] { $whose } · { $date } · { $exercises } Übungen, insgesamt etwa { $length }, in dieser Reihenfolge
    }
paper-sheet-nothing-to-print = Keine Übung dieser Übungsfolge konnte geladen werden, daher gibt es nichts zu drucken.
paper-sheet-left-out = Vorerst weggelassen:
paper-sheet-every-exercise = Für jede Übung:
paper-sheet-take-care = Achtung:
paper-sheet-tip = Tipp:
paper-sheet-variation = Variante „{ $variation }“:
paper-sheet-left-out-which = { $exercises } (weil es wehtat; fragen Sie Ihre Physiotherapeutin oder Ihren Physiotherapeuten, bevor Sie wieder damit beginnen).
paper-sheet-no-picture = (kein Bild)
paper-sheet-picture-missing = (Bild fehlt)
paper-sheet-level = Stufe { $level }
paper-sheet-level-own-values = Stufe { $level }, eigene Werte

## Jedes Dokument

paper-page = Seite { $page } von { $pages }
paper-pages = { $pages ->
        [one] { $pages } Seite, { $paper }
       *[other] { $pages } Seiten, { $paper }
    }
paper-report-title = Praxisbericht — { $profile }
paper-size-name = { $paper ->
        [a4] A4
       *[letter] US-Letter
    }
paper-missing-script = Keine Schrift auf diesem Computer hat { $script }-Zeichen, daher erscheint dieser Text auf dem Papier als Kästchen; eine Schrift mit diesen Zeichen (etwa Noto Sans { $script }) zu installieren, behebt das.
paper-is-folder = es ist ein Ordner
paper-font-unreadable = die Schrift für das Papier konnte nicht gelesen werden
paper-bad-size = ungültige Seitengröße { $width }×{ $height }
paper-pdf-failed = das PDF konnte nicht erstellt werden: { $reason }
paper-write-failed = { $path } konnte nicht geschrieben werden: { $error }

# A heading of the routine sheet run on with its text (the safety box).
paper-section-heading = { $heading }:
