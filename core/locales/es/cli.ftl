### La salida legible de la línea de órdenes (`limber show`, `plan`, `history`).
### El texto de origen es core/locales/en/cli.ftl.

cli-language-unknown = Limber no tiene el idioma «{ $asked }»; habla { $languages }. Se usa { $using }.
