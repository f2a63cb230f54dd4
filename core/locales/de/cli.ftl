### Die lesbare Ausgabe der Befehlszeile (`limber show`, `plan`, `history`).
### Die Quelle ist core/locales/en/cli.ftl.

cli-language-unknown = Limber kennt „{ $asked }“ nicht; es spricht { $languages }. Verwendet wird { $using }.
