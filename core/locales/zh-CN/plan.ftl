### 每周计划、提醒（通知）和 `limber plan`。
### 原文为 core/locales/en/plan.ftl。

## The Plan screen.

plan-title = { $profile }的计划
plan-unreadable = 无法读取此用户的计划；原因见上方的通知。
# In place of a planned routine's length when the content lacks it.
plan-routine-not-loaded = 不在已加载的内容中
plan-ask-remove = 从计划中移除…
# Before the time field, and the field's placeholder (a time as typed).
plan-at = 时间
plan-time-placeholder = 08:00
# Beside the hour's and the minutes' − and +.
plan-hour = 时
plan-minutes = 分
plan-bad-time = 请按 08:00 或 18:30 的格式填写时间，然后按 Enter。
plan-remove = 移除
plan-keep = 保留
# A routine to add to the plan; `$routine` is its title.
plan-add = + { $routine }
plan-add-first = 把一个练习计划加入您的计划
plan-add-another = 再添加一个练习计划
# Under the routines to add.
plan-new-starts = 默认在{ $days }的{ $time }进行；之后可以更改日期和时间。
plan-all-planned = 所有练习计划都已加入计划。
plan-reminders = 提醒
# While Limber asks the system how reminders run.
plan-reminders-looking = 正在查看提醒的运行情况…
plan-calendar = 日历
# `$error` is the system's reason.
plan-calendar-not-saved = 日历文件未保存：{ $error }
# The save dialog's title for the calendar file.
plan-save-calendar-title = 将计划保存为日历文件
# The calendar file could not be written and no reason came back.
plan-calendar-not-written = 文件未写入
## The weekly plan, the reminders and the week's progress.
## Calm and without guilt: a missed day is a fact, never a failure.

# Said wherever a missed day shows.
plan-missed-days-are-fine = 错过几天没关系——再轻柔地开始就好。
# How long a routine takes, as a promise.
plan-about = { $minutes ->
        [0] 不到 1 分钟
       *[other] 约 { $minutes } 分钟
    }
# Days of the week of a planned routine.
plan-days-every-day = 每天
plan-days-none = 没有选择日期
plan-days-range = { $first }至{ $last }
plan-days-separator = {"、"}
# One planned routine: `$days` as the messages above write them.
plan-line = { $routine }，{ $days } { $time }
# The week in one phrase, after "This week:".
plan-week-summary = { $planned ->
        [0] 没有计划
       *[other] 已完成{ $done }次，共计划{ $planned }次
    }
# A week on the History screen: "4 of 5".
plan-week-count = { $done }/{ $planned }
# Planned days kept one after another (`$run`, 1 or more).
plan-run = { $run ->
        [1] 完成了 1 个计划日
       *[other] 连续完成了{ $run }个计划日
    }
# A day's status, as a word (the terminal, screen readers).
plan-day-status = { $status ->
        [free] 无计划
        [done] 已完成
        [partly] 部分完成
        [missed] 错过
       *[to-come] 未到
    }

## Home

# Home with no plan: a quiet invitation, and its button.
plan-invitation = 经常回来练习会有帮助。
plan-make-a-plan = 制定计划
# One planned routine today.
plan-today-later = 今天：{ $time } { $routine }（{ $about }）
plan-today-later-no-length = 今天：{ $time } { $routine }
plan-today-due = { $routine }原计划在{ $time }——今天任何时间都可以。
plan-today-done = { $routine }：今天已完成。
# The next planned session.
plan-next = { $when ->
        [today] 下一次：今天 { $time } { $routine }
        [tomorrow] 下一次：明天 { $time } { $routine }
        [weekday] 下一次：{ $day } { $time } { $routine }
       *[date] 下一次：{ $date } { $time } { $routine }
    }

## The Plan screen

# The screen's first lines, true to how reminders run.
plan-intro = { $running ->
        [yes] 选择一个练习计划、日期和时间。到时 Limber 会用通知提醒您，即使窗口已关闭。
        [no] 选择一个练习计划、日期和时间。提醒运行后（见“提醒”），Limber 会在那个时间用通知提醒您；在此之前，首页会显示今天的计划。
       *[unknown] 选择一个练习计划、日期和时间。提醒运行时，Limber 会在那个时间用通知提醒您，即使窗口已关闭。
    }
# Under a routine whose days were all turned off.
plan-no-days = 没有选择日期：它会留在计划中，但不会提醒。
# Asked before a routine leaves the plan.
plan-remove-question = 把{ $routine }从计划中移除吗？已做过的练习仍保留在记录中。
# How reminders run.
plan-reminders-status = { $running ->
        [yes] 提醒正在运行。
        [no] 提醒目前没有运行。
       *[unknown] Limber 无法判断提醒目前是否在运行。
    }{ $login ->
        [yes] 登录时会自动启动。
        [no] 登录时不会自动启动。
       *[unknown] {""}
    }
plan-start-at-login = 登录时启动
plan-start-reminders-now = 立即启动提醒
plan-save-to-calendar = 保存到日历…
# Beside the calendar button.
plan-calendar-hint = 供日历应用使用：每个练习计划对应一个每周重复、带提醒的日程。
# The calendar button with nothing on any day.
plan-calendar-needs-days = 请至少在一天安排一个练习计划，才能保存到日历。
# The save dialog answered without a file. Keep the command as it is.
plan-calendar-nothing-saved = 没有保存任何内容。如果没有出现对话框，可在终端中运行 `limber plan --ics > limber-plan.ics`，写出同样的文件。
# After the calendar file was written: `$path` is where.
plan-calendar-saved = 已保存到 { $path }。用日历应用打开它，即可把计划加入日历。

## The calendar file (its name, each event's title and notes)

calendar-name = Limber 计划——{ $profile }
calendar-event-title = { $routine }——Limber
calendar-event-notes = { $minutes ->
        [0] 不到 1 分钟的练习。打开 Limber 并选择{ $routine }。
       *[other] 约 { $minutes } 分钟的练习。打开 Limber 并选择{ $routine }。
    }
calendar-event-notes-no-length = 打开 Limber 并选择{ $routine }。

## Reminders (the desktop notification)

reminder-title = 该做{ $routine }了——{ $about }
reminder-title-no-length = 该做{ $routine }了
reminder-body-on-time = 计划在{ $time }。给身体几分钟平静的时间。
reminder-body-snoozed = 从{ $time }推迟。准备好了就开始。
reminder-body-later-today = 原计划在{ $time }；今天任何时间都可以。
reminder-body-earlier-day = 原计划在{ $day } { $time }。{ plan-missed-days-are-fine }
# The notification's buttons.
reminder-action-start = 开始
reminder-action-snooze = 10 分钟后提醒
reminder-action-done-today = 今天已完成

## Reading what a person types for a plan. Keep the examples as they are:
## they are what to type.

plan-days-not-a-day = “{ $part }”不是日期；请这样写：mon,wed,fri 或 mon-fri，或 weekdays、weekends、daily
plan-days-not-given = 没有给出日期；请这样写：mon,wed,fri 或 mon-fri
plan-time-invalid = “{ $text }”不是时间；请按 08:00 或 18:30 的格式写
plan-date-invalid = “{ $text }”不是 2024-05-13 这样的日期
calendar-nothing-planned = { $profile }还没有任何计划，因此没有可导出的日历；请先添加一个练习计划，例如 `limber plan add lower-back --days mon-fri --at 08:00`

## Starting the reminders (`limber remind`) from the Plan screen

reminders-start-failed = 启动 { $program } remind 时出错：{ $error }
reminders-ended-at-once = limber remind 立即结束了（{ $status }）
reminders-thread-failed = 启动线程时出错：{ $error }
reminders-notifier-stopped = 通知服务已停止

## 提醒与登录时启动：出了什么问题。

plan-reminder-not-shown = 无法显示提醒：{ $reason }
plan-login-no-folder = 在此系统上找不到登录时启动的程序所在的文件夹
plan-login-not-changed = 无法更改登录项：{ $reason }
plan-login-where-windows = 登录时启动的程序（注册表 Run 键“{ $entry }”）
plan-login-where-macos = 登录项“{ $entry }”
