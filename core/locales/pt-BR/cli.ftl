### A saída legível da linha de comando (`limber show`, `plan`, `history`),
### não o `--help` nem os arquivos CSV e de calendário.
### A fonte é core/locales/en/cli.ftl; os termos fixos estão em
### docs/glossary/pt-BR.md.

# `--lang` ou LIMBER_LANG pediu um idioma para o qual o Limber não tem
# catálogos.
cli-language-unknown = O Limber não tem o idioma “{ $asked }”; ele fala { $languages }. Usando { $using }.

## `limber show ROTINA`: uma rotina como lida no papel.

# Um exercício da rotina: `$number` a posição, `$exercise` o título,
# `$dose` a dose como `dose` (common.ftl) a escreve.
cli-show-exercise = { $number }. { $exercise } — { $dose }
# A última linha: a duração planejada da rotina (`$total`, como `duration`
# a escreve).
cli-show-total = Total: { $total }

## `limber show ROTINA --timeline`: o roteiro da orientação por voz, para
## quem escreve o conteúdo revisar o que será tocado e dito, e quando.

# A primeira linha: `$routine` é o título da rotina.
cli-cue-title = { $routine }: roteiro
# A segunda linha: os sons e a voz como estão configurados.
cli-cue-options = Sons: sinais sonoros, { $ticks ->
        [last-seconds] tique-taque nos últimos 3 segundos de manter
        [voice-counts] sem tique-taque (a voz faz a contagem)
       *[none] sem tique-taque
    }. Voz: { $voice ->
        [off] desligada
        [silent] ligada, sem contagem
        [ticks] ligada, contagem com tique-taque
        [both] ligada, contagem com a voz e o tique-taque
       *[voice] ligada, contagem com a voz
    }.
# O nome de uma fase, na segunda coluna (curto: umas dez letras).
cli-cue-stage = { $stage ->
        [up-next] A seguir
        [read] Posição
        [get-ready] Prepare-se
        [move] Mova
        [hold] Mantenha
        [relax] Relaxe
        [rest] Descanse
        [switch] Troca
        [repeat] Repita
       *[done] Fim
    }
# A repetição de uma fase: “repetição 1 de 3”.
cli-cue-rep = repetição { $rep } de { $reps }
# No lugar do título de um exercício que o plano cita e o conteúdo não tem.
cli-cue-missing-exercise = (exercício ausente)
# O que é uma linha: um som tocado, palavras ditas, uma nota para o autor.
# Cada uma é uma palavra no começo da linha.
cli-cue-sound = som
cli-cue-say = fala
cli-cue-note = nota
# As palavras ditas, entre aspas (`$text` é o que a voz diz).
cli-cue-said = “{ $text }”
# Uma nota sob palavras que ainda podem estar sendo ditas quando as
# próximas chegam: `$speech` e `$gap` são segundos com uma casa decimal.
cli-cue-overrun = cerca de { $speech } s de fala, { $gap } s até as próximas palavras: pode ser cortada
# A última linha: `$offset` quando a rotina termina (m:ss.mmm), `$length`
# como `duration` (common.ftl) a escreve.
cli-cue-total = Total: { $offset } ({ $length })

## `limber plan`: o plano e o progresso desta semana. `$profile` é o nome
## de um perfil, `$routine` o título de uma rotina.

# A primeira linha do plano.
cli-plan-heading = Plano de { $profile }:
# Uma rotina planejada: `$entry` como `plan-line` a escreve, `$about` como
# `plan-about` a diz.
cli-plan-entry = { $entry } ({ $about })
# Uma rotina planejada que o conteúdo carregado não tem.
cli-plan-entry-not-loaded = { $entry } (esta rotina não está no conteúdo carregado)
# `$summary` como `plan-week-summary` a diz.
cli-plan-this-week = Esta semana: { $summary }
# Uma rotina planejada num dia: `$done` é yes quando foi feita.
cli-plan-slot = { $done ->
        [yes] { $time } { $routine } ✓
       *[no] { $time } { $routine }
    }
# Depois da linha de hoje.
cli-plan-today-mark = ← hoje
# O próximo lembrete: `$date` como `date-short` a escreve.
cli-plan-next = Próximo lembrete: { $routine } às { $time }, { $date }
# Sem plano ainda, como criar um (o comando fica como está) e as rotinas
# que existem (`$routines`: os ids).
cli-plan-empty = Ainda não há nada planejado para { $profile }.
cli-plan-how-to-add = Planeje uma rotina com: limber plan add ROUTINE --days mon-fri --at 08:00
cli-plan-routines = Rotinas: { $routines }
# `limber plan add`: `$entry` como `cli-plan-entry` a escreve.
cli-plan-added = Planejado para { $profile }: { $entry }
cli-plan-first-reminder = Primeiro lembrete: { $date } às { $time }
# `limber plan remove`.
cli-plan-removed = { $routine } não está mais no plano de { $profile }.
# `limber plan --autostart on|off`: `$written`/`$removed` é o arquivo de
# início com a sessão; `$command` inicia os lembretes agora (fica como está).
cli-plan-autostart-on = Os lembretes vão começar ao entrar na sessão ({ $written }).
cli-plan-autostart-off = Os lembretes não vão mais começar ao entrar na sessão ({ $removed } foi removido).
cli-plan-remind-now = Para tê-los agora, sem sair e entrar de novo: { $command }
# Erros. `$routine` aqui é o id dado; `$known` e `$planned` listas de ids.
cli-plan-unknown-routine = não existe a rotina “{ $routine }”; rotinas: { $known }
cli-plan-not-planned = “{ $routine }” não está no plano de { $profile }; planejadas: { $planned }
cli-plan-not-planned-nothing = “{ $routine }” não está no plano de { $profile }; planejadas: nenhuma
# Falhou a escrita no terminal (ou num pipe): `$error` diz por quê.
cli-output-failed = ao escrever a saída: { $error }

# `limber remind` quando outra cópia já está rodando para a pasta de dados
# `$folder`.
cli-remind-already-running = Os lembretes já estão rodando para { $folder }; não há mais nada a fazer.

## O que todos os comandos usam

# Uma contagem: `$what` é area, exercise, routine, pose, picture, problem,
# error ou warning. Em português, 0 e 1 caem na categoria `one`: o 0 tem
# a sua própria forma.
cli-count = { $what ->
        [area] { $count ->
            [0] 0 áreas
            [one] { $count } área
           *[other] { $count } áreas
        }
        [exercise] { $count ->
            [0] 0 exercícios
            [one] { $count } exercício
           *[other] { $count } exercícios
        }
        [routine] { $count ->
            [0] 0 rotinas
            [one] { $count } rotina
           *[other] { $count } rotinas
        }
        [pose] { $count ->
            [0] 0 posições
            [one] { $count } posição
           *[other] { $count } posições
        }
        [picture] { $count ->
            [0] 0 imagens
            [one] { $count } imagem
           *[other] { $count } imagens
        }
        [error] { $count ->
            [0] 0 erros
            [one] { $count } erro
           *[other] { $count } erros
        }
        [warning] { $count ->
            [0] 0 avisos
            [one] { $count } aviso
           *[other] { $count } avisos
        }
       *[problem] { $count ->
            [0] 0 problemas
            [one] { $count } problema
           *[other] { $count } problemas
        }
    }
# `--profile NOME` citou um perfil que não pode ser aberto: `$error` diz
# por quê, `$using` é o perfil usado no lugar.
cli-profile-not-opened = O perfil não foi aberto: { $error }. Usando “{ $using }”.
# Um id que nenhuma rotina tem: `$known` lista os ids que existem.
cli-unknown-routine = não existe a rotina “{ $routine }”; rotinas: { $known }
# A janela abriu com problemas no conteúdo: `$count` problemas, `$first`
# o primeiro deles.
cli-content-problems = { $count ->
        [one] { $count } problema no conteúdo dos exercícios; o que era válido foi carregado. O primeiro: { $first }
       *[other] { $count } problemas no conteúdo dos exercícios; o que era válido foi carregado. O primeiro: { $first }
    }
# O programa não encontrou o próprio arquivo (`$error` diz por quê).
cli-program-not-found = ao procurar este programa: { $error }

## `limber check`

# O resumo com problemas: `$found` são as contagens (“2 áreas, 5
# exercícios, …, 3 problemas”), `$errors` e `$warnings` contados do mesmo
# jeito.
check-summary-problems = { $found } ({ $errors }, { $warnings })

## `limber export-routine` e `limber import`

# Escrito no manifesto de um pacote: de quem são as doses e de quando
# (`$date`, uma data por extenso).
pack-provenance = doses de { $profile } em { $date }
# Um exercício da rotina que o conteúdo não tem (`$exercise` é o id).
cli-pack-exercise-missing = o exercício “{ $exercise }” não está no conteúdo; ficou fora do pacote
# `$path` o pacote gravado, `$routine` o id da rotina, `$counts` o que ele
# contém (“3 exercícios, 1 área, …”).
cli-pack-exported = { $path }: rotina “{ $routine }” com as doses de { $profile }; { $counts }
# `$pack` o pacote lido, `$folder` para onde foi, `$routines` os ids das
# rotinas (`$routine_count` delas), `$counts` o que ele contém.
cli-pack-imported = { $pack } importado para { $folder }: rotinas { $routine_count ->
        [0] nenhuma
       *[other] { $routines }
    }; { $counts }
# O mesmo para um pacote que diz quem o fez e quando (`$about`).
cli-pack-imported-about = { $pack } ({ $about }) importado para { $folder }: rotinas { $routine_count ->
        [0] nenhuma
       *[other] { $routines }
    }; { $counts }
# Um item do pacote substituiu outro com o mesmo id (`$item`).
cli-pack-replaces = Substitui { $item }

## `limber report`

cli-report-plan-left-out = o plano semanal ficou de fora: { $error }
# `$from` e `$to` são datas (AAAA-MM-DD).
cli-report-from-after-to = --from { $from } é depois de --to { $to }
cli-report-too-long = um relatório cobre no máximo dez anos; de { $from } a { $to } é mais longo
cli-report-needs-out = use --out ARQUIVO.pdf para o relatório em PDF (ou --csv para CSV no terminal)
# Depois que o PDF foi gravado: `$path`, o nome de `$profile`, `$pages`
# (“2 páginas”), `$headline` (a primeira conclusão do relatório).
cli-report-written = { $path }: relatório para a consulta de { $profile } ({ $pages }). { $headline }

## `limber figures`

# `$count` arquivos gravados em `$folder`.
cli-figures-icons-written = { $count ->
        [one] { $count } arquivo de ícone gravado em { $folder }
       *[other] { $count } arquivos de ícone gravados em { $folder }
    }
cli-figures-guide-written = { $count ->
        [one] { $count } imagem-guia gravada em { $folder }
       *[other] { $count } imagens-guia gravadas em { $folder }
    }
cli-figures-written = { $count ->
        [one] { $count } figura gravada em { $folder }
       *[other] { $count } figuras gravadas em { $folder }
    }
cli-figures-watch-needs-content = --watch precisa de --content PASTA, a pasta das posições que você está escrevendo
cli-figures-watching = Acompanhando as mudanças em { $folder } (Ctrl+C para)
# Depois de salvar: `$changed` os arquivos salvos.
cli-figures-rewritten = Mudança em { $changed }: { $count } figuras gravadas em { $folder }
