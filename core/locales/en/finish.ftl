### The Finish screen: what was done, the pain check-in and what follows from it.
###
### English is the source; the other languages keep the same message ids
### in a file of the same name (see docs/translating.md).
