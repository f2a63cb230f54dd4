### 语音指导在内容自身的语句之外说的话（“保持15秒。”“三，二，一”）。每一句都会被读出来：要写得便于听懂。
### 原文为 core/locales/en/coach.ftl。

## Sides

# Said at the start of a side of a sided exercise: "左腿。", "右侧。"
coach-side = { $side ->
        [left] { $limb ->
            [leg] 左腿。
            [arm] 左臂。
           *[side] 左侧。
        }
       *[right] { $limb ->
            [leg] 右腿。
            [arm] 右臂。
           *[side] 右侧。
        }
    }
# Said when the sides change: "换右腿。"
coach-switch-to = { $side ->
        [left] { $limb ->
            [leg] 换左腿。
            [arm] 换左臂。
           *[side] 换左侧。
        }
       *[right] { $limb ->
            [leg] 换右腿。
            [arm] 换右臂。
           *[side] 换右侧。
        }
    }

## A repetition

coach-get-ready = 准备。
# At the start of a hold: "保持15秒。"
coach-hold-for = 保持{ $length }。
# At the start of a hold too short to say its length in.
coach-hold = 保持。
coach-relax = 放松。
coach-rest = 休息。
# Starts each repetition of a set of short holds after the first: the
# number spoken as a coach counts.
coach-rep = { $rep ->
        [0] 零。
        [1] 一。
        [2] 二。
        [3] 三。
        [4] 四。
        [5] 五。
        [6] 六。
        [7] 七。
        [8] 八。
        [9] 九。
        [10] 十。
        [11] 十一。
        [12] 十二。
        [13] 十三。
        [14] 十四。
        [15] 十五。
        [16] 十六。
        [17] 十七。
        [18] 十八。
        [19] 十九。
        [20] 二十。
       *[other] { $rep }。
    }
coach-last-one = 最后一次。
# Said once in a long set, after the first half.
coach-halfway = 已过一半。

## Between exercises. `$exercise` is an exercise's title.

# Before the rest that leads to the next exercise.
coach-next = 下一项：{ $exercise }。
# At an exercise's end.
coach-exercise-done = { $exercise }完成。
# The breather before an exercise begins.
coach-up-next = 下一项：{ $exercise }。

## Pausing, the end, the voice's trial

coach-paused = 已暂停。
coach-going-on = 继续。
# At the routine's end.
coach-routine-done = 练习完成：{ $exercises }项练习，{ $length }。
# What the Settings screen's "Try it" button says, in the coach's voice.
coach-try-voice = 我是您的语音指导。保持15秒。三，二，一。放松。

## Lengths of time, spoken: "15秒", "1分钟", "1分30秒".

coach-length = { $shape ->
        [m] { $minutes }分钟
        [ms] { $minutes }分{ $seconds }秒
       *[s] { $seconds }秒
    }
