### `limber check` : problèmes dans le contenu et dans les traductions.
### La source est core/locales/en/check.ftl.

## `limber check --translations`: one block per language.

# The heading of a language's block: "es (Español)".
check-language = { $tag } ({ $name })

# En français, 0 et 1 sont au singulier (catégorie CLDR `one`).
check-untranslated-messages = { $count ->
        [one] { $count } message sur { $total } n'est pas encore traduit
       *[other] { $count } messages sur { $total } ne sont pas encore traduits
    } : { $first }

# How many texts of the content (titles, steps, cautions) this language
# does not have yet.
check-untranslated-content = { $count ->
        [one] { $count } texte du contenu sur { $total } n'est pas encore traduit
       *[other] { $count } textes du contenu sur { $total } ne sont pas encore traduits
    } : { $first }

# The last line of a language's block.
check-language-summary = { $tag } : { $errors ->
        [one] { $errors } erreur
       *[other] { $errors } erreurs
    }, { $untranslated ->
        [one] { $untranslated } non traduit
       *[other] { $untranslated } non traduits
    }

## Problems in a content translation (`translations/<language>/…`).

check-translation-unknown-item = { $kind ->
        [area] il n'y a pas de zone
        [exercise] il n'y a pas d'exercice
        [routine] il n'y a pas de programme
       *[other] il n'y a pas de { $kind }
    } `{ $id }` à traduire
check-translation-unknown-step = l'exercice `{ $exercise }` n'a pas d'étape « { $step } » ; désignez une étape par son titre anglais (ou `#2` pour la deuxième étape)
check-translation-ambiguous-step = l'exercice `{ $exercise }` a { $count } étapes nommées « { $step } » ; désignez celle que vous visez par son numéro (`#{ $first }`)
check-translation-unknown-variation = l'exercice `{ $exercise }` n'a pas de variante « { $variation } »
check-translation-placeholders = { $field } contient { $found } là où le texte anglais contient { $expected } : gardez les mêmes espaces réservés ({"{"}side{"}"}, {"{"}other{"}"})
check-translation-count = { $field } a { $found } éléments ; le texte anglais en a { $expected }
check-translation-empty = { $field } est vide ; omettez-le pour utiliser le texte anglais
check-translation-language = `{ $folder }` n'est pas une étiquette de langue (comme `es` ou `pt-BR`)
check-translation-english = translations/en n'est pas lu : l'anglais est la langue du contenu lui-même
check-placeholder-none = aucun espace réservé
check-translation-no-source = { $field } : le texte anglais n'en a pas à traduire
check-translation-control = { $field } contient un caractère de contrôle
check-translation-misplaced = non chargé : une traduction se place dans translations/<langue>/areas/, exercises/ ou routines/
check-translation-unknown-spoken = la variante « { $variation } » ne dit rien de propre en anglais pour l'étape « { $step } » : il n'y a rien à traduire

## What `limber check` (and loading the content) says about files and
## folders of the content. Keep field names (`title`), folder names
## (areas/) and file kinds (.ron) as they are: they are what is written.

content-file-misplaced = non chargé : les fichiers RON se placent directement dans areas/, exercises/, routines/ ou poses/
# `$folder` is the content's folder the file is in.
content-file-unexpected = fichier inattendu dans { $folder }/ : seuls les fichiers .ron (et les images) y ont leur place
content-folder-unreadable = impossible de lire le dossier : { $error }
# `$max` is the most files looked at.
content-too-many-files = plus de { $max } fichiers ; les suivants n'ont pas été examinés
# `$limit` is a size as `file-size` writes it.
content-file-too-large = le fichier dépasse { $limit }, la limite pour les fichiers de contenu
# A text over its limit: `$what` names it (a field, or
# `content-step-field`), `$length` and `$max` are numbers of characters.
content-text-too-long = { $what } compte { $length } caractères ; le maximum est { $max }
content-too-many-entries = `{ $field }` a { $count } éléments ; le maximum est { $max }
# A field of a step or a variation: `$step`/`$variation` its number.
content-step-field = étape { $step } : `{ $field }`
content-variation-field = variante { $variation } : `{ $field }`
