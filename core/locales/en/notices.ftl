### Notices: the banner in the window and the messages the commands print on stderr.
###
### English is the source; the other languages keep the same message ids
### in a file of the same name (see docs/translating.md).
