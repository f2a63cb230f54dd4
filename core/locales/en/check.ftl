### `limber check`: problems in content and in translations.
###
### English is the source; the other languages keep the same message ids
### in a file of the same name (see docs/translating.md).

## `limber check --translations`: one block per language.

# The heading of a language's block: "es (Español)".
check-language = { $tag } ({ $name })

# How many English messages this language does not have yet.
check-untranslated-messages = { $count ->
        [one] 1 of { $total } messages is not translated yet
       *[other] { $count } of { $total } messages are not translated yet
    }: { $first }

# How many texts of the content (titles, steps, cautions) this language
# does not have yet.
check-untranslated-content = { $count ->
        [one] 1 of { $total } content texts is not translated yet
       *[other] { $count } of { $total } content texts are not translated yet
    }: { $first }

# The last line of a language's block.
check-language-summary = { $tag }: { $errors ->
        [one] 1 error
       *[other] { $errors } errors
    }, { $untranslated ->
        [one] 1 untranslated
       *[other] { $untranslated } untranslated
    }

## Problems in a content translation (`translations/<language>/…`).

check-translation-unknown-item = there is no { $kind } `{ $id }` to translate
check-translation-unknown-step = the exercise `{ $exercise }` has no step “{ $step }”; name a step by its English title (or `#2` for the second step)
check-translation-ambiguous-step = the exercise `{ $exercise }` has { $count } steps called “{ $step }”; name the one you mean by its number (`#{ $first }`)
check-translation-unknown-variation = the exercise `{ $exercise }` has no version “{ $variation }”
check-translation-placeholders = { $field } has { $found } where the English text has { $expected }: keep the same placeholders ({"{"}side{"}"}, {"{"}other{"}"})
check-translation-count = { $field } has { $found } entries; the English text has { $expected }
check-translation-empty = { $field } is empty; leave it out to use the English text
check-translation-language = `{ $folder }` is not a language tag (such as `es` or `pt-BR`)
check-translation-english = translations/en is not read: English is the content's own language
check-placeholder-none = no placeholder
check-translation-no-source = { $field }: the English text has none to translate
check-translation-control = { $field } contains a control character
check-translation-misplaced = not loaded: a translation belongs in translations/<language>/areas/, exercises/ or routines/
check-translation-unknown-spoken = the version “{ $variation }” says nothing of its own for the step “{ $step }” in English, so there is nothing to translate

## What `limber check` (and loading the content) says about files and
## folders of the content. Keep field names (`title`), folder names
## (areas/) and file kinds (.ron) as they are: they are what is written.

content-file-misplaced = not loaded: RON files belong directly in areas/, exercises/, routines/ or poses/
# `$folder` is the content's folder the file is in.
content-file-unexpected = unexpected file in { $folder }/: only .ron files (and images) belong there
content-folder-unreadable = cannot read folder: { $error }
# `$max` is the most files looked at.
content-too-many-files = more than { $max } files; the rest were not looked at
# `$limit` is a size as `file-size` writes it.
content-file-too-large = the file is larger than { $limit }, the limit for content files
# A text over its limit: `$what` names it (a field, or
# `content-step-field`), `$length` and `$max` are numbers of characters.
content-text-too-long = { $what } is { $length } characters long; the most is { $max }
content-too-many-entries = `{ $field }` has { $count } entries; the most is { $max }
# A field of a step or a variation: `$step`/`$variation` its number.
content-step-field = step { $step }: `{ $field }`
content-variation-field = variation { $variation }: `{ $field }`
