### Was die Sprachanleitung um die Worte des Inhalts herum sagt („15 Sekunden halten.“, „3, 2, 1“). Jede Zeile wird gesprochen: für das Ohr schreiben.
### Die Quelle ist core/locales/en/coach.ftl; die festen Begriffe stehen
### in docs/glossary/de.md.
