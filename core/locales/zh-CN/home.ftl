### 首页：部位磁贴、上次练习和本周记录、链接。
### 原文为 core/locales/en/home.ftl。

# The app's name, large at the top left.
home-title = Limber
# Before the list of profiles at the top right.
home-profile = 用户
# The button that shows the Keys sheet; ? is its key.
home-keys = 快捷键 ?
# Above the tiles.
home-question = 今天想练哪个部位？
# The tile of the routine that goes through every area.
home-full-routine = 完整练习
# Beside the row of the profile's own routines (made with New routine).
home-your-routines = 我的练习计划
# Under a routine's tile: how many exercises and about how long.
home-routine-facts = { $count }项练习 · 约{ $minutes }
home-browse-exercises = 浏览所有练习
home-new-routine = 新建练习计划
# The last session that counts: "Last: Lower back, yesterday, 6 min".
home-last-session = 上次：{ $routine }，{ $when }，{ $minutes }
home-no-sessions = 还没有练习记录。请从轻柔开始：在上方选择一个部位。
home-sessions-last-7-days = { $count ->
        [0] 最近7天没有练习
       *[other] 最近7天练习{ $count }次
    }
# The week's card with a plan.
home-this-week = 本周：{ $summary }

## The Keys sheet (?) on Home.

home-key-open-routine = 打开练习计划（编号在磁贴上）
home-key-safety = 安全须知：何时停止、何时求助
home-key-new-routine = 新建练习计划：制定自己的计划
