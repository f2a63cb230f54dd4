### Alle Übungen: die Übungsübersicht.
### Die Quelle ist core/locales/en/exercises.ftl.

## Die Übungsübersicht (Start → Alle Übungen ansehen).

exercises-none = Es sind keine Übungen geladen.
# „15–30 s halten · 2–3 Wiederholungen, je Bein, abwechselnd“
exercises-dose = { $hold_low }–{ $hold_high } s halten · { $reps_low }–{ $reps_high } Wiederholungen{ $sides ->
        [alternate] , { $each }, abwechselnd
        [in-turn] , { $each }, erst eine Seite, dann die andere
       *[none] {""}
    }
exercises-tip = Tipp: { $tip }
exercises-step = { $number }. { $step }
exercises-caution = ⚠  { $caution }
exercises-variation = Variante: { $variation }

## Die Tastenübersicht (?) der Übungsübersicht.

exercises-key-step = Die Übung davor oder danach
