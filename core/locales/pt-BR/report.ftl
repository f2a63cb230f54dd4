### O relatório para a consulta (`limber report`, "Relatório para a
### consulta…" no Histórico).

report-title = Relatório para a consulta
report-subtitle = { $profile } · de { $from } a { $to } ({ $days ->
        [one] 1 dia
       *[other] { $days } dias
    }) · feito em { $made }
report-footer = Relatório para a consulta do Limber · { $profile } · de { $from } a { $to }

report-section-weeks = Sessões por semana
report-section-pain = Dor antes e depois
report-section-exercises = Exercícios e doses
report-section-stopped = Sessões interrompidas
report-section-sides = Esquerda e direita
report-section-unfinished = Exercícios não feitos ou não terminados
report-section-all-sessions = Todas as sessões

report-list-separator = {", "}
report-list-more = { $list } e mais { $more }
report-parts-separator = {"; "}
report-decimal-mark = {","}
report-label = { $label }:
report-sentence-gap = {" "}
report-label-gap = {" "}
report-day-and-time = { $date } { $time }
report-date-range = de { $from } a { $to }
report-of = { $done } de { $planned }

report-headline = { $sessions ->
        [0] Nenhuma sessão neste período.
        [one] 1 sessão neste período.
       *[other] { $sessions } sessões neste período, { $days ->
            [one] em 1 dia
           *[other] em { $days } dias diferentes
        }.
    }
report-thin = É pouco para mostrar uma tendência; os números abaixo são o que há.
report-before-period = { $count ->
        [one] 1 sessão anterior a este período não está incluída.
       *[other] { $count } sessões anteriores a este período não estão incluídas.
    }
report-after-period = { $count ->
        [one] 1 sessão posterior a este período não está incluída.
       *[other] { $count } sessões posteriores a este período não estão incluídas.
    }
report-label-plan = Plano
report-label-time = Tempo
report-label-pain = Dor
report-label-left-out = Fora da rotina
report-label-finished = Terminadas
report-label-doses = Doses
report-plan-kept = { $kept } de { $planned } sessões planejadas feitas ({ $percent }%)
report-plan-done = { $done } sessões feitas, { $planned } planejadas
report-plan = { $kept } até { $date }, { $done ->
        [one] 1 sessão
       *[other] { $done } sessões
    } no total. Planejado: { $plan }.
report-plan-since = { $line }, desde { $date }
report-plan-none-asked = o plano ({ $plan }) não previa nenhuma sessão neste período até agora.
report-no-plan = não há um plano, então as sessões são contadas por semana, sem meta.
report-time = { $length } de exercício no total.
report-time-per-week = { $length } de exercício no total; { $average } sessões por semana, em média.
report-pain-none = nenhuma avaliação neste período.
report-pain-average = em média { $before } antes e { $after } depois, { $paired ->
        [one] na 1 sessão avaliada
       *[other] nas { $paired } sessões avaliadas
    } nas duas vezes (de 0 a 10).
report-pain-average-halves = em média { $before } antes e { $after } depois, { $paired ->
        [one] na 1 sessão avaliada
       *[other] nas { $paired } sessões avaliadas
    } nas duas vezes (de 0 a 10); antes das sessões, { $first } na primeira metade do período e { $second } na segunda.
report-pain-unrated = { $count ->
        [one] 1 sessão sem avaliação.
       *[other] { $count } sessões sem avaliação.
    }
report-pain-unpaired = { $count ->
        [one] 1 sessão avaliada, nenhuma antes e depois ao mesmo tempo, então não há média para comparar.
       *[other] { $count } sessões avaliadas, nenhuma antes e depois ao mesmo tempo, então não há média para comparar.
    }
report-pain-went-up = A dor aumentou:
report-pain-higher-after = maior depois do que antes em { $count ->
        [one] 1 sessão
       *[other] { $count } sessões
    } ({ $dates }).
report-pain-high-after = { $alone ->
        [yes] { $count ->
            [one] 6 ou mais depois de 1 sessão.
           *[other] 6 ou mais depois de { $count } sessões.
        }
       *[no] { $count ->
            [one] Avaliada com 6 ou mais depois de 1 sessão.
           *[other] Avaliada com 6 ou mais depois de { $count } sessões.
        }
    }
report-stopped-hurt-label = Interrompidas porque doeu:
report-stopped-hurt = { $count ->
        [one] 1 sessão
       *[other] { $count } sessões
    } ({ $dates }); veja “Sessões interrompidas” abaixo.
report-left-out = { $count ->
        [one] { $exercises }: a pessoa escolheu tirá-lo das suas rotinas depois que doeu.
       *[other] { $exercises }: a pessoa escolheu tirá-los das suas rotinas depois que doeram.
    }
report-finished-all = todos os exercícios de todas as sessões foram feitos.
report-finished-some = { $sessions ->
        [one] 1 sessão interrompida
       *[other] { $sessions } sessões interrompidas
    } antes do fim; { $exercises ->
        [one] 1 exercício não feito ou não terminado
       *[other] { $exercises } exercícios não feitos ou não terminados
    }.
report-doses-same = as mesmas doses o tempo todo.
report-doses-changed = { $ups ->
        [one] 1 aumento
       *[other] { $ups } aumentos
    } de nível, { $downs ->
        [one] 1 redução
       *[other] { $downs } reduções
    }{ $others ->
        [0] .
        [one] , 1 outro ajuste.
       *[other] , { $others } outros ajustes.
    }

report-weeks-note = As semanas começam na segunda-feira; a data é a da segunda-feira.
report-weeks-partial = Barras claras: semanas só em parte dentro do período.
report-weeks-planned = Linha tracejada: sessões planejadas naquela semana.
report-pain-chart-empty = Nenhuma avaliação de dor neste período: nada para mostrar no gráfico.
report-legend-before = Antes da sessão
report-legend-after = Depois
report-legend-stopped = Interrompida porque doeu
report-legend-change = Linha cinza: a mudança dentro de uma sessão.
report-pain-chart-note = Dor avaliada no aplicativo, de 0 (sem dor) a 10 (pior dor imaginável). As datas são segundas-feiras.
report-pain-chart-daily = Cada ponto é a média de um dia ({ $rated } sessões avaliadas no total).
report-pain-chart-unrated = { $count ->
        [one] 1 sessão sem avaliação não aparece.
       *[other] { $count } sessões sem avaliação não aparecem.
    }

report-exercise-counts = { $notdone ->
        [0] { $done ->
            [one] feito 1 vez
           *[other] feito { $done } vezes
        }
       *[other] { $done ->
            [one] feito 1 vez
           *[other] feito { $done } vezes
        }, não feito { $notdone ->
            [one] 1 vez
           *[other] { $notdone } vezes
        }
    }
report-dose = { $level }, { $hold } × { $repetitions }{ $limb ->
        [leg] {" "}em cada perna
        [arm] {" "}em cada braço
        [side] {" "}de cada lado
       *[none] {""}
    }
report-run-when = { $when } ({ $sessions ->
        [one] 1 sessão
       *[other] { $sessions } sessões
    })
report-change = { $kind ->
        [up] Aumento
        [down] Redução
       *[adjusted] Ajuste
    } em { $date }:
report-sides-differ-label = Esquerda e direita diferentes:
report-sides-differ = esquerda { $left } de { $planned } repetições, direita { $right } de { $planned } ({ $sessions ->
        [one] 1 sessão
       *[other] { $sessions } sessões
    }).
report-more-lines = { $count ->
        [one] … e mais 1 linha: o CSV (--csv) tem todas as sessões.
       *[other] … e mais { $count } linhas: o CSV (--csv) tem todas as sessões.
    }
report-more-exercises = { $count ->
        [one] … e mais 1 exercício: o CSV (--csv) tem todas as sessões.
       *[other] … e mais { $count } exercícios: o CSV (--csv) tem todas as sessões.
    }
report-not-recorded = Não registrado para { $count ->
        [one] 1 sessão salva
       *[other] { $count } sessões salvas
    } antes de o Limber guardar { $what ->
        [ending] como uma sessão terminava
       *[sides] as repetições de cada lado
    }.

report-stops-not-recorded = Não registrado: estas sessões foram salvas antes de o Limber guardar como uma sessão terminava.
report-stops-none = Nenhuma: toda sessão com o fim registrado foi até o fim da sua rotina.
report-pain-both = (dor { $before } → { $after })
report-pain-before-only = (dor { $before } antes)
report-pain-after-only = (dor { $after } depois)
report-stop = { $routine }: { $why ->
        [pain] interrompida porque doeu
       *[stopped] interrompida
    }{ $at ->
        [yes] {" "}em { $exercise }
       *[no] {""}
    }, { $done } de { $total } exercícios feitos{ $pain }.

report-sides-not-recorded = Não registrado: estas sessões foram salvas antes de o Limber guardar as repetições de cada lado.
report-sides-none-sided = Nenhum exercício feito neste período trabalha um lado de cada vez.
report-sides-same = Igual dos dois lados todas as vezes: cada repetição à esquerda teve a sua à direita.
report-sides-differed = Sessões em que as repetições feitas à esquerda e à direita foram diferentes ({ $count ->
        [one] 1 vez
       *[other] { $count } vezes
    }; repetições feitas das planejadas em cada lado):
report-sides-line = { $exercise }: esquerda { $left }, direita { $right }.
report-more-sessions = … e mais { $count }: o CSV tem todas as sessões.

report-unfinished-none = Nenhum: todos os exercícios foram feitos em todas as sessões.
report-nothing-done = nada feito
report-not-done = { $stopped ->
        [yes] não feito (interrompida): { $exercises }
       *[no] não feito: { $exercises }
    }
report-not-every-hold = nem todas as repetições: { $exercises }
report-unfinished-line = { $routine }, { $what }
report-earlier = { $count ->
        [one] 1 sessão anterior a estas não está listada: o CSV (--csv) tem todas as sessões.
       *[other] { $count } sessões anteriores a estas não estão listadas: o CSV (--csv) tem todas as sessões.
    }

report-column-date = Data
report-column-routine = Rotina
report-column-length = Duração
report-column-pain-before = Dor antes
report-column-pain-after = Dor depois
report-column-exercises-done = Exercícios feitos
report-column-ended = Fim
report-ended = { $how ->
        [finished] terminada
        [stopped] interrompida
       *[pain] parou: dor
    }
report-ended-unknown = Fim “–”: não registrado (a sessão foi salva antes de o Limber guardar como ela terminava).
report-table-cut = As { $shown } sessões mais recentes estão listadas; as { $skipped } anteriores estão no CSV (--csv).
