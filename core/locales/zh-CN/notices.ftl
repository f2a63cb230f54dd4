### 通知：窗口中的横幅，以及命令在 stderr 上输出的消息。
### 原文为 core/locales/en/notices.ftl。

## The banner at the top of the window.

# The button that closes a notice.
notices-dismiss = 关闭
# Under the first four notices; `$count` is how many more there are.
notices-more = …还有{ $count }条
# Limber was started with `--routine` naming no routine.
notices-no-such-routine = 没有练习计划“{ $routine }”。已有的练习计划：{ $known }。
# A content file changed on disk while a routine plays.
notices-content-changed-during-routine = 磁盘上的内容已更改。这次练习按开始时的内容继续；下一次练习会使用更改后的内容。
# The content folders cannot be watched.
notices-content-not-watched = Limber 运行期间无法察觉内容文件夹的更改：{ $error }
# Edit was asked for a routine that came with Limber or a pack.
notices-routine-not-editable = “{ $routine }”不能在这里更改：只有您用“新建练习计划”制定的练习计划才可以。
# Saving over a routine file that changed on disk.
notices-routine-on-disk-kept = 磁盘上原有版本的练习计划保存在 { $path }。
# A routine of one's own was deleted.
notices-routine-deleted-kept = “{ $routine }”已删除。它的文件保存在 { $path }。
# After the builder saved, another content file has a problem.
notices-content-problem = 有一个内容文件存在问题（其余内容已加载）：{ $problem }
# The builder cannot save without a data folder.
notices-no-content-folder = 练习计划保存在您的内容文件夹中，而 Limber 目前在没有内容文件夹的情况下运行（没有数据文件夹）。
# A content file saved while Limber runs has an error.
notices-content-change-not-loaded = 您的更改没有加载；在修正以下问题之前，内容保持原样：{ $problem }{ $more ->
        [0] {""}
       *[other] （另有{ $more }个问题）
    }
# The profile store's thread ended.
notices-store-stopped = 用户资料存储已停止工作；更改不会保存
# An illustration that is not a picture file was asked for as one.
notices-not-an-image = 不是图片

## Why the window could not open (printed on stderr after "limber: ").

notices-store-not-started = 无法启动用户资料存储：{ $reason }
notices-no-window = 无法打开窗口：{ $reason }
# When the system gives no reason.
notices-window-refused = 窗口系统拒绝了请求
notices-no-display = 没有显示器：DISPLAY（X11）和 WAYLAND_DISPLAY（Wayland）都没有设置
## What Limber tells the person when it went on but kept something aside,
## left it alone or adjusted it. Calm: the person's data is never lost.

notice-file-kind = { $kind ->
        [profile-list] 用户列表
        [profile] 用户资料
        [history] 记录
        [plan] 计划
       *[reminders] 提醒
    }
notice-file-kept-aside = 您的{ $kind_name }文件 { $file } 无法读取（{ $reason }）；它已另存为 { $kept_as }，现在使用默认设置。
# `$found` is the file's format, `$supported` the newest this version reads.
notice-newer-version = 您的{ $kind_name }文件 { $file } 由较新版本的 Limber 写入（格式 { $found }；此版本最高读取 { $supported }）。文件保持原样，此版本不会更改它。
# A setting (`$what`, its name) outside its bounds.
notice-adjusted = { $what }：{ $requested } 超出了 { $min }–{ $max } 的范围；改用 { $used }。
notice-profile-gone = 用户“{ $name }”已在另一个窗口中删除；现在使用“{ $using }”。
notice-value-replaced = { $what }：您的用户资料文件中的`{ $written }`无法使用；改用默认值。
notice-records-set-aside = 您的{ $kind_name }文件 { $file } 中有{ $lost }条记录无法读取（{ $problem }）；其余{ $kept }条已保留。文件保持原样。
notice-records-set-aside-copy = 您的{ $kind_name }文件 { $file } 中有{ $lost }条记录无法读取（{ $problem }）；其余{ $kept }条已保留。原文件另存为 { $kept_as }。
notice-copy-kept = 您的{ $kind_name }文件 { $file } 无法完全按原样读取；原文件另存为 { $kept_as }。
notice-read-only-folder = Limber 无法写入它的数据文件夹 { $folder }（{ $reason }）：您的用户资料和记录按原样显示，更改不会保存。

## What could not be done with the person's data.

store-no-data-dir = 在此系统上找不到 Limber 的数据文件夹；请使用 --data-dir DIR 或设置 LIMBER_DATA_DIR
store-cannot-serialize = 无法写入 { $file }：{ $message }
store-newer-version = { $file } 由较新版本的 Limber 写入（格式 { $found }；此版本最高读取 { $supported }）；文件保持原样
store-unknown-profile = 没有 ID 为“{ $id }”的用户（可能已在另一个窗口中删除）
store-no-such-name = 没有名为“{ $name }”的用户；现有用户：{ $known }
store-invalid-name = “{ $name }”不能用作用户名称：{ $reason }
store-name-taken = 名为“{ $name }”的用户已存在
store-read-only-folder = { $folder } 无法写入（{ $reason }）；更改不会保存

## The names of a profile file's settings.

profile-field = { $field ->
        [profile-id] 用户 ID
        [profile-name] 用户名称
        [safety-screen-seen] 已阅读安全须知
        [exercises-left-out] 已略去的练习
        [volume-percent] 音量（百分比）
        [voice-volume-percent] 语音音量（百分比）
        [rest-time-seconds] 休息时间（秒）
        [spoken-coach] 语音指导
        [countdown] 倒数
        [ticks] 滴答声
        [sounds] 声音
        [get-ready-time-seconds] 准备时间（秒）
        [setup-card-read-time-seconds] 准备姿势卡片的阅读时间（秒）
        [theme] 主题
        [text-size] 文字大小
        [voice] 语音
        [speaking-speed-percent] 语速（百分比）
        [language] 语言
       *[full-screen-during-routines] 练习时全屏
    }
# The person's choice for one exercise (`$exercise`, its id).
profile-field-choice = 您对{ $exercise }的选择

# Why a name typed for a profile cannot be one.
profile-name-empty = 名称为空
profile-name-too-long = 名称超过了{ $max }个字符
profile-name-control = 名称含有控制字符

## What was wrong in a history file. `$problem` is a reader's own words
## (English).

history-file-not-whole = 无法整体读取该文件：{ $error }
history-file-no-list = 文件中没有练习列表
history-file-text-after-end = 第{ $line }行：记录结束后还有文字
history-file-cut-short = 文件在结尾的`])`之前就结束了：可能被截断了
history-file-line = 第{ $line }行：{ $problem }
history-file-line-unreadable = 第{ $line }行：无法读取
# `$session` is the session's place in the file (1 for the first).
history-file-session = 文件中的第{ $session }次练习：{ $problem }
# `$found` is the character found.
history-file-list-end = 第{ $line }行：练习列表以`{ $found }`结束，而不是`]`
history-file-ends-inside = 文件在练习列表中间结束：可能被截断了
history-file-text-after-list = 第{ $line }行：练习列表之后还有文字

# 当前语言的文字没有可用字体时，显示一次。
notices-no-font = 这台电脑上没有包含 { $script } 文字的字体，因此{ $language }的文字会显示为方框。请安装包含这些文字的字体（中文可用 Noto Sans CJK：在 Debian 和 Ubuntu 上安装 fonts-noto-cjk 软件包），然后重新启动 Limber。

## 个人资料和历史记录的存储。

profile-default-name = 我
profile-opened-read-only = 以只读方式打开
profile-folder-read-only = 无法写入数据文件夹 { $folder }（{ $reason }）
profile-newer-format = 个人资料“{ $profile }”是由较新版本的 Limber 保存的（格式 { $format }）
profile-left-in-place = { $reason }；已留在原处：{ $folder_reason }
profile-unknown-format = 格式版本 { $version } 不是 Limber 写过的版本
profile-not-utf8 = 不是 UTF-8 文本
profile-setting-hold = { $exercise } 的保持时间（秒）
profile-setting-repetitions = { $exercise } 的重复次数
profile-setting = { $setting ->
        [volume] 音量（百分比）
        [get-ready] 准备时间（秒）
        [rest] 休息时间（秒）
        [setup-read] 准备姿势卡片的阅读时间（秒）
        [speech-rate] 语速（百分比）
       *[speech-volume] 语音音量（百分比）
    }
profile-pain-before = 练习前疼痛
profile-pain-after = 练习后疼痛
notices-cannot-watch = 无法监视 { $path } 的变化：{ $error }
