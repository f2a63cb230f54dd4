### All exercises: the exercise browser.
###
### English is the source; the other languages keep the same message ids
### in a file of the same name (see docs/translating.md).
