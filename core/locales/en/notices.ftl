### Notices: the banner in the window and the messages the commands print on stderr.
###
### English is the source; the other languages keep the same message ids
### in a file of the same name (see docs/translating.md).

## The banner at the top of the window.

# The button that closes a notice.
notices-dismiss = Dismiss
# Under the first four notices; `$count` is how many more there are.
notices-more = { $count ->
        [one] … and 1 more
       *[other] … and { $count } more
    }
# Limber was started with `--routine` naming no routine; `$routine` is the
# name given, `$known` the routines' ids, separated by commas.
notices-no-such-routine = There is no routine "{ $routine }". Known routines: { $known }.
# A content file changed on disk while a routine plays.
notices-content-changed-during-routine = The content changed on disk. This routine goes on as it started; the next one uses the change.
# The content folders cannot be watched; `$error` is the system's reason.
notices-content-not-watched = Changes to the content folders are not picked up while Limber runs: { $error }
# Edit was asked for a routine that came with Limber or a pack; `$routine`
# is its id.
notices-routine-not-editable = “{ $routine }” cannot be changed here: only routines you made with New routine can.
# Saving over a routine file that changed on disk; `$path` is where the
# old one is kept.
notices-routine-on-disk-kept = The version of the routine that was on disk is kept in { $path }.
# A routine of one's own was deleted; `$routine` is its title, `$path`
# where its file is kept.
notices-routine-deleted-kept = “{ $routine }” was deleted. Its file is kept in { $path }.
# After the builder saved, another content file has a problem; `$problem`
# says which and where.
notices-content-problem = A content file has a problem (the rest is loaded): { $problem }
# The builder cannot save without a data folder.
notices-no-content-folder = Routines are saved in your content folder, and Limber runs without one (no data folder).
# A content file saved while Limber runs has an error, so the change is
# not used; `$problem` is the first (file, line, column and what), `$more`
# how many more there are.
notices-content-change-not-loaded = Your change was not loaded; the content stays as it was until this is fixed: { $problem }{ $more ->
        [0] {""}
        [one] {" "}(and 1 more problem)
       *[other] {" "}(and { $more } more problems)
    }
# The profile store's thread ended (changes can no longer be written).
notices-store-stopped = the profile store stopped working; changes are not saved
# An illustration that is not a picture file was asked for as one.
notices-not-an-image = not an image

## Why the window could not open (printed on stderr after "limber: ").

# `$reason` is the system's reason.
notices-store-not-started = could not start the profile store: { $reason }
notices-no-window = could not open a window: { $reason }
# When the system gives no reason.
notices-window-refused = the windowing system refused
notices-no-display = no display: neither DISPLAY (X11) nor WAYLAND_DISPLAY (Wayland) is set
