### 所有练习：练习浏览器。
### 原文为 core/locales/en/exercises.ftl。

## The exercise browser (Home → Browse all exercises).

exercises-none = 没有加载任何练习。
# Under an exercise's title: what it suggests. `$each` is "（每条腿）",
# "（每只手臂）" or "（每侧）" (common.ftl's `each-limb`).
exercises-dose = 保持 { $hold_low }–{ $hold_high } 秒 · 重复{ $reps_low }–{ $reps_high }次{ $sides ->
        [alternate] { $each }，左右交替
        [in-turn] { $each }，先做完一侧再做另一侧
       *[none] {""}
    }
# A tip of the exercise's; `$tip` is the content's own text.
exercises-tip = 提示：{ $tip }
# A step: "2. Lift the knee".
exercises-step = { $number }. { $step }
# A step's caution, after a warning sign.
exercises-caution = ⚠  { $caution }
# The heading of one of the exercise's versions.
exercises-variation = 版本：{ $variation }

## The Keys sheet (?) in the exercise browser.

exercises-key-step = 上一项或下一项练习
