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

## Ce que dit `limber check` d'un fichier de zone, d'exercice ou de
## programme. Les noms de champs (`hold_seconds`), les identifiants, les
## rôles des étapes (Setup, Move, Hold, Release) et la syntaxe RON
## (`sides: None`) restent tels quels : c'est ce que l'auteur écrit.

content-id-empty = { $kind ->
        [area] l'identifiant de la zone est vide
        [exercise] l'identifiant de l'exercice est vide
       *[routine] l'identifiant du programme est vide
    }
content-id-not-kebab = l'identifiant { $kind ->
        [pose] de posture
        [area] de zone
        [exercise] d'exercice
       *[routine] de programme
    } `{ $id }` n'est pas en kebab-case : utilisez des minuscules, des chiffres et des tirets simples, par exemple `knee-to-chest`
content-id-too-long = l'identifiant { $kind ->
        [pose] de posture
        [area] de zone
        [exercise] d'exercice
       *[routine] de programme
    } `{ $id }` dépasse { $max } caractères
content-field-empty = `{ $field }` est vide
content-range = { $problem ->
        [inverted] `{ $field }` ({ $low }, { $high }) est inversé : écrivez d'abord le plus petit nombre, ({ $high }, { $low })
        [empty] `{ $field }` ({ $low }, { $high }) est vide : il n'admet que 0
        [zero] `{ $field }` commence à 0 ; la plus petite valeur raisonnable est { $unit ->
            [seconds] 1 seconde
           *[repetitions] 1 répétition
        }
       *[too-high] `{ $field }` va jusqu'à { $high } { $unit ->
            [seconds] secondes
           *[repetitions] répétitions
        } ; un réglage peut avoir au plus { $max } { $unit ->
            [seconds] secondes
           *[repetitions] répétitions
        }
    }
content-transition-too-long = `{ $field }` vaut { $value } ; le maximum accepté est de { $max } secondes
content-step-order = { $problem ->
        [setup-late] l'étape { $number } est une carte Setup après le mouvement
        [second-move] l'étape { $number } est un deuxième Move
        [move-late] l'étape { $number } est un Move après le Hold
        [second-hold] l'étape { $number } est un deuxième Hold
        [release-early] l'étape { $number } est un Release avant le Hold
       *[second-release] l'étape { $number } est un deuxième Release
    } ; ordre des étapes : d'abord les cartes Setup, puis au plus un Move, exactement un Hold, au plus un Release
content-step-no-hold = l'exercice n'a pas d'étape Hold ; ordre des étapes : d'abord les cartes Setup, puis au plus un Move, exactement un Hold, au plus un Release
content-image-not-shipped = l'image `{ $path }` ne fait pas partie du contenu fourni
content-image-not-found = image `{ $path }` introuvable (cherchée ici : { $looked })
content-image-not-file = l'image `{ $path }` n'est pas un fichier
content-image-outside = l'image `{ $path }` renvoie à un fichier hors du dossier de contenu
content-image-too-large = l'image `{ $path }` dépasse { $limit }, la limite pour les images { $kind }
content-image-path-empty = le chemin de l'image est vide
content-image-path-backslash = le chemin d'image `{ $path }` contient `\` ; utilisez `/` entre les dossiers pour que le contenu fonctionne sur tous les systèmes
content-image-path-absolute = le chemin d'image `{ $path }` est absolu ; écrivez-le par rapport au dossier de contenu, par exemple `images/knee.png`
content-image-path-parent = le chemin d'image `{ $path }` utilise `..` ; les images doivent se trouver dans le dossier de contenu
content-image-path-rooted = le chemin d'image `{ $path }` est absolu ; écrivez-le par rapport au dossier de contenu
content-image-kind = l'image `{ $path }` n'est pas un fichier PNG, JPEG ou SVG
content-pose-id-empty = l'identifiant de la posture est vide
content-highlight-empty = `highlight` est une liste vide : rien n'est mis en évidence sur la silhouette ; nommez une ou plusieurs parties du corps : { $parts }
content-areas-empty = `areas` est vide : l'exercice n'apparaît que dans les programmes qui le nomment
content-limb-without-sides = `limb` ne change que les mots d'un exercice qui se fait de chaque côté, et celui-ci n'a pas de `sides`
content-caution-empty = une précaution est vide
content-tip-empty = un conseil est vide
content-step-field-empty = étape { $step } : `{ $field }` est vide
content-step-field-empty-optional = étape { $step } : `{ $field }` est vide ; retirez-le plutôt
content-variation-empty = variante { $variation } : `title` et `text` ne doivent pas être vides
content-variation-unknown-step = variante { $variation } : `spoken` nomme l'étape « { $step } », que cet exercice n'a pas ; utilisez le titre d'une étape : { $titles }
content-placeholder-unknown = `{ $token }` n'est pas un espace réservé que Limber connaît ; écrivez `{"{"}side{"}"}` pour le côté travaillé ou `{"{"}other{"}"}` pour l'autre
content-placeholder-unsided = `{ $token }` demande un exercice qui se fait de chaque côté ; celui-ci a `sides: None`
content-switch-sides-unsided = `switch_sides` est pour un exercice qui se fait de chaque côté ; celui-ci a `sides: None`
content-routine-empty = le programme n'a aucun exercice
content-control-character = `{ $field }` contient un caractère de contrôle ({ $code }) ; le texte peut contenir des lettres, des espaces et des tabulations, pas de sauts de ligne ni de codes de terminal
content-id-control-character = `{ $field }` « { $id } » contient un caractère de contrôle ; les identifiants sont faits de minuscules, de chiffres et de tirets
content-in-step = étape { $step } : { $message }
content-in-variation = variante { $variation } : { $message }
content-variation-pose-control = variante { $variation } : un identifiant de posture dans `poses` contient un caractère de contrôle
content-not-loaded = { $kind ->
        [pose] la posture
        [exercise] l'exercice
       *[area] la zone
    } `{ $id }` n'a pas été chargé{ $kind ->
        [exercise] {""}
       *[other] e
    } à cause de ses propres problèmes
content-unknown = { $kind ->
        [pose] posture inconnue
        [exercise] exercice inconnu
       *[area] zone inconnue
    } `{ $id }`
content-movement-fault = l'étape { $step } ({ $role }) fait passer la silhouette de la posture `{ $from }` à `{ $to }` : à { $percent } % du trajet, { $finding }
content-variation-pose-unused = la variante `{ $variation }` remplace la posture `{ $pose }`, qu'aucune étape de cet exercice ne dessine
content-user-folder-unreadable = impossible de lire le dossier de contenu de l'utilisateur : { $error }
content-folder-unreadable-whole = impossible de lire le dossier de contenu : { $error }
content-more-problems = { $count ->
        [one] … et 1 autre problème dans ce fichier
       *[other] … et { $count } autres problèmes dans ce fichier
    }
content-duplicate-id = identifiant { $kind ->
        [area] de zone
        [exercise] d'exercice
        [routine] de programme
       *[pose] de posture
    } `{ $id }` en double : { $first } le définit déjà (les identifiants doivent être uniques dans un dossier ; ce fichier est ignoré)
content-this-file = ce fichier
content-another-file = un autre fichier
content-using-earlier = { $kind ->
        [area] la zone
        [exercise] l'exercice
       *[routine] le programme
    } `{ $id }` précédent de { $file } est utilisé à la place
content-image-placeholder = l'image `{ $path }` ne peut pas être affichée (l'application dessine un espace réservé) : { $problem }

## Problèmes dans le catalogue d'une langue (`limber check --translations`).

catalogue-missing-reference = `{ $id }` renvoie au message `{ $base }`, que `{ $tag }` n'a pas (une référence ne trouve que les messages de la même langue)
catalogue-missing-term = `{ $id }` utilise le terme `-{ $term }`, que `{ $tag }` ne définit pas (les termes sont propres à chaque langue)
catalogue-not-english = `{ $id }` n'est pas un message anglais : une faute de frappe, ou un message que l'anglais n'a plus
catalogue-extra-variable = `{ $id }` utilise `${ $variable }`, que le message anglais ne fournit pas ({ $given })
catalogue-variables-given = { $count ->
        [0] il n'en fournit aucune
       *[other] il fournit { $names }
    }
catalogue-extra-attribute = `{ $id }` a l'attribut `.{ $attribute }`, que l'anglais n'a pas
catalogue-other-file = `{ $id }` est dans { $file } en anglais : gardez-le dans le même fichier
catalogue-defined-twice = `{ $id }` est déjà défini dans { $file } (le premier est utilisé)

## Poses, pictures and SVG files (`core/src/figure`).

figure-decimal-mark = {","}
figure-highlight-not-region = `highlight` est une partie du corps ou une liste de parties, par exemple `LowerBack` ou `[Neck, Shoulders]` ; les parties du corps sont : { $parts }
figure-not-a-body-part = `{ $name }` n'est pas une partie du corps que la silhouette connaît ; les parties du corps sont : { $parts }
figure-render-bad-size = la taille d'image { $width }×{ $height } n'est pas autorisée (chaque côté doit faire 1 ..= { $max } pixels)
figure-render-encode = impossible d'encoder le PNG : { $error }
figure-render-bad-id = l'identifiant de posture `{ $pose }` ne peut pas servir de nom de fichier
figure-render-write = impossible d'écrire { $path } : { $error }
figure-pose-not-finite = posture `{ $pose }` : { $field } n'est pas un nombre fini
figure-pose-turns = posture `{ $pose }` : { $field } = { $value } degrés, c'est plus de deux tours complets
figure-pose-pelvis-height = posture `{ $pose }` : pelvis.height = { $value } est hors de 0 ..= { $max } unités de tête
figure-pose-shoulder-blades = posture `{ $pose }` : shoulder_blades = { $value } est hors de -1 ..= 1 (de tout en arrière à tout en avant)
figure-pose-raised = posture `{ $pose }` : raised = { $value } est hors de 0 ..= { $max } degrés
figure-pose-turned = posture `{ $pose }` : turned = { $value } est hors de 0 ..= { $max } degrés (du côté proche) et de { $far } ..= 180 (du côté éloigné)
figure-pose-side-view-only = posture `{ $pose }` : { $field } ne vaut que pour la vue de profil
figure-pose-empty-id = une posture a un identifiant vide
figure-image-outside = { $path } : l'image est en dehors du dossier de contenu { $folder }
figure-image-unreadable = { $path } : impossible de lire l'image : { $error }
figure-image-file-too-large = { $path } : le fichier dépasse { $limit } (la limite pour les images { $kind })
figure-image-unsupported = { $path } : seules les images PNG, JPEG et SVG sont prises en charge (d'après l'extension du fichier)
figure-image-not-in-content = { $path } : l'image ne fait pas partie du contenu
figure-image-too-many-pixels = { $path } : l'image est trop grande (au plus { $side }×{ $side } pixels et { $size } une fois décodée) : { $reason }
figure-image-damaged = { $path } : l'image est endommagée ou n'est pas ce qu'indique son nom : { $reason }
figure-image-svg = { $path } : le SVG ne peut pas être affiché : { $reason }
figure-image-declares = elle déclare { $width }×{ $height } pixels

## What is wrong with a pose.

figure-in-pose = posture `{ $pose }` : { $finding }
figure-part = { $part ->
        [pelvis] le bassin
        [upper-back] le haut du dos
        [lower-back] le bas du dos
        [trunk] le tronc
        [neck] le cou
        [head] la tête
        [shoulders] les épaules
        [chest] la poitrine
        [left-upper-arm] le bras gauche
        [right-upper-arm] le bras droit
        [left-forearm] l'avant-bras gauche
        [right-forearm] l'avant-bras droit
        [left-hand] la main gauche
        [right-hand] la main droite
        [left-thigh] la cuisse gauche
        [right-thigh] la cuisse droite
        [left-shin] le tibia gauche
        [right-shin] le tibia droit
        [left-foot] le pied gauche
        [right-foot] le pied droit
        [left-leg] la jambe gauche
        [right-leg] la jambe droite
        [left-knee] le genou gauche
        [right-knee] le genou droit
        [left-heel] le talon gauche
        [right-heel] le talon droit
        [left-toes] les orteils du pied gauche
        [right-toes] les orteils du pied droit
        [left-shoulder] l'épaule gauche
        [right-shoulder] l'épaule droite
        [left-elbow] le coude gauche
        [right-elbow] le coude droit
        [left-wrist] le poignet gauche
        [right-wrist] le poignet droit
        [left-hip] la hanche gauche
        [right-hip] la hanche droite
        [left-ankle] la cheville gauche
        [right-ankle] la cheville droite
       *[other] { $part }
    }
figure-below-floor = { $part } se trouve à { $depth } unités de tête sous le sol
figure-contact-above = { $part } { $key ->
        [shoulders] devraient
        [left-toes] devraient
        [right-toes] devraient
       *[other] devrait
    } reposer sur le sol (contacts), mais { $key ->
        [shoulders] se trouvent
        [left-toes] se trouvent
        [right-toes] se trouvent
       *[other] se trouve
    } à { $above } unités de tête au-dessus
figure-range = { $part } ({ $field }{ $solved ->
        [yes] { " " }(calculé à partir de `{ $from }`)
       *[no] {""}
    }) présente { $how ->
        [back] une extension vers l'arrière de { $angle }°
       *[forward] une flexion de { $angle }°
    }, hors de l'amplitude { $joint ->
        [shoulder] de l'épaule
        [elbow] du coude
        [wrist] du poignet
        [hip] de la hanche
        [knee] du genou
        [ankle] de la cheville
        [trunk] du tronc
        [neck] du cou
       *[other] de { $joint }
    }, de { $back }° vers l'arrière à { $forward }° vers l'avant
figure-not-met = { $from } : { $place } n'est pas respecté : { $detail }
figure-not-met-both = { $from } : { $place } n'est pas respecté : { $first } ; { $second }
figure-hand-away = la main { $side ->
        [left] gauche
       *[right] droite
    } est à { $by } unités de tête { $target ->
        [knee] du genou { $leg ->
        [left] gauche
       *[right] droit
    }
        [shin] du tibia { $leg ->
        [left] gauche
       *[right] droit
    }, juste sous le genou
        [thigh] de la cuisse { $leg ->
        [left] gauche
       *[right] droite
    }
        [ankle] de la cheville { $leg ->
        [left] gauche
       *[right] droite
    }
        [leg] de la jambe { $leg ->
        [left] gauche
       *[right] droite
    }, au-delà du genou
       *[chest] de la poitrine
    }
figure-hand-behind-back = la main { $side ->
        [left] gauche
       *[right] droite
    } est derrière le dos
figure-hand-above-floor = la main { $side ->
        [left] gauche
       *[right] droite
    } est à { $by } unités de tête au-dessus du sol
figure-hand-from-hip = la main { $side ->
        [left] gauche
       *[right] droite
    } est à { $by } unités de tête de la hanche
figure-forearm-above-floor = l'avant-bras { $side ->
        [left] gauche
       *[right] droit
    } est à { $by } unités de tête au-dessus du sol
figure-elbow-off-shoulder = le coude { $side ->
        [left] gauche
       *[right] droit
    } est à { $by } unités de tête { $where ->
        [ahead] en avant de l'épaule
       *[behind] en arrière de l'épaule
    }
figure-foot-end-above-floor = { $end ->
        [heel] le talon { $side ->
        [left] gauche
       *[right] droit
    } est
       *[toes] les orteils du pied { $side ->
        [left] gauche
       *[right] droit
    } sont
    } à { $by } unités de tête au-dessus du sol
figure-heel-above-floor = le talon { $side ->
        [left] gauche
       *[right] droit
    } est à { $by } unités de tête au-dessus du sol
figure-toes-above-floor = les orteils du pied { $side ->
        [left] gauche
       *[right] droit
    } sont à { $by } unités de tête au-dessus du sol
figure-foot-from-thigh = le pied { $side ->
        [left] gauche
       *[right] droit
    } est à { $by } unités de tête de la cuisse { $other ->
        [left] gauche
       *[right] droite
    }
figure-feet-apart = les pieds sont à { $by } unités de tête l'un de l'autre
figure-foot-own-thigh = { $from } : un pied ne peut pas reposer contre sa propre cuisse ; le pied { $side ->
        [left] gauche
       *[right] droit
    } va contre la cuisse { $other ->
        [left] gauche
       *[right] droite
    }
figure-hands-twice = indiquez les deux mains avec `hands`, ou chacune avec `left_hand` et `right_hand`, mais pas les deux
figure-feet-twice = indiquez les deux pieds avec `feet`, ou chacun avec `left_foot` et `right_foot`, mais pas les deux
figure-feet-both-thighs = les deux pieds ne peuvent pas reposer chacun contre l'autre cuisse ; utilisez `left_foot` ou `right_foot`
figure-limb-unplaced = `{ $field }` est omis et rien ne place { $limb ->
        [arm] le bras { $side ->
        [left] gauche
       *[right] droit
    }
       *[leg] la jambe { $side ->
        [left] gauche
       *[right] droite
    }
    } : écrivez-le, ou indiquez avec `{ $place_field }` où va { $limb ->
        [arm] la main
       *[leg] le pied
    }
figure-leg-bend-unknown = { $from } place le pied { $side ->
        [left] gauche
       *[right] droit
    }, mais pas la façon dont la jambe se plie pour y arriver : écrivez `{ $field }` (la hanche ou le genou)

## Why an SVG file is refused.

figure-svg-place = ligne { $line }, colonne { $column }
figure-svg-library-failed = la bibliothèque SVG a échoué pendant { $doing ->
        [reading] la lecture
       *[drawing] le dessin
    } ({ $cause }) ; le fichier est refusé
figure-svg-not-drawable = ce n'est pas une image que usvg peut dessiner : { $error }
figure-svg-canvas = impossible de dessiner en { $width }×{ $height } pixels
figure-svg-compressed = il est compressé (SVGZ) ; enregistrez-le en SVG simple (un fichier compressé pourrait se décompresser à n'importe quelle taille)
figure-svg-not-utf8 = ce n'est pas du texte UTF-8
figure-svg-entities = il déclare des entités XML (`<!ENTITY` à { $place }), qui peuvent atteindre n'importe quelle taille ; exportez-le à nouveau sans DTD
figure-svg-too-deep = des éléments sont imbriqués sur plus de { $max } niveaux (à { $place }) ; aplatissez les groupes
figure-svg-too-many-nodes = il a plus de { $max } nœuds XML ; simplifiez le dessin
figure-svg-not-xml = ce n'est pas un SVG (XML) valide : { $error }
figure-svg-outside-url = `url({ $url })` renvoie à un autre fichier ; seules les références internes au SVG (`url(#id)`) sont suivies
figure-svg-link = il renvoie à un autre fichier (`{ $href }` à { $place }) ; les liens ne sont pas suivis : intégrez plutôt l'image dans le SVG
figure-svg-import = sa feuille de style importe un autre fichier (à { $place })
figure-svg-sheet-markers = sa feuille de style définit des marqueurs (à { $place }) ; placez plutôt marker-start/-mid/-end sur les formes
figure-svg-at = { $reason } (à { $place })
figure-svg-loop = ses références forment une boucle (à { $place })
figure-svg-too-many-instances = ses références (`<use>`, marqueurs, motifs…) dessineraient plus de { $max } éléments (à { $place })
figure-svg-references-too-deep = ses références sont imbriquées sur plus de { $max } niveaux (à { $place })
figure-svg-data-malformed = l'URL de données à { $place } est mal formée
figure-svg-data-undecodable = l'URL de données à { $place } ne peut pas être décodée
figure-svg-embedded-too-large = l'image intégrée à { $place } : { $reason }
figure-svg-embedded-damaged = l'image intégrée à { $place } est endommagée : { $error }
figure-svg-embedded-total = les images intégrées occupent ensemble plus de { $size } une fois décodées (à { $place })
figure-svg-embedded-svg = le SVG intégré à { $place } : { $reason }
figure-svg-embedded-kind = l'image intégrée à { $place } est de type `{ $mime }` ; seuls les PNG, JPEG et SVG peuvent être intégrés
figure-svg-reencode = impossible de réencoder une image intégrée : { $error }
figure-svg-layers = le dessiner demanderait plus de { $size } de calques à la fois ; simplifiez les effets (opacité, masques, filtres, motifs)
figure-svg-pattern = une tuile de motif serait dessinée sur plus de { $millions } millions de pixels ; réduisez le motif
figure-svg-too-slow = le dessiner prendrait trop de temps (plus de { $millions } millions d'opérations sur les pixels) ; simplifiez le dessin
