### A tela Fim: o que foi feito, a pergunta sobre a dor e o que vem dela.
### A fonte é core/locales/en/finish.ftl; os termos fixos estão em
### docs/glossary/pt-BR.md.

## A tela Fim.

# O cabeçalho, conforme a rotina terminou.
finish-heading-stopped-for-pain = Você parou porque doeu
finish-heading-stopped = Rotina interrompida
finish-heading-all-skipped = Rotina encerrada — todos os exercícios foram pulados
finish-heading-complete = Muito bem — rotina concluída
# Sob o cabeçalho: “Região lombar · exercícios feitos: 2 de 3 · 6:12”.
# `$routine` é o título, `$done` e `$count` números de exercícios,
# `$length` o tempo já escrito. Escrito assim para evitar a concordância
# de “feito(s)” com 0 e 1.
finish-facts = { $routine } · exercícios feitos: { $done } de { $count } · { $length }
# O mesmo quando a pessoa parou porque doeu; `$exercise` é o título do
# exercício.
finish-facts-stopped-in = { $routine } · exercícios feitos: { $done } de { $count } · { $length } · parou em { $exercise }
# Um exercício feito: “15 s × 3 em cada perna · Normal”. `$hold` são
# segundos, `$per_side` “ em cada perna” (com o espaço) ou vazio,
# `$intensity` o nome do nível já escrito.
finish-exercise-done = { $hold } s × { $repetitions }{ $per_side } · { $intensity }
# Um exercício não terminado: quantas vezes a posição foi mantida.
finish-exercise-holds = posição mantida { $done } de { $planned } vezes
# Depois de qualquer um dos dois, quando os lados diferem; `$status` é a
# linha acima.
finish-exercise-sides = { $status } · lado esquerdo { $left } de { $repetitions }, lado direito { $right } de { $repetitions }
finish-pain-now = Como está sua dor agora?
# A oferta de mudar as doses e a de tirar o exercício, juntas (cada uma
# uma frase já escrita, sem o ponto final).
finish-offer-or-leave-out = { $offer }. { $alternative }
finish-keep-doses = Manter minhas doses
# Depois de Manter minhas doses.
finish-doses-kept = Suas doses continuam como estão.
finish-done = Concluir

## A lista de teclas (?) na tela Fim.

finish-key-pain = Sua dor agora
finish-key-accept = Aceitar a mudança sugerida
finish-key-leave-out = Tirar da rotina o exercício que doeu
finish-key-done = Concluir: voltar ao Início
