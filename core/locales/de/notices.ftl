### Hinweise: das Banner im Fenster und die Meldungen der Befehle auf stderr.
### Die Quelle ist core/locales/en/notices.ftl.

## Das Banner oben im Fenster.

notices-dismiss = Schließen
notices-more = { $count ->
        [one] … und 1 weiterer
       *[other] … und { $count } weitere
    }
notices-no-such-routine = Es gibt keine Übungsfolge „{ $routine }“. Bekannte Übungsfolgen: { $known }.
notices-content-changed-during-routine = Der Inhalt wurde auf der Festplatte geändert. Diese Übungsfolge läuft weiter wie begonnen; die nächste verwendet die Änderung.
notices-content-not-watched = Änderungen in den Inhaltsordnern werden nicht übernommen, solange Limber läuft: { $error }
notices-routine-not-editable = „{ $routine }“ lässt sich hier nicht ändern: Das geht nur bei Übungsfolgen, die Sie mit „Neue Übungsfolge“ erstellt haben.
notices-routine-on-disk-kept = Die Fassung der Übungsfolge, die auf der Festplatte war, bleibt in { $path } erhalten.
notices-routine-deleted-kept = „{ $routine }“ wurde gelöscht. Die Datei bleibt in { $path } erhalten.
notices-content-problem = Eine Inhaltsdatei hat ein Problem (der Rest ist geladen): { $problem }
notices-no-content-folder = Übungsfolgen werden in Ihrem Inhaltsordner gespeichert, und Limber läuft ohne einen (kein Datenordner).
notices-content-change-not-loaded = Ihre Änderung wurde nicht geladen; der Inhalt bleibt, wie er war, bis dies behoben ist: { $problem }{ $more ->
        [0] {""}
        [one] {" "}(und 1 weiteres Problem)
       *[other] {" "}(und { $more } weitere Probleme)
    }
notices-store-stopped = der Profilspeicher arbeitet nicht mehr; Änderungen werden nicht gespeichert
notices-not-an-image = kein Bild

## Warum sich das Fenster nicht öffnen ließ (auf stderr nach „limber: “).

notices-store-not-started = der Profilspeicher konnte nicht gestartet werden: { $reason }
notices-no-window = es ließ sich kein Fenster öffnen: { $reason }
notices-window-refused = das Fenstersystem hat abgelehnt
notices-no-display = keine Anzeige: weder DISPLAY (X11) noch WAYLAND_DISPLAY (Wayland) ist gesetzt

## Was Limber sagt, wenn es weiterlief, aber etwas beiseitegelegt, unberührt
## gelassen oder angepasst hat. Ruhig: Die Daten gehen nie verloren.
## `notice-file-kind` gibt das zusammengesetzte Wort auf -datei (weiblich):
## „Ihre Profildatei“.

notice-file-kind = { $kind ->
        [profile-list] Profillisten-Datei
        [profile] Profildatei
        [history] Verlaufsdatei
        [plan] Plandatei
       *[reminders] Erinnerungsdatei
    }
notice-file-kept-aside = Ihre { $kind_name } { $file } war nicht lesbar ({ $reason }); sie wurde als { $kept_as } aufbewahrt, und es gelten die Standardwerte.
notice-newer-version = Ihre { $kind_name } { $file } wurde von einer neueren Version von Limber geschrieben (Format { $found }; diese Version liest bis { $supported }). Sie bleibt unberührt, und diese Version ändert sie nicht.
notice-adjusted = { $what }: { $requested } liegt außerhalb von { $min }–{ $max }; verwendet wird { $used }.
notice-profile-gone = Das Profil „{ $name }“ wurde in einem anderen Fenster gelöscht; jetzt wird „{ $using }“ verwendet.
notice-value-replaced = { $what }: `{ $written }` in Ihrer Profildatei ist nicht verwendbar; es gilt der Standardwert.
notice-records-set-aside = { $lost ->
        [one] { $lost } Eintrag Ihrer { $kind_name } { $file } konnte nicht gelesen werden ({ $problem }); die übrigen { $kept } bleiben erhalten. Die Datei bleibt, wie sie war.
       *[other] { $lost } Einträge Ihrer { $kind_name } { $file } konnten nicht gelesen werden ({ $problem }); die übrigen { $kept } bleiben erhalten. Die Datei bleibt, wie sie war.
    }
notice-records-set-aside-copy = { $lost ->
        [one] { $lost } Eintrag Ihrer { $kind_name } { $file } konnte nicht gelesen werden ({ $problem }); die übrigen { $kept } bleiben erhalten. Die Datei, wie sie war, ist als { $kept_as } aufbewahrt.
       *[other] { $lost } Einträge Ihrer { $kind_name } { $file } konnten nicht gelesen werden ({ $problem }); die übrigen { $kept } bleiben erhalten. Die Datei, wie sie war, ist als { $kept_as } aufbewahrt.
    }
notice-copy-kept = Ihre { $kind_name } { $file } ließ sich nicht genau so lesen, wie sie geschrieben war; die Datei, wie sie war, ist als { $kept_as } aufbewahrt.
notice-read-only-folder = Limber kann nicht in seinen Datenordner { $folder } schreiben ({ $reason }): Ihre Profile und Ihr Verlauf werden angezeigt, wie sie sind, Änderungen werden aber nicht gespeichert.

## Was mit den Daten nicht möglich war (Fehler des Profilspeichers).

store-no-data-dir = auf diesem System ist kein Ordner für die Daten von Limber zu finden; geben Sie --data-dir ORDNER an oder setzen Sie LIMBER_DATA_DIR
store-cannot-serialize = { $file } kann nicht geschrieben werden: { $message }
store-newer-version = { $file } wurde von einer neueren Version von Limber geschrieben (Format { $found }; diese Version liest bis { $supported }); sie bleibt unberührt
store-unknown-profile = es gibt kein Profil mit der ID „{ $id }“ (es wurde vielleicht in einem anderen Fenster gelöscht)
store-no-such-name = es gibt kein Profil namens „{ $name }“; Profile: { $known }
store-invalid-name = „{ $name }“ kann kein Profilname sein: { $reason }
store-name-taken = ein Profil namens „{ $name }“ gibt es bereits
store-read-only-folder = in { $folder } kann nicht geschrieben werden ({ $reason }); Änderungen werden nicht gespeichert

## Die Namen der Einstellungen einer Profildatei.

profile-field = { $field ->
        [profile-id] Profil-ID
        [profile-name] Profilname
        [safety-screen-seen] Sicherheitshinweise gelesen
        [exercises-left-out] Weggelassene Übungen
        [volume-percent] Lautstärke (Prozent)
        [voice-volume-percent] Lautstärke der Stimme (Prozent)
        [rest-time-seconds] Pausenzeit (Sekunden)
        [spoken-coach] Sprachanleitung
        [countdown] Herunterzählen
        [ticks] Ticken
        [sounds] Töne
        [get-ready-time-seconds] Zeit zum Bereitmachen (Sekunden)
        [setup-card-read-time-seconds] Lesezeit der Vorbereitungskarten (Sekunden)
        [theme] Design
        [text-size] Textgröße
        [voice] Stimme
        [speaking-speed-percent] Sprechtempo (Prozent)
        [language] Sprache
       *[full-screen-during-routines] Vollbild während der Übungen
    }
profile-field-choice = Ihre Wahl für { $exercise }

profile-name-empty = der Name ist leer
profile-name-too-long = der Name ist länger als { $max } Zeichen
profile-name-control = der Name enthält Steuerzeichen

## Was in einer Verlaufsdatei nicht stimmte. `$problem` sind die eigenen
## (englischen) Worte des Lesers.

history-file-not-whole = die Datei ist als Ganzes nicht lesbar: { $error }
history-file-no-list = keine Liste von Einheiten in der Datei
history-file-text-after-end = Zeile { $line }: Text nach dem Ende des Verlaufs
history-file-cut-short = die Datei endet vor ihrem abschließenden `])`: Sie wurde vielleicht abgeschnitten
history-file-line = Zeile { $line }: { $problem }
history-file-line-unreadable = Zeile { $line }: konnte nicht gelesen werden
history-file-session = Einheit { $session } in der Datei: { $problem }
history-file-list-end = Zeile { $line }: Die Liste der Einheiten endet mit `{ $found }` statt mit `]`
history-file-ends-inside = die Datei endet innerhalb ihrer Liste von Einheiten: Sie wurde vielleicht abgeschnitten
history-file-text-after-list = Zeile { $line }: Text nach der Liste der Einheiten

# Once, when no font has the letters of the language in use.
notices-no-font = Keine Schrift auf diesem Computer enthält { $script }-Zeichen, daher erscheinen die Wörter auf { $language } als Kästchen. Installieren Sie eine Schrift, die sie enthält (für Chinesisch Noto Sans CJK: unter Debian und Ubuntu das Paket fonts-noto-cjk), und starten Sie Limber neu.

## Die Ablage der Profile und des Verlaufs.

profile-default-name = Ich
profile-opened-read-only = schreibgeschützt geöffnet
profile-folder-read-only = in den Datenordner { $folder } kann nicht geschrieben werden ({ $reason })
profile-newer-format = das Profil „{ $profile }“ wurde von einer neueren Version von Limber gespeichert (Format { $format })
profile-left-in-place = { $reason }; an Ort und Stelle belassen: { $folder_reason }
profile-unknown-format = die Formatversion { $version } hat Limber nie geschrieben
profile-not-utf8 = kein UTF-8-Text
profile-setting-hold = Haltezeit für { $exercise } (Sekunden)
profile-setting-repetitions = Wiederholungen für { $exercise }
profile-setting = { $setting ->
        [volume] Lautstärke (Prozent)
        [get-ready] Zeit zum Vorbereiten (Sekunden)
        [rest] Pausenzeit (Sekunden)
        [setup-read] Lesezeit der Vorbereitungskarten (Sekunden)
        [speech-rate] Sprechtempo (Prozent)
       *[speech-volume] Lautstärke der Stimme (Prozent)
    }
profile-pain-before = Schmerzen vorher
profile-pain-after = Schmerzen nachher
notices-cannot-watch = { $path } kann nicht auf Änderungen überwacht werden: { $error }
