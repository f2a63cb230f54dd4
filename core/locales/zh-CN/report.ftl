### 就诊报告（`limber report`，“历史”中的“就诊报告…”）。

report-title = 就诊报告
report-subtitle = { $profile } · { $from }至{ $to }（{ $days }天）· 制作于{ $made }
report-footer = Limber 就诊报告 · { $profile } · { $from }至{ $to }

report-section-weeks = 每周练习次数
report-section-pain = 练习前后的疼痛
report-section-exercises = 练习与强度
report-section-stopped = 中途停止的练习
report-section-sides = 左侧与右侧
report-section-unfinished = 未做或未完成的练习
report-section-all-sessions = 全部练习记录

report-list-separator = 、
report-list-more = { $list }等（另有{ $more }项）
report-parts-separator = ；
report-decimal-mark = {"."}
report-label = { $label }：
report-sentence-gap = {""}
report-label-gap = {""}
report-day-and-time = { $date } { $time }
report-date-range = { $from }至{ $to }
report-of = { $done }/{ $planned }

report-headline = { $sessions ->
        [0] 此期间没有练习。
       *[other] 此期间共练习{ $sessions }次，分布在{ $days }天。
    }
report-thin = 次数太少，看不出趋势；以下数字仅反映现有记录。
report-before-period = 此期间之前的{ $count }次练习未计入。
report-after-period = 此期间之后的{ $count }次练习未计入。
report-label-plan = 计划
report-label-time = 时间
report-label-pain = 疼痛
report-label-left-out = 已略去
report-label-finished = 完成情况
report-label-doses = 强度
report-plan-kept = 计划的{ $planned }次练习完成了{ $kept }次（{ $percent }%）
report-plan-done = 完成{ $done }次练习，计划{ $planned }次
report-plan = 截至{ $date }：{ $kept }，共练习{ $done }次。计划：{ $plan }。
report-plan-since = { $line }，自{ $date }起
report-plan-none-asked = 计划（{ $plan }）到目前为止在此期间没有安排练习。
report-no-plan = 未设置计划，因此按周统计练习次数，不设目标。
report-time = 共练习{ $length }。
report-time-per-week = 共练习{ $length }；平均每周{ $average }次。
report-pain-none = 此期间没有疼痛评分。
report-pain-average = 在练习前后都评分的{ $paired }次练习中，平均练习前{ $before }、练习后{ $after }（0至10）。
report-pain-average-halves = 在练习前后都评分的{ $paired }次练习中，平均练习前{ $before }、练习后{ $after }（0至10）；练习前的评分在前半段平均为{ $first }，后半段为{ $second }。
report-pain-unrated = { $count }次练习没有评分。
report-pain-unpaired = 有{ $count }次练习评分，但没有一次在练习前后都评分，因此没有可比较的平均值。
report-pain-went-up = 疼痛加重：
report-pain-higher-after = { $count }次练习后的疼痛高于练习前（{ $dates }）。
report-pain-high-after = { $alone ->
        [yes] { $count }次练习后评分为6或以上。
       *[no] { $count }次练习后评分为6或以上。
    }
report-stopped-hurt-label = 因疼痛停止：
report-stopped-hurt = { $count }次练习（{ $dates }）；见下方“中途停止的练习”。
report-left-out = { $exercises }：本人因感到疼痛，选择将其从练习计划中略去。
report-finished-all = 每次练习的每项练习都已完成。
report-finished-some = { $sessions }次练习中途停止；{ $exercises }项练习未做或未完成。
report-doses-same = 强度始终不变。
report-doses-changed = 加强一级{ $ups }次，降低一级{ $downs }次{ $others ->
        [0] 。
       *[other] ，其他调整{ $others }次。
    }

report-weeks-note = 每周从星期一开始；日期为该周的星期一。
report-weeks-partial = 浅色柱：只有部分日子在此期间内的周。
report-weeks-planned = 虚线：该周计划的练习次数。
report-pain-chart-empty = 此期间没有疼痛评分，无法绘图。
report-legend-before = 练习前
report-legend-after = 练习后
report-legend-stopped = 因疼痛停止
report-legend-change = 灰线：同一次练习中的变化。
report-pain-chart-note = 疼痛为应用内评分，0（无痛）至10（能想象到的最剧烈疼痛）。日期均为星期一。
report-pain-chart-daily = 每个点为一天的平均值（共{ $rated }次评分的练习）。
report-pain-chart-unrated = { $count }次没有评分的练习未显示。

report-exercise-counts = { $notdone ->
        [0] 做了{ $done }次
       *[other] 做了{ $done }次，未做{ $notdone }次
    }
report-dose = { $level }，{ $hold } × { $repetitions }{ $limb ->
        [leg] （每条腿）
        [arm] （每只手臂）
        [side] （每侧）
       *[none] {""}
    }
report-run-when = { $when }（{ $sessions }次练习）
report-change = { $date }{ $kind ->
        [up] 加强一级
        [down] 降低一级
       *[adjusted] 调整
    }：
report-sides-differ-label = 左右不同：
report-sides-differ = 左侧保持{ $left }/{ $planned }次，右侧{ $right }/{ $planned }次（{ $sessions }次练习）。
report-more-lines = ……另有{ $count }行：CSV 文件（--csv）包含每次练习。
report-more-exercises = ……另有{ $count }项练习：CSV 文件（--csv）包含每次练习。
report-not-recorded = 有{ $count }次练习保存于 Limber 开始记录{ $what ->
        [ending] 练习如何结束
       *[sides] 每侧的保持次数
    }之前，因此没有记录。

report-stops-not-recorded = 没有记录：这些练习保存于 Limber 开始记录练习如何结束之前。
report-stops-none = 无：每次记录了结束方式的练习都做完了整个练习计划。
report-pain-both = （疼痛 { $before } → { $after }）
report-pain-before-only = （练习前疼痛 { $before }）
report-pain-after-only = （练习后疼痛 { $after }）
report-stop = { $routine }：{ $at ->
        [yes] 在{ $exercise }时
       *[no] {""}
    }{ $why ->
        [pain] 因疼痛停止
       *[stopped] 停止
    }，完成{ $done }/{ $total }项练习{ $pain }。

report-sides-not-recorded = 没有记录：这些练习保存于 Limber 开始记录每侧的保持次数之前。
report-sides-none-sided = 此期间做过的练习都不是一次练一侧的。
report-sides-same = 每次两侧都相同：左侧的每次保持在右侧都有对应。
report-sides-differed = 左右两侧完成的保持次数不同的练习（{ $count }次；每侧完成次数/计划次数）：
report-sides-line = { $exercise }：左侧 { $left }，右侧 { $right }。
report-more-sessions = ……另有{ $count }条：CSV 文件包含每次练习。

report-unfinished-none = 无：每次练习的每项练习都已完成。
report-nothing-done = 一项也没做
report-not-done = { $stopped ->
        [yes] 未做（已停止）：{ $exercises }
       *[no] 未做：{ $exercises }
    }
report-not-every-hold = 未完成全部保持：{ $exercises }
report-unfinished-line = { $routine }，{ $what }
report-earlier = 此前还有{ $count }次练习未列出：CSV 文件（--csv）包含每次练习。

report-column-date = 日期
report-column-routine = 练习计划
report-column-length = 时长
report-column-pain-before = 练习前疼痛
report-column-pain-after = 练习后疼痛
report-column-exercises-done = 完成的练习
report-column-ended = 结束方式
report-ended = { $how ->
        [finished] 已完成
        [stopped] 已停止
       *[pain] 停止：疼痛
    }
report-ended-unknown = 结束方式“–”：没有记录（该练习保存于 Limber 开始记录结束方式之前）。
report-table-cut = 列出了最近的{ $shown }次练习；更早的{ $skipped }次在 CSV 文件（--csv）中。
