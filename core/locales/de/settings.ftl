### Die Einstellungen: Ton, Sprachanleitung, Zeiten, Design, Textgröße, Sprache, Profile.
### Die Quelle ist core/locales/en/settings.ftl.

## Die Einstellungen.

settings-title = Einstellungen für { $profile }

settings-sound = Ton
settings-spoken-coach = Sprachanleitung
settings-timings = Zeiten
settings-profiles = Profile

## Die Titelzeile: Design, Textgröße und Sprache.

settings-theme = Design
settings-text-size = Textgröße
settings-language = Sprache
settings-language-system = System ({ $language })
settings-language-unknown = { $tag } (nicht verfügbar)
settings-language-command-line = { $language } vorerst, da Limber mit { "--lang" } gestartet wurde; die Liste gilt ab dem nächsten Start.

## Ton.

settings-sounds = Töne
settings-volume = Lautstärke
settings-percent = { $percent } %
settings-countdown = Die letzten 3 s einer Haltephase zählen
settings-on = Ein
settings-off = Aus

## Die Sprachanleitung.

settings-voice-looking = Stimme wird gesucht …
settings-speak-steps = Schritte ansagen
settings-try-voice = Anhören  (T)
settings-voice = Stimme
settings-speed = Tempo
settings-voice-volume = Lautstärke der Stimme
settings-voice-system-default = Systemstandard
settings-voice-with-language = { $voice } ({ $language })
settings-voice-not-found = { $voice } (nicht gefunden)

## Zeiten.

settings-get-ready = Bereit machen
settings-rest = Pause zwischen Wiederholungen
settings-rest-exercises-own = Wie die Übung
settings-setup-read = Lesezeit für Vorbereitungskarten
settings-full-screen = Vollbild während der Übungen
settings-seconds = { $seconds } s

## Profile.

settings-profile-in-use = { $profile }  (aktiv)
settings-profile-use = Verwenden
settings-profile-rename = Umbenennen
settings-profile-ask-delete = Löschen …
settings-profile-name = Name
settings-profile-save = Speichern
settings-profile-cancel = Abbrechen
settings-profile-delete-question = { $profile } mit dem gesamten Verlauf löschen? Das lässt sich nicht rückgängig machen.
settings-profile-delete = Löschen
settings-profile-keep = Behalten
settings-new-profile-name = Name des neuen Profils
settings-add-profile = Profil hinzufügen

## Die Tastenübersicht (?) der Einstellungen.

settings-key-move = Zwischen den Einstellungen wechseln
settings-key-change = Die Einstellung ändern (auch − und +)
settings-key-flip = Die Einstellung ein- oder ausschalten
settings-key-try-voice = Die Stimme anhören
settings-key-new-profile = Namen für ein neues Profil eingeben (Enter fügt es hinzu)

## Statt des Startbildschirms, wenn ein neueres Limber das Profil gespeichert hat.

newer-title = Dieses Profil stammt von einem neueren Limber
newer-explanation = „{ $profile }“ wurde von einer neueren Version von Limber gespeichert (Format { $format }). Diese Version kann es anzeigen, aber nicht ändern: Was Sie jetzt tun (Dosis, Einstellungen, Einheiten), wird nicht gespeichert.
newer-choose = Aktualisieren Sie Limber, um es vollständig zu nutzen, oder wählen Sie, was Sie jetzt tun möchten:
newer-open-read-only = Nur lesend öffnen
newer-use-another = Ein anderes Profil verwenden

## Die Wahlmöglichkeiten für Design, Textgröße und Herunterzählen, je auf
## einer Schaltfläche.

settings-theme-system = System
settings-theme-light = Hell
settings-theme-dark = Dunkel
settings-text-size-normal = Normal
settings-text-size-large = Groß
settings-text-size-larger = Größer
settings-countdown-off = Aus
settings-countdown-ticks = Ticken
settings-countdown-voice = Stimme
settings-countdown-both = Stimme und Ticken
settings-countdown-note-no-sounds = Töne sind aus, daher ist kein Ticken zu hören.
settings-countdown-note-no-voice = Solange die Stimme aus ist, zählt stattdessen das Ticken.
