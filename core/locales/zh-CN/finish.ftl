### 结束页面：完成了什么、疼痛评分，以及由此给出的建议。
### 原文为 core/locales/en/finish.ftl。

## The Finish screen.

# Its heading, by how the routine ended.
finish-heading-stopped-for-pain = 您因为疼痛停止了练习
finish-heading-stopped = 练习已停止
finish-heading-all-skipped = 练习结束——所有练习都被跳过了
finish-heading-complete = 做得好——练习完成
# Under the heading: "Lower back · 2 of 3 exercises done · 6:12".
finish-facts = { $routine } · 完成{ $done }项，共{ $count }项练习 · { $length }
# The same when the person stopped because it hurt.
finish-facts-stopped-in = { $routine } · 完成{ $done }项，共{ $count }项练习 · { $length } · 停在{ $exercise }
# An exercise done: "15 s × 3 each leg · Usual".
finish-exercise-done = { $hold } 秒 × { $repetitions }{ $per_side } · { $intensity }
# An exercise not finished: how many of its holds were done.
finish-exercise-holds = 完成{ $done }次保持，共{ $planned }次
# After either, when the two sides differ.
finish-exercise-sides = { $status } · 左侧{ $left }/{ $repetitions }，右侧{ $right }/{ $repetitions }
finish-pain-now = 您现在的疼痛程度如何？
# The offer to change the doses and the offer to leave the exercise out,
# together (each a sentence already written, without its full stop).
finish-offer-or-leave-out = { $offer }。{ $alternative }
finish-keep-doses = 保持现有强度
# After Keep my doses.
finish-doses-kept = 您的练习强度保持不变。
finish-done = 完成

## The Keys sheet (?) on the Finish screen.

finish-key-pain = 您现在的疼痛程度
finish-key-accept = 接受建议的调整
finish-key-leave-out = 略去引起疼痛的练习
finish-key-done = 完成：返回首页
