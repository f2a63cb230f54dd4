### A tela Histórico e a tabela de `limber history` (não o CSV).
### A fonte é core/locales/en/history.ftl; os termos fixos estão em
### docs/glossary/pt-BR.md.

## A tela Histórico.

# O título; `$profile` é o nome do perfil.
history-title = Histórico de { $profile }
history-no-sessions = Nenhuma sessão ainda. As sessões concluídas e interrompidas aparecem aqui.
# O título do gráfico da dor e a legenda (um ponto na cor da linha).
history-pain-chart = Dor (0–10)
history-legend-after = ● depois
history-legend-before = ● antes
history-week-chart = Sessões por semana
# Acima da lista de sessões.
history-sessions = { $count ->
        [0] Sessões (nenhuma)
        [one] Sessões (1 sessão, as mais recentes primeiro)
       *[other] Sessões ({ $count } sessões, as mais recentes primeiro)
    }
# A dor de uma sessão: antes → depois, ou só uma delas.
history-pain-before-after = dor { $before } → { $after }
history-pain-before = dor antes { $before }
history-pain-after = dor depois { $after }
# Exercícios feitos dos da sessão: “2/3 feitos”.
history-done = { $done }/{ $count } feitos
# Numa segunda linha quando a janela é estreita: “2/3 feitos · Normal/Forte”;
# `$levels` são os nomes das intensidades já escritos.
history-done-and-levels = { $done } · { $levels }
# Sob uma sessão em que um exercício de um lado de cada vez foi feito mais
# de um lado.
history-sides = { $exercise }: lado esquerdo { $left }, lado direito { $right }
history-planned-days = Dias planejados
# A segunda-feira em que começa uma semana dos dias planejados, como padrão
# do chrono (veja as datas em common.ftl): “3 de mar”.
history-week-start = %-d de %b

## A lista de teclas (?) na tela Histórico.

history-key-scroll = Rolar as sessões
history-key-page = Rolar uma página
history-key-visit-report = Relatório para a consulta (depois Enter salva, Esc fecha o formulário)

## `limber history`: as sessões de um perfil em tabela (o cabeçalho e os
## valores do CSV ficam em inglês).

history-table-no-sessions = Nenhuma sessão ainda.
# Os títulos das colunas da tabela.
history-table-column = { $column ->
        [started] Início
        [routine] Rotina
        [time] Duração
        [done] Exercícios feitos
        [pain-before] Dor antes
        [pain-after] Dor depois
       *[ended] Fim
    }
# Exercícios feitos dos da sessão: “2 de 3”.
history-exercises-done = { $done } de { $exercises }
# Como a sessão terminou (a tabela, a tela Histórico, o relatório):
# `$exercise` é o título do exercício em que parou.
history-ended-finished = concluída
history-ended-stopped = interrompida em { $exercise }
history-ended-stopped-for-pain = interrompida por dor em { $exercise }

# Quando foi uma sessão, em dias no fuso horário da pessoa (`$days`: 0
# hoje, 1 ontem, até 13), depois em semanas (`$weeks`).
history-when-days = { $days ->
        [0] hoje
        [1] ontem
       *[other] há { $days } dias
    }
history-when-weeks = { $weeks ->
        [one] há { $weeks } semana
       *[other] há { $weeks } semanas
    }
