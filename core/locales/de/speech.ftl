### Die Stimme: warum keine da ist und wie man eine hinzufügt.
### Die Quelle ist core/locales/en/speech.ftl.

speech-no-voice-reason = keine installierte Stimme spricht { $language }

speech-unavailable = Für die Sprachanleitung ist keine Stimme verfügbar ({ $reason }). Die Signaltöne erklingen weiterhin.

speech-notice = { $unavailable } { $hint }

speech-add-voice-linux = Um die Sprachanleitung zu hören, installieren Sie Speech Dispatcher mit einer Stimme, die { $language } spricht (Debian und Ubuntu: speech-dispatcher und espeak-ng, das viele Sprachen spricht), und starten Sie Limber neu.
speech-add-voice-windows = Um die Sprachanleitung zu hören, fügen Sie unter Einstellungen → Zeit und Sprache → Spracherkennung eine Stimme hinzu, die { $language } spricht, und starten Sie Limber neu.
speech-add-voice-macos = Um die Sprachanleitung zu hören, fügen Sie unter Systemeinstellungen → Bedienungshilfen → Gesprochene Inhalte → Systemstimme → Stimmen verwalten eine Stimme hinzu, die { $language } spricht, und starten Sie Limber neu.
speech-off = die Sprachausgabe ist aus
speech-no-dispatcher = keine Verbindung zu Speech Dispatcher
speech-no-voices = der Sprachdienst bietet keine Stimme an
speech-cannot-change-voice = diese Sprachausgabe kann die Stimme nicht wechseln
speech-no-such-voice = keine Stimme { $voice }
speech-thread-failed = der Thread der Sprachausgabe kann nicht gestartet werden: { $error }
sound-decode-failed = der eingebaute Klang sounds/{ $file } kann nicht dekodiert werden: { $error }
sound-thread-failed = der Audio-Thread kann nicht gestartet werden: { $error }
