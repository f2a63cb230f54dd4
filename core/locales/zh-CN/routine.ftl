### 练习计划页面：各项练习及其强度、保持时间和重复次数、总时长、开始。
### 原文为 core/locales/en/routine.ftl。

## The Routine screen: the exercises of a routine, each with its dose,
## before it starts.

# An exercise in the list: "2. Knee to chest".
routine-numbered-exercise = { $number }. { $exercise }
# An exercise the routine names and the content lacks; `$exercise` is
# its id.
routine-exercise-not-available = { $number }. { $exercise }：不可用
# Under an exercise left out after it hurt.
routine-left-out = 已略去：因为感到疼痛，您选择了略去这项练习。
routine-bring-back = 恢复
# In place of Gentle / Usual / Strong when the routine fixes the dose.
routine-dose-pinned = 此练习计划已设定强度
# The hold's stepper and its value in seconds ("15 s").
routine-hold = 保持
routine-seconds = { $seconds } 秒
# The repetitions' stepper and its value: "3 each leg".
routine-repetitions = 重复次数
routine-repetitions-value = { $count }{ $per_side }
# Beside an exercise's title once its hold or repetitions were changed.
routine-reset = 重置保持时间和重复次数
# Before the exercise's versions.
routine-version = 版本
# The exercise as written, without a version.
routine-version-usual = 常规
# A hold set above what the exercise suggests.
routine-hold-beyond = 您设定的保持时间 { $hold } 秒，超过了此练习建议的 { $low }–{ $high } 秒。
# Repetitions set above what the exercise suggests.
routine-repetitions-beyond = 重复{ $count }次，超过了此练习建议的{ $low }–{ $high }次。
# The routine's whole length above Start.
routine-length = 共{ $length }
routine-all-left-out = 所有练习都已略去
routine-start-gently = 每次练习都要轻柔开始。如果疼痛，请降低强度。
routine-bring-one-back = 请恢复至少一项练习再开始。
routine-edit = 编辑练习计划
routine-print-sheet = 打印练习单
routine-start = 开始
# Before the 0–10 scale.
routine-pain-now = 您现在的疼痛程度如何？（可不填）
# A routine id that is not in the content (`--routine`, a plan).
routine-not-available = 练习计划“{ $routine }”不可用。

## The Keys sheet (?) on the Routine screen.

routine-key-choose = 选择一项练习
routine-key-intensity = 减轻或加强
routine-key-hold = 缩短或延长保持时间
routine-key-repetitions = 减少或增加重复次数
routine-key-version = 切换到此练习的下一个版本
routine-key-reset = 重置保持时间和重复次数
routine-key-bring-back = 恢复已略去的练习
routine-key-pain = 您现在的疼痛程度（再按一次清除）
routine-key-edit = 编辑或删除（您制定的练习计划）
