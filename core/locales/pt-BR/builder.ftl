### Nova rotina: o criador de rotinas.
### A fonte é core/locales/en/builder.ftl; os termos fixos estão em
### docs/glossary/pt-BR.md.

## A tela do criador.

# O título da tela ao criar uma rotina.
builder-title-new = Nova rotina
# O título da tela ao mudar uma rotina própria.
builder-title-edit = Editar rotina

# O campo do nome, o rótulo e o texto de exemplo.
builder-name = Nome
builder-name-placeholder = Por exemplo: Alongamento da manhã
# Um nome colado era longo demais; `$count` é o máximo de caracteres.
builder-name-cut = Um nome tem no máximo { $count } caracteres; o resto ficou de fora.
builder-your-routine = Sua rotina
# A rotina enquanto não tem nenhum exercício.
builder-empty = Adicione exercícios da lista à direita: clique em um, ou digite parte do nome ou da área e pressione Enter.
# Não foi possível adicionar um exercício; `$reason` diz por quê (já escrito).
builder-refused = { $exercise }: { $reason }
# Um valor de um exercício trazido para dentro dos limites; `$what` diz
# qual (já escrito).
builder-adjusted = { $exercise }: { $what }.
# As ferramentas de uma linha.
builder-up = ↑ Subir
builder-down = ↓ Descer
builder-remove = Remover
# Uma linha cujo exercício não está mais no conteúdo; `$exercise` é o id.
builder-exercise-gone = { $number }. “{ $exercise }” não está mais entre os exercícios; remova-o para salvar.
# Sob os seletores de uma linha: o que o exercício permite. `$hold` e
# `$repetitions` são um número ou um intervalo (“15–30”); `$per_side` é
# “ em cada perna” (com o espaço) ou vazio.
builder-suggested = Este exercício: manter { $hold } s, { $repetitions }{ $per_side }
# Os valores do próprio perfil valem mais que os da rotina.
builder-own-hold = O seu tempo de manter de { $seconds } s, definido na tela de uma rotina, é o que vale.
builder-own-repetitions = As suas { $count } repetições, definidas na tela de uma rotina, são as que valem.
# A lista de exercícios para adicionar.
builder-add-exercises = Adicionar exercícios
builder-search-placeholder = Buscar por nome ou área
# `$query` é o que foi digitado.
builder-no-match = Nenhum exercício corresponde a “{ $query }”.
builder-more-found = Mais { $count }: digite mais do nome.
# Num exercício da lista: já na rotina, ou para adicionar.
builder-added = Adicionado ✓
builder-add = + Adicionar
# A linha de teclas no rodapé, conforme onde está o teclado.
builder-keys-delete-question = Enter exclui · Esc mantém
builder-keys-leave-question = Enter: continuar editando · Esc sai sem salvar
builder-keys-name = Digite o nome · Enter ou Tab: para os exercícios · Ctrl+S salva · Esc: voltar
builder-keys-library = Digite para buscar · ↑ ↓ escolher · Enter adiciona · Tab: sua rotina · Ctrl+S salva
builder-keys-routine = ↑ ↓ escolher · Alt+↑ ↓ mover · ← → manter · Shift+← → repetições · V versão · Delete remove · Tab: Salvar
builder-keys-save = Enter salva · Tab: o nome · Esc: voltar
builder-keys-delete = Enter: excluir esta rotina… · Tab: o nome · Esc: voltar
builder-ask-delete = Excluir rotina…
builder-save = Salvar rotina
builder-saving = Salvando…
# Perguntado antes de excluir; `$routine` é o título, `$planned` é `yes`
# quando a rotina está no plano semanal.
builder-delete-question = Excluir “{ $routine }”? O cartão dela sai do seu Início.{ $planned ->
        [yes] {" "}Ela sai do seu plano semanal também.
       *[no] {""}
    } Uma cópia do arquivo fica guardada na pasta .kept da sua pasta de conteúdo, caso você queira recuperá-la.
builder-delete = Excluir rotina
builder-keep = Manter
builder-leave-question = Sair sem salvar? As mudanças que você fez aqui não serão guardadas.
builder-keep-editing = Continuar editando
builder-leave = Sair sem salvar
# O arquivo mudou no disco enquanto o criador o tinha aberto.
builder-changed-outside = O arquivo desta rotina foi alterado fora do criador depois que você o abriu (em um editor de texto ou em outra janela do Limber). Salvar a sua versão por cima (a outra fica guardada na pasta .kept) ou abrir a outra versão?
builder-save-over = Salvar a minha por cima
builder-open-other = Abrir a outra versão
builder-deleted-outside = O arquivo desta rotina foi excluído fora do criador depois que você o abriu.
builder-save-again = Salvar de novo
builder-leave-deleted = Deixar excluída
# `$reason` diz por quê (já escrito).
builder-not-saved = Não foi salva: { $reason }

## A lista de teclas (?) no criador.

builder-key-tab = Próximo lugar: nome, exercícios para adicionar, sua rotina, Salvar
builder-key-back-tab = O lugar anterior
builder-key-choose = Escolher um exercício (na lista ou na sua rotina)
builder-key-enter = Adicionar o exercício escolhido; em Salvar, salvar
builder-key-move = Mover o exercício escolhido para antes ou depois
builder-key-remove = Tirar o exercício escolhido
builder-key-save = Salvar a rotina
builder-key-back = Voltar (pergunta antes se algo mudou)

## Salvar e excluir (avisos; `$reason` diz por quê, já escrito).

builder-not-started = Não foi possível salvar a rotina: o Limber não conseguiu iniciar o trabalho.
builder-save-failed = A rotina não foi salva: { $reason }.
# `$routine` é o título da rotina.
builder-delete-failed = “{ $routine }” não foi excluída: { $reason }.

## As regras do criador de rotinas (as mensagens vêm do núcleo): adicionar
## um exercício, doses trazidas para dentro do que o exercício sugere, o
## nome.

builder-already-in = Ele já está na rotina.
# `$max` é o máximo de exercícios que uma rotina tem.
builder-full = Uma rotina tem no máximo { $max } exercícios.
# Uma dose trazida para dentro do intervalo do exercício (`$low`–`$high`):
# era `$was`, agora é `$now`.
builder-hold-adjusted = o tempo de manter de { $was } s agora é { $now } s, dentro dos { $low }–{ $high } s que ele sugere
builder-repetitions-adjusted = { $was } repetições agora são { $now }, dentro das { $low }–{ $high } que ele sugere
# A descrição de uma rotina salva: `$count` exercícios, os títulos
# (`$exercises`).
builder-description = { $count ->
        [one] { $count } exercício: { $exercises }.
       *[other] { $count } exercícios: { $exercises }.
    }
builder-no-exercises = Adicione pelo menos um exercício.
# `$exercise` é o id de um exercício que não está mais no conteúdo.
builder-missing = O exercício “{ $exercise }” não está mais entre os exercícios; remova-o para salvar.
builder-name-empty = Dê um nome à rotina.
# `$max` é o máximo de caracteres de um nome.
builder-name-too-long = Use no máximo { $max } caracteres no nome.
builder-name-no-letters = Use pelo menos uma letra ou um número no nome.
# `$title` é o título da outra rotina.
builder-name-taken = Já existe uma rotina chamada “{ $title }”. Escolha outro nome.

## The routine's file (`content/routines/<id>.ron`).

builder-file-header =
    Criada no editor de rotinas do Limber por { $maker } em { $date }.
    Cada dose é um único valor, (n, n): o tempo de manter (segundos) e as
    repetições escolhidas, iguais em todas as intensidades. Altere no app
    (Editar no bloco da rotina em Início) ou aqui; `limber check` verifica esta pasta.
builder-file-ron-failed = não foi possível escrever o RON: { $error }
builder-file-changed = { $path } foi alterado fora do editor depois que você o abriu
builder-file-gone = { $path } não existe mais
builder-file-not-this-routine = { $path } não contém mais esta rotina
builder-file-not-own = { $path } não está na sua própria pasta de conteúdo ({ $folder })
builder-file-no-free-id = todos os ids formados a partir deste nome já estão em uso
