### O plano semanal, os lembretes (as notificações) e `limber plan`.
### A fonte é core/locales/en/plan.ftl; os termos fixos estão em
### docs/glossary/pt-BR.md.

## A tela Plano.

# O título; `$profile` é o nome do perfil.
plan-title = Plano de { $profile }
plan-unreadable = Não foi possível ler o plano deste perfil; o aviso acima explica o motivo.
# No lugar da duração de uma rotina planejada quando o conteúdo não a tem.
plan-routine-not-loaded = não está no conteúdo carregado
plan-ask-remove = Tirar do plano…
# Antes do campo da hora, e o texto de exemplo do campo (uma hora digitada).
plan-at = Às
plan-time-placeholder = 08:00
# Ao lado do − e + da hora e dos minutos.
plan-hour = hora
plan-minutes = minutos
plan-bad-time = Escreva a hora como 08:00 ou 18:30 e pressione Enter.
plan-remove = Tirar
plan-keep = Manter
# Uma rotina para adicionar ao plano; `$routine` é o título.
plan-add = + { $routine }
plan-add-first = Adicione uma rotina ao seu plano
plan-add-another = Adicionar outra rotina
# Sob as rotinas para adicionar; `$days` são os dias já escritos, `$time` uma
# hora do dia (“08:00”).
plan-new-starts = Ela começa nos dias { $days }, às { $time }; depois mude os dias e a hora.
plan-all-planned = Todas as rotinas estão no plano.
plan-reminders = Lembretes
# Enquanto o Limber pergunta ao sistema como os lembretes funcionam.
plan-reminders-looking = Verificando como os lembretes funcionam…
plan-calendar = Calendário
# `$error` é o motivo dado pelo sistema.
plan-calendar-not-saved = O arquivo de calendário não foi salvo: { $error }
# O título da janela de salvar o arquivo de calendário.
plan-save-calendar-title = Salvar o plano em um arquivo de calendário
# Não foi possível gravar o arquivo de calendário e nenhum motivo voltou.
plan-calendar-not-written = o arquivo não foi gravado

## O plano semanal, os lembretes e o progresso da semana (Início, a tela
## Plano, Histórico, `limber plan`, as notificações, o arquivo de
## calendário). Calmo e sem culpa: um dia perdido é um fato, nunca um
## fracasso. As horas (`$time`) e as datas vêm escritas como `time-of-day`
## e `date-short` (common.ftl) as escrevem; `$routine` é o título de uma
## rotina.

# Dito onde aparece um dia perdido.
plan-missed-days-are-fine = Tudo bem perder alguns dias — recomece com suavidade.
# Quanto tempo uma rotina leva, como promessa: `$minutes` é 0 para menos de
# um minuto, senão arredondado para o minuto mais próximo.
plan-about = { $minutes ->
        [0] menos de um minuto
        [one] cerca de { $minutes } minuto
       *[other] cerca de { $minutes } minutos
    }
# Os dias da semana de uma rotina planejada: todos os dias, nenhum, uma
# sequência de três ou mais dias seguidos (`$first`, `$last`: os nomes
# curtos do primeiro e do último, “seg–qui”), senão os nomes curtos
# separados por isto.
plan-days-every-day = todos os dias
plan-days-none = nenhum dia
plan-days-range = { $first }–{ $last }
plan-days-separator = {", "}
# Uma rotina planejada: `$days` como as mensagens acima os escrevem.
plan-line = { $routine }, { $days }, às { $time }
# A semana numa frase, depois de “Esta semana:”: `$done` sessões das
# `$planned` planejadas.
plan-week-summary = { $planned ->
        [0] nada planejado
        [one] { $done } de { $planned } sessão planejada
       *[other] { $done } de { $planned } sessões planejadas
    }
# Uma semana na tela Histórico: “4 de 5”.
plan-week-count = { $done } de { $planned }
# Dias planejados cumpridos um depois do outro (`$run`, 1 ou mais).
plan-run = { $run ->
        [one] { $run } dia planejado cumprido
       *[other] { $run } dias planejados cumpridos seguidos
    }
# O estado de um dia, numa palavra (o terminal, leitores de tela).
plan-day-status = { $status ->
        [free] livre
        [done] feito
        [partly] feito em parte
        [missed] perdido
       *[to-come] por vir
    }

## Início

# O Início sem plano: um convite discreto, e o botão.
plan-invitation = Voltar com frequência ajuda.
plan-make-a-plan = Fazer um plano
# Uma rotina planejada hoje: a hora ainda não chegou (`$about` como
# `plan-about` a diz), a hora já passou, já foi feita.
plan-today-later = Hoje: { $routine } às { $time } ({ $about })
plan-today-later-no-length = Hoje: { $routine } às { $time }
plan-today-due = A rotina { $routine } estava planejada para as { $time } — qualquer hora de hoje serve.
plan-today-done = { $routine }: feita hoje.
# A próxima sessão planejada. `$when` é today, tomorrow, weekday (dentro da
# semana: `$day` é o nome do dia) ou date (a uma semana ou mais: `$date`,
# “seg, 20 de mai”).
plan-next = { $when ->
        [today] Próxima: { $routine } hoje às { $time }
        [tomorrow] Próxima: { $routine } amanhã às { $time }
        [weekday] Próxima: { $routine }, { $day }, às { $time }
       *[date] Próxima: { $routine } em { $date }, às { $time }
    }

## A tela Plano

# As primeiras linhas da tela, fiéis a como os lembretes funcionam:
# `$running` é yes, no ou unknown.
plan-intro = { $running ->
        [yes] Escolha uma rotina, os dias e uma hora. Nessa hora, o Limber lembra você com uma notificação, mesmo com a janela fechada.
        [no] Escolha uma rotina, os dias e uma hora. O Limber lembra você com uma notificação nessa hora quando os lembretes estiverem ativos (veja Lembretes); até lá, o Início mostra o que está planejado para hoje.
       *[unknown] Escolha uma rotina, os dias e uma hora. Enquanto os lembretes estiverem ativos, o Limber lembra você com uma notificação nessa hora, mesmo com a janela fechada.
    }
# Sob uma rotina cujos dias foram todos desmarcados.
plan-no-days = Nenhum dia escolhido: ela fica no plano e nunca é lembrada.
# Perguntado antes de uma rotina sair do plano.
plan-remove-question = Tirar { $routine } do plano? As sessões que você fez continuam no seu histórico.
# Como os lembretes funcionam: `$running` (agora) e `$login` (começam ao
# entrar na sessão) são yes, no ou unknown.
plan-reminders-status = { $running ->
        [yes] Os lembretes estão ativos agora.
        [no] Os lembretes não estão ativos agora.
       *[unknown] O Limber não consegue saber se os lembretes estão ativos agora.
    }{ $login ->
        [yes] {" "}Eles começam sozinhos quando você entra na sessão.
        [no] {" "}Eles não começam sozinhos quando você entra na sessão.
       *[unknown] {""}
    }
plan-start-at-login = Começar ao entrar na sessão
plan-start-reminders-now = Ativar os lembretes agora
plan-save-to-calendar = Salvar no calendário…
# Ao lado do botão do calendário.
plan-calendar-hint = Para o seu app de calendário: um arquivo com um evento semanal para cada rotina, com alarme.
# O botão do calendário sem nada em nenhum dia.
plan-calendar-needs-days = Planeje uma rotina em pelo menos um dia para salvá-la num calendário.
# A janela de salvar respondeu sem arquivo (cancelada, ou nenhuma janela
# pôde abrir). O comando fica como está.
plan-calendar-nothing-saved = Nada foi salvo. Se nenhuma janela apareceu, `limber plan --ics > limber-plan.ics` num terminal grava o mesmo arquivo.
# Depois que o arquivo de calendário foi gravado: `$path` é onde.
plan-calendar-saved = Salvo em { $path }. Abra-o com o seu app de calendário para pôr o plano lá.

## O arquivo de calendário (o nome, o título e as notas de cada evento)

# `$profile` é o nome do perfil.
calendar-name = Plano do Limber — { $profile }
calendar-event-title = { $routine } — Limber
# `$minutes` como em `plan-about`.
calendar-event-notes = { $minutes ->
        [0] Menos de um minuto de exercícios. Abra o Limber e escolha { $routine }.
        [one] Cerca de { $minutes } minuto de exercícios. Abra o Limber e escolha { $routine }.
       *[other] Cerca de { $minutes } minutos de exercícios. Abra o Limber e escolha { $routine }.
    }
calendar-event-notes-no-length = Abra o Limber e escolha { $routine }.

## Lembretes (a notificação da área de trabalho)

# O título: `$about` como `plan-about` a diz.
reminder-title = Hora da rotina { $routine } — { $about }
reminder-title-no-length = Hora da rotina { $routine }
# O corpo: planejada para agora, adiada, mais tarde no mesmo dia, um dia
# que passou (`$day` é o nome do dia da semana).
reminder-body-on-time = Planejada para as { $time }. Alguns minutos tranquilos para o seu corpo.
reminder-body-snoozed = Adiada das { $time }. Quando você quiser.
reminder-body-later-today = Estava planejada para as { $time }; qualquer hora de hoje serve.
reminder-body-earlier-day = Estava planejada para { $day }, às { $time }. { plan-missed-days-are-fine }
# Os botões da notificação.
reminder-action-start = Começar
reminder-action-snooze = Adiar 10 min
reminder-action-done-today = Feita hoje

## Ler o que a pessoa digita para um plano (`limber plan add --days … --at
## …`, datas). Os exemplos ficam como estão: são o que se digita.

# `$part` é a palavra dada.
plan-days-not-a-day = “{ $part }” não é um dia; escreva os dias como mon,wed,fri ou mon-fri, ou weekdays, weekends, daily
plan-days-not-given = nenhum dia informado; escreva os dias como mon,wed,fri ou mon-fri
# `$text` é o que foi dado.
plan-time-invalid = “{ $text }” não é uma hora do dia; escreva como 08:00 ou 18:30
plan-date-invalid = “{ $text }” não é uma data como 2024-05-13
# `limber plan --ics` sem nada planejado: `$profile` é o nome do perfil.
calendar-nothing-planned = ainda não há nada planejado para { $profile }, então não há calendário para exportar; adicione uma rotina antes, por exemplo `limber plan add lower-back --days mon-fri --at 08:00`

## Ativar os lembretes (`limber remind`) pela tela Plano

# `$program` é o caminho do programa, `$error` por que não começou.
reminders-start-failed = ao iniciar { $program } remind: { $error }
# Começou e terminou logo: `$status` é como terminou.
reminders-ended-at-once = limber remind terminou logo ({ $status })
# As notificações da área de trabalho pararam de responder.
reminders-thread-failed = ao iniciar uma linha de execução: { $error }
reminders-notifier-stopped = o serviço de notificações parou

## Lembretes e início com o sistema: o que deu errado.

plan-reminder-not-shown = não foi possível mostrar o lembrete: { $reason }
plan-login-no-folder = não foi encontrada a pasta dos programas abertos ao entrar no sistema
plan-login-not-changed = não foi possível mudar o item de início: { $reason }
plan-login-where-windows = os programas de inicialização (chave Run do registro “{ $entry }”)
plan-login-where-macos = o item de início “{ $entry }”
