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
