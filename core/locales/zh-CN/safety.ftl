### 安全须知：哪些人应先咨询、如何开始、何时停止、危险信号以及如何寻求急救。
### 每个用户首次使用时、在首页随时、感到疼痛的练习之后、打印的练习单上以及命令行中显示。
###
### Keep the exact meaning and the urgency of every sentence: a red flag
### says "now" or "soon" as English does. Sentences are short on purpose:
### people read them from a mat, a few steps away. Do not diagnose.
### 原文为 core/locales/en/safety.ftl；固定术语见 docs/glossary/zh-CN.md。

## The Safety screen.

# The heading of a group of signs to act on soon or at once, after a
# warning sign; `$heading` is the group's own heading.
safety-urgent-heading = ⚠  { $heading }
# The card at the top: why moving helps, then who to ask.
safety-why-move = { $moving_helps }{ $clinicians }
# The button on the first run, before anything else.
safety-understood = 我已阅读
# Title of the safety screen and the first line of the safety text.
safety-title = 开始之前

# Shown above the sections: what this app is and is not.
safety-intro = 本应用提供一般性的运动指导。它不是诊断，也不能代替医生或康复治疗师的建议。

# Why these exercises at all: moving is what helps.
safety-moving-helps = 活动有帮助。卧床休息和避免运动长期以来是腰痛的常见建议，但并不能帮助好转；保持适度活动才有帮助。

# Where exercises like these come from; follows `safety-moving-helps`.
safety-clinicians = 对于腰部或髋部问题，或在受伤后的康复中，医生和康复治疗师常会推荐这类练习。

# Said under the red flags wherever they are shown.
safety-red-flags-note = 在获得医疗建议之前，请不要练习。

## Ask a doctor or physiotherapist first if you

# The heading of the group (`safety-ask-first-1` … its points follow).
safety-ask-first-heading = 如有以下情况，请先咨询医生或康复治疗师
safety-ask-first-1 = 腰部、髋部或腿部近期受过伤。
safety-ask-first-2 = 最近几个月内做过手术，尤其是脊柱或髋部手术。
safety-ask-first-3 = 做过髋关节置换手术，无论多久以前（其中一些练习会使髋部大幅屈曲）。
safety-ask-first-4 = 正在怀孕，或最近生过孩子。
safety-ask-first-5 = 患有骨质疏松（骨骼变薄或脆弱）。
safety-ask-first-6 = 已确诊脊柱、关节或神经方面的疾病。
safety-ask-first-7 = 不确定这些练习是否适合您。

## Start gently

# The heading of the group (`safety-start-gently-1` … its points follow).
safety-start-gently-heading = 轻柔开始
safety-start-gently-1 = 从最轻柔的强度开始，保持时间要短。
safety-start-gently-2 = 每次练习都循序渐进：最初几次重复最轻柔。
safety-start-gently-3 = 动作要慢。不要弹振，也不要强行拉伸。
safety-start-gently-4 = 正常呼吸。不要屏气。
safety-start-gently-5 = 在几天和几周内逐步增加，每次只加一点。
safety-start-gently-6 = 轻微的拉伸感或用力感没有问题。锐痛则不行。

## Stop or ease off

# The heading of the group (`safety-stop-1` … its points follow).
safety-stop-heading = 停止或减轻力度
safety-stop-1 = 如果疼痛加重或扩散（例如沿一条腿向下），请停止。
safety-stop-2 = 下次请降低强度，或略去那项练习。
safety-stop-3 = 如果感到头晕、快要晕倒，或出现新的麻刺感或麻木，请停止。
safety-stop-4 = 如果第二天疼痛仍然较重，请保持适度活动，并寻求建议。

## Get emergency help now if back or hip pain comes with

# The heading of the group (`safety-emergency-1` … its points follow).
safety-emergency-heading = 如果腰痛或髋部疼痛伴有以下情况，请立即寻求急救
safety-emergency-1 = 无法控制排尿或排便，或无法排尿。
safety-emergency-2 = 腹股沟、生殖器或臀部麻木。
safety-emergency-3 = 双腿疼痛、麻木或无力。
safety-emergency-4 = 一条腿无力，并且越来越严重。
safety-emergency-5 = 新出现的勃起问题，或性生活时的感觉问题。
safety-emergency-6 = 突然剧烈疼痛，与以往任何疼痛都不同。
safety-emergency-7 = 跌倒或撞击后髋部或腹股沟疼痛，并且那条腿无法站立。
safety-emergency-8 = 髋部发热、肿胀、非常疼痛，同时发烧或感到不适。

## See a doctor soon if back or hip pain comes with

# The heading of the group (`safety-soon-1` … its points follow).
safety-soon-heading = 如果腰痛或髋部疼痛伴有以下情况，请尽快就医
safety-soon-1 = 发烧、全身不适，或原因不明的体重下降。
safety-soon-2 = 有癌症病史。
safety-soon-3 = 20岁以前或50岁以后首次出现腰痛。
safety-soon-4 = 长期使用类固醇、免疫力低下，或注射毒品。
safety-soon-5 = 脊柱形状出现可见的改变。
safety-soon-6 = 腰痛始于一次跌倒或事故之后。
safety-soon-7 = 休息或改变姿势后疼痛不缓解。
safety-soon-8 = 夜间持续疼痛。

## How to get emergency help, said under the emergency group.

# `$number` is the emergency number of the person's region ("112", "999",
# "911").
safety-get-help = 请立即拨打{ $number }或前往急诊。
# Where the region's number is not known.
safety-get-help-local = 请立即拨打当地急救电话或前往急诊。

## After a session (the Finish screen): what to do when it hurt, and the
## offers to change the level or leave an exercise out. Calm and practical;
## never a diagnosis.

# The heading of the words for a session that hurt.
advice-care-heading = 今天剩下的时间请放松些
# Said first, whatever the level.
advice-care-stop = 今天到此为止，不要忍痛坚持。
# When a lower level exists for what hurt.
advice-care-next-time = 下次请尝试较低的强度，或略去任何引起疼痛的练习。
# When what hurt is already at the gentlest level.
advice-care-at-gentlest = 这已经是最轻柔的强度：请略去任何引起疼痛的练习，并咨询康复治疗师哪些练习适合您。
# Moving, not bed rest.
advice-care-keep-active = 保持适度活动：在能力范围内走走、动动。卧床休息没有帮助。
advice-care-ask = 如果接下来几天疼痛仍然较重，请咨询医生或康复治疗师。

# Under the pain scale after a session: pain (0–10) `$before` the session
# and `$after` it.
advice-pain-went-down = 您的疼痛从{ $before }降到了{ $after }。做得好。
advice-pain-same = 与练习前相同：{ $before }。
advice-pain-before = 练习前您的评分是{ $before }。

# One exercise whose level would change: "Knee to chest (Standard → Gentle)".
advice-change = { $exercise }（{ $from } → { $to }）
# The offer of a change of level.
advice-offer = { $direction ->
        [up] 下次稍微加强一点吗？{ $exercises }
       *[down] 下次降低强度吗？{ $exercises }
    }
# The same after pain (0–10) went up from `$from` to `$to`.
advice-offer-pain-rose = { $direction ->
        [up] 您的疼痛从{ $from }升到了{ $to }。下次稍微加强一点吗？{ $exercises }
       *[down] 您的疼痛从{ $from }升到了{ $to }。下次降低强度吗？{ $exercises }
    }
# The same when pain after the session is `$pain` (6 or more).
advice-offer-pain-high = { $direction ->
        [up] 您的疼痛为{ $pain }分（满分10分）。下次稍微加强一点吗？{ $exercises }
       *[down] 您的疼痛为{ $pain }分（满分10分）。下次降低强度吗？{ $exercises }
    }
# The same after `$sessions` sessions in a row with low pain.
advice-offer-stayed-low = { $direction ->
        [down] 您的疼痛已连续{ $sessions }次练习保持在低水平。下次降低强度吗？{ $exercises }
       *[up] 您的疼痛已连续{ $sessions }次练习保持在低水平。下次稍微加强一点吗？{ $exercises }
    }
# The buttons that take the offer, and what is said once taken.
advice-button-down = 降低强度
advice-button-up = 加强一级
advice-done-down = 完成：下次这些练习会减轻一级。
advice-done-up = 完成：下次这些练习会加强一级。

# After "This hurts": the offer to leave the exercise out.
advice-leave-out-offer = 在感觉轻松些之前，或在康复治疗师确认适合您之前，略去{ $exercise }。可以在练习计划页面恢复它。
# Said after the offer of a lower level, as the other way.
advice-leave-out-alternative = 或者暂时略去{ $exercise }。
advice-leave-out-button = 下次略去这项练习
advice-leave-out-done = 完成：{ $exercise }已从您的练习计划中略去。可以在练习计划页面恢复它。
