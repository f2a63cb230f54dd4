### L'écran d'accueil : les tuiles des zones, la dernière séance et la semaine, les liens.
### La source est core/locales/en/home.ftl ; les termes fixes sont
### dans docs/glossary/fr.md.

# The app's name, large at the top left.
home-title = Limber
# Before the list of profiles at the top right.
home-profile = Profil
# The button that shows the Keys sheet; ? is its key.
home-keys = Touches ?
# Above the tiles.
home-question = Sur quoi voulez-vous travailler aujourd'hui ?
# The tile of the routine that goes through every area.
home-full-routine = Programme complet
# Beside the row of the profile's own routines (made with New routine).
home-your-routines = Vos programmes
# Under a routine's tile: how many exercises and about how long.
# `$minutes` is a length already written ("5 min"). French `one` is 0
# and 1, so the number is always written out.
home-routine-facts = { $count ->
        [one] { $count } exercice
       *[other] { $count } exercices
    } · environ { $minutes }
home-browse-exercises = Voir tous les exercices
home-new-routine = Nouveau programme
# The last session that counts: "Dernière séance : Bas du dos, hier, 6 min".
# `$routine` is its title, `$when` a day already written ("hier",
# "lundi"), `$minutes` its length already written.
home-last-session = Dernière séance : { $routine }, { $when }, { $minutes }
home-no-sessions = Aucune séance pour l'instant. Commencez en douceur : choisissez une zone ci-dessus.
home-sessions-last-7-days = { $count ->
        [0] aucune séance ces 7 derniers jours
        [one] { $count } séance ces 7 derniers jours
       *[other] { $count } séances ces 7 derniers jours
    }
# The week's card with a plan; `$summary` is the plan's count already
# written ("2 séances prévues sur 3").
home-this-week = Cette semaine : { $summary }

## The Keys sheet (?) on Home.

home-key-open-routine = Ouvrir un programme (son numéro est sur la tuile)
home-key-safety = Sécurité : quand arrêter et quand demander de l'aide
home-key-new-routine = Nouveau programme : créez le vôtre
