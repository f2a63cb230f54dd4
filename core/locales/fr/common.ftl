### Mots communs : le nom de la langue, les côtés et les dates.
### La source est core/locales/en/common.ftl ; les termes fixes sont
### dans docs/glossary/fr.md.

## Cette langue

language-name = Français

language-called = { $tag ->
        [en] anglais
        [es] espagnol
        [de] allemand
        [fr] français
        [pt-BR] portugais du Brésil
        [zh-CN] chinois simplifié
        [en-XA] pseudo-anglais
       *[other] { $tag }
    }

## Côtés. « Gauche » est invariable, « droit » s'accorde avec le nom :
## le genou droit ({side:m}), la jambe droite ({side:f}).

content-side = { $form ->
        [f] { $side ->
            [left] gauche
           *[right] droite
        }
       *[m] { $side ->
            [left] gauche
           *[right] droit
        }
    }

# « jambe gauche », « bras droit », « côté gauche »
side-of-limb = { $limb ->
        [leg] jambe { $side ->
            [left] gauche
           *[right] droite
        }
        [arm] bras { $side ->
            [left] gauche
           *[right] droit
        }
       *[side] côté { $side ->
            [left] gauche
           *[right] droit
        }
    }

## Dates et heures

# « lundi 3 mars 2026 »
date-long = %A %-d %B %Y
# « lun. 3 mars »
date-short = %a %-d %b
# « 3 mars »
date-day-month = %-d %B
time-of-day = %H:%M
date-numeric = %x
# « lundi 3 mars 2026 à 08:05 »
date-and-time = { $date } à { $time }
