### La sortie lisible de la ligne de commande (`limber show`, `plan`, `history`).
### La source est core/locales/en/cli.ftl.

cli-language-unknown = Limber ne connaît pas « { $asked } » ; il parle { $languages }. Langue utilisée : { $using }.
