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
