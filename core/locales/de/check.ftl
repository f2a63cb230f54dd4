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

## Was `limber check` zu einer Datei eines Bereichs, einer Übung oder
## einer Übungsfolge sagt. Feldnamen (`hold_seconds`), IDs, Rollen der
## Schritte (Setup, Move, Hold, Release) und RON-Schreibweisen
## (`sides: None`) bleiben, wie sie sind: So schreibt sie der Autor.

content-id-empty = { $kind ->
        [area] die ID des Bereichs ist leer
        [exercise] die ID der Übung ist leer
       *[routine] die ID der Übungsfolge ist leer
    }
content-id-not-kebab = { $kind ->
        [pose] Haltungs-ID
        [area] Bereichs-ID
        [exercise] Übungs-ID
       *[routine] Übungsfolgen-ID
    } `{ $id }` ist nicht in kebab-case: Verwenden Sie Kleinbuchstaben, Ziffern und einzelne Bindestriche, z. B. `knee-to-chest`
content-id-too-long = { $kind ->
        [pose] Haltungs-ID
        [area] Bereichs-ID
        [exercise] Übungs-ID
       *[routine] Übungsfolgen-ID
    } `{ $id }` ist länger als { $max } Zeichen
content-field-empty = `{ $field }` ist leer
content-range = { $problem ->
        [inverted] `{ $field }` ({ $low }, { $high }) ist vertauscht: Schreiben Sie die kleinere Zahl zuerst, ({ $high }, { $low })
        [empty] `{ $field }` ({ $low }, { $high }) ist leer: Es erlaubt nur 0
        [zero] `{ $field }` beginnt bei 0; der kleinste sinnvolle Wert ist { $unit ->
            [seconds] 1 Sekunde
           *[repetitions] 1 Wiederholung
        }
       *[too-high] `{ $field }` reicht bis { $high } { $unit ->
            [seconds] Sekunden
           *[repetitions] Wiederholungen
        }; eine Dosierung kann höchstens { $max } { $unit ->
            [seconds] Sekunden
           *[repetitions] Wiederholungen
        } haben
    }
content-transition-too-long = `{ $field }` ist { $value }; höchstens { $max } Sekunden sind erlaubt
content-step-order = { $problem ->
        [setup-late] Schritt { $number } ist eine Setup-Karte nach der Bewegung
        [second-move] Schritt { $number } ist ein zweiter Move
        [move-late] Schritt { $number } ist ein Move nach dem Hold
        [second-hold] Schritt { $number } ist ein zweiter Hold
        [release-early] Schritt { $number } ist ein Release vor dem Hold
       *[second-release] Schritt { $number } ist ein zweiter Release
    }; die Reihenfolge der Schritte: zuerst Setup-Karten, dann höchstens ein Move, genau ein Hold, höchstens ein Release
content-step-no-hold = die Übung hat keinen Hold-Schritt; die Reihenfolge der Schritte: zuerst Setup-Karten, dann höchstens ein Move, genau ein Hold, höchstens ein Release
content-image-not-shipped = das Bild `{ $path }` ist nicht im mitgelieferten Inhalt
content-image-not-found = das Bild `{ $path }` wurde nicht gefunden (gesucht: { $looked })
content-image-not-file = das Bild `{ $path }` ist keine Datei
content-image-outside = das Bild `{ $path }` verweist auf eine Datei außerhalb des Inhaltsordners
content-image-too-large = das Bild `{ $path }` ist größer als { $limit }, die Grenze für { $kind }-Bilder
content-image-path-empty = der Bildpfad ist leer
content-image-path-backslash = der Bildpfad `{ $path }` enthält `\`; verwenden Sie `/` zwischen Ordnern, damit der Inhalt auf jedem System funktioniert
content-image-path-absolute = der Bildpfad `{ $path }` ist absolut; schreiben Sie ihn relativ zum Inhaltsordner, z. B. `images/knee.png`
content-image-path-parent = der Bildpfad `{ $path }` enthält `..`; Bilder müssen im Inhaltsordner liegen
content-image-path-rooted = der Bildpfad `{ $path }` ist absolut; schreiben Sie ihn relativ zum Inhaltsordner
content-image-kind = das Bild `{ $path }` ist keine PNG-, JPEG- oder SVG-Datei
content-pose-id-empty = die Haltungs-ID ist leer
content-highlight-empty = `highlight` ist eine leere Liste, daher wird an der Figur nichts hervorgehoben; nennen Sie einen oder mehrere Körperteile: { $parts }
content-areas-empty = `areas` ist leer: Die Übung erscheint nur in Übungsfolgen, die sie nennen
content-limb-without-sides = `limb` ändert nur die Wörter einer Übung mit Seiten, und diese hat keine `sides`
content-caution-empty = ein Hinweis zur Vorsicht ist leer
content-tip-empty = ein Tipp ist leer
content-step-field-empty = Schritt { $step }: `{ $field }` ist leer
content-step-field-empty-optional = Schritt { $step }: `{ $field }` ist leer; lassen Sie es stattdessen weg
content-variation-empty = Variante { $variation }: `title` und `text` dürfen nicht leer sein
content-variation-unknown-step = Variante { $variation }: `spoken` nennt den Schritt „{ $step }“, den diese Übung nicht hat; verwenden Sie den Titel eines Schritts: { $titles }
content-placeholder-unknown = `{ $token }` ist kein Platzhalter, den Limber kennt; schreiben Sie `{"{"}side{"}"}` für die geübte Seite oder `{"{"}other{"}"}` für die andere
content-placeholder-unsided = `{ $token }` braucht eine Übung mit Seiten; diese hat `sides: None`
content-switch-sides-unsided = `switch_sides` ist für eine Übung mit Seiten; diese hat `sides: None`
content-routine-empty = die Übungsfolge hat keine Übungen
content-control-character = `{ $field }` enthält ein Steuerzeichen ({ $code }); Text darf Buchstaben, Leerzeichen und Tabulatoren enthalten, keine Zeilenumbrüche oder Terminalcodes
content-id-control-character = `{ $field }` „{ $id }“ enthält ein Steuerzeichen; IDs bestehen aus Kleinbuchstaben, Ziffern und Bindestrichen
content-in-step = Schritt { $step }: { $message }
content-in-variation = Variante { $variation }: { $message }
content-variation-pose-control = Variante { $variation }: eine Haltungs-ID in `poses` enthält ein Steuerzeichen
content-not-loaded = { $kind ->
        [pose] die Haltung
        [exercise] die Übung
       *[area] der Bereich
    } `{ $id }` wurde wegen eigener Probleme nicht geladen
content-unknown = { $kind ->
        [pose] unbekannte Haltung
        [exercise] unbekannte Übung
       *[area] unbekannter Bereich
    } `{ $id }`
content-movement-fault = Schritt { $step } ({ $role }) bewegt die Figur von der Haltung `{ $from }` nach `{ $to }`: bei { $percent } % des Wegs: { $finding }
content-variation-pose-unused = die Variante `{ $variation }` ersetzt die Haltung `{ $pose }`, die kein Schritt dieser Übung zeigt
content-user-folder-unreadable = der Inhaltsordner des Benutzers kann nicht gelesen werden: { $error }
content-folder-unreadable-whole = der Inhaltsordner kann nicht gelesen werden: { $error }
content-more-problems = { $count ->
        [one] … und 1 weiteres Problem in dieser Datei
       *[other] … und { $count } weitere Probleme in dieser Datei
    }
content-duplicate-id = doppelte { $kind ->
        [area] Bereichs-ID
        [exercise] Übungs-ID
        [routine] Übungsfolgen-ID
       *[pose] Haltungs-ID
    } `{ $id }`: { $first } definiert sie bereits (IDs müssen innerhalb eines Ordners eindeutig sein; diese Datei wird übersprungen)
content-this-file = diese Datei
content-another-file = eine andere Datei
content-using-earlier = stattdessen wird { $kind ->
        [area] der frühere Bereich
        [exercise] die frühere Übung
       *[routine] die frühere Übungsfolge
    } `{ $id }` aus { $file } verwendet
content-image-placeholder = das Bild `{ $path }` kann nicht angezeigt werden (die App zeichnet einen Platzhalter): { $problem }

## Probleme im Katalog einer Sprache (`limber check --translations`).

catalogue-missing-reference = `{ $id }` verweist auf die Nachricht `{ $base }`, die `{ $tag }` nicht hat (ein Verweis findet nur Nachrichten derselben Sprache)
catalogue-missing-term = `{ $id }` verwendet den Begriff `-{ $term }`, den `{ $tag }` nicht definiert (Begriffe gehören jeder Sprache selbst)
catalogue-not-english = `{ $id }` ist keine englische Nachricht: ein Tippfehler oder eine, die es im Englischen nicht mehr gibt
catalogue-extra-variable = `{ $id }` verwendet `${ $variable }`, das die englische Nachricht nicht liefert ({ $given })
catalogue-variables-given = { $count ->
        [0] sie liefert keine
       *[other] sie liefert { $names }
    }
catalogue-extra-attribute = `{ $id }` hat das Attribut `.{ $attribute }`, das es im Englischen nicht gibt
catalogue-other-file = `{ $id }` steht im Englischen in { $file }: Lassen Sie es in derselben Datei
catalogue-defined-twice = `{ $id }` ist bereits in { $file } definiert (die erste Definition gilt)

## Poses, pictures and SVG files (`core/src/figure`).

figure-decimal-mark = {","}
figure-highlight-not-region = `highlight` ist ein Körperteil oder eine Liste davon, etwa `LowerBack` oder `[Neck, Shoulders]`; die Körperteile sind: { $parts }
figure-not-a-body-part = `{ $name }` ist kein Körperteil, das die Figur kennt; die Körperteile sind: { $parts }
figure-render-bad-size = die Bildgröße { $width }×{ $height } ist nicht zulässig (jede Seite muss 1 ..= { $max } Pixel haben)
figure-render-encode = das PNG konnte nicht erzeugt werden: { $error }
figure-render-bad-id = die Haltungs-ID `{ $pose }` kann nicht als Dateiname verwendet werden
figure-render-write = { $path } konnte nicht geschrieben werden: { $error }
figure-pose-not-finite = Haltung `{ $pose }`: { $field } ist keine endliche Zahl
figure-pose-turns = Haltung `{ $pose }`: { $field } = { $value } Grad ist mehr als zwei volle Umdrehungen
figure-pose-pelvis-height = Haltung `{ $pose }`: pelvis.height = { $value } liegt außerhalb von 0 ..= { $max } Kopfeinheiten
figure-pose-shoulder-blades = Haltung `{ $pose }`: shoulder_blades = { $value } liegt außerhalb von -1 ..= 1 (ganz nach hinten bis ganz nach vorn)
figure-pose-raised = Haltung `{ $pose }`: raised = { $value } liegt außerhalb von 0 ..= { $max } Grad
figure-pose-turned = Haltung `{ $pose }`: turned = { $value } liegt außerhalb von 0 ..= { $max } Grad (von der nahen Seite) und { $far } ..= 180 (von der fernen Seite)
figure-pose-side-view-only = Haltung `{ $pose }`: { $field } gilt nur für die Seitenansicht
figure-pose-empty-id = eine Haltung hat eine leere ID
figure-image-outside = { $path }: das Bild liegt außerhalb des Inhaltsordners { $folder }
figure-image-unreadable = { $path }: das Bild kann nicht gelesen werden: { $error }
figure-image-file-too-large = { $path }: die Datei ist größer als { $limit } (die Grenze für { $kind }-Bilder)
figure-image-unsupported = { $path }: nur PNG-, JPEG- und SVG-Bilder werden unterstützt (nach Dateiendung)
figure-image-not-in-content = { $path }: das Bild ist nicht im Inhalt enthalten
figure-image-too-many-pixels = { $path }: das Bild ist zu groß (höchstens { $side }×{ $side } Pixel und { $size } entpackt): { $reason }
figure-image-damaged = { $path }: das Bild ist beschädigt oder nicht das, was sein Name sagt: { $reason }
figure-image-svg = { $path }: das SVG kann nicht angezeigt werden: { $reason }
figure-image-declares = es gibt { $width }×{ $height } Pixel an

## What is wrong with a pose.

figure-in-pose = Haltung `{ $pose }`: { $finding }
figure-part = { $part ->
        [pelvis] das Becken
        [upper-back] der obere Rücken
        [lower-back] der untere Rücken
        [trunk] der Rumpf
        [neck] der Hals
        [head] der Kopf
        [shoulders] die Schultern
        [chest] die Brust
        [left-upper-arm] der linke Oberarm
        [right-upper-arm] der rechte Oberarm
        [left-forearm] der linke Unterarm
        [right-forearm] der rechte Unterarm
        [left-hand] die linke Hand
        [right-hand] die rechte Hand
        [left-thigh] der linke Oberschenkel
        [right-thigh] der rechte Oberschenkel
        [left-shin] das linke Schienbein
        [right-shin] das rechte Schienbein
        [left-foot] der linke Fuß
        [right-foot] der rechte Fuß
        [left-leg] das linke Bein
        [right-leg] das rechte Bein
        [left-knee] das linke Knie
        [right-knee] das rechte Knie
        [left-heel] die linke Ferse
        [right-heel] die rechte Ferse
        [left-toes] die linken Zehen
        [right-toes] die rechten Zehen
        [left-shoulder] die linke Schulter
        [right-shoulder] die rechte Schulter
        [left-elbow] der linke Ellbogen
        [right-elbow] der rechte Ellbogen
        [left-wrist] das linke Handgelenk
        [right-wrist] das rechte Handgelenk
        [left-hip] die linke Hüfte
        [right-hip] die rechte Hüfte
        [left-ankle] der linke Knöchel
        [right-ankle] der rechte Knöchel
       *[other] { $part }
    }
figure-below-floor = { $part } liegt { $depth } Kopfeinheiten unter dem Boden
figure-contact-above = { $part } { $key ->
        [shoulders] sollten
        [left-toes] sollten
        [right-toes] sollten
       *[other] sollte
    } auf dem Boden aufliegen (contacts), { $key ->
        [shoulders] sind
        [left-toes] sind
        [right-toes] sind
       *[other] ist
    } aber { $above } Kopfeinheiten darüber
figure-range = { $part } ({ $field }{ $solved ->
        [yes] { " " }(berechnet aus `{ $from }`)
       *[no] {""}
    }) ist { $how ->
        [back] { $angle }° nach hinten gestreckt
       *[forward] { $angle }° gebeugt
    }, außerhalb des Bewegungsumfangs { $joint ->
        [shoulder] der Schulter
        [elbow] des Ellbogens
        [wrist] des Handgelenks
        [hip] der Hüfte
        [knee] des Knies
        [ankle] des Sprunggelenks
        [trunk] des Rumpfes
        [neck] des Halses
       *[other] von { $joint }
    } von { $back }° nach hinten bis { $forward }° nach vorn
figure-not-met = { $from }: { $place } ist nicht erfüllt: { $detail }
figure-not-met-both = { $from }: { $place } ist nicht erfüllt: { $first }; { $second }
figure-hand-away = die { $side ->
        [left] linke
       *[right] rechte
    } Hand ist { $by } Kopfeinheiten { $target ->
        [knee] vom { $leg ->
        [left] linken
       *[right] rechten
    } Knie
        [shin] vom { $leg ->
        [left] linken
       *[right] rechten
    } Schienbein knapp unter dem Knie
        [thigh] vom { $leg ->
        [left] linken
       *[right] rechten
    } Oberschenkel
        [ankle] vom { $leg ->
        [left] linken
       *[right] rechten
    } Knöchel
        [leg] vom { $leg ->
        [left] linken
       *[right] rechten
    } Bein unterhalb des Knies
       *[chest] von der Brust
    } entfernt
figure-hand-behind-back = die { $side ->
        [left] linke
       *[right] rechte
    } Hand ist hinter dem Rücken
figure-hand-above-floor = die { $side ->
        [left] linke
       *[right] rechte
    } Hand ist { $by } Kopfeinheiten über dem Boden
figure-hand-from-hip = die { $side ->
        [left] linke
       *[right] rechte
    } Hand ist { $by } Kopfeinheiten von der Hüfte entfernt
figure-forearm-above-floor = der { $side ->
        [left] linke
       *[right] rechte
    } Unterarm ist { $by } Kopfeinheiten über dem Boden
figure-elbow-off-shoulder = der { $side ->
        [left] linke
       *[right] rechte
    } Ellbogen ist { $by } Kopfeinheiten { $where ->
        [ahead] vor
       *[behind] hinter
    } der Schulter
figure-foot-end-above-floor = { $end ->
        [heel] die { $side ->
        [left] linke
       *[right] rechte
    } Ferse ist
       *[toes] die { $side ->
        [left] linken
       *[right] rechten
    } Zehen sind
    } { $by } Kopfeinheiten über dem Boden
figure-heel-above-floor = die { $side ->
        [left] linke
       *[right] rechte
    } Ferse ist { $by } Kopfeinheiten über dem Boden
figure-toes-above-floor = die { $side ->
        [left] linken
       *[right] rechten
    } Zehen sind { $by } Kopfeinheiten über dem Boden
figure-foot-from-thigh = der { $side ->
        [left] linke
       *[right] rechte
    } Fuß ist { $by } Kopfeinheiten vom { $other ->
        [left] linken
       *[right] rechten
    } Oberschenkel entfernt
figure-feet-apart = die Füße sind { $by } Kopfeinheiten voneinander entfernt
figure-foot-own-thigh = { $from }: ein Fuß kann nicht an seinem eigenen Oberschenkel liegen; der { $side ->
        [left] linke
       *[right] rechte
    } Fuß gehört an den { $other ->
        [left] linken
       *[right] rechten
    } Oberschenkel
figure-hands-twice = geben Sie beide Hände mit `hands` an oder jede einzeln mit `left_hand` und `right_hand`, nicht beides
figure-feet-twice = geben Sie beide Füße mit `feet` an oder jeden einzeln mit `left_foot` und `right_foot`, nicht beides
figure-feet-both-thighs = nicht beide Füße können am jeweils anderen Oberschenkel liegen; verwenden Sie `left_foot` oder `right_foot`
figure-limb-unplaced = `{ $field }` fehlt, und nichts legt { $limb ->
        [arm] den { $side ->
        [left] linken
       *[right] rechten
    } Arm
       *[leg] das { $side ->
        [left] linke
       *[right] rechte
    } Bein
    } fest: schreiben Sie es, oder geben Sie mit `{ $place_field }` an, wo { $limb ->
        [arm] die Hand
       *[leg] der Fuß
    } hingehört
figure-leg-bend-unknown = { $from } legt den { $side ->
        [left] linken
       *[right] rechten
    } Fuß fest, aber nicht, wie sich das Bein dorthin beugt: schreiben Sie `{ $field }` (die Hüfte oder das Knie)

## Why an SVG file is refused.

figure-svg-place = Zeile { $line }, Spalte { $column }
figure-svg-library-failed = die SVG-Bibliothek ist beim { $doing ->
        [reading] Lesen
       *[drawing] Zeichnen
    } gescheitert ({ $cause }); die Datei wird abgelehnt
figure-svg-not-drawable = kein Bild, das usvg zeichnen kann: { $error }
figure-svg-canvas = kann nicht mit { $width }×{ $height } Pixeln zeichnen
figure-svg-compressed = die Datei ist komprimiert (SVGZ); speichern Sie sie als einfaches SVG (komprimierte Dateien könnten sich auf jede Größe entpacken)
figure-svg-not-utf8 = kein UTF-8-Text
figure-svg-entities = die Datei deklariert XML-Entitäten (`<!ENTITY` in { $place }), die sich auf jede Größe ausdehnen können; exportieren Sie sie erneut ohne DTD
figure-svg-too-deep = Elemente sind tiefer als { $max } Ebenen verschachtelt (in { $place }); reduzieren Sie die Gruppen
figure-svg-too-many-nodes = die Datei hat mehr als { $max } XML-Knoten; vereinfachen Sie die Zeichnung
figure-svg-not-xml = kein gültiges SVG (XML): { $error }
figure-svg-outside-url = `url({ $url })` verweist auf eine andere Datei; nur Verweise innerhalb des SVG (`url(#id)`) werden verfolgt
figure-svg-link = die Datei verlinkt eine andere Datei (`{ $href }` in { $place }); Links werden nicht verfolgt: betten Sie das Bild stattdessen in das SVG ein
figure-svg-import = das Stylesheet der Datei importiert eine andere Datei (in { $place })
figure-svg-sheet-markers = das Stylesheet der Datei setzt Marker (in { $place }); setzen Sie marker-start/-mid/-end stattdessen an den Formen
figure-svg-at = { $reason } (in { $place })
figure-svg-loop = die Verweise der Datei bilden eine Schleife (in { $place })
figure-svg-too-many-instances = die Verweise der Datei (`<use>`, Marker, Muster …) würden mehr als { $max } Elemente zeichnen (in { $place })
figure-svg-references-too-deep = die Verweise der Datei sind tiefer als { $max } Ebenen verschachtelt (in { $place })
figure-svg-data-malformed = die Data-URL in { $place } ist fehlerhaft
figure-svg-data-undecodable = die Data-URL in { $place } lässt sich nicht dekodieren
figure-svg-embedded-too-large = das eingebettete Bild in { $place }: { $reason }
figure-svg-embedded-damaged = das eingebettete Bild in { $place } ist beschädigt: { $error }
figure-svg-embedded-total = die eingebetteten Bilder brauchen zusammen entpackt mehr als { $size } (in { $place })
figure-svg-embedded-svg = das eingebettete SVG in { $place }: { $reason }
figure-svg-embedded-kind = das eingebettete Bild in { $place } ist `{ $mime }`; nur PNG, JPEG und SVG können eingebettet werden
figure-svg-reencode = ein eingebettetes Bild kann nicht neu kodiert werden: { $error }
figure-svg-layers = zum Zeichnen wären gleichzeitig mehr als { $size } an Ebenen nötig; vereinfachen Sie die Effekte (Deckkraft, Masken, Filter, Muster)
figure-svg-pattern = eine Musterkachel würde größer als { $millions } Millionen Pixel gezeichnet; machen Sie das Muster kleiner
figure-svg-too-slow = das Zeichnen würde zu lange dauern (mehr als { $millions } Millionen Pixeloperationen); vereinfachen Sie die Zeichnung
