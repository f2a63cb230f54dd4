### Gemeinsame Wörter: der Name der Sprache, die Seiten und die Daten.
### Die Quelle ist core/locales/en/common.ftl; die festen Begriffe stehen
### in docs/glossary/de.md.

## Diese Sprache

language-name = Deutsch

language-called = { $tag ->
        [en] Englisch
        [es] Spanisch
        [de] Deutsch
        [fr] Französisch
        [pt-BR] brasilianisches Portugiesisch
        [zh-CN] vereinfachtes Chinesisch
        [en-XA] Pseudo-Englisch
       *[other] { $tag }
    }

## Seiten. Die Endung von „links/rechts“ richtet sich nach Artikel,
## Geschlecht und Fall. Ein übersetzter Text des Inhalts nennt die Endung
## nach dem Doppelpunkt: {side:e} „das linke Bein“, {side:en} „den linken
## Fuß“, {side:es} „Ihr linkes Knie“, {side:er} „Ihr linker Arm“,
## {side:em} „mit linkem Bein“; ohne Endung „links“.

content-side = { $form ->
        [e] { $side ->
            [left] linke
           *[right] rechte
        }
        [en] { $side ->
            [left] linken
           *[right] rechten
        }
        [es] { $side ->
            [left] linkes
           *[right] rechtes
        }
        [er] { $side ->
            [left] linker
           *[right] rechter
        }
        [em] { $side ->
            [left] linkem
           *[right] rechtem
        }
       *[plain] { $side ->
            [left] links
           *[right] rechts
        }
    }

# „linkes Bein“, „rechter Arm“, „linke Seite“
side-of-limb = { $limb ->
        [leg] { $side ->
            [left] linkes
           *[right] rechtes
        } Bein
        [arm] { $side ->
            [left] linker
           *[right] rechter
        } Arm
       *[side] { $side ->
            [left] linke
           *[right] rechte
        } Seite
    }

## Datum und Uhrzeit

# „Montag, 3. März 2026“
date-long = %A, %-d. %B %Y
# „Mo., 3. März“
date-short = %a, %-d. %b
# „3. März“
date-day-month = %-d. %B
# „3. März 2026“
date-day-month-year = %-d. %B %Y
# „3. Mär“, unter der Zeitachse eines Diagramms
date-day-short-month = %-d. %b
time-of-day = %H:%M
date-numeric = %x
date-and-time = { $date }, { $time }


## Das Fenster: sein Titel und die Namen der Bildschirme.

window-title-home = Limber
window-title = Limber — { $screen }
window-title-finish = Abgeschlossen
window-title-newer = Ein Profil von einem neueren Limber
screen-home = Start
screen-routine = Übungsfolge
screen-player = Übung
screen-finish = Abschluss
screen-settings = Einstellungen
screen-safety = Sicherheit
screen-history = Verlauf
screen-exercises = Übungen
screen-plan = Plan
screen-newer = Neueres Profil

## Bedienelemente auf vielen Bildschirmen.

common-back = ← Zurück

## Die Tastenübersicht (?): die Tasten eines Bildschirms und was sie tun.
## Tastennamen, wie sie auf deutschen Tastaturen stehen.

keys-title = Tasten: { $screen }
keys-close = Schließen
keys-help = Diese Tastenübersicht zeigen oder ausblenden
keys-back = Zurück
keys-esc = Esc
keys-enter = Enter
keys-space = Leertaste
keys-delete = Entf
keys-shift = Umschalt
keys-tab = Tab
keys-ctrl = Strg
keys-alt = Alt
keys-page = Bild
keys-up = ↑
keys-down = ↓
keys-or = oder

## Die Schmerzskala 0–10 (Übungsfolge, Abschluss).

pain-scale-none = 0 = keine Schmerzen
pain-scale-worst = 10 = stärkste vorstellbare Schmerzen

## Zeitdauern und Dosis, wie Bildschirme, Befehlszeile und Übungsblatt sie
## schreiben.

duration = { $shape ->
        [h] { $hours } h
        [hm] { $hours } h { $minutes } min
        [hms] { $hours } h { $minutes } min { $seconds } s
        [hs] { $hours } h { $seconds } s
        [m] { $minutes } min
        [ms] { $minutes } min { $seconds } s
       *[s] { $seconds } s
    }

# „15 s halten × 3“, „15 s halten × 2 je Bein“
dose = { $limb ->
        [leg] { $hold } halten × { $repetitions } je Bein
        [arm] { $hold } halten × { $repetitions } je Arm
        [side] { $hold } halten × { $repetitions } je Seite
       *[none] { $hold } halten × { $repetitions }
    }

# „2 je Bein“
each-limb = { $limb ->
        [leg] je Bein
        [arm] je Arm
       *[side] je Seite
    }

side-order-alternate = { $limb ->
        [leg] Linkes und rechtes Bein im Wechsel, links beginnend.
        [arm] Linker und rechter Arm im Wechsel, links beginnend.
       *[side] Linke und rechte Seite im Wechsel, links beginnend.
    }
side-order-in-turn = { $limb ->
        [leg] Alle Wiederholungen mit dem linken Bein, dann alle mit dem rechten.
        [arm] Alle Wiederholungen mit dem linken Arm, dann alle mit dem rechten.
       *[side] Alle Wiederholungen auf der linken Seite, dann alle auf der rechten.
    }

## Intensität und Dosis

intensity-name = { $level ->
        [gentle] Sanft
        [strong] Kräftig
       *[standard] Standard
    }

dose-clamped = { $whose ->
        [content] { $field ->
            [hold] Die Haltezeit der Übung von { $requested } s liegt außerhalb von { $low } s..{ $high } s; verwendet werden { $used } s.
           *[repetitions] Die Zahl der Wiederholungen der Übung ({ $requested }) liegt außerhalb von { $low }..{ $high }; verwendet wird { $used }.
        }
       *[profile] { $field ->
            [hold] Ihre Haltezeit von { $requested } s liegt außerhalb von { $low } s..{ $high } s; verwendet werden { $used } s.
           *[repetitions] Ihre Zahl der Wiederholungen ({ $requested }) liegt außerhalb von { $low }..{ $high }; verwendet wird { $used }.
        }
    }

## Dateien, die Limber führt (Profile, Pläne, Verlauf)

file-version-unknown = Formatversion { $version } hat Limber nie geschrieben

## Inhaltspakete: wer ein Paket erstellt hat.

pack-by = von { $author }
pack-version = Version { $version }
pack-reviewed = geprüft am { $date }
pack-from = Aus dem Paket „{ $pack }“
pack-from-about = Aus dem Paket „{ $pack }“: { $about }
pack-manifest-heading = Paketmanifest { $file }:
pack-field-not-given = (nicht angegeben)
pack-imported-heading = Importierte Pakete ({ $folder }):
pack-about-nothing = ohne Angabe von Urheber, Version oder Prüfdatum
pack-imported-line = { $pack }: { $about }
pack-imported-line-routines = { $pack }: { $about }; Übungsfolgen: { $routines }
# `$field` bleibt, wie es in der Datei steht.
pack-field-too-long = `{ $field }` ist länger als { $max } Zeichen
pack-field-control = `{ $field }` enthält ein Steuerzeichen (einen Zeilenumbruch oder Ähnliches)
pack-reviewed-invalid = `reviewed` ist „{ $reviewed }“; schreiben Sie das Datum als JJJJ-MM-TT, z. B. „2025-06-02“
pack-manifest-too-large = das Manifest ist größer als { $kib } KiB

## Eine Datei lesen: was schiefging.

file-unreadable = kann nicht gelesen werden: { $error }
file-not-regular = keine reguläre Datei
file-not-utf8 = kein UTF-8-Text; RON-Dateien müssen als UTF-8 gespeichert werden
file-size = { $unit ->
        [mib] { $size } MiB
        [kib] { $size } KiB
       *[bytes] { $size } Bytes
    }
file-kind-of = { $kind ->
        [folder] ein Ordner
        [pipe] eine benannte Pipe (FIFO)
        [device] ein Gerät
        [socket] ein Socket
       *[other] etwas anderes als eine Datei
    }
file-not-read-kind = nicht gelesen, weil es { $kind } ist, keine reguläre Datei
file-larger-than-read = die Datei ist größer als { $limit } (das Höchste, was bei dieser Art von Datei gelesen wird)
file-not-utf8-save = kein UTF-8-Text; speichern Sie die Datei als UTF-8
file-not-regular-remove = es ist { $kind }, keine reguläre Datei; entfernen Sie es und versuchen Sie es erneut

## Eine Datei oder ein Ordner, den das System verweigert hat: was Limber
## damit tat.

io-failed = { $action ->
        [copying] Kopieren von { $path }: { $error }
        [creating] Erstellen von { $path }: { $error }
        [creating-folder] Erstellen des Ordners { $path }: { $error }
        [deleting] Löschen von { $path }: { $error }
        [finding-a-free-name-in] Suche nach einem freien Namen in { $path }: { $error }
        [keeping-a-copy-of] Aufbewahren einer Kopie von { $path }: { $error }
        [keeping-aside] Beiseitelegen von { $path }: { $error }
        [linking] Verknüpfen von { $path }: { $error }
        [listing] Auflisten von { $path }: { $error }
        [locking] Sperren von { $path }: { $error }
        [moving] Verschieben von { $path }: { $error }
        [moving-aside] Beiseiteschieben von { $path }: { $error }
        [moving-into-place] Verschieben an den Zielort { $path }: { $error }
        [opening] Öffnen von { $path }: { $error }
        [opening-lock-file] Öffnen der Sperrdatei { $path }: { $error }
        [reading] Lesen von { $path }: { $error }
        [removing] Entfernen von { $path }: { $error }
        [renaming-into] Umbenennen in { $path }: { $error }
        [replacing] Ersetzen von { $path }: { $error }
        [restoring] Wiederherstellen von { $path }: { $error }
        [syncing] Synchronisieren von { $path }: { $error }
        [writing] Schreiben von { $path }: { $error }
       *[other] { $path }: { $error }
    }

pack-refused = { $count ->
        [one] { $pack } wurde nicht importiert ({ $count } Problem); nichts wurde kopiert:
       *[other] { $pack } wurde nicht importiert ({ $count } Probleme); nichts wurde kopiert:
    }

## Ein Paket importieren (`limber import`, Importieren auf dem Startbildschirm)

pack-not-a-pack-file = ein Paket ist ein Ordner oder eine .zip-Datei
pack-no-content = keine Dateien in areas/, exercises/, routines/ oder poses/: Das ist kein Inhaltspaket für Limber
pack-clash = mit Ihrem Inhalt: { $problem }
pack-cannot-record = das Paket kann nicht vermerkt werden: { $error }
# Akkusativ, nach „Das Paket … hat … ersetzt“.
pack-replaced-item = { $whose ->
        [shipped] { $kind ->
            [area] den mitgelieferten Bereich
            [exercise] die mitgelieferte Übung
            [routine] die mitgelieferte Übungsfolge
           *[pose] die mitgelieferte Pose
        } „{ $title }“ ({ $id })
       *[yours] { $kind ->
            [area] Ihren Bereich
            [exercise] Ihre Übung
            [routine] Ihre Übungsfolge
           *[pose] Ihre Pose
        } „{ $title }“ ({ $id })
    }
pack-replaced-file = Ihre Datei { $file }
pack-replaced = Das Paket „{ $pack }“ hat { $items } ersetzt.

## Eine Übungsfolge als Paket exportieren (`limber export-routine`, der Baukasten)

pack-cannot-write-ron = RON kann nicht geschrieben werden: { $error }
pack-picture-missing = Übung `{ $exercise }`: ihr Bild { $path } ist nicht zu finden
pack-folder-not-empty = { $folder } ist nicht leer; wählen Sie einen neuen Ordner für das Paket
pack-cannot-write = { $file } kann nicht geschrieben werden: { $error }

## Ein Paket, das beim Entpacken oder Kopieren abgelehnt wird.

pack-path-problem = { $why ->
        [backslash] enthält einen Backslash
        [nul] enthält ein NUL-Zeichen
        [parent] verlässt den Paketordner (`..`)
        [absolute] ist ein absoluter Pfad
        [no-name] hat keinen Namen
        [too-deep] ist mehr als { $max } Ordner tief verschachtelt
        [windows-character] enthält { $character }, das Windows in einem Namen nicht erlaubt
        [windows-end] endet auf einen Punkt oder ein Leerzeichen, das Windows weglässt
       *[windows-device] verwendet { $stem }, einen Gerätenamen unter Windows
    }
pack-not-regular = keine normale Datei
pack-zip-too-large = die ZIP-Datei ist { $size } MiB groß; Pakete dürfen höchstens { $max } MiB groß sein
pack-zip-unreadable = keine lesbare ZIP-Datei: { $error }
pack-zip-too-many = die ZIP-Datei enthält { $count } Einträge; ein Paket darf höchstens { $max } enthalten
pack-zip-duplicate = die ZIP-Datei nennt dieselbe Datei zweimal
pack-entry-header = Eintrag { $index }: Kopf nicht lesbar: { $error }
pack-entry-refused = { $name }: abgelehnt, { $why ->
        [path] der Pfad { $reason }
        [link] eine symbolische Verknüpfung
        [special] weder eine normale Datei noch ein Ordner (ein Gerät, eine Pipe oder ein Socket)
        [encrypted] verschlüsselt
        [too-large] { $size } MiB entpackt; eine Datei darf höchstens { $max } MiB groß sein
        [too-large-file] { $size } MiB; eine Datei darf höchstens { $max } MiB groß sein
        [twice] derselbe Name zweimal
        [too-deep] mehr als { $max } Ordner tief verschachtelt
       *[overflow] entpackt ergibt sie mehr, als ihr Kopf angibt ({ $size } Byte): eine beschädigte oder manipulierte ZIP-Datei
    }
pack-total-too-large = { $uncompressed ->
        [yes] die Dateien ergeben entpackt { $size } MiB; ein Paket darf höchstens { $max } MiB groß sein
       *[no] die Dateien ergeben { $size } MiB; ein Paket darf höchstens { $max } MiB groß sein
    }
pack-entry-unreadable = { $name }: kann nicht gelesen werden: { $error }
pack-entry-extract = { $name }: kann nicht entpackt werden: { $error }
pack-entry-damaged = { $name }: beschädigt: { $error }
pack-unpacks-too-much = die Dateien ergeben entpackt mehr als { $max } MiB
pack-folder-too-many = mehr als { $max } Dateien und Ordner; ein Paket darf höchstens { $max } enthalten
pack-file-changed = { $name }: hat sich beim Kopieren geändert
