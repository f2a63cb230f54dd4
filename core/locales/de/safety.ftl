### Der Sicherheitsbildschirm und die Warnzeichen, wo immer sie erscheinen. Jeder Satz behält genau seine Bedeutung und Dringlichkeit.
### Die Quelle ist core/locales/en/safety.ftl; die festen Begriffe stehen
### in docs/glossary/de.md.

## Der Sicherheitsbildschirm.

safety-urgent-heading = ⚠  { $heading }
safety-why-move = { $moving_helps } { $clinicians }
safety-understood = Ich habe das gelesen
