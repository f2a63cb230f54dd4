### 通用词语：语言名称、左右两侧和日期。
### 原文为 core/locales/en/common.ftl；固定术语见 docs/glossary/zh-CN.md。

## 本语言

language-name = 简体中文

language-called = { $tag ->
        [en] 英语
        [es] 西班牙语
        [de] 德语
        [fr] 法语
        [pt-BR] 巴西葡萄牙语
        [zh-CN] 简体中文
        [en-XA] 伪英语
       *[other] { $tag }
    }

## 左右。中文不需要变形：{side}膝即“左膝”或“右膝”。

content-side = { $side ->
        [left] 左
       *[right] 右
    }

# “左腿”“右臂”“左侧”
side-of-limb = { $limb ->
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

## 日期和时间

# “2026年3月3日星期一”
date-long = %Y年%-m月%-d日%A
# “3月3日星期一”
date-short = %-m月%-d日%A
# “3月3日”
date-day-month = %-m月%-d日
# “2026年3月3日”
date-day-month-year = %Y年%-m月%-d日
# “3月3日”，图表时间轴下方
date-day-short-month = %-m月%-d日
time-of-day = %H:%M
date-numeric = %x
# “2026年3月3日星期一 08:05”
date-and-time = { $date } { $time }

## The window: its title and the screens' names.

window-title-home = Limber
window-title = Limber — { $screen }
window-title-finish = 已完成
window-title-newer = 来自较新版本 Limber 的用户资料
screen-home = 首页
screen-routine = 练习计划
# The screen that plays a routine.
screen-player = 练习
screen-finish = 结束
screen-settings = 设置
screen-safety = 安全须知
screen-history = 记录
screen-exercises = 所有练习
screen-plan = 计划
screen-newer = 较新的用户资料

## Controls on many screens.

common-back = ← 返回

## The Keys sheet (`?`): a screen's keyboard keys and what they do.

keys-title = 快捷键：{ $screen }
keys-close = 关闭
keys-help = 显示或隐藏此快捷键列表
keys-back = 返回
# Words printed on keys: Chinese keyboards print the English key names;
# only Space is usually called 空格.
keys-esc = Esc
keys-enter = Enter
keys-space = 空格
keys-delete = Delete
keys-shift = Shift
keys-tab = Tab
keys-ctrl = Ctrl
keys-alt = Alt
keys-page = Page
keys-up = Up
keys-down = Down
# Between two keys that do the same ("Enter or Esc").
keys-or = 或

## The 0–10 pain scale (Routine, Finish).

pain-scale-none = 0 = 无痛
pain-scale-worst = 10 = 能想象到的最剧烈疼痛

## Lengths of time and doses.

# “45 秒”“5 分钟”“5 分 12 秒”“1 小时 2 分”
duration = { $shape ->
        [h] { $hours } 小时
        [hm] { $hours } 小时 { $minutes } 分
        [hms] { $hours } 小时 { $minutes } 分 { $seconds } 秒
        [hs] { $hours } 小时 { $seconds } 秒
        [m] { $minutes } 分钟
        [ms] { $minutes } 分 { $seconds } 秒
       *[s] { $seconds } 秒
    }

# “保持 15 秒 × 3”“保持 15 秒 × 2（每条腿）”
dose = { $limb ->
        [leg] 保持 { $hold } × { $repetitions }（每条腿）
        [arm] 保持 { $hold } × { $repetitions }（每只手臂）
        [side] 保持 { $hold } × { $repetitions }（每侧）
       *[none] 保持 { $hold } × { $repetitions }
    }

# After a repetition count, with a space before it: “3 （每条腿）”.
each-limb = { $limb ->
        [leg] （每条腿）
        [arm] （每只手臂）
       *[side] （每侧）
    }

side-order-alternate = { $limb ->
        [leg] 左右腿交替进行，从左腿开始。
        [arm] 左右臂交替进行，从左臂开始。
       *[side] 左右两侧交替进行，从左侧开始。
    }
side-order-in-turn = { $limb ->
        [leg] 先完成左腿的全部次数，再做右腿。
        [arm] 先完成左臂的全部次数，再做右臂。
       *[side] 先完成左侧的全部次数，再做右侧。
    }

## Intensity and doses

intensity-name = { $level ->
        [gentle] 轻柔
        [strong] 加强
       *[standard] 标准
    }

dose-clamped = { $whose ->
        [content] { $field ->
            [hold] 此练习的保持时间 { $requested } 秒超出了 { $low } 秒..{ $high } 秒的范围；改用 { $used } 秒。
           *[repetitions] 此练习的重复次数{ $requested }超出了{ $low }..{ $high }的范围；改用{ $used }。
        }
       *[profile] { $field ->
            [hold] 您设定的保持时间 { $requested } 秒超出了 { $low } 秒..{ $high } 秒的范围；改用 { $used } 秒。
           *[repetitions] 您设定的重复次数{ $requested }超出了{ $low }..{ $high }的范围；改用{ $used }。
        }
    }

## Files Limber keeps (profiles, plans, history)

file-version-unknown = 格式版本 { $version } 不是 Limber 曾写入过的版本

## Content packs

pack-by = 作者：{ $author }
pack-version = 版本 { $version }
pack-reviewed = 审核于{ $date }
pack-from = 来自内容包“{ $pack }”
pack-from-about = 来自内容包“{ $pack }”：{ $about }
pack-manifest-heading = 内容包清单 { $file }：
pack-field-not-given = （未提供）
pack-imported-heading = 已导入的内容包（{ $folder }）：
pack-about-nothing = 没有作者、版本或审核日期
pack-imported-line = { $pack }：{ $about }
pack-imported-line-routines = { $pack }：{ $about }；练习计划：{ $routines }
# `$field` stays as written in the file (author, version, reviewed).
pack-field-too-long = `{ $field }`超过了{ $max }个字符
pack-field-control = `{ $field }`含有控制字符（换行符或类似字符）
pack-reviewed-invalid = `reviewed`为“{ $reviewed }”；请按 YYYY-MM-DD 格式写日期，例如“2025-06-02”
pack-manifest-too-large = 清单文件大于 { $kib } KiB

## Reading a file (content, packs, profiles): what went wrong.

file-unreadable = 无法读取：{ $error }
file-not-regular = 不是普通文件
file-not-utf8 = 不是 UTF-8 文本；RON 文件必须保存为 UTF-8
file-size = { $unit ->
        [mib] { $size } MiB
        [kib] { $size } KiB
       *[bytes] { $size } 字节
    }
file-kind-of = { $kind ->
        [folder] 文件夹
        [pipe] 命名管道（FIFO）
        [device] 设备
        [socket] 套接字
       *[other] 不是文件的对象
    }
file-not-read-kind = 未读取，因为它是{ $kind }，不是普通文件
file-larger-than-read = 文件大于 { $limit }（这类文件最多读取这么多）
file-not-utf8-save = 不是 UTF-8 文本；请将文件保存为 UTF-8
file-not-regular-remove = 它是{ $kind }，不是普通文件；请删除后重试

## A file or folder the system refused: what Limber was doing with it.

io-failed = { $action ->
        [copying] 复制 { $path } 时出错：{ $error }
        [creating] 创建 { $path } 时出错：{ $error }
        [creating-folder] 创建文件夹 { $path } 时出错：{ $error }
        [deleting] 删除 { $path } 时出错：{ $error }
        [finding-a-free-name-in] 在 { $path } 中查找可用名称时出错：{ $error }
        [keeping-a-copy-of] 保留 { $path } 的副本时出错：{ $error }
        [keeping-aside] 把 { $path } 放到一旁时出错：{ $error }
        [linking] 链接 { $path } 时出错：{ $error }
        [listing] 列出 { $path } 时出错：{ $error }
        [locking] 锁定 { $path } 时出错：{ $error }
        [moving] 移动 { $path } 时出错：{ $error }
        [moving-aside] 把 { $path } 移到一旁时出错：{ $error }
        [moving-into-place] 把 { $path } 移到目标位置时出错：{ $error }
        [opening] 打开 { $path } 时出错：{ $error }
        [opening-lock-file] 打开锁文件 { $path } 时出错：{ $error }
        [reading] 读取 { $path } 时出错：{ $error }
        [removing] 移除 { $path } 时出错：{ $error }
        [renaming-into] 重命名为 { $path } 时出错：{ $error }
        [replacing] 替换 { $path } 时出错：{ $error }
        [restoring] 恢复 { $path } 时出错：{ $error }
        [syncing] 同步 { $path } 时出错：{ $error }
        [writing] 写入 { $path } 时出错：{ $error }
       *[other] { $path }：{ $error }
    }

pack-refused = { $pack } 未导入（{ $count }个问题）；没有复制任何内容：

## Importing a pack (`limber import`, Import on Home)

pack-not-a-pack-file = 内容包是一个文件夹或 .zip 文件
pack-no-content = 没有 areas/、exercises/、routines/ 或 poses/ 文件：这不是 Limber 内容包
pack-clash = 与您的内容冲突：{ $problem }
pack-cannot-record = 无法记录内容包：{ $error }
pack-replaced-item = { $whose ->
        [shipped] 自带的{ $kind ->
            [area] 部位
            [exercise] 练习
            [routine] 练习计划
           *[pose] 姿势
        }“{ $title }”（{ $id }）
       *[yours] 您的{ $kind ->
            [area] 部位
            [exercise] 练习
            [routine] 练习计划
           *[pose] 姿势
        }“{ $title }”（{ $id }）
    }
pack-replaced-file = 您的文件 { $file }
pack-replaced = 内容包“{ $pack }”替换了{ $items }。

## Exporting a routine as a pack (`limber export-routine`, the builder)

pack-cannot-write-ron = 无法写入 RON：{ $error }
pack-picture-missing = 练习`{ $exercise }`：找不到它的图片 { $path }
pack-folder-not-empty = { $folder } 不是空的；请为内容包选择一个新文件夹
pack-cannot-write = 无法写入 { $file }：{ $error }

## 解压或复制时被拒绝的内容包。

pack-path-problem = { $why ->
        [backslash] 使用了反斜杠
        [nul] 含有 NUL 字符
        [parent] 超出了内容包文件夹（`..`）
        [absolute] 是绝对路径
        [no-name] 没有名称
        [too-deep] 嵌套超过 { $max } 层文件夹
        [windows-character] 含有 { $character }，Windows 不允许名称中有此字符
        [windows-end] 以句点或空格结尾，Windows 会将其去掉
       *[windows-device] 使用了 { $stem }，这是 Windows 的设备名
    }
pack-not-regular = 不是普通文件
pack-zip-too-large = 该 zip 文件为 { $size } MiB；内容包最大为 { $max } MiB
pack-zip-unreadable = 不是可读取的 zip 文件：{ $error }
pack-zip-too-many = 该 zip 文件有 { $count } 个条目；一个内容包最多 { $max } 个
pack-zip-duplicate = 该 zip 文件中同一文件名出现了两次
pack-entry-header = 条目 { $index }：无法读取文件头：{ $error }
pack-entry-refused = { $name }：已拒绝，{ $why ->
        [path] 路径{ $reason }
        [link] 是符号链接
        [special] 不是普通文件或文件夹（是设备、管道或套接字）
        [encrypted] 已加密
        [too-large] 解压后为 { $size } MiB；单个文件最大为 { $max } MiB
        [too-large-file] 大小为 { $size } MiB；单个文件最大为 { $max } MiB
        [twice] 同名文件出现了两次
        [too-deep] 嵌套超过 { $max } 层文件夹
       *[overflow] 解压后超过文件头所写的大小（{ $size } 字节）：zip 文件已损坏或被恶意篡改
    }
pack-total-too-large = { $uncompressed ->
        [yes] 这些文件解压后共 { $size } MiB；一个内容包最大为 { $max } MiB
       *[no] 这些文件共 { $size } MiB；一个内容包最大为 { $max } MiB
    }
pack-entry-unreadable = { $name }：无法读取：{ $error }
pack-entry-extract = { $name }：无法解压：{ $error }
pack-entry-damaged = { $name }：已损坏：{ $error }
pack-unpacks-too-much = 这些文件解压后超过 { $max } MiB
pack-folder-too-many = 文件和文件夹超过 { $max } 个；一个内容包最多 { $max } 个
pack-file-changed = { $name }：复制过程中发生了变化
