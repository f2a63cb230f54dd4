### Palavras comuns: o nome do idioma, os lados e as datas.
### A fonte é core/locales/en/common.ftl; os termos fixos estão em
### docs/glossary/pt-BR.md.

## Este idioma

language-name = Português (Brasil)

language-called = { $tag ->
        [en] inglês
        [es] espanhol
        [de] alemão
        [fr] francês
        [pt-BR] português do Brasil
        [zh-CN] chinês simplificado
        [en-XA] pseudoinglês
       *[other] { $tag }
    }

## Lados. O adjetivo concorda com o substantivo: “o joelho esquerdo”
## ({side:m}), “a perna esquerda” ({side:f}).

content-side = { $form ->
        [f] { $side ->
            [left] esquerda
           *[right] direita
        }
       *[m] { $side ->
            [left] esquerdo
           *[right] direito
        }
    }

# “perna esquerda”, “braço direito”, “lado esquerdo”
side-of-limb = { $limb ->
        [leg] perna { $side ->
            [left] esquerda
           *[right] direita
        }
        [arm] braço { $side ->
            [left] esquerdo
           *[right] direito
        }
       *[side] lado { $side ->
            [left] esquerdo
           *[right] direito
        }
    }

## Datas e horas

# “segunda-feira, 3 de março de 2026”
date-long = %A, %-d de %B de %Y
# “seg, 3 de mar”
date-short = %a, %-d de %b
# “3 de março”
date-day-month = %-d de %B
# “3 de março de 2026”
date-day-month-year = %-d de %B de %Y
# “3 de mar”, sob o eixo do tempo de um gráfico
date-day-short-month = %-d de %b
time-of-day = %H:%M
date-numeric = %x
# “segunda-feira, 3 de março de 2026, às 08:05”
date-and-time = { $date }, às { $time }

## A janela: o título e os nomes das telas (o título e o cabeçalho da
## lista de teclas).

# O título da janela na tela Início.
window-title-home = Limber
# O título em qualquer outra tela; `$screen` é o nome da tela ou o título
# da rotina.
window-title = Limber — { $screen }
# O título na tela depois de uma rotina.
window-title-finish = Fim da rotina
# O título quando o perfil foi salvo por um Limber mais novo.
window-title-newer = Um perfil de um Limber mais novo
screen-home = Início
screen-routine = Rotina
# A tela que conduz a rotina.
screen-player = Exercício
screen-finish = Fim
screen-settings = Configurações
screen-safety = Segurança
screen-history = Histórico
screen-exercises = Exercícios
screen-plan = Plano
screen-newer = Perfil mais novo

## Controles de várias telas.

# O botão no começo da barra de título de uma tela.
common-back = ← Voltar

## A lista de teclas (`?`): as teclas de uma tela e o que fazem.

# O cabeçalho; `$screen` é o nome da tela.
keys-title = Teclas: { $screen }
keys-close = Fechar
keys-help = Mostrar ou esconder esta lista de teclas
keys-back = Voltar
# Palavras impressas nas teclas, como no teclado brasileiro (ABNT2): Esc,
# Enter, Shift, Tab, Ctrl, Alt, Delete e Page Up/Page Down vêm em inglês
# nas teclas; a barra de espaço não tem nome impresso e é chamada
# “Espaço”.
keys-esc = Esc
keys-enter = Enter
keys-space = Espaço
keys-delete = Delete
keys-shift = Shift
keys-tab = Tab
keys-ctrl = Ctrl
keys-alt = Alt
keys-page = Page
keys-up = Up
keys-down = Down
# Entre duas teclas que fazem o mesmo (“Enter ou Esc”).
keys-or = ou

## A escala de dor de 0 a 10 (Rotina, Fim).

# Sob as pontas da escala.
pain-scale-none = 0 = sem dor
pain-scale-worst = 10 = pior dor imaginável

## Durações e doses, como as telas, a linha de comando e a ficha impressa
## as escrevem.

# Uma duração, curta: “45 s”, “5 min”, “5 min 12 s”, “1 h 2 min”.
duration = { $shape ->
        [h] { $hours } h
        [hm] { $hours } h { $minutes } min
        [hms] { $hours } h { $minutes } min { $seconds } s
        [hs] { $hours } h { $seconds } s
        [m] { $minutes } min
        [ms] { $minutes } min { $seconds } s
       *[s] { $seconds } s
    }

# A dose de um exercício, depois do título: “manter 15 s × 3”,
# “manter 15 s × 2 em cada perna”. `$hold` é uma duração (como `duration`
# a escreve), `$repetitions` um número; `$limb` é leg, arm ou side para um
# exercício feito de um lado de cada vez, none para os outros.
dose = { $limb ->
        [leg] manter { $hold } × { $repetitions } em cada perna
        [arm] manter { $hold } × { $repetitions } em cada braço
        [side] manter { $hold } × { $repetitions } de cada lado
       *[none] manter { $hold } × { $repetitions }
    }

# Depois de uma contagem de repetições de um lado de cada vez (“2 em cada
# perna”). `$limb` é leg, arm ou side.
each-limb = { $limb ->
        [leg] em cada perna
        [arm] em cada braço
       *[side] de cada lado
    }

# Como um exercício de um lado de cada vez passa pelos lados, na ficha
# impressa. `$limb` é leg, arm ou side.
side-order-alternate = { $limb ->
        [leg] Perna esquerda e direita, alternando, começando pela esquerda.
        [arm] Braço esquerdo e direito, alternando, começando pelo esquerdo.
       *[side] Lado esquerdo e direito, alternando, começando pelo esquerdo.
    }
side-order-in-turn = { $limb ->
        [leg] Todas na perna esquerda, depois todas na direita.
        [arm] Todas no braço esquerdo, depois todas no direito.
       *[side] Todas no lado esquerdo, depois todas no direito.
    }

## Intensidade e doses

# O nome de um nível de intensidade (`$level`: gentle, standard, strong).
intensity-name = { $level ->
        [gentle] Suave
        [strong] Forte
       *[standard] Normal
    }

# Um valor de dose fora dos limites que o Limber mantém, e o valor usado no
# lugar. `$whose` é content (o arquivo do exercício) ou profile (a
# configuração da pessoa); `$field` é hold (segundos) ou repetitions.
dose-clamped = { $whose ->
        [content] { $field ->
            [hold] O tempo de manter do exercício, { $requested } s, está fora de { $low } s..{ $high } s; usando { $used } s.
           *[repetitions] O número de repetições do exercício, { $requested }, está fora de { $low }..{ $high }; usando { $used }.
        }
       *[profile] { $field ->
            [hold] O seu tempo de manter, { $requested } s, está fora de { $low } s..{ $high } s; usando { $used } s.
           *[repetitions] O seu número de repetições, { $requested }, está fora de { $low }..{ $high }; usando { $used }.
        }
    }

## Arquivos que o Limber guarda (perfis, planos, histórico)

# Um arquivo gravado por uma versão mais nova ou desconhecida: `$version` é
# o número que o arquivo dá.
file-version-unknown = a versão de formato { $version } não é uma que o Limber já tenha gravado

## Pacotes de conteúdo: quem fez um pacote, mostrado onde os itens dele
## aparecem e quando ele é importado.

pack-by = por { $author }
pack-version = versão { $version }
# `$date` é quando um profissional de saúde o revisou pela última vez
# (“3 de março de 2026”).
pack-reviewed = revisado em { $date }
# Um item que veio de um pacote: `$pack` é o nome do pacote, `$about`
# quem o fez (“por …, versão …, revisado em …”).
pack-from = Do pacote “{ $pack }”
pack-from-about = Do pacote “{ $pack }”: { $about }
# O que `limber check` diz sobre o manifesto de pacote de uma pasta
# (`$file`) e os pacotes importados nela (`$folder`).
pack-manifest-heading = Manifesto do pacote { $file }:
pack-field-not-given = (não informado)
pack-imported-heading = Pacotes importados ({ $folder }):
pack-about-nothing = sem autor, versão ou data de revisão
pack-imported-line = { $pack }: { $about }
pack-imported-line-routines = { $pack }: { $about }; rotinas: { $routines }
# Problemas do manifesto de um pacote. `$field` é o nome do campo como está
# no arquivo (author, version, reviewed): fica como está.
pack-field-too-long = `{ $field }` tem mais de { $max } caracteres
pack-field-control = `{ $field }` contém um caractere de controle (uma quebra de linha ou parecido)
pack-reviewed-invalid = `reviewed` é “{ $reviewed }”; escreva a data como AAAA-MM-DD, por exemplo “2025-06-02”
# `$kib` é o tamanho máximo, em KiB.
pack-manifest-too-large = o manifesto tem mais de { $kib } KiB

## Ler um arquivo (conteúdo, pacotes, perfis): o que deu errado.

# `$error` é o motivo dado pelo sistema.
file-unreadable = não foi possível ler: { $error }
file-not-regular = não é um arquivo comum
file-not-utf8 = não é texto UTF-8; os arquivos RON devem ser salvos em UTF-8
# Um tamanho de arquivo: `$unit` é mib, kib ou bytes.
file-size = { $unit ->
        [mib] { $size } MiB
        [kib] { $size } KiB
       *[bytes] { $size } bytes
    }
# O que é um caminho que não é um arquivo comum: `$kind` é folder, pipe,
# device, socket ou other.
file-kind-of = { $kind ->
        [folder] uma pasta
        [pipe] um pipe nomeado (FIFO)
        [device] um dispositivo
        [socket] um socket
       *[other] algo que não é um arquivo
    }
# Depois do caminho de um arquivo: por que não foi lido. `$kind` como
# `file-kind-of` o escreve, `$limit` como `file-size` o escreve.
file-not-read-kind = não foi lido porque é { $kind }, não um arquivo comum
file-larger-than-read = o arquivo tem mais de { $limit } (o máximo lido para este tipo de arquivo)
file-not-utf8-save = não é texto UTF-8; salve o arquivo em UTF-8
file-not-regular-remove = é { $kind }, não um arquivo comum; remova-o e tente de novo

## Um arquivo ou pasta que o sistema recusou: o que o Limber fazia com ele.
## `$path` é o caminho (entre aspas), `$error` o motivo dado pelo sistema.

io-failed = { $action ->
        [copying] ao copiar { $path }: { $error }
        [creating] ao criar { $path }: { $error }
        [creating-folder] ao criar a pasta { $path }: { $error }
        [deleting] ao excluir { $path }: { $error }
        [finding-a-free-name-in] ao procurar um nome livre em { $path }: { $error }
        [keeping-a-copy-of] ao guardar uma cópia de { $path }: { $error }
        [keeping-aside] ao guardar à parte { $path }: { $error }
        [linking] ao criar um link para { $path }: { $error }
        [listing] ao listar { $path }: { $error }
        [locking] ao bloquear { $path }: { $error }
        [moving] ao mover { $path }: { $error }
        [moving-aside] ao pôr de lado { $path }: { $error }
        [moving-into-place] ao pôr no lugar { $path }: { $error }
        [opening] ao abrir { $path }: { $error }
        [opening-lock-file] ao abrir o arquivo de bloqueio { $path }: { $error }
        [reading] ao ler { $path }: { $error }
        [removing] ao remover { $path }: { $error }
        [renaming-into] ao renomear para { $path }: { $error }
        [replacing] ao substituir { $path }: { $error }
        [restoring] ao restaurar { $path }: { $error }
        [syncing] ao sincronizar { $path }: { $error }
        [writing] ao gravar { $path }: { $error }
       *[other] { $path }: { $error }
    }

# Um pacote recusado (`$pack`, o caminho): seguem `$count` problemas, um
# por linha.
pack-refused = { $count ->
        [one] { $pack } não foi importado ({ $count } problema); nada foi copiado:
       *[other] { $pack } não foi importado ({ $count } problemas); nada foi copiado:
    }

## Importar um pacote (`limber import`, Importar no Início)

pack-not-a-pack-file = um pacote é uma pasta ou um arquivo .zip
pack-no-content = nenhum arquivo em areas/, exercises/, routines/ ou poses/: isto não é um pacote de conteúdo do Limber
# Um problema que o pacote criaria com o conteúdo da pessoa (`$problem`).
pack-clash = com o seu conteúdo: { $problem }
pack-cannot-record = não foi possível registrar o pacote: { $error }
# Um item que um pacote substituiu: `$whose` é shipped (do próprio Limber)
# ou yours, `$kind` area, exercise, routine ou pose.
pack-replaced-item = { $whose ->
        [shipped] { $kind ->
            [area] a área
            [exercise] o exercício
            [routine] a rotina
           *[pose] a posição
        } “{ $title }” ({ $id }) que vem com o Limber
       *[yours] { $kind ->
            [area] a sua área
            [exercise] o seu exercício
            [routine] a sua rotina
           *[pose] a sua posição
        } “{ $title }” ({ $id })
    }
# Um arquivo da pessoa que um pacote substituiu (`$file`, o caminho).
pack-replaced-file = o seu arquivo { $file }
# Dito uma vez depois de importar: `$items` como as duas mensagens acima os
# escrevem, unidos por “; ”.
pack-replaced = O pacote “{ $pack }” substituiu { $items }.

## Exportar uma rotina como pacote (`limber export-routine`, o criador)

pack-cannot-write-ron = não foi possível gravar o RON: { $error }
# `$exercise` é o id do exercício, `$path` o caminho da imagem.
pack-picture-missing = exercício `{ $exercise }`: a imagem { $path } não foi encontrada
pack-folder-not-empty = { $folder } não está vazia; escolha uma pasta nova para o pacote
pack-cannot-write = não foi possível gravar { $file }: { $error }

## Um pacote recusado ao ser descompactado ou copiado.

pack-path-problem = { $why ->
        [backslash] usa uma barra invertida
        [nul] contém um caractere NUL
        [parent] sai da pasta do pacote (`..`)
        [absolute] é um caminho absoluto
        [no-name] não tem nome
        [too-deep] está aninhado a mais de { $max } pastas de profundidade
        [windows-character] tem { $character }, que o Windows não permite em um nome
        [windows-end] termina em um ponto ou espaço, que o Windows descarta
       *[windows-device] usa { $stem }, um nome de dispositivo no Windows
    }
pack-not-regular = não é um arquivo comum
pack-zip-too-large = o zip tem { $size } MiB; os pacotes têm limite de { $max } MiB
pack-zip-unreadable = não é um arquivo zip legível: { $error }
pack-zip-too-many = o zip tem { $count } entradas; um pacote pode ter no máximo { $max }
pack-zip-duplicate = o zip cita o mesmo arquivo duas vezes
pack-entry-header = entrada { $index }: cabeçalho ilegível: { $error }
pack-entry-refused = { $name }: recusado, { $why ->
        [path] o caminho { $reason }
        [link] um link simbólico
        [special] não é um arquivo comum nem uma pasta (um dispositivo, pipe ou socket)
        [encrypted] criptografado
        [too-large] { $size } MiB descompactado; um arquivo pode ter no máximo { $max } MiB
        [too-large-file] { $size } MiB; um arquivo pode ter no máximo { $max } MiB
        [twice] o mesmo nome duas vezes
        [too-deep] aninhado a mais de { $max } pastas de profundidade
       *[overflow] descompactado, ocupa mais do que o cabeçalho diz ({ $size } bytes): um zip danificado ou malicioso
    }
pack-total-too-large = { $uncompressed ->
        [yes] os arquivos somam { $size } MiB descompactados; um pacote pode ter no máximo { $max } MiB
       *[no] os arquivos somam { $size } MiB; um pacote pode ter no máximo { $max } MiB
    }
pack-entry-unreadable = { $name }: não é possível ler: { $error }
pack-entry-extract = { $name }: não é possível extrair: { $error }
pack-entry-damaged = { $name }: danificado: { $error }
pack-unpacks-too-much = os arquivos passam de { $max } MiB descompactados
pack-folder-too-many = mais de { $max } arquivos e pastas; um pacote pode ter no máximo { $max }
pack-file-changed = { $name }: mudou enquanto era copiado
