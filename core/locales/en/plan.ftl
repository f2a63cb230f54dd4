### The weekly plan, its reminders (the notifications) and `limber plan`.
###
### English is the source; the other languages keep the same message ids
### in a file of the same name (see docs/translating.md).
