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

## What `limber check` says about an area, exercise or routine file. Keep
## field names (`hold_seconds`), ids, step roles (Setup, Move, Hold,
## Release) and RON syntax (`sides: None`) as they are: they are what the
## author writes.

# `$kind` is area, exercise or routine (and pose where said).
content-id-empty = { $kind ->
        [area] the area id is empty
        [exercise] the exercise id is empty
       *[routine] the routine id is empty
    }
content-id-not-kebab = { $kind ->
        [pose] pose
        [area] area
        [exercise] exercise
       *[routine] routine
    } id `{ $id }` is not in kebab-case: use lowercase letters, digits and single dashes, e.g. `knee-to-chest`
content-id-too-long = { $kind ->
        [pose] pose
        [area] area
        [exercise] exercise
       *[routine] routine
    } id `{ $id }` is longer than { $max } characters
# `$field` is a field's name as written in the file.
content-field-empty = `{ $field }` is empty
# A dose range (low, high) in the file: `$problem` is inverted, empty,
# zero or too-high; `$unit` is seconds or repetitions, `$max` the most a
# dose can have.
content-range = { $problem ->
        [inverted] `{ $field }` ({ $low }, { $high }) is inverted: write the lower number first, ({ $high }, { $low })
        [empty] `{ $field }` ({ $low }, { $high }) is empty: it allows nothing but 0
        [zero] `{ $field }` starts at 0; the smallest sensible value is { $unit ->
            [seconds] 1 second
           *[repetitions] 1 repetition
        }
       *[too-high] `{ $field }` goes up to { $high } { $unit ->
            [seconds] seconds
           *[repetitions] repetitions
        }; the most a dose can have is { $max } { $unit ->
            [seconds] seconds
           *[repetitions] repetitions
        }
    }
content-transition-too-long = `{ $field }` is { $value }; the most accepted is { $max } seconds
# A step out of order: `$number` is the step's number; `$problem` says
# what is wrong, and the rule follows.
content-step-order = { $problem ->
        [setup-late] step { $number } is a Setup card after the movement
        [second-move] step { $number } is a second Move
        [move-late] step { $number } is a Move after the Hold
        [second-hold] step { $number } is a second Hold
        [release-early] step { $number } is a Release before the Hold
       *[second-release] step { $number } is a second Release
    }; steps go: setup cards first, then at most one Move, exactly one Hold, at most one Release
content-step-no-hold = the exercise has no Hold step; steps go: setup cards first, then at most one Move, exactly one Hold, at most one Release
# Images: `$path` is the path as written in the file.
content-image-not-shipped = image `{ $path }` is not in the shipped content
# `$looked` is the full path looked at.
content-image-not-found = image `{ $path }` not found (looked for { $looked })
content-image-not-file = image `{ $path }` is not a file
content-image-outside = image `{ $path }` links to a file outside the content folder
# `$limit` is a size ("2 MB"), `$kind` the image format (SVG, PNG/JPEG).
content-image-too-large = image `{ $path }` is larger than { $limit }, the limit for { $kind } images
content-image-path-empty = the image path is empty
content-image-path-backslash = image path `{ $path }` contains `\`; use `/` between folders so the content works on every system
content-image-path-absolute = image path `{ $path }` is absolute; write it relative to the content folder, e.g. `images/knee.png`
content-image-path-parent = image path `{ $path }` uses `..`; images must be inside the content folder
content-image-path-rooted = image path `{ $path }` is absolute; write it relative to the content folder
content-image-kind = image `{ $path }` is not a PNG, JPEG or SVG file
content-pose-id-empty = the pose id is empty
# `$parts` is the list of body parts the figure knows.
content-highlight-empty = `highlight` is an empty list, so nothing is lit on the figure; name one or more body parts: { $parts }
content-areas-empty = `areas` is empty: the exercise shows only in routines that name it
content-limb-without-sides = `limb` only changes the words of a sided exercise, and this one has no `sides`
content-caution-empty = a caution is empty
content-tip-empty = a tip is empty
# `$step` is a step's number, `$field` a field's name.
content-step-field-empty = step { $step }: `{ $field }` is empty
content-step-field-empty-optional = step { $step }: `{ $field }` is empty; leave it out instead
content-variation-empty = variation { $variation }: `title` and `text` must not be empty
# `$step` is the title written, `$titles` the exercise's step titles.
content-variation-unknown-step = variation { $variation }: `spoken` names the step "{ $step }", which this exercise does not have; use a step's title: { $titles }
# `$token` is what was written in braces.
content-placeholder-unknown = `{ $token }` is not a placeholder Limber knows; write `{"{"}side{"}"}` for the side being done or `{"{"}other{"}"}` for the other one
content-placeholder-unsided = `{ $token }` needs a sided exercise; this one has `sides: None`
content-switch-sides-unsided = `switch_sides` is for an exercise with sides; this one has `sides: None`
content-routine-empty = the routine has no exercises
# `$code` is the character's code ("U+001B").
content-control-character = `{ $field }` contains a control character ({ $code }); text may hold letters, spaces and tabs, not line breaks or terminal codes
content-id-control-character = `{ $field }` "{ $id }" contains a control character; ids are lowercase letters, digits and dashes
# A problem (`$message`, a sentence above) in a step or a variation.
content-in-step = step { $step }: { $message }
content-in-variation = variation { $variation }: { $message }
content-variation-pose-control = variation { $variation }: a pose id in `poses` contains a control character
# `$kind` is pose, exercise or area; `$id` the id named.
content-not-loaded = { $kind ->
        [pose] pose
        [exercise] exercise
       *[area] area
    } `{ $id }` was not loaded because of its own problems
content-unknown = { $kind ->
        [pose] unknown pose
        [exercise] unknown exercise
       *[area] unknown area
    } `{ $id }`
# A figure's movement between two poses goes wrong part-way: `$role` is
# the step's role (Move, Hold…), `$from` and `$to` pose ids, `$percent`
# how far, `$finding` what is wrong (a sentence from the figure's check).
content-movement-fault = step { $step } ({ $role }) moves the figure from pose `{ $from }` to `{ $to }`: { $percent } % of the way, { $finding }
# `$variation` is the variation's title, `$pose` a pose id.
content-variation-pose-unused = variation `{ $variation }` replaces pose `{ $pose }`, which no step of this exercise draws
# Reading a content folder failed; `$error` says why.
content-user-folder-unreadable = cannot read the user content folder: { $error }
content-folder-unreadable-whole = cannot read the content folder: { $error }
# The problems of one file past the most listed; `$count` is a number
# already written ("1,204").
content-more-problems = { $count ->
        [one] … and 1 more problem in this file
       *[other] … and { $count } more problems in this file
    }
# `$kind` is area, exercise, routine or pose; `$first` the file (or
# `content-this-file`, `content-another-file`) that has it already.
content-duplicate-id = duplicate { $kind ->
        [area] area
        [exercise] exercise
        [routine] routine
       *[pose] pose
    } id `{ $id }`: { $first } already defines it (ids must be unique within a folder; this file is skipped)
content-this-file = this file
content-another-file = another file
# An item with problems in a later folder; the earlier one (`$file`) is used.
content-using-earlier = using the earlier { $kind ->
        [area] area
        [exercise] exercise
       *[routine] routine
    } `{ $id }` from { $file } instead
# `$problem` says why the image cannot be shown.
content-image-placeholder = image `{ $path }` cannot be shown (the app draws a placeholder): { $problem }

## Problems in a language's catalogue (`core/locales/<language>/`), for
## `limber check --translations`. `$id` is a message's id, `$tag` the
## language's; keep Fluent's syntax (`$variable`, `-term`, `.attribute`)
## as it is.

catalogue-missing-reference = `{ $id }` refers to the message `{ $base }`, which `{ $tag }` does not have (a reference finds messages of the same language only)
catalogue-missing-term = `{ $id }` uses the term `-{ $term }`, which `{ $tag }` does not define (terms are each language's own)
catalogue-not-english = `{ $id }` is not an English message: a typo, or one English no longer has
# `$given` says which variables English gives (the message below).
catalogue-extra-variable = `{ $id }` uses `${ $variable }`, which the English message does not give ({ $given })
# `$names` are the English message's variables ("$rep, $reps").
catalogue-variables-given = { $count ->
        [0] it gives none
       *[other] it gives { $names }
    }
catalogue-extra-attribute = `{ $id }` has the attribute `.{ $attribute }`, which English does not
# `$file` is the English file's name ("home.ftl").
catalogue-other-file = `{ $id }` is in { $file } in English: keep it in the same file
catalogue-defined-twice = `{ $id }` is already defined in { $file } (the first one is used)

## Poses, pictures and SVG files (`core/src/figure`). `$pose` is a pose's
## id, `$field` a field of a pose file as the author types it
## (`pelvis.height`, `near_leg.knee`): keep both as they are, inside
## backticks where English has them. `$path` is a file's path. Numbers
## arrive written with the decimal mark below.

# The decimal mark of lengths and angles ("0.12 head units", "1.5").
figure-decimal-mark = {"."}

# A `highlight` that is neither a body part nor a list of them. Keep the
# examples and `$parts` (the names an author types) as they are.
figure-highlight-not-region = `highlight` is one body part or a list of them, such as `LowerBack` or `[Neck, Shoulders]`; the body parts are: { $parts }
# Start with `{ $name }` in every language: the checker finds the name there.
figure-not-a-body-part = `{ $name }` is not a body part the figure knows; the body parts are: { $parts }

## Drawing the poses to PNG files (`limber figures`).

figure-render-bad-size = image size { $width }×{ $height } is not allowed (each side must be 1 ..= { $max } pixels)
figure-render-encode = could not encode the PNG: { $error }
figure-render-bad-id = pose id `{ $pose }` cannot be used as a file name
figure-render-write = could not write { $path }: { $error }

## Values of a pose file that make no sense. `0 ..= 6` is a range as the
## author writes it in Rust style: keep it.

figure-pose-not-finite = pose `{ $pose }`: { $field } is not a finite number
figure-pose-turns = pose `{ $pose }`: { $field } = { $value } degrees is more than two full turns
figure-pose-pelvis-height = pose `{ $pose }`: pelvis.height = { $value } is outside 0 ..= { $max } head units
figure-pose-shoulder-blades = pose `{ $pose }`: shoulder_blades = { $value } is outside -1 ..= 1 (fully back to fully forward)
figure-pose-raised = pose `{ $pose }`: raised = { $value } is outside 0 ..= { $max } degrees
figure-pose-turned = pose `{ $pose }`: turned = { $value } is outside 0 ..= { $max } degrees (from the near side) and { $far } ..= 180 (from the far side)
figure-pose-side-view-only = pose `{ $pose }`: { $field } is for the side view only
figure-pose-empty-id = a pose has an empty id

## An exercise's image that cannot be shown. `$kind` is "PNG/JPEG" or
## "SVG"; `$limit` and `$size` are sizes ("2 MiB"); `$reason` says why.

figure-image-outside = { $path }: the image is outside the content folder { $folder }
figure-image-unreadable = { $path }: cannot read the image: { $error }
figure-image-file-too-large = { $path }: the file is larger than { $limit } (the limit for { $kind } images)
figure-image-unsupported = { $path }: only PNG, JPEG and SVG images are supported (by file extension)
figure-image-not-in-content = { $path }: the image is not in the content
figure-image-too-many-pixels = { $path }: the picture is too large (at most { $side }×{ $side } pixels and { $size } decoded): { $reason }
figure-image-damaged = { $path }: the image is damaged or not what its name says: { $reason }
figure-image-svg = { $path }: the SVG cannot be shown: { $reason }
# The reason of figure-image-too-many-pixels for a picture whose header
# declares too many pixels.
figure-image-declares = it declares { $width }×{ $height } pixels

## What is wrong with a pose (`limber check`, and inside
## content-movement-fault for a movement). Placements and fields are
## written as the author types them (`hands`, `OnKnee(Right)`,
## `left_foot`): keep them. `$by`, `$depth` and `$above` are head units
## ("0.12"); `$side` and `$other` are "left" or "right".

# Every finding about one pose: "pose `lying`: the right forearm is …".
figure-in-pose = pose `{ $pose }`: { $finding }

# A part of the figure as the subject of a finding ("the right forearm is
# 0.12 head units below the floor").
figure-part = { $part ->
        [pelvis] the pelvis
        [upper-back] the upper back
        [lower-back] the lower back
        [trunk] the trunk
        [neck] the neck
        [head] the head
        [shoulders] the shoulders
        [chest] the chest
        [left-upper-arm] the left upper arm
        [right-upper-arm] the right upper arm
        [left-forearm] the left forearm
        [right-forearm] the right forearm
        [left-hand] the left hand
        [right-hand] the right hand
        [left-thigh] the left thigh
        [right-thigh] the right thigh
        [left-shin] the left shin
        [right-shin] the right shin
        [left-foot] the left foot
        [right-foot] the right foot
        [left-leg] the left leg
        [right-leg] the right leg
        [left-knee] the left knee
        [right-knee] the right knee
        [left-heel] the left heel
        [right-heel] the right heel
        [left-toes] the left toes
        [right-toes] the right toes
        [left-shoulder] the left shoulder
        [right-shoulder] the right shoulder
        [left-elbow] the left elbow
        [right-elbow] the right elbow
        [left-wrist] the left wrist
        [right-wrist] the right wrist
        [left-hip] the left hip
        [right-hip] the right hip
        [left-ankle] the left ankle
        [right-ankle] the right ankle
       *[other] { $part }
    }

figure-below-floor = { $part } is { $depth } head units below the floor
# `$key` is the part's key in figure-part (for a plural verb: "shoulders",
# "left-toes").
figure-contact-above = { $part } should rest on the floor (contacts) but { $key ->
       *[other] is
    } { $above } head units above it
# A joint bent beyond what a body does. `$field` is the field as written
# (`near_leg.knee`); `$solved` is "yes" when the solver placed the joint
# from the placement `$from`. `$angle`, `$back` and `$forward` are degrees.
figure-range = { $part } ({ $field }{ $solved ->
        [yes] { " " }(solved from `{ $from }`)
       *[no] {""}
    }) is { $how ->
        [back] bent back
       *[forward] bent
    } { $angle }°, outside the { $joint ->
        [shoulder] shoulder
        [elbow] elbow
        [wrist] wrist
        [hip] hip
        [knee] knee
        [ankle] ankle
        [trunk] trunk
        [neck] neck
       *[other] { $joint }
    }'s range of { $back }° back to { $forward }° forward

# A placement not met: `$from` is the field that places the hand or foot
# (`hands`, `left_foot`), `$place` the placement as written
# (`OnKnee(Right)`), `$detail` one of the figure-hand-* / figure-foot-*
# messages below.
figure-not-met = { $from }: { $place } is not met: { $detail }
# Both hands placed by `hands` and both missing.
figure-not-met-both = { $from }: { $place } is not met: { $first }; { $second }
# `$target`: the part of the leg `$leg` ("left", "right"; "none" for the
# chest) the hand should be on.
figure-hand-away = the { $side ->
        [left] left
       *[right] right
    } hand is { $by } head units from { $target ->
        [knee] the knee
        [shin] the shin below the knee
        [thigh] the thigh
        [ankle] the ankle
        [leg] the leg beyond the knee
       *[chest] the chest
    }{ $leg ->
        [left] { " " }of the left leg
        [right] { " " }of the right leg
       *[none] {""}
    }
figure-hand-behind-back = the { $side ->
        [left] left
       *[right] right
    } hand is behind the back
figure-hand-above-floor = the { $side ->
        [left] left
       *[right] right
    } hand is { $by } head units above the floor
figure-hand-from-hip = the { $side ->
        [left] left
       *[right] right
    } hand is { $by } head units from the hip
figure-forearm-above-floor = the { $side ->
        [left] left
       *[right] right
    } forearm is { $by } head units above the floor
# `$where`: "ahead" (of the shoulder) or "behind".
figure-elbow-off-shoulder = the { $side ->
        [left] left
       *[right] right
    } elbow is { $by } head units { $where ->
        [ahead] ahead of
       *[behind] behind
    } the shoulder
# `$end`: "heel" or "toes", whichever is higher.
figure-foot-end-above-floor = the { $side ->
        [left] left
       *[right] right
    } { $end ->
        [heel] heel
       *[toes] toes
    } is { $by } head units above the floor
figure-heel-above-floor = the { $side ->
        [left] left
       *[right] right
    } heel is { $by } head units above the floor
figure-toes-above-floor = the { $side ->
        [left] left
       *[right] right
    } toes are { $by } head units above the floor
figure-foot-from-thigh = the { $side ->
        [left] left
       *[right] right
    } foot is { $by } head units from the { $other ->
        [left] left
       *[right] right
    } thigh
figure-feet-apart = the feet are { $by } head units apart
figure-foot-own-thigh = { $from }: a foot cannot rest against its own thigh; the { $side ->
        [left] left
       *[right] right
    } foot goes against the { $other ->
        [left] left
       *[right] right
    } thigh

## How a pose is written.

figure-hands-twice = give both hands with `hands`, or each with `left_hand` and `right_hand`, not both
figure-feet-twice = give both feet with `feet`, or each with `left_foot` and `right_foot`, not both
figure-feet-both-thighs = both feet cannot rest against the other thigh; use `left_foot` or `right_foot`
# A limb (`$limb`: "arm" or "leg") nothing places. `$field` (`near_arm`) and
# `$place_field` (`left_hand`) are fields as written.
figure-limb-unplaced = `{ $field }` is left out and nothing places the { $side ->
        [left] left
       *[right] right
    } { $limb ->
        [arm] arm
       *[leg] leg
    }: write it, or say where the { $limb ->
        [arm] hand
       *[leg] foot
    } goes with `{ $place_field }`
figure-leg-bend-unknown = { $from } places the { $side ->
        [left] left
       *[right] right
    } foot but not how the leg bends to it: write `{ $field }` (the hip or the knee)

## Why an SVG file is refused (the reason of figure-image-svg). `$place`
## is figure-svg-place ("line 3, column 5"); `$max`, `$millions` are
## limits, `$size` a size ("64 MiB"). Keep SVG and CSS words as they are
## (`<use>`, `url(#id)`, marker-start/-mid/-end).

# `$doing`: "reading" or "drawing".
figure-svg-place = line { $line }, column { $column }
figure-svg-library-failed = the SVG library failed while { $doing ->
        [reading] reading it
       *[drawing] drawing it
    } ({ $cause }); the file is refused
figure-svg-not-drawable = not a picture usvg can draw: { $error }
figure-svg-canvas = cannot draw at { $width }×{ $height } pixels
figure-svg-compressed = it is compressed (SVGZ); save it as plain SVG (compressed files could unpack to any size)
figure-svg-not-utf8 = not UTF-8 text
figure-svg-entities = it declares XML entities (`<!ENTITY` at { $place }), which can expand to any size; export it again without a DTD
figure-svg-too-deep = elements nest more than { $max } deep (at { $place }); flatten the groups
figure-svg-too-many-nodes = it has more than { $max } XML nodes; simplify the drawing
figure-svg-not-xml = not valid SVG (XML): { $error }
figure-svg-outside-url = `url({ $url })` refers to another file; only references inside the SVG (`url(#id)`) are followed
figure-svg-link = it links to another file (`{ $href }` at { $place }); links are not followed: embed the picture in the SVG instead
figure-svg-import = its style sheet imports another file (at { $place })
figure-svg-sheet-markers = its style sheet sets markers (at { $place }); set marker-start/-mid/-end on the shapes instead
figure-svg-at = { $reason } (at { $place })
figure-svg-loop = its references go round in a loop (at { $place })
figure-svg-too-many-instances = its references (`<use>`, markers, patterns…) would draw more than { $max } elements (at { $place })
figure-svg-references-too-deep = its references nest more than { $max } deep (at { $place })
figure-svg-data-malformed = the data URL at { $place } is malformed
figure-svg-data-undecodable = the data URL at { $place } does not decode
figure-svg-embedded-too-large = the image embedded at { $place }: { $reason }
figure-svg-embedded-damaged = the image embedded at { $place } is damaged: { $error }
figure-svg-embedded-total = the embedded images take more than { $size } decoded together (at { $place })
figure-svg-embedded-svg = the SVG embedded at { $place }: { $reason }
figure-svg-embedded-kind = the picture embedded at { $place } is `{ $mime }`; only PNG, JPEG and SVG can be embedded
figure-svg-reencode = cannot re-encode an embedded image: { $error }
figure-svg-layers = drawing it would hold more than { $size } of layers at once; simplify the effects (opacity, masks, filters, patterns)
figure-svg-pattern = a pattern tile would be drawn larger than { $millions } million pixels; make the pattern smaller
figure-svg-too-slow = drawing it would take too long (more than { $millions } million pixel operations); simplify the drawing
