### 练习单和就诊报告（PDF）。
### 原文为 core/locales/en/papers.ftl。

## Saving a paper from the window.

# The save dialog's titles.
papers-save-sheet-title = 保存练习单
papers-save-report-title = 保存就诊报告
# The routine went away while its sheet was being saved.
papers-routine-gone = 练习计划“{ $routine }”已不再加载。
# After saving the sheet.
papers-sheet-saved = 已将{ $routine }的练习单保存到 { $path }（{ $pages }）。
# After saving the visit report.
papers-report-saved = 已将就诊报告（{ $pages }）保存到 { $path }。{ $headline }
papers-report-saved-csv = 已将就诊报告以 CSV 格式保存到 { $path }。{ $headline }
# The plan could not be read for the report.
papers-plan-left-out = 未包含每周计划：{ $reason }
# No dialog could open, so the file went to the documents folder.
papers-no-dialog = 此桌面无法打开保存对话框。{ $notice }
# `$what` is `sheet` or `report`; `$reason` says why.
papers-not-saved = 无法保存{ $what ->
        [sheet] 练习单
       *[report] 就诊报告
    }：{ $reason }
papers-not-saved-stopped = 无法保存{ $what ->
        [sheet] 练习单
       *[report] 就诊报告
    }：处理意外中止。
# The History screen's button, and its form.
papers-visit-report = 就诊报告…
papers-period = 时间范围
papers-span-weeks = { $count }周
papers-span-six-months = 6个月
papers-span-everything = 全部
papers-save-as = 保存为
papers-format-pdf = PDF（用于打印）
papers-format-csv = CSV（用于电子表格）
# The period and how many sessions it holds.
papers-period-summary = { $from }至{ $to } · { $count }次练习
papers-save-report = 保存报告…
# The kinds of file the save dialog filters on.
papers-file-kind-pdf = PDF 文档
papers-file-kind-csv = CSV 电子表格
papers-file-kind-calendar = 日历
## The routine sheet: a routine on paper, to follow on the floor.

# The PDF's title.
paper-sheet-title = { $routine }——练习单
# Every page's footer.
paper-sheet-footer = { $routine } · { $who } · 打印于{ $date }
paper-sheet-for = { $profile }专用
# `$level` is an intensity's name.
paper-sheet-level-doses = { $level }强度
# Under the title.
paper-sheet-whose-profile = { $profile }的居家练习
paper-sheet-whose-level = { $level }强度的居家练习
paper-sheet-subtitle = { $whose } · { $date } · { $exercises }项练习，共约{ $length }，按此顺序进行
paper-sheet-nothing-to-print = 此练习计划中的练习都无法加载，因此没有可打印的内容。
# Bold labels before their text (a space follows each).
paper-sheet-left-out = 暂时略去：
paper-sheet-every-exercise = 每项练习：
paper-sheet-take-care = 注意：
paper-sheet-tip = 提示：
# `$variation` is the variation's title.
paper-sheet-variation = 版本“{ $variation }”：
# The exercises left out (`$exercises`, their titles).
paper-sheet-left-out-which = { $exercises }（因为感到疼痛；重新开始前请先咨询康复治疗师）。
# In place of a figure.
paper-sheet-no-picture = （无图片）
paper-sheet-picture-missing = （图片缺失）
# An exercise's level.
paper-sheet-level = { $level }强度
paper-sheet-level-own-values = { $level }强度，自定数值

## Every paper

# A page's number, at the foot of each page.
paper-page = 第{ $page }页，共{ $pages }页
# What was written: `$pages` pages on `$paper` (A4, Letter).
paper-pages = { $pages }页，{ $paper }
# The visit report's title.
paper-report-title = 就诊报告——{ $profile }
paper-size-name = { $paper ->
        [a4] A4
       *[letter] Letter（美式信纸）
    }
paper-missing-script = 这台电脑上没有任何字体含有{ $script }文字，因此这些文字在纸上显示为方框；安装含有这些文字的字体（例如 Noto Sans { $script }）即可解决。
paper-is-folder = 它是一个文件夹
paper-font-unreadable = 无法读取纸张所用的字体
paper-bad-size = 页面尺寸无效：{ $width }×{ $height }
paper-pdf-failed = 无法生成 PDF：{ $reason }
paper-write-failed = 无法写入 { $path }：{ $error }

# A heading of the routine sheet run on with its text (the safety box).
paper-section-heading = { $heading }：
