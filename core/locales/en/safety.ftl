### The Safety screen and the red flags wherever they appear. Keep the exact meaning and urgency of every sentence.
###
### English is the source; the other languages keep the same message ids
### in a file of the same name (see docs/translating.md).
