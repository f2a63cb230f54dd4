### The Safety screen and the red flags wherever they appear. Keep the exact meaning and urgency of every sentence.
###
### English is the source; the other languages keep the same message ids
### in a file of the same name (see docs/translating.md).

## The Safety screen.

# The heading of a group of signs to act on soon or at once, after a
# warning sign; `$heading` is the group's own heading.
safety-urgent-heading = ⚠  { $heading }
# The card at the top: why moving helps (`$moving_helps`), then who to
# ask (`$clinicians`), each a sentence already written.
safety-why-move = { $moving_helps } { $clinicians }
# The button on the first run, before anything else.
safety-understood = I have read this
