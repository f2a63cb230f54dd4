### `limber check` : problèmes dans le contenu et dans les traductions.
### La source est core/locales/en/check.ftl.

## `limber check --translations` : un bloc par langue.

check-language = { $tag } ({ $name })

# En français, 0 et 1 sont au singulier (catégorie CLDR `one`).
check-untranslated-messages = { $count ->
        [one] { $count } message sur { $total } n'est pas encore traduit
       *[other] { $count } messages sur { $total } ne sont pas encore traduits
    } : { $first }

check-untranslated-content = { $count ->
        [one] { $count } texte du contenu sur { $total } n'est pas encore traduit
       *[other] { $count } textes du contenu sur { $total } ne sont pas encore traduits
    } : { $first }

check-language-summary = { $tag } : { $errors ->
        [one] { $errors } erreur
       *[other] { $errors } erreurs
    }, { $untranslated ->
        [one] { $untranslated } non traduit
       *[other] { $untranslated } non traduits
    }

## Problèmes dans une traduction du contenu (`translations/<langue>/…`).

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
