### `limber check`: Probleme im Inhalt und in den Übersetzungen.
### Die Quelle ist core/locales/en/check.ftl.

## `limber check --translations`: ein Block je Sprache.

check-language = { $tag } ({ $name })

check-untranslated-messages = { $count ->
        [one] 1 von { $total } Meldungen ist noch nicht übersetzt
       *[other] { $count } von { $total } Meldungen sind noch nicht übersetzt
    }: { $first }

check-untranslated-content = { $count ->
        [one] 1 von { $total } Texten des Inhalts ist noch nicht übersetzt
       *[other] { $count } von { $total } Texten des Inhalts sind noch nicht übersetzt
    }: { $first }

check-language-summary = { $tag }: { $errors ->
        [one] 1 Fehler
       *[other] { $errors } Fehler
    }, { $untranslated ->
        [one] 1 nicht übersetzt
       *[other] { $untranslated } nicht übersetzt
    }

## Probleme in einer Übersetzung des Inhalts (`translations/<Sprache>/…`).

check-translation-unknown-item = `{ $id }` ist { $kind ->
        [area] kein bekannter Bereich
        [exercise] keine bekannte Übung
        [routine] keine bekannte Übungsfolge
       *[other] unbekannt ({ $kind })
    }: Es gibt nichts zu übersetzen
check-translation-unknown-step = die Übung `{ $exercise }` hat keinen Schritt „{ $step }“; nennen Sie einen Schritt bei seinem englischen Titel (oder `#2` für den zweiten Schritt)
check-translation-ambiguous-step = die Übung `{ $exercise }` hat { $count } Schritte namens „{ $step }“; nennen Sie den gemeinten bei seiner Nummer (`#{ $first }`)
check-translation-unknown-variation = die Übung `{ $exercise }` hat keine Variante „{ $variation }“
check-translation-placeholders = { $field } hat { $found }, wo der englische Text { $expected } hat: Behalten Sie dieselben Platzhalter bei ({"{"}side{"}"}, {"{"}other{"}"})
check-translation-count = { $field } hat { $found } Einträge; der englische Text hat { $expected }
check-translation-empty = { $field } ist leer; lassen Sie es weg, um den englischen Text zu verwenden
check-translation-language = `{ $folder }` ist kein Sprachkürzel (wie `es` oder `pt-BR`)
check-translation-english = translations/en wird nicht gelesen: Englisch ist die eigene Sprache des Inhalts
check-placeholder-none = keinen Platzhalter
check-translation-no-source = { $field }: Der englische Text hat hier nichts zu übersetzen
check-translation-control = { $field } enthält ein Steuerzeichen
check-translation-misplaced = nicht geladen: Eine Übersetzung gehört nach translations/<Sprache>/areas/, exercises/ oder routines/
check-translation-unknown-spoken = die Variante „{ $variation }“ sagt im Englischen für den Schritt „{ $step }“ nichts Eigenes, es gibt also nichts zu übersetzen

## Was `limber check` (und das Laden des Inhalts) über Dateien und Ordner
## des Inhalts sagt. Feldnamen (`title`), Ordnernamen (areas/) und
## Dateiarten (.ron) bleiben, wie sie geschrieben werden.

content-file-misplaced = nicht geladen: RON-Dateien gehören direkt in areas/, exercises/, routines/ oder poses/
content-file-unexpected = unerwartete Datei in { $folder }/: Dorthin gehören nur .ron-Dateien (und Bilder)
content-folder-unreadable = Ordner kann nicht gelesen werden: { $error }
content-too-many-files = mehr als { $max } Dateien; der Rest wurde nicht angesehen
content-file-too-large = die Datei ist größer als { $limit }, die Grenze für Inhaltsdateien
content-text-too-long = { $what } ist { $length } Zeichen lang; höchstens { $max } sind erlaubt
content-too-many-entries = `{ $field }` hat { $count } Einträge; höchstens { $max } sind erlaubt
content-step-field = Schritt { $step }: `{ $field }`
content-variation-field = Variante { $variation }: `{ $field }`
