### Der Wochenplan, seine Erinnerungen (die Benachrichtigungen) und `limber plan`.
### Die Quelle ist core/locales/en/plan.ftl.

## Der Planbildschirm.

plan-title = Plan für { $profile }
plan-unreadable = Der Plan dieses Profils konnte nicht gelesen werden; der Hinweis oben sagt, warum.
plan-routine-not-loaded = nicht im geladenen Inhalt
plan-ask-remove = Aus dem Plan nehmen …
plan-at = Um
plan-time-placeholder = 08:00
plan-hour = Stunde
plan-minutes = Minuten
plan-bad-time = Schreiben Sie die Uhrzeit wie 08:00 oder 18:30 und drücken Sie dann Enter.
plan-remove = Herausnehmen
plan-keep = Behalten
plan-add = + { $routine }
plan-add-first = Eine Übungsfolge zum Plan hinzufügen
plan-add-another = Eine weitere Übungsfolge hinzufügen
plan-new-starts = Geplant: { $days } um { $time }; Tage und Uhrzeit können Sie danach ändern.
plan-all-planned = Alle Übungsfolgen sind im Plan.
plan-reminders = Erinnerungen
plan-reminders-looking = Es wird geprüft, wie Erinnerungen laufen …
plan-calendar = Kalender
plan-calendar-not-saved = Die Kalenderdatei wurde nicht gespeichert: { $error }
plan-save-calendar-title = Den Plan als Kalenderdatei speichern
plan-calendar-not-written = die Datei wurde nicht geschrieben

## Der Wochenplan, die Erinnerungen und der Fortschritt der Woche. Ruhig
## und ohne Schuldgefühl: Ein ausgelassener Tag ist eine Tatsache, nie ein
## Versagen.

plan-missed-days-are-fine = Ausgelassene Tage sind in Ordnung — beginnen Sie einfach wieder behutsam.
plan-about = { $minutes ->
        [0] unter einer Minute
        [one] etwa { $minutes } Minute
       *[other] etwa { $minutes } Minuten
    }
plan-days-every-day = täglich
plan-days-none = keine Tage
plan-days-range = { $first }–{ $last }
plan-days-separator = {", "}
plan-line = { $routine }, { $days } um { $time }
plan-week-summary = { $planned ->
        [0] nichts geplant
        [one] { $done } von { $planned } geplanten Einheit
       *[other] { $done } von { $planned } geplanten Einheiten
    }
plan-week-count = { $done } von { $planned }
plan-run = { $run ->
        [one] { $run } geplanter Tag eingehalten
       *[other] { $run } geplante Tage in Folge eingehalten
    }
plan-day-status = { $status ->
        [free] frei
        [done] erledigt
        [partly] teilweise erledigt
        [missed] ausgelassen
       *[to-come] steht noch an
    }

## Start

plan-invitation = Regelmäßig wiederzukommen hilft.
plan-make-a-plan = Einen Plan machen
plan-today-later = Heute: { $routine } um { $time } ({ $about })
plan-today-later-no-length = Heute: { $routine } um { $time }
plan-today-due = { $routine } war für { $time } geplant — jede Zeit heute ist in Ordnung.
plan-today-done = { $routine }: heute erledigt.
plan-next = { $when ->
        [today] Als Nächstes: { $routine } heute um { $time }
        [tomorrow] Als Nächstes: { $routine } morgen um { $time }
        [weekday] Als Nächstes: { $routine } am { $day } um { $time }
       *[date] Als Nächstes: { $routine } am { $date } um { $time }
    }

## Der Planbildschirm

plan-intro = { $running ->
        [yes] Wählen Sie eine Übungsfolge, ihre Tage und eine Uhrzeit. Zu dieser Zeit erinnert Limber Sie mit einer Benachrichtigung, auch wenn sein Fenster geschlossen ist.
        [no] Wählen Sie eine Übungsfolge, ihre Tage und eine Uhrzeit. Limber erinnert Sie zu dieser Zeit mit einer Benachrichtigung, sobald die Erinnerungen laufen (siehe Erinnerungen); bis dahin zeigt der Startbildschirm, was heute geplant ist.
       *[unknown] Wählen Sie eine Übungsfolge, ihre Tage und eine Uhrzeit. Solange die Erinnerungen laufen, erinnert Limber Sie zu dieser Zeit mit einer Benachrichtigung, auch bei geschlossenem Fenster.
    }
plan-no-days = Keine Tage gewählt: Sie bleibt im Plan, aber es wird nie an sie erinnert.
plan-remove-question = { $routine } aus dem Plan nehmen? Die Einheiten, die Sie gemacht haben, bleiben in Ihrem Verlauf.
plan-reminders-status = { $running ->
        [yes] Die Erinnerungen laufen gerade.
        [no] Die Erinnerungen laufen gerade nicht.
       *[unknown] Limber kann nicht feststellen, ob die Erinnerungen gerade laufen.
    }{ $login ->
        [yes] {" "}Sie starten von selbst, wenn Sie sich anmelden.
        [no] {" "}Sie starten nicht von selbst, wenn Sie sich anmelden.
       *[unknown] {""}
    }
plan-start-at-login = Bei der Anmeldung starten
plan-start-reminders-now = Erinnerungen jetzt starten
plan-save-to-calendar = Im Kalender speichern …
plan-calendar-hint = Für Ihre Kalender-App: eine Datei mit einem wöchentlichen Termin je Übungsfolge, mit Erinnerung.
plan-calendar-needs-days = Planen Sie eine Übungsfolge an mindestens einem Tag, um sie in einem Kalender zu speichern.
plan-calendar-nothing-saved = Es wurde nichts gespeichert. Wenn kein Dialog erschienen ist, schreibt `limber plan --ics > limber-plan.ics` in einem Terminal dieselbe Datei.
plan-calendar-saved = Gespeichert unter { $path }. Öffnen Sie die Datei mit Ihrer Kalender-App, um den Plan dort hinzuzufügen.

## Die Kalenderdatei

calendar-name = Limber-Plan — { $profile }
calendar-event-title = { $routine } — Limber
calendar-event-notes = { $minutes ->
        [0] Übungen für unter einer Minute. Öffnen Sie Limber und wählen Sie { $routine }.
        [one] Übungen für etwa { $minutes } Minute. Öffnen Sie Limber und wählen Sie { $routine }.
       *[other] Übungen für etwa { $minutes } Minuten. Öffnen Sie Limber und wählen Sie { $routine }.
    }
calendar-event-notes-no-length = Öffnen Sie Limber und wählen Sie { $routine }.

## Erinnerungen (die Benachrichtigung)

reminder-title = Zeit für { $routine } — { $about }
reminder-title-no-length = Zeit für { $routine }
reminder-body-on-time = Geplant für { $time }. Ein paar ruhige Minuten für Ihren Körper.
reminder-body-snoozed = Verschoben von { $time }. Wann immer Sie bereit sind.
reminder-body-later-today = Es war für { $time } geplant; jede Zeit heute ist in Ordnung.
reminder-body-earlier-day = Es war für { $day }, { $time } geplant. { plan-missed-days-are-fine }
reminder-action-start = Starten
reminder-action-snooze = In 10 min erinnern
reminder-action-done-today = Heute erledigt

## Was jemand für einen Plan eintippt. Die Beispiele bleiben, wie sie sind:
## So wird getippt.

plan-days-not-a-day = „{ $part }“ ist kein Tag; schreiben Sie die Tage wie mon,wed,fri oder mon-fri, oder weekdays, weekends, daily
plan-days-not-given = keine Tage angegeben; schreiben Sie die Tage wie mon,wed,fri oder mon-fri
plan-time-invalid = „{ $text }“ ist keine Uhrzeit; schreiben Sie sie wie 08:00 oder 18:30
plan-date-invalid = „{ $text }“ ist kein Datum wie 2024-05-13
calendar-nothing-planned = für { $profile } ist noch nichts geplant, also gibt es keinen Kalender zum Exportieren; fügen Sie zuerst eine Übungsfolge hinzu, z. B. `limber plan add lower-back --days mon-fri --at 08:00`

## Die Erinnerungen starten (`limber remind`) vom Planbildschirm aus

reminders-start-failed = beim Starten von { $program } remind: { $error }
reminders-ended-at-once = limber remind endete sofort ({ $status })
reminders-thread-failed = beim Starten eines Threads: { $error }
reminders-notifier-stopped = der Benachrichtigungsdienst hat aufgehört

## Erinnerungen und Start bei der Anmeldung: was schiefging.

plan-reminder-not-shown = die Erinnerung konnte nicht angezeigt werden: { $reason }
plan-login-no-folder = der Ordner für Programme, die bei der Anmeldung starten, ist auf diesem System nicht zu finden
plan-login-not-changed = das Anmeldeobjekt konnte nicht geändert werden: { $reason }
plan-login-where-windows = die Autostart-Programme (Registry-Schlüssel Run „{ $entry }“)
plan-login-where-macos = das Anmeldeobjekt „{ $entry }“
