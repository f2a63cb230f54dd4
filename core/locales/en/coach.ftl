### What the spoken coach says around the content's own words ("Hold for 15 seconds.", "3, 2, 1"). Every line is spoken: write it to be heard.
###
### English is the source; the other languages keep the same message ids
### in a file of the same name (see docs/translating.md).
