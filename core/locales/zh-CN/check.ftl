### `limber check`：内容和翻译中的问题。
### 原文为 core/locales/en/check.ftl。

## `limber check --translations`：每种语言一段。

check-language = { $tag }（{ $name }）

check-untranslated-messages = { $total }条消息中有{ $count }条尚未翻译：{ $first }

check-untranslated-content = { $total }条内容文本中有{ $count }条尚未翻译：{ $first }

check-language-summary = { $tag }：{ $errors }个错误，{ $untranslated }项未翻译

## 内容翻译（`translations/<语言>/…`）中的问题。

check-translation-unknown-item = 没有可翻译的{ $kind ->
        [area] 部位
        [exercise] 练习
        [routine] 练习计划
       *[other] { $kind }
    }`{ $id }`
check-translation-unknown-step = 练习`{ $exercise }`没有名为“{ $step }”的步骤；请用步骤的英文标题指定（或用`#2`表示第二步）
check-translation-ambiguous-step = 练习`{ $exercise }`有{ $count }个名为“{ $step }”的步骤；请用编号指定要翻译的那一个（`#{ $first }`）
check-translation-unknown-variation = 练习`{ $exercise }`没有名为“{ $variation }”的版本
check-translation-placeholders = { $field }中有{ $found }，而英文原文中是{ $expected }：请保留相同的占位符（{"{"}side{"}"}、{"{"}other{"}"}）
check-translation-count = { $field }有{ $found }项；英文原文有{ $expected }项
check-translation-empty = { $field }为空；如要使用英文原文，请删去该项
check-translation-language = `{ $folder }`不是语言标签（例如`es`或`pt-BR`）
check-translation-english = 不读取 translations/en：英文是内容本身的语言
check-placeholder-none = 没有占位符
check-translation-no-source = { $field }：英文原文中没有可翻译的内容
check-translation-control = { $field }含有控制字符
check-translation-misplaced = 未加载：翻译文件应放在 translations/<语言>/areas/、exercises/ 或 routines/ 中
check-translation-unknown-spoken = 版本“{ $variation }”在英文中没有为步骤“{ $step }”单独设定的语音，因此没有可翻译的内容

## What `limber check` (and loading the content) says about files and
## folders of the content. Keep field names (`title`), folder names
## (areas/) and file kinds (.ron) as they are: they are what is written.

content-file-misplaced = 未加载：RON 文件应直接放在 areas/、exercises/、routines/ 或 poses/ 中
# `$folder` is the content's folder the file is in.
content-file-unexpected = { $folder }/ 中有意外的文件：那里只应放 .ron 文件（和图片）
content-folder-unreadable = 无法读取文件夹：{ $error }
# `$max` is the most files looked at.
content-too-many-files = 文件超过 { $max } 个；其余的没有查看
# `$limit` is a size as `file-size` writes it.
content-file-too-large = 文件大于 { $limit }，这是内容文件的上限
# A text over its limit.
content-text-too-long = { $what }长 { $length } 个字符；最多 { $max } 个
content-too-many-entries = `{ $field }`有 { $count } 项；最多 { $max } 项
# A field of a step or a variation.
content-step-field = 第{ $step }步：`{ $field }`
content-variation-field = 版本{ $variation }：`{ $field }`

## `limber check` 对部位、练习或练习计划文件的提示。字段名（`hold_seconds`）、
## id、步骤角色（Setup、Move、Hold、Release）和 RON 写法（`sides: None`）
## 保持原样：这是作者所写的内容。

content-id-empty = { $kind ->
        [area] 部位的 id 为空
        [exercise] 练习的 id 为空
       *[routine] 练习计划的 id 为空
    }
content-id-not-kebab = { $kind ->
        [pose] 姿势
        [area] 部位
        [exercise] 练习
       *[routine] 练习计划
    } id `{ $id }` 不是 kebab-case 格式：请使用小写字母、数字和单个短横线，例如 `knee-to-chest`
content-id-too-long = { $kind ->
        [pose] 姿势
        [area] 部位
        [exercise] 练习
       *[routine] 练习计划
    } id `{ $id }` 超过 { $max } 个字符
content-field-empty = `{ $field }` 为空
content-range = { $problem ->
        [inverted] `{ $field }` ({ $low }, { $high }) 顺序颠倒：请先写较小的数，({ $high }, { $low })
        [empty] `{ $field }` ({ $low }, { $high }) 为空：只允许 0
        [zero] `{ $field }` 从 0 开始；合理的最小值是 1 { $unit ->
            [seconds] 秒
           *[repetitions] 次
        }
       *[too-high] `{ $field }` 最高到 { $high } { $unit ->
            [seconds] 秒
           *[repetitions] 次
        }；一项练习的强度最多为 { $max } { $unit ->
            [seconds] 秒
           *[repetitions] 次
        }
    }
content-transition-too-long = `{ $field }` 为 { $value }；最多接受 { $max } 秒
content-step-order = { $problem ->
        [setup-late] 第 { $number } 步是动作之后的 Setup 卡片
        [second-move] 第 { $number } 步是第二个 Move
        [move-late] 第 { $number } 步是 Hold 之后的 Move
        [second-hold] 第 { $number } 步是第二个 Hold
        [release-early] 第 { $number } 步是 Hold 之前的 Release
       *[second-release] 第 { $number } 步是第二个 Release
    }；步骤的顺序是：先是 Setup 卡片，然后最多一个 Move、恰好一个 Hold、最多一个 Release
content-step-no-hold = 该练习没有 Hold 步骤；步骤的顺序是：先是 Setup 卡片，然后最多一个 Move、恰好一个 Hold、最多一个 Release
content-image-not-shipped = 图片 `{ $path }` 不在随附的内容中
content-image-not-found = 找不到图片 `{ $path }`（查找位置：{ $looked }）
content-image-not-file = 图片 `{ $path }` 不是文件
content-image-outside = 图片 `{ $path }` 链接到内容文件夹以外的文件
content-image-too-large = 图片 `{ $path }` 大于 { $limit }，这是 { $kind } 图片的上限
content-image-path-empty = 图片路径为空
content-image-path-backslash = 图片路径 `{ $path }` 含有 `\`；请在文件夹之间使用 `/`，以便内容在各个系统上都能使用
content-image-path-absolute = 图片路径 `{ $path }` 是绝对路径；请写成相对于内容文件夹的路径，例如 `images/knee.png`
content-image-path-parent = 图片路径 `{ $path }` 使用了 `..`；图片必须在内容文件夹之内
content-image-path-rooted = 图片路径 `{ $path }` 是绝对路径；请写成相对于内容文件夹的路径
content-image-kind = 图片 `{ $path }` 不是 PNG、JPEG 或 SVG 文件
content-pose-id-empty = 姿势 id 为空
content-highlight-empty = `highlight` 是空列表，人形图上不会突出任何部位；请写出一个或多个身体部位：{ $parts }
content-areas-empty = `areas` 为空：该练习只会出现在列出它的练习计划中
content-limb-without-sides = `limb` 只改变分侧练习的措辞，而此练习没有 `sides`
content-caution-empty = 有一条注意事项为空
content-tip-empty = 有一条提示为空
content-step-field-empty = 第 { $step } 步：`{ $field }` 为空
content-step-field-empty-optional = 第 { $step } 步：`{ $field }` 为空；请直接删去
content-variation-empty = 变式 { $variation }：`title` 和 `text` 不能为空
content-variation-unknown-step = 变式 { $variation }：`spoken` 提到步骤“{ $step }”，但此练习没有该步骤；请使用某个步骤的标题：{ $titles }
content-placeholder-unknown = `{ $token }` 不是 Limber 认识的占位符；当前练习的一侧请写 `{"{"}side{"}"}`，另一侧请写 `{"{"}other{"}"}`
content-placeholder-unsided = `{ $token }` 需要分侧练习；此练习为 `sides: None`
content-switch-sides-unsided = `switch_sides` 用于分侧练习；此练习为 `sides: None`
content-routine-empty = 该练习计划没有练习
content-control-character = `{ $field }` 含有控制字符（{ $code }）；文本可以包含字母、空格和制表符，不能有换行或终端代码
content-id-control-character = `{ $field }` “{ $id }”含有控制字符；id 只能由小写字母、数字和短横线组成
content-in-step = 第 { $step } 步：{ $message }
content-in-variation = 变式 { $variation }：{ $message }
content-variation-pose-control = 变式 { $variation }：`poses` 中的一个姿势 id 含有控制字符
content-not-loaded = { $kind ->
        [pose] 姿势
        [exercise] 练习
       *[area] 部位
    } `{ $id }` 因自身的问题未加载
content-unknown = 未知的{ $kind ->
        [pose] 姿势
        [exercise] 练习
       *[area] 部位
    } `{ $id }`
content-movement-fault = 第 { $step } 步（{ $role }）让人形图从姿势 `{ $from }` 变到 `{ $to }`：在 { $percent }% 处，{ $finding }
content-variation-pose-unused = 变式 `{ $variation }` 替换了姿势 `{ $pose }`，但此练习没有任何步骤画出该姿势
content-user-folder-unreadable = 无法读取用户内容文件夹：{ $error }
content-folder-unreadable-whole = 无法读取内容文件夹：{ $error }
content-more-problems = ……此文件中还有 { $count } 个问题
content-duplicate-id = { $kind ->
        [area] 部位
        [exercise] 练习
        [routine] 练习计划
       *[pose] 姿势
    } id `{ $id }` 重复：{ $first } 已经定义了它（id 在同一文件夹中必须唯一；已跳过此文件）
content-this-file = 此文件
content-another-file = 另一个文件
content-using-earlier = 改用 { $file } 中较早的{ $kind ->
        [area] 部位
        [exercise] 练习
       *[routine] 练习计划
    } `{ $id }`
content-image-placeholder = 无法显示图片 `{ $path }`（应用会画一个占位图）：{ $problem }

## 某种语言的目录中的问题（`limber check --translations`）。

catalogue-missing-reference = `{ $id }` 引用了消息 `{ $base }`，但 `{ $tag }` 中没有它（引用只能找到同一语言中的消息）
catalogue-missing-term = `{ $id }` 使用了术语 `-{ $term }`，但 `{ $tag }` 没有定义它（术语由各语言自行定义）
catalogue-not-english = `{ $id }` 不是英文消息：可能是拼写错误，或英文中已不再有这条消息
catalogue-extra-variable = `{ $id }` 使用了 `${ $variable }`，但英文消息不提供它（{ $given }）
catalogue-variables-given = { $count ->
        [0] 英文消息不提供任何变量
       *[other] 英文消息提供 { $names }
    }
catalogue-extra-attribute = `{ $id }` 有属性 `.{ $attribute }`，英文中没有
catalogue-other-file = `{ $id }` 在英文中位于 { $file }：请放在同名文件中
catalogue-defined-twice = `{ $id }` 已在 { $file } 中定义（使用第一个）

## Poses, pictures and SVG files (`core/src/figure`).

figure-decimal-mark = {"."}
figure-highlight-not-region = `highlight` 应为一个身体部位或身体部位的列表，例如 `LowerBack` 或 `[Neck, Shoulders]`；身体部位有：{ $parts }
figure-not-a-body-part = `{ $name }` 不是人形图认识的身体部位；身体部位有：{ $parts }
figure-render-bad-size = 不允许的图片尺寸 { $width }×{ $height }（每边须为 1 ..= { $max } 像素）
figure-render-encode = 无法编码 PNG：{ $error }
figure-render-bad-id = 姿势 id `{ $pose }` 不能用作文件名
figure-render-write = 无法写入 { $path }：{ $error }
figure-pose-not-finite = 姿势 `{ $pose }`：{ $field } 不是有限的数
figure-pose-turns = 姿势 `{ $pose }`：{ $field } = { $value } 度，超过两整圈
figure-pose-pelvis-height = 姿势 `{ $pose }`：pelvis.height = { $value } 超出 0 ..= { $max } 个头部单位
figure-pose-shoulder-blades = 姿势 `{ $pose }`：shoulder_blades = { $value } 超出 -1 ..= 1（从完全向后到完全向前）
figure-pose-raised = 姿势 `{ $pose }`：raised = { $value } 超出 0 ..= { $max } 度
figure-pose-turned = 姿势 `{ $pose }`：turned = { $value } 超出 0 ..= { $max } 度（从近侧）和 { $far } ..= 180 度（从远侧）
figure-pose-side-view-only = 姿势 `{ $pose }`：{ $field } 仅用于侧视图
figure-pose-empty-id = 有一个姿势的 id 为空
figure-image-outside = { $path }：图片在内容文件夹 { $folder } 之外
figure-image-unreadable = { $path }：无法读取图片：{ $error }
figure-image-file-too-large = { $path }：文件大于 { $limit }（{ $kind } 图片的上限）
figure-image-unsupported = { $path }：仅支持 PNG、JPEG 和 SVG 图片（按文件扩展名）
figure-image-not-in-content = { $path }：内容中没有这张图片
figure-image-too-many-pixels = { $path }：图片太大（最多 { $side }×{ $side } 像素、解码后 { $size }）：{ $reason }
figure-image-damaged = { $path }：图片已损坏或与其文件名所示类型不符：{ $reason }
figure-image-svg = { $path }：无法显示该 SVG：{ $reason }
figure-image-declares = 其声明的尺寸为 { $width }×{ $height } 像素

## What is wrong with a pose.

figure-in-pose = 姿势 `{ $pose }`：{ $finding }
figure-part = { $part ->
        [pelvis] 骨盆
        [upper-back] 上背部
        [lower-back] 腰部
        [trunk] 躯干
        [neck] 颈部
        [head] 头部
        [shoulders] 双肩
        [chest] 胸部
        [left-upper-arm] 左上臂
        [right-upper-arm] 右上臂
        [left-forearm] 左前臂
        [right-forearm] 右前臂
        [left-hand] 左手
        [right-hand] 右手
        [left-thigh] 左大腿
        [right-thigh] 右大腿
        [left-shin] 左小腿
        [right-shin] 右小腿
        [left-foot] 左脚
        [right-foot] 右脚
        [left-leg] 左腿
        [right-leg] 右腿
        [left-knee] 左膝
        [right-knee] 右膝
        [left-heel] 左脚跟
        [right-heel] 右脚跟
        [left-toes] 左脚趾
        [right-toes] 右脚趾
        [left-shoulder] 左肩
        [right-shoulder] 右肩
        [left-elbow] 左肘
        [right-elbow] 右肘
        [left-wrist] 左手腕
        [right-wrist] 右手腕
        [left-hip] 左髋
        [right-hip] 右髋
        [left-ankle] 左脚踝
        [right-ankle] 右脚踝
       *[other] { $part }
    }
figure-below-floor = { $part }在地面以下 { $depth } 个头部单位
figure-contact-above = { $part }应贴在地面上（contacts），但离地面 { $above } 个头部单位
figure-range = { $part }（{ $field }{ $solved ->
        [yes] ，由 `{ $from }` 求出
       *[no] {""}
    }）{ $how ->
        [back] 后伸 { $angle }°
       *[forward] 屈曲 { $angle }°
    }，超出{ $joint ->
        [shoulder] 肩
        [elbow] 肘
        [wrist] 腕
        [hip] 髋
        [knee] 膝
        [ankle] 踝
        [trunk] 躯干
        [neck] 颈部
       *[other] { $joint }
    }的活动范围（向后 { $back }° 至向前 { $forward }°）
figure-not-met = { $from }：未满足 { $place }：{ $detail }
figure-not-met-both = { $from }：未满足 { $place }：{ $first }；{ $second }
figure-hand-away = { $side ->
        [left] 左
       *[right] 右
    }手距离{ $target ->
        [knee] { $leg ->
        [left] 左
       *[right] 右
    }膝
        [shin] { $leg ->
        [left] 左
       *[right] 右
    }小腿（膝盖正下方）
        [thigh] { $leg ->
        [left] 左
       *[right] 右
    }大腿
        [ankle] { $leg ->
        [left] 左
       *[right] 右
    }脚踝
        [leg] { $leg ->
        [left] 左
       *[right] 右
    }腿膝盖以下的部分
       *[chest] 胸部
    } { $by } 个头部单位
figure-hand-behind-back = { $side ->
        [left] 左
       *[right] 右
    }手在背后
figure-hand-above-floor = { $side ->
        [left] 左
       *[right] 右
    }手离地面 { $by } 个头部单位
figure-hand-from-hip = { $side ->
        [left] 左
       *[right] 右
    }手距离髋部 { $by } 个头部单位
figure-forearm-above-floor = { $side ->
        [left] 左
       *[right] 右
    }前臂离地面 { $by } 个头部单位
figure-elbow-off-shoulder = { $side ->
        [left] 左
       *[right] 右
    }肘在肩的{ $where ->
        [ahead] 前方
       *[behind] 后方
    } { $by } 个头部单位处
figure-foot-end-above-floor = { $side ->
        [left] 左
       *[right] 右
    }{ $end ->
        [heel] 脚跟
       *[toes] 脚趾
    }离地面 { $by } 个头部单位
figure-heel-above-floor = { $side ->
        [left] 左
       *[right] 右
    }脚跟离地面 { $by } 个头部单位
figure-toes-above-floor = { $side ->
        [left] 左
       *[right] 右
    }脚趾离地面 { $by } 个头部单位
figure-foot-from-thigh = { $side ->
        [left] 左
       *[right] 右
    }脚距离{ $other ->
        [left] 左
       *[right] 右
    }大腿 { $by } 个头部单位
figure-feet-apart = 两脚相距 { $by } 个头部单位
figure-foot-own-thigh = { $from }：脚不能抵在同侧的大腿上；{ $side ->
        [left] 左
       *[right] 右
    }脚应抵在{ $other ->
        [left] 左
       *[right] 右
    }大腿上
figure-hands-twice = 请用 `hands` 同时指定双手，或用 `left_hand` 和 `right_hand` 分别指定，不要两者都写
figure-feet-twice = 请用 `feet` 同时指定双脚，或用 `left_foot` 和 `right_foot` 分别指定，不要两者都写
figure-feet-both-thighs = 双脚不能都抵在对侧大腿上；请使用 `left_foot` 或 `right_foot`
figure-limb-unplaced = 省略了 `{ $field }`，也没有任何设置确定{ $side ->
        [left] 左
       *[right] 右
    }{ $limb ->
        [arm] 臂
       *[leg] 腿
    }的位置：请写出该字段，或用 `{ $place_field }` 说明{ $limb ->
        [arm] 手
       *[leg] 脚
    }放在哪里
figure-leg-bend-unknown = { $from } 确定了{ $side ->
        [left] 左
       *[right] 右
    }脚的位置，但没有说明腿如何弯曲到那里：请写出 `{ $field }`（髋或膝）

## Why an SVG file is refused.

figure-svg-place = 第 { $line } 行第 { $column } 列
figure-svg-library-failed = SVG 库在{ $doing ->
        [reading] 读取
       *[drawing] 绘制
    }时出错（{ $cause }）；已拒绝该文件
figure-svg-not-drawable = 不是 usvg 能绘制的图片：{ $error }
figure-svg-canvas = 无法以 { $width }×{ $height } 像素绘制
figure-svg-compressed = 文件经过压缩（SVGZ）；请另存为普通 SVG（压缩文件解压后可能大小不受限制）
figure-svg-not-utf8 = 不是 UTF-8 文本
figure-svg-entities = 文件声明了 XML 实体（`<!ENTITY`，位于{ $place }），实体可能展开成任意大小；请不带 DTD 重新导出
figure-svg-too-deep = 元素嵌套超过 { $max } 层（位于{ $place }）；请减少分组层级
figure-svg-too-many-nodes = 文件含有超过 { $max } 个 XML 节点；请简化图画
figure-svg-not-xml = 不是有效的 SVG（XML）：{ $error }
figure-svg-outside-url = `url({ $url })` 引用了另一个文件；只跟随 SVG 内部的引用（`url(#id)`）
figure-svg-link = 文件链接到另一个文件（`{ $href }`，位于{ $place }）；不会跟随链接：请改为把图片嵌入 SVG
figure-svg-import = 其样式表导入了另一个文件（位于{ $place }）
figure-svg-sheet-markers = 其样式表设置了标记（位于{ $place }）；请改为在图形上设置 marker-start/-mid/-end
figure-svg-at = { $reason }（位于{ $place }）
figure-svg-loop = 其引用形成了循环（位于{ $place }）
figure-svg-too-many-instances = 其引用（`<use>`、标记、图案…）将绘制超过 { $max } 个元素（位于{ $place }）
figure-svg-references-too-deep = 其引用嵌套超过 { $max } 层（位于{ $place }）
figure-svg-data-malformed = 位于{ $place }的 data URL 格式错误
figure-svg-data-undecodable = 位于{ $place }的 data URL 无法解码
figure-svg-embedded-too-large = 位于{ $place }的嵌入图片：{ $reason }
figure-svg-embedded-damaged = 位于{ $place }的嵌入图片已损坏：{ $error }
figure-svg-embedded-total = 嵌入的图片解码后合计超过 { $size }（位于{ $place }）
figure-svg-embedded-svg = 位于{ $place }的嵌入 SVG：{ $reason }
figure-svg-embedded-kind = 位于{ $place }的嵌入图片是 `{ $mime }`；只能嵌入 PNG、JPEG 和 SVG
figure-svg-reencode = 无法重新编码嵌入的图片：{ $error }
figure-svg-layers = 绘制时需要同时占用超过 { $size } 的图层；请简化效果（不透明度、蒙版、滤镜、图案）
figure-svg-pattern = 一个图案平铺块将绘制得超过 { $millions } 百万像素；请把图案缩小
figure-svg-too-slow = 绘制耗时过长（超过 { $millions } 百万次像素运算）；请简化图画
