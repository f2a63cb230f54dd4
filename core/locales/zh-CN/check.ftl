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
