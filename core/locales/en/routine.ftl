### The Routine screen: the exercises with their intensity, hold and repetitions, the total time, Start.
###
### English is the source; the other languages keep the same message ids
### in a file of the same name (see docs/translating.md).
