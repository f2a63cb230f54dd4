### 语音：为什么没有语音，以及如何添加。
### 原文为 core/locales/en/speech.ftl。

speech-no-voice-reason = 没有已安装的语音能说{ $language }

speech-unavailable = 语音指导没有可用的语音（{ $reason }）。提示音仍会播放。

speech-notice = { $unavailable }{ $hint }

speech-add-voice-linux = 要听到语音指导，请安装 Speech Dispatcher 以及能说{ $language }的语音（Debian 和 Ubuntu：speech-dispatcher 和 espeak-ng，它能说多种语言），然后重新启动 Limber。
speech-add-voice-windows = 要听到语音指导，请在“设置 → 时间和语言 → 语音”中添加能说{ $language }的语音，然后重新启动 Limber。
speech-add-voice-macos = 要听到语音指导，请在“系统设置 → 辅助功能 → 朗读内容 → 系统语音 → 管理语音”中添加能说{ $language }的语音，然后重新启动 Limber。
speech-off = 语音已关闭
speech-no-dispatcher = 无法连接到 Speech Dispatcher
speech-no-voices = 语音服务没有提供任何语音
speech-cannot-change-voice = 此语音引擎无法更换语音
speech-no-such-voice = 没有语音 { $voice }
speech-thread-failed = 无法启动语音线程：{ $error }
sound-decode-failed = 无法解码内置声音 sounds/{ $file }：{ $error }
sound-thread-failed = 无法启动音频线程：{ $error }
