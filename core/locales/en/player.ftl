### The player: step cards, the ring's phases (Get ready, Hold, Relax), "Rep 2 of 4", pause, skip, stop, This hurts.
###
### English is the source; the other languages keep the same message ids
### in a file of the same name (see docs/translating.md).
