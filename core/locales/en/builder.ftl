### New routine: the routine builder.
###
### English is the source; the other languages keep the same message ids
### in a file of the same name (see docs/translating.md).

## The builder's screen.

# The screen's title when making a routine.
builder-title-new = New routine
# The screen's title when changing one of one's own routines.
builder-title-edit = Edit routine
