### 命令行的可读输出（`limber show`、`plan`、`history`）。
### 原文为 core/locales/en/cli.ftl。

cli-language-unknown = Limber 没有“{ $asked }”；它支持{ $languages }。现在使用{ $using }。
