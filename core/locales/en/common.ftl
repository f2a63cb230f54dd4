### Words every area uses: the language's own name, the names of the
### languages, sides and limbs, and how dates and times are written.
###
### English is the source; the other languages keep the same message ids
### in a file of the same name (see docs/translating.md).

## This language

# The language's name in itself, as a list of languages shows it
# ("English", "Español", "Deutsch", "简体中文").
language-name = English

# A language named in a sentence of this language ("No voice speaks
# Spanish"): `$tag` is the language's tag.
language-called = { $tag ->
        [en] English
        [es] Spanish
        [de] German
        [fr] French
        [pt-BR] Brazilian Portuguese
        [zh-CN] Simplified Chinese
        [en-XA] Pseudo-English
       *[other] { $tag }
    }

## Sides. Messages that name a side take `$side` (`left` or `right`) and,
## for a sided exercise, `$limb` (`leg`, `arm` or `side`). A language whose
## words change with gender or case selects on them and keeps its forms in
## terms (docs/translating.md shows Spanish and German).

# A side as an exercise's text says it where it writes `{side}` or
# `{other}`. `$form` is what a translated exercise text asks for after a
# colon (`{side:f}`): the grammatical form that sentence needs, as the
# language names them (docs/translating.md). English needs none, so every
# form is the plain word.
content-side = { $form ->
       *[plain] { $side ->
            [left] left
           *[right] right
        }
    }

# One side of a sided exercise: "left leg", "right arm", "left side".
side-of-limb = { $side ->
        [left] left
       *[right] right
    } { $limb ->
        [leg] leg
        [arm] arm
       *[side] side
    }

## Dates and times. The names of weekdays and months and the numeric date
## come from the language's locale data; these patterns put them in order
## (chrono's strftime: %A weekday, %-d day, %B month, %Y year, %H:%M the
## 24-hour time, %x the locale's numeric date, %a and %b short names).

# "Monday 3 March 2026"
date-long = %A %-d %B %Y
# "Mon 3 Mar"
date-short = %a %-d %b
# "3 March"
date-day-month = %-d %B
# "3 Mar", under a chart's time axis
date-day-short-month = %-d %b
# "08:05"
time-of-day = %H:%M
# "03/03/2026" in the US, "03/03/26" in Spain: the locale's own.
date-numeric = %x
# A date and a time together: "Monday 3 March 2026, 08:05".
date-and-time = { $date }, { $time }

## Lengths of time and doses, as the screens, the command line and the
## printed sheet write them.

# A length of time, short: "45 s", "5 min", "5 min 12 s", "1 h 2 min".
# `$shape` says which parts it has, in order: h (hours), m (minutes),
# s (seconds); `$hours`, `$minutes`, `$seconds` are the numbers.
duration = { $shape ->
        [h] { $hours } h
        [hm] { $hours } h { $minutes } min
        [hms] { $hours } h { $minutes } min { $seconds } s
        [hs] { $hours } h { $seconds } s
        [m] { $minutes } min
        [ms] { $minutes } min { $seconds } s
       *[s] { $seconds } s
    }

# The dose of one exercise, after its title: "hold 15 s × 3",
# "hold 15 s × 2 each leg". `$hold` is a length of time (as `duration`
# writes it), `$repetitions` a number; `$limb` is leg, arm or side for an
# exercise done on each side, none for one that is not.
dose = { $limb ->
        [leg] hold { $hold } × { $repetitions } each leg
        [arm] hold { $hold } × { $repetitions } each arm
        [side] hold { $hold } × { $repetitions } each side
       *[none] hold { $hold } × { $repetitions }
    }

# What a sided repetition count is "per", after the count ("2 each leg").
# `$limb` is leg, arm or side.
each-limb = { $limb ->
        [leg] each leg
        [arm] each arm
       *[side] each side
    }

# How a sided exercise goes round the sides, on the printed routine sheet.
# `$limb` is leg, arm or side.
side-order-alternate = { $limb ->
        [leg] Left and right leg in turn, starting on the left.
        [arm] Left and right arm in turn, starting on the left.
       *[side] Left and right side in turn, starting on the left.
    }
side-order-in-turn = { $limb ->
        [leg] All on the left leg, then all on the right.
        [arm] All on the left arm, then all on the right.
       *[side] All on the left side, then all on the right.
    }
