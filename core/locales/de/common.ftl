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
