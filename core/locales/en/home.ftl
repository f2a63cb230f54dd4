### The Home screen: the area tiles, the last session and this week's strip, the links.
###
### English is the source; the other languages keep the same message ids
### in a file of the same name (see docs/translating.md).
