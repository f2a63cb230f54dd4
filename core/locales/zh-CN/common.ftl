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
time-of-day = %H:%M
date-numeric = %x
# “2026年3月3日星期一 08:05”
date-and-time = { $date } { $time }
