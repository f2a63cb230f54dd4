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
