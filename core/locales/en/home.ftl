### The Home screen: the area tiles, the last session and this week's strip, the links.
###
### English is the source; the other languages keep the same message ids
### in a file of the same name (see docs/translating.md).

# The app's name, large at the top left.
home-title = Limber
# Before the list of profiles at the top right.
home-profile = Profile
# The button that shows the Keys sheet; ? is its key.
home-keys = Keys ?
# Above the tiles.
home-question = What would you like to work on today?
# The tile of the routine that goes through every area.
home-full-routine = Full routine
# Beside the row of the profile's own routines (made with New routine).
home-your-routines = Your routines
# Under a routine's tile: how many exercises and about how long.
# `$minutes` is a length already written ("5 min").
home-routine-facts = { $count ->
        [one] 1 exercise
       *[other] { $count } exercises
    } · about { $minutes }
home-browse-exercises = Browse all exercises
home-new-routine = New routine
# The last session that counts: "Last: Lower back, yesterday, 6 min".
# `$routine` is its title, `$when` a day already written ("yesterday",
# "on Monday"), `$minutes` its length already written.
home-last-session = Last: { $routine }, { $when }, { $minutes }
home-no-sessions = No sessions yet. Start gently: pick an area above.
home-sessions-last-7-days = { $count ->
        [0] none in the last 7 days
        [one] 1 session in the last 7 days
       *[other] { $count } sessions in the last 7 days
    }
# The week's card with a plan; `$summary` is the plan's count already
# written ("2 of 3 planned sessions").
home-this-week = This week: { $summary }

## The Keys sheet (?) on Home.

home-key-open-routine = Open a routine (its number is on the tile)
home-key-safety = Safety: when to stop and get help
home-key-new-routine = New routine: make one of your own
