### 命令行的可读输出（`limber show`、`plan`、`history`），不包括 `--help`、CSV 和日历文件。
### 原文为 core/locales/en/cli.ftl。

# `--lang` or LIMBER_LANG named a language Limber has no catalogues for.
cli-language-unknown = Limber 没有“{ $asked }”；它支持{ $languages }。现在使用{ $using }。

## `limber show ROUTINE`: a routine as read on paper.

# One exercise of the routine: "1. 单膝抱胸——保持 15 秒 × 3（每条腿）".
cli-show-exercise = { $number }. { $exercise }——{ $dose }
# The last line: the routine's planned length.
cli-show-total = 总计：{ $total }

## `limber show ROUTINE --timeline`: the coach's cue sheet.

cli-cue-title = { $routine }：提示表
# The second line: the sounds and the voice as set.
cli-cue-options = 声音：提示音，{ $ticks ->
        [last-seconds] 保持的最后 3 秒有滴答声
        [voice-counts] 没有滴答声（由语音倒数）
       *[none] 没有滴答声
    }。语音：{ $voice ->
        [off] 关
        [silent] 开，不倒数
        [ticks] 开，用滴答声倒数
        [both] 开，用语音和滴答声倒数
       *[voice] 开，用语音倒数
    }。
# The name of a stage, in the sheet's second column (kept short).
cli-cue-stage = { $stage ->
        [up-next] 下一项
        [read] 准备姿势
        [get-ready] 准备
        [move] 动作
        [hold] 保持
        [relax] 放松
        [rest] 休息
        [switch] 换侧
        [repeat] 重复
       *[done] 结束
    }
# A stage's repetition: "第1次，共3次".
cli-cue-rep = 第{ $rep }次，共{ $reps }次
# In place of an exercise's title the plan names but the content lacks.
cli-cue-missing-exercise = （缺少的练习）
# What a cue line is: a sound played, words said, a note for the author.
cli-cue-sound = 声音
cli-cue-say = 语音
cli-cue-note = 备注
# The words the coach says, quoted.
cli-cue-said = “{ $text }”
# A note under words that may still be being said when the next are due.
cli-cue-overrun = 语音约 { $speech } 秒，距下一句 { $gap } 秒：可能会被打断
# The last line.
cli-cue-total = 总计：{ $offset }（{ $length }）

## `limber plan`: the plan and this week's progress.

cli-plan-heading = { $profile }的计划：
cli-plan-entry = { $entry }（{ $about }）
cli-plan-entry-not-loaded = { $entry }（此练习计划不在已加载的内容中）
cli-plan-this-week = 本周：{ $summary }
# A routine planned on a day: `$done` is yes when it was done.
cli-plan-slot = { $done ->
        [yes] { $time } { $routine } ✓
       *[no] { $time } { $routine }
    }
# After today's line.
cli-plan-today-mark = ← 今天
# The next reminder.
cli-plan-next = 下一次：{ $date } { $time } { $routine }
# No plan yet, how to make one (keep the command as it is).
cli-plan-empty = { $profile }还没有任何计划。
cli-plan-how-to-add = 这样安排练习计划：limber plan add ROUTINE --days mon-fri --at 08:00
cli-plan-routines = 练习计划：{ $routines }
cli-plan-added = 已为{ $profile }安排：{ $entry }
cli-plan-first-reminder = 第一次提醒：{ $date } { $time }
cli-plan-removed = { $routine }已不在{ $profile }的计划中。
# `limber plan --autostart on|off`.
cli-plan-autostart-on = 提醒将在登录时启动（{ $written }）。
cli-plan-autostart-off = 提醒将不再在登录时启动（已删除 { $removed }）。
cli-plan-remind-now = 要不重新登录就立即启动提醒：{ $command }
# Errors.
cli-plan-unknown-routine = 没有练习计划“{ $routine }”；已有的练习计划：{ $known }
cli-plan-not-planned = “{ $routine }”不在{ $profile }的计划中；已计划：{ $planned }
cli-plan-not-planned-nothing = “{ $routine }”不在{ $profile }的计划中；已计划：无
# Writing to the terminal (or a pipe) failed.
cli-output-failed = 写入输出时出错：{ $error }

# `limber remind` when another copy already runs.
cli-remind-already-running = { $folder } 的提醒已在运行；无需再做什么。

## What every command shares

cli-count = { $what ->
        [area] { $count }个部位
        [exercise] { $count }项练习
        [routine] { $count }个练习计划
        [pose] { $count }个姿势
        [picture] { $count }张图片
        [error] { $count }个错误
        [warning] { $count }个警告
       *[problem] { $count }个问题
    }
cli-profile-not-opened = 未能打开该用户：{ $error }。现在使用“{ $using }”。
cli-unknown-routine = 没有练习计划“{ $routine }”；已有的练习计划：{ $known }
cli-content-problems = 练习内容中有{ $count }个问题；有效的部分已加载。第一个问题：{ $first }
cli-program-not-found = 查找本程序时出错：{ $error }

## `limber check`

check-summary-problems = { $found }（{ $errors }，{ $warnings }）

## `limber export-routine` and `limber import`

pack-provenance = { $profile }在{ $date }的强度
cli-pack-exercise-missing = 练习“{ $exercise }”不在内容中；未放入内容包
cli-pack-exported = { $path }：练习计划“{ $routine }”，使用{ $profile }的强度；{ $counts }
cli-pack-imported = 已将 { $pack } 导入 { $folder }：练习计划：{ $routine_count ->
        [0] 无
       *[other] { $routines }
    }；{ $counts }
cli-pack-imported-about = 已将 { $pack }（{ $about }）导入 { $folder }：练习计划：{ $routine_count ->
        [0] 无
       *[other] { $routines }
    }；{ $counts }
cli-pack-replaces = 替换了{ $item }

## `limber report`

cli-report-plan-left-out = 未包含每周计划：{ $error }
cli-report-from-after-to = --from { $from } 晚于 --to { $to }
cli-report-too-long = 一份报告最多涵盖十年；{ $from } 至 { $to } 超过了十年
cli-report-needs-out = PDF 报告请使用 --out FILE.pdf（或用 --csv 在终端输出 CSV）
cli-report-written = { $path }：{ $profile }的就诊报告（{ $pages }）。{ $headline }

## `limber figures`

cli-figures-icons-written = 已将{ $count }个图标文件写入 { $folder }
cli-figures-guide-written = 已将{ $count }张指导图片写入 { $folder }
cli-figures-written = 已将{ $count }张示意图写入 { $folder }
cli-figures-watch-needs-content = --watch 需要 --content DIR，即您正在编写的姿势所在的文件夹
cli-figures-watching = 正在监视 { $folder } 的更改（按 Ctrl+C 停止）
cli-figures-rewritten = { $changed }已更改：已将{ $count }张示意图写入 { $folder }
