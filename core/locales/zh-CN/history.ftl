### 记录页面和 `limber history` 的表格（CSV 不翻译）。
### 原文为 core/locales/en/history.ftl。

## The History screen.

history-title = { $profile }的记录
history-no-sessions = 还没有练习记录。完成或停止的练习会显示在这里。
# The pain chart's heading and its legend.
history-pain-chart = 疼痛（0–10）
history-legend-after = ● 练习后
history-legend-before = ● 练习前
history-week-chart = 每周练习次数
# Above the list of sessions.
history-sessions = 练习（共{ $count }次，最新的在前）
# A session's pain: before → after, or one of them.
history-pain-before-after = 疼痛 { $before } → { $after }
history-pain-before = 练习前疼痛 { $before }
history-pain-after = 练习后疼痛 { $after }
# Exercises done of the session's: "2/3 done".
history-done = 完成 { $done }/{ $count }
# On a second line where the window is narrow.
history-done-and-levels = { $done } · { $levels }
# Under a session where a sided exercise was done more on one side.
history-sides = { $exercise }：左侧 { $left }，右侧 { $right }
history-planned-days = 计划日
# The Monday a week of the planned days starts on: "3月3日".
history-week-start = %-m月%-d日

## The Keys sheet (?) on the History screen.

history-key-scroll = 滚动练习列表
history-key-page = 滚动一页
history-key-visit-report = 就诊报告（然后按 Enter 保存，按 Esc 关闭表单）
## `limber history`: a profile's sessions as a table (the CSV's header and
## values stay English).

history-table-no-sessions = 还没有练习记录。
history-table-column = { $column ->
        [started] 开始时间
        [routine] 练习计划
        [time] 用时
        [done] 完成练习
        [pain-before] 练习前疼痛
        [pain-after] 练习后疼痛
       *[ended] 结束方式
    }
# Exercises done of those in the session: "2 of 3".
history-exercises-done = { $done }/{ $exercises }
# How a session ended.
history-ended-finished = 已完成
history-ended-stopped = 停在{ $exercise }
history-ended-stopped-for-pain = 因疼痛停在{ $exercise }

# When a session was, counted in days, then in weeks.
history-when-days = { $days ->
        [0] 今天
        [1] 昨天
       *[other] { $days }天前
    }
history-when-weeks = { $weeks }周前
