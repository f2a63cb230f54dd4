### 播放器：步骤卡片、圆环的阶段（准备、保持、放松）、“第2次，共4次”、暂停、跳过、停止、感到疼痛。
### 原文为 core/locales/en/player.ftl；固定术语见 docs/glossary/zh-CN.md。

## The words a person reads from the floor: the phase-size word says what
## to do now, the big number is always seconds.

# The breather before the next exercise.
player-up-next = 下一项
# A setup card: getting into the starting position.
player-setup = 准备姿势
player-get-ready = 准备
player-hold = 保持
player-rest = 休息
# Said only when an exercise's move or release step has no title of its
# own.
player-move = 动作
player-relax = 放松
# The rest before the other side of an exercise.
player-switch-to = 换{ $limb ->
        [leg] { $side ->
            [left] 左腿
           *[right] 右腿
        }
        [arm] { $side ->
            [left] 左臂
           *[right] 右臂
        }
       *[side] { $side ->
            [left] 左侧
           *[right] 右侧
        }
    }
# A side switch whose side is not known.
player-switch-sides = 换另一侧
# The large side cue beside the countdown (Chinese has no capitals).
player-side-cue = { $side ->
        [left] ← 左{ $limb ->
            [leg] 腿
            [arm] 臂
           *[side] 侧
        }
       *[right] 右{ $limb ->
            [leg] 腿
            [arm] 臂
           *[side] 侧
        } →
    }
# The repetition: "Rep 2 of 9".
player-rep-of = 第{ $rep }次，共{ $reps }次
# What comes after this stage.
player-next = 下一步：{ $what }
player-next-finish = 结束

## The rest of the player's screen.

# The top line: "Exercise 2 of 3 · Knee to chest".
player-exercise-of = 第{ $number }项，共{ $count }项 · { $title }
# The breather: the exercise just done.
player-done = ✓  { $title }已完成
# An exercise's dose in the breather: "Hold 15 s × 2 each leg".
player-dose = 保持 { $seconds } 秒 × { $reps }{ $each }
# One part of a short hold's rhythm: "Move 2 s".
player-rhythm-part = { $part ->
        [move] 动作
        [hold] 保持
        [relax] 放松
       *[rest] 休息
    } { $duration }
# The chosen version of an exercise on its first card.
player-variation = { $title }：{ $text }
# An exercise's tip on its first card.
player-tip = 提示：{ $tip }
player-not-available = 此练习不可用。

## The buttons and their keys (the key's name in brackets on the button).

player-back = ◀  上一步
player-pause = ❚❚  暂停
player-resume = ▶  继续
player-skip = 跳过  ▶
player-full-screen = 全屏
player-this-hurts = 感到疼痛
player-stop = ■  停止
player-go-on = ▶  继续
# A key as a button names it: "(Space)".
player-key = （{ $key }）
player-key-space = 空格
player-key-esc = Esc
player-key-enter = Enter

## Paused, and the question before stopping.

player-paused = 已暂停——按空格继续
player-stop-question = 停止这次练习吗？
player-stop-keys = Enter：停止 · Esc 或空格：继续

## The Keys sheet (?) on the player.

player-key-pause = 暂停或继续
player-key-skip = 跳过这一步
player-key-back = 回到上一步
player-key-hurts = 感到疼痛：在此停止
player-key-stop = 停止练习（会先询问）
player-key-stop-confirm = 询问时确认停止
player-key-full-screen = 打开或关闭全屏
