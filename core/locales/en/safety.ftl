### The safety text: who should ask first, how to start, when to stop, the
### red flags and how to get emergency help. Shown on each profile's first
### run, from Home at any time, after a session that hurt, on the printed
### routine sheet and by the command line.
###
### Keep the exact meaning and the urgency of every sentence: a red flag
### says "now" or "soon" as English does. Sentences are short on purpose:
### people read them from a mat, a few steps away. Do not diagnose.
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
# Title of the safety screen and the first line of the safety text.
safety-title = Before you start

# Shown above the sections: what this app is and is not.
safety-intro = This app gives general exercise guidance. It is not a diagnosis, and it does not replace advice from a doctor or physiotherapist.

# Why these exercises at all: moving is what helps. Shown first, with `safety-clinicians` after it.
safety-moving-helps = Moving helps. Resting in bed and avoiding exercise, long the usual advice for back pain, do not help it get better; staying gently active does.

# Where exercises like these come from; follows `safety-moving-helps`.
safety-clinicians = Doctors and physiotherapists often recommend exercises like these for a back or hip condition, or in rehabilitation after an injury.

# Said under the red flags wherever they are shown.
safety-red-flags-note = Do not exercise until you have had medical advice.

## Ask a doctor or physiotherapist first if you

# The heading of the group (`safety-ask-first-1` … its points follow).
safety-ask-first-heading = Ask a doctor or physiotherapist first if you
safety-ask-first-1 = Have had a recent injury to your back, hips or legs.
safety-ask-first-2 = Have had surgery in the last few months, above all on the spine or hip.
safety-ask-first-3 = Have a hip replacement, however long ago (some of these bend the hip a lot).
safety-ask-first-4 = Are pregnant, or had a baby recently.
safety-ask-first-5 = Have osteoporosis (thin or fragile bones).
safety-ask-first-6 = Have a diagnosed condition of the spine, joints or nerves.
safety-ask-first-7 = Are not sure these exercises suit you.

## Start gently

# The heading of the group (`safety-start-gently-1` … its points follow).
safety-start-gently-heading = Start gently
safety-start-gently-1 = Begin at the gentlest level, with short holds.
safety-start-gently-2 = Ease into every session: the first repetitions are the gentlest.
safety-start-gently-3 = Move slowly. Never bounce or force a stretch.
safety-start-gently-4 = Breathe normally. Do not hold your breath.
safety-start-gently-5 = Build up a little at a time, over days and weeks.
safety-start-gently-6 = A mild stretch or effort is fine. Sharp pain is not.

## Stop or ease off

# The heading of the group (`safety-stop-1` … its points follow).
safety-stop-heading = Stop or ease off
safety-stop-1 = Stop if your pain increases or spreads, for example down a leg.
safety-stop-2 = Next time, lower the intensity or leave that exercise out.
safety-stop-3 = Stop if you feel dizzy, faint, or new tingling or numbness.
safety-stop-4 = If pain stays worse the next day, keep gently active and ask for advice.

## Get emergency help now if back or hip pain comes with

# The heading of the group (`safety-emergency-1` … its points follow).
safety-emergency-heading = Get emergency help now if back or hip pain comes with
safety-emergency-1 = Loss of bladder or bowel control, or you cannot pass urine.
safety-emergency-2 = Numbness in the groin, genitals or buttocks.
safety-emergency-3 = Pain, numbness or weakness in both legs.
safety-emergency-4 = Weakness in a leg that is getting worse.
safety-emergency-5 = New problems with erections or with feeling during sex.
safety-emergency-6 = Sudden severe pain, unlike any you have had before.
safety-emergency-7 = Hip or groin pain after a fall or knock, and you cannot stand on the leg.
safety-emergency-8 = A hot, swollen, very painful hip with a fever or feeling unwell.

## See a doctor soon if back or hip pain comes with

# The heading of the group (`safety-soon-1` … its points follow).
safety-soon-heading = See a doctor soon if back or hip pain comes with
safety-soon-1 = A fever, feeling generally unwell, or weight loss you cannot explain.
safety-soon-2 = A history of cancer.
safety-soon-3 = Back pain for the first time before the age of 20 or after 50.
safety-soon-4 = Long-term steroids, a weakened immune system, or injecting drugs.
safety-soon-5 = A visible change in the shape of your spine.
safety-soon-6 = Back pain that began after a fall or an accident.
safety-soon-7 = Pain that does not ease when you rest or change position.
safety-soon-8 = Pain that stays constant at night.

## How to get emergency help, said under the emergency group.

# `$number` is the emergency number of the person's region ("112", "999",
# "911").
safety-get-help = Call { $number } or go to an emergency department now.
# Where the region's number is not known.
safety-get-help-local = Call your local emergency number or go to an emergency department now.

## After a session (the Finish screen): what to do when it hurt, and the
## offers to change the level or leave an exercise out. Calm and practical;
## never a diagnosis.

# The heading of the words for a session that hurt (pain rose, is high,
# or the person stopped because it hurt).
advice-care-heading = Take it easy for the rest of today
# Said first, whatever the level.
advice-care-stop = Stop for today, and do not push through the pain.
# When a lower level exists for what hurt.
advice-care-next-time = Next time, try a lower level, or leave out any exercise that hurt.
# When what hurt is already at the gentlest level.
advice-care-at-gentlest = This was already the gentlest level: leave out any exercise that hurt, and ask a physiotherapist which exercises suit you.
# Moving, not bed rest.
advice-care-keep-active = Keep gently active: walk and move about as you can. Bed rest does not help.
advice-care-ask = If the pain stays worse over the next days, ask a doctor or physiotherapist.

# Under the pain scale after a session: pain (0–10) `$before` the session
# and `$after` it.
advice-pain-went-down = Your pain went down from { $before } to { $after }. Good work.
advice-pain-same = The same as before the session: { $before }.
advice-pain-before = Before the session you said { $before }.

# One exercise whose level would change: `$exercise` is its title, `$from`
# and `$to` the levels' names ("Knee to chest (Standard → Gentle)").
advice-change = { $exercise } ({ $from } → { $to })
# The offer of a change of level. `$direction` is down (gentler) or up
# (stronger); `$exercises` the exercises that would change, each as
# `advice-change` writes it, joined by commas.
advice-offer = { $direction ->
        [up] Try a little more next time? { $exercises }
       *[down] Lower the intensity next time? { $exercises }
    }
# The same after pain (0–10) went up from `$from` to `$to`.
advice-offer-pain-rose = { $direction ->
        [up] Your pain went up from { $from } to { $to }. Try a little more next time? { $exercises }
       *[down] Your pain went up from { $from } to { $to }. Lower the intensity next time? { $exercises }
    }
# The same when pain after the session is `$pain` (6 or more).
advice-offer-pain-high = { $direction ->
        [up] Your pain is { $pain } out of 10. Try a little more next time? { $exercises }
       *[down] Your pain is { $pain } out of 10. Lower the intensity next time? { $exercises }
    }
# The same after `$sessions` sessions in a row with low pain.
advice-offer-stayed-low = { $direction ->
        [down] Your pain has stayed low for { $sessions } sessions. Lower the intensity next time? { $exercises }
       *[up] Your pain has stayed low for { $sessions } sessions. Try a little more next time? { $exercises }
    }
# The buttons that take the offer, and what is said once taken.
advice-button-down = Lower the intensity
advice-button-up = Step up
advice-done-down = Done: these exercises are one level gentler next time.
advice-done-up = Done: these exercises are one level stronger next time.

# After "This hurts": the offer to leave the exercise (`$exercise`, its
# title) out of the person's routines from now on.
advice-leave-out-offer = Leave out { $exercise } until it feels easier or a physiotherapist says it suits you. The Routine screen can bring it back.
# Said after the offer of a lower level, as the other way.
advice-leave-out-alternative = Or leave { $exercise } out for now.
advice-leave-out-button = Leave this exercise out next time
advice-leave-out-done = Done: { $exercise } is left out of your routines. Bring it back on the Routine screen.
