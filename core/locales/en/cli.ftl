### The command line's human output (`limber show`, `plan`, `history`), not `--help` or the CSV and calendar files.
###
### English is the source; the other languages keep the same message ids
### in a file of the same name (see docs/translating.md).

# `--lang` or LIMBER_LANG named a language Limber has no catalogues for.
cli-language-unknown = Limber has no “{ $asked }”; it speaks { $languages }. Using { $using }.
