### A saída legível da linha de comando (`limber show`, `plan`, `history`).
### A fonte é core/locales/en/cli.ftl.

cli-language-unknown = O Limber não tem o idioma “{ $asked }”; ele fala { $languages }. Usando { $using }.
