### Todos os exercícios: a lista de exercícios.
### A fonte é core/locales/en/exercises.ftl; os termos fixos estão em
### docs/glossary/pt-BR.md.

## A lista de exercícios (Início → Ver todos os exercícios).

exercises-none = Nenhum exercício foi carregado.
# Sob o título de um exercício: o que ele sugere. `$hold_low`–`$hold_high`
# são segundos, `$reps_low`–`$reps_high` repetições; `$sides` diz como se
# faz um exercício de um lado de cada vez (`none`, `alternate`, `in-turn`)
# e `$each` é “em cada perna”, “em cada braço” ou “de cada lado” já escrito.
exercises-dose = Manter { $hold_low }–{ $hold_high } s · { $reps_low }–{ $reps_high } repetições{ $sides ->
        [alternate] , { $each }, alternando os lados
        [in-turn] , { $each }, um lado e depois o outro
       *[none] {""}
    }
# Uma dica do exercício; `$tip` é o texto do próprio conteúdo.
exercises-tip = Dica: { $tip }
# Uma etapa: “2. Levante o joelho”. `$step` é o título da etapa.
exercises-step = { $number }. { $step }
# O cuidado de uma etapa, depois de um sinal de aviso.
exercises-caution = ⚠  { $caution }
# O título de uma das versões do exercício.
exercises-variation = Versão: { $variation }

## A lista de teclas (?) na lista de exercícios.

exercises-key-step = O exercício anterior ou o seguinte
