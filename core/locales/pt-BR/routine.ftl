### A tela Rotina: os exercícios com intensidade, tempo de manter e
### repetições, o tempo total, Começar.
### A fonte é core/locales/en/routine.ftl; os termos fixos estão em
### docs/glossary/pt-BR.md.

## A tela Rotina: os exercícios de uma rotina, cada um com sua dose, antes
## de começar.

# Um exercício na lista: “2. Joelho ao peito”. `$number` é a posição,
# `$exercise` o título.
routine-numbered-exercise = { $number }. { $exercise }
# Um exercício que a rotina cita e o conteúdo não tem; `$exercise` é o id.
routine-exercise-not-available = { $number }. { $exercise }: não disponível
# Sob um exercício tirado da rotina depois que doeu.
routine-left-out = Fora da rotina: você escolheu tirá-lo depois que doeu.
routine-bring-back = Incluir de novo
# No lugar de Suave / Normal / Forte quando a rotina fixa a dose.
routine-dose-pinned = Dose definida por esta rotina
# O seletor do tempo de manter e o valor em segundos (“15 s”).
routine-hold = Manter
routine-seconds = { $seconds } s
# O seletor das repetições e o valor: “3 em cada perna”. `$count` é o
# número, `$per_side` é “ em cada perna”, “ em cada braço”, “ de cada lado”
# (com o espaço antes) num exercício de um lado de cada vez, senão vazio.
routine-repetitions = Repetições
routine-repetitions-value = { $count }{ $per_side }
# Ao lado do título depois que o tempo ou as repetições mudaram.
routine-reset = Restaurar tempo e repetições
# Antes das versões do exercício (“Versão: Padrão, Outra perna esticada”).
routine-version = Versão
# O exercício como está escrito, sem versão.
routine-version-usual = Padrão
# Um tempo acima do que o exercício sugere; `$hold`, `$low` e `$high` são
# segundos.
routine-hold-beyond = Manter por { $hold } s é mais do que os { $low }–{ $high } s que este exercício sugere.
# Repetições acima do que o exercício sugere.
routine-repetitions-beyond = { $count } repetições é mais do que as { $low }–{ $high } que este exercício sugere.
# A duração total acima de Começar; `$length` já vem escrito (“6 min 30 s”).
routine-length = { $length } no total
routine-all-left-out = Todos os exercícios estão fora da rotina
routine-start-gently = Comece cada sessão com suavidade. Se doer, diminua a intensidade.
routine-bring-one-back = Inclua um de novo para começar.
routine-edit = Editar rotina
routine-print-sheet = Imprimir ficha
routine-start = Começar
# Antes da escala de 0 a 10.
routine-pain-now = Como está sua dor agora? (opcional)
# Um id de rotina que não está no conteúdo (`--routine`, um plano).
routine-not-available = A rotina “{ $routine }” não está disponível.

## A lista de teclas (?) na tela Rotina.

routine-key-choose = Escolher um exercício
routine-key-intensity = Mais suave ou mais forte
routine-key-hold = Manter por menos ou mais tempo
routine-key-repetitions = Menos ou mais repetições
routine-key-version = Próxima versão do exercício
routine-key-reset = Restaurar o tempo e as repetições
routine-key-bring-back = Incluir de novo um exercício tirado
routine-key-pain = Sua dor agora (pressione de novo para apagar)
routine-key-edit = Editar ou excluir (uma rotina criada por você)
