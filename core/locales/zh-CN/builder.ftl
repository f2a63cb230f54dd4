### 新建练习计划：练习计划编辑器。
### 原文为 core/locales/en/builder.ftl。

## The builder's screen.

builder-title-new = 新建练习计划
builder-title-edit = 编辑练习计划

# The name field, its label and placeholder.
builder-name = 名称
builder-name-placeholder = 例如：晨间拉伸
# A pasted name was too long.
builder-name-cut = 名称最多{ $count }个字符；超出的部分已略去。
builder-your-routine = 您的练习计划
# The routine while it has no exercise.
builder-empty = 从右侧列表添加练习：点击一项，或输入它的部分名称或部位后按 Enter。
# An exercise could not be added.
builder-refused = { $exercise }：{ $reason }
# A value of an exercise brought within its limits.
builder-adjusted = { $exercise }：{ $what }。
# A row's tools.
builder-up = ↑ 上移
builder-down = ↓ 下移
builder-remove = 移除
# A row whose exercise is no longer in the content.
builder-exercise-gone = { $number }. “{ $exercise }”已不在练习中；请移除后再保存。
# Under a row's steppers: what the exercise allows.
builder-suggested = 此练习：保持 { $hold } 秒，{ $repetitions }次{ $per_side }
# The profile's own values win over the routine's.
builder-own-hold = 您在练习计划页面设定的保持时间 { $seconds } 秒将优先使用。
builder-own-repetitions = 您在练习计划页面设定的{ $count }次重复将优先使用。
# The list of exercises to add.
builder-add-exercises = 添加练习
builder-search-placeholder = 按名称或部位搜索
builder-no-match = 没有与“{ $query }”匹配的练习。
builder-more-found = 还有{ $count }项：请输入更多名称。
# On an exercise of the list: in the routine already, or to add.
builder-added = 已添加 ✓
builder-add = + 添加
# The line of keys at the bottom, for where the keyboard is.
builder-keys-delete-question = Enter：删除 · Esc：保留
builder-keys-leave-question = Enter：继续编辑 · Esc：不保存并离开
builder-keys-name = 输入名称 · Enter 或 Tab：转到练习 · Ctrl+S：保存 · Esc：返回
builder-keys-library = 输入以搜索 · ↑ ↓ 选择 · Enter：添加 · Tab：您的练习计划 · Ctrl+S：保存
builder-keys-routine = ↑ ↓ 选择 · Alt+↑ ↓ 移动 · ← → 保持时间 · Shift+← → 重复次数 · V 版本 · Delete：移除 · Tab：保存
builder-keys-save = Enter：保存 · Tab：名称 · Esc：返回
builder-keys-delete = Enter：删除此练习计划… · Tab：名称 · Esc：返回
builder-ask-delete = 删除练习计划…
builder-save = 保存练习计划
builder-saving = 正在保存…
# Asked before deleting.
builder-delete-question = 删除“{ $routine }”吗？它的磁贴会从首页消失。{ $planned ->
        [yes] 它也会从每周计划中移除。
       *[no] {""}
    }它的文件会在内容文件夹的 .kept 文件夹中保留一份副本，以便需要时找回。
builder-delete = 删除练习计划
builder-keep = 保留
builder-leave-question = 不保存就离开吗？您在这里所做的更改不会保留。
builder-keep-editing = 继续编辑
builder-leave = 不保存并离开
# The file changed on disk while the builder had it open.
builder-changed-outside = 自您打开以来，此练习计划的文件已在编辑器之外被更改（在文本编辑器中，或在另一个 Limber 窗口中）。要用您的版本覆盖它（另一个版本会保留在 .kept 文件夹中），还是打开另一个版本？
builder-save-over = 用我的版本覆盖
builder-open-other = 打开另一个版本
builder-deleted-outside = 自您打开以来，此练习计划的文件已在编辑器之外被删除。
builder-save-again = 重新保存
builder-leave-deleted = 保持删除
# `$reason` says why (already written).
builder-not-saved = 未保存：{ $reason }

## The Keys sheet (?) in the builder.

builder-key-tab = 下一个位置：名称、可添加的练习、您的练习计划、保存
builder-key-back-tab = 上一个位置
builder-key-choose = 选择一项练习（在列表中或您的练习计划中）
builder-key-enter = 添加所选练习；在“保存”上时保存
builder-key-move = 将所选练习前移或后移
builder-key-remove = 移除所选练习
builder-key-save = 保存练习计划
builder-key-back = 返回（如有更改会先询问）

## Saving and deleting (notices; `$reason` says why, already written).

builder-not-started = 练习计划无法保存：Limber 无法开始处理。
builder-save-failed = 练习计划未保存：{ $reason }。
builder-delete-failed = “{ $routine }”未删除：{ $reason }。
## The routine builder's rules (its messages come from the core).

builder-already-in = 它已经在练习计划中了。
# `$max` is the most exercises a routine holds.
builder-full = 一个练习计划最多包含{ $max }项练习。
# A dose brought within the exercise's range.
builder-hold-adjusted = 保持时间 { $was } 秒已改为 { $now } 秒，在建议的 { $low }–{ $high } 秒范围内
builder-repetitions-adjusted = 重复{ $was }次已改为{ $now }次，在建议的{ $low }–{ $high }次范围内
# A saved routine's description.
builder-description = { $count }项练习：{ $exercises }。
builder-no-exercises = 请至少添加一项练习。
builder-missing = 练习“{ $exercise }”已不在练习中；请移除后再保存。
builder-name-empty = 请给练习计划起个名字。
builder-name-too-long = 名称请不要超过{ $max }个字符。
builder-name-no-letters = 名称中请至少使用一个文字、字母或数字。
builder-name-taken = 已有名为“{ $title }”的练习计划。请换一个名称。

## The routine's file (`content/routines/<id>.ron`).

builder-file-header =
    由 { $maker } 于 { $date } 在 Limber 的练习计划编辑器中创建。
    每项练习量是一个值 (n, n)：保持时间（秒）和为此选定的次数，各强度下都相同。
    可在应用中修改（首页上此练习计划卡片的“编辑”），或在此修改；`limber check` 会检查此文件夹。
builder-file-ron-failed = 无法写入 RON：{ $error }
builder-file-changed = 自您打开 { $path } 以来，它已在编辑器之外被修改
builder-file-gone = { $path } 已不存在
builder-file-not-this-routine = { $path } 中已不再是此练习计划
builder-file-not-own = { $path } 不在您自己的内容文件夹（{ $folder }）中
builder-file-no-free-id = 由此名称生成的 id 均已被占用
