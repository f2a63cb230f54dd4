### 设置页面：声音、语音指导、时间、主题、文字大小、语言、用户。
### 原文为 core/locales/en/settings.ftl。

## The Settings screen.

# The screen's title; `$profile` is the profile's name.
settings-title = { $profile }的设置

# Section headings.
settings-sound = 声音
settings-spoken-coach = 语音指导
settings-timings = 时间
settings-profiles = 用户

## The title row: theme, text size and language.

settings-theme = 主题
settings-text-size = 文字大小
settings-language = 语言
# The first entry of the language list: the computer's language.
settings-language-system = 跟随系统（{ $language }）
# A language saved in the profile that this Limber does not have.
settings-language-unknown = { $tag }（不可用）
# Under the language list when the language was chosen at start-up.
settings-language-command-line = 由于 Limber 启动时使用了 { "--lang" }，目前使用{ $language }；列表中的选择从下次启动起生效。

## Sound.

settings-sounds = 声音
settings-volume = 音量
# A value in percent: "70 %".
settings-percent = { $percent }%
# Above the choices for the last three seconds of a hold.
settings-countdown = 保持的最后 3 秒倒数
# The word beside an on/off switch.
settings-on = 开
settings-off = 关

## The spoken coach.

# Shown for a moment after start-up while the speech service connects.
settings-voice-looking = 正在查找语音…
settings-speak-steps = 朗读步骤
# The button that says a sample line; T is its key.
settings-try-voice = 试听  (T)
settings-voice = 语音
settings-speed = 语速
settings-voice-volume = 语音音量
# The first entry of the voice list: the voice the computer chooses.
settings-voice-system-default = 系统默认
# A voice in the list with its language: "Anna (de-DE)".
settings-voice-with-language = { $voice }（{ $language }）
# A voice saved in the profile that this computer does not have.
settings-voice-not-found = { $voice }（未找到）

## Timings.

settings-get-ready = 准备
settings-rest = 每次重复之间休息
# The rest's value when the profile sets none: each exercise's own.
settings-rest-exercises-own = 按各练习设定
settings-setup-read = 准备姿势卡片的阅读时间
settings-full-screen = 练习时全屏
# A length in seconds beside − and +: "5 s".
settings-seconds = { $seconds } 秒

## Profiles.

# A profile's name with the mark of the one in use: "Sam  (in use)".
settings-profile-in-use = { $profile }（使用中）
settings-profile-use = 使用
settings-profile-rename = 重命名
settings-profile-ask-delete = 删除…
# The placeholder of the name field while renaming.
settings-profile-name = 名称
settings-profile-save = 保存
settings-profile-cancel = 取消
# Asked before a profile is deleted; `$profile` is its name.
settings-profile-delete-question = 删除{ $profile }及其全部记录吗？此操作无法撤销。
settings-profile-delete = 删除
settings-profile-keep = 保留
# The placeholder of the new profile's name field.
settings-new-profile-name = 新用户名称
settings-add-profile = 添加用户

## The Keys sheet (?) on the Settings screen.

settings-key-move = 在各项设置之间移动
settings-key-change = 更改设置（也可按 − 和 +）
settings-key-flip = 打开或关闭该设置
settings-key-try-voice = 试听语音
settings-key-new-profile = 输入新用户的名称（按 Enter 添加）

## The screen shown instead of Home when the profile was saved by a newer
## Limber.

newer-title = 此用户资料来自较新版本的 Limber
# `$profile` is the profile's name, `$format` the number of the file's
# format.
newer-explanation = “{ $profile }”由较新版本的 Limber 保存（格式 { $format }）。此版本可以显示它，但不会更改它：您现在所做的一切（强度、设置、练习记录）都不会保存。
newer-choose = 请更新 Limber 以完整使用它，或选择现在要做什么：
newer-open-read-only = 以只读方式打开
newer-use-another = 使用其他用户

## The choices of Theme, Text size and the countdown, each on a button.

settings-theme-system = 跟随系统
settings-theme-light = 浅色
settings-theme-dark = 深色
settings-text-size-normal = 标准
settings-text-size-large = 大
settings-text-size-larger = 更大
settings-countdown-off = 关
settings-countdown-ticks = 滴答声
settings-countdown-voice = 语音
settings-countdown-both = 语音和滴答声
settings-countdown-note-no-sounds = 声音已关闭，因此不会播放滴答声。
settings-countdown-note-no-voice = 语音关闭时，改用滴答声倒数。
