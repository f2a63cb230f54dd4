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

# French forms: `m` (le genou droit, the default) and `f` (la jambe
# droite); « gauche » is the same in both.
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

## La fenêtre : son titre et les noms des écrans (le titre, et l'en-tête
## de la liste des touches).

# The window's title on the Home screen.
window-title-home = Limber
# The window's title on any other screen; `$screen` is the screen's name
# or the routine's title.
window-title = Limber — { $screen }
# The window's title on the screen after a routine.
window-title-finish = Terminé
# The window's title when the profile was written by a newer Limber.
window-title-newer = Un profil d'une version plus récente de Limber
screen-home = Accueil
screen-routine = Programme
# The screen that plays a routine.
screen-player = Exercice
screen-finish = Fin
screen-settings = Paramètres
screen-safety = Sécurité
screen-history = Historique
screen-exercises = Exercices
screen-plan = Planning
screen-newer = Profil plus récent

## Commandes de plusieurs écrans.

# The button at the start of a screen's title bar.
common-back = ← Retour

## La liste des touches (`?`) : les touches d'un écran et leur effet.

# Its heading; `$screen` is the screen's name.
keys-title = Touches : { $screen }
keys-close = Fermer
keys-help = Afficher ou masquer cette liste de touches
keys-back = Retour
# Words printed on keys, as French (AZERTY) keyboards print them:
# Échap, Entrée, Espace, Suppr, Maj, « Page préc. » / « Page suiv. ».
keys-esc = Échap
keys-enter = Entrée
keys-space = Espace
keys-delete = Suppr
keys-shift = Maj
keys-tab = Tab
keys-ctrl = Ctrl
keys-alt = Alt
keys-page = Page
keys-up = préc.
keys-down = suiv.
# Between two keys that do the same ("Entrée ou Échap").
keys-or = ou

## L'échelle de douleur de 0 à 10 (Programme, Fin).

# Under the scale's ends.
pain-scale-none = 0 = aucune douleur
pain-scale-worst = 10 = pire douleur imaginable
