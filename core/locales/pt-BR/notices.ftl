### Avisos: a faixa no alto da janela e as mensagens que os comandos
### escrevem no stderr.
### A fonte é core/locales/en/notices.ftl; os termos fixos estão em
### docs/glossary/pt-BR.md.

## A faixa no alto da janela.

# O botão que fecha um aviso.
notices-dismiss = Fechar
# Sob os quatro primeiros avisos; `$count` é quantos mais há.
notices-more = { $count ->
        [one] … e mais { $count }
       *[other] … e mais { $count }
    }
# O Limber foi aberto com `--routine` com uma rotina que não existe;
# `$routine` é o nome dado, `$known` os ids das rotinas, separados por
# vírgulas.
notices-no-such-routine = Não existe a rotina “{ $routine }”. Rotinas conhecidas: { $known }.
# Um arquivo do conteúdo mudou no disco durante uma rotina.
notices-content-changed-during-routine = O conteúdo mudou no disco. Esta rotina continua como começou; a próxima já usa a mudança.
# As pastas de conteúdo não podem ser acompanhadas; `$error` é o motivo
# dado pelo sistema.
notices-content-not-watched = As mudanças nas pastas de conteúdo não são percebidas enquanto o Limber está aberto: { $error }
# Pediu-se para editar uma rotina que veio com o Limber ou com um pacote;
# `$routine` é o id.
notices-routine-not-editable = “{ $routine }” não pode ser alterada aqui: só as rotinas que você criou em Nova rotina podem.
# Ao salvar por cima de um arquivo de rotina que mudou no disco; `$path`
# é onde a versão antiga fica guardada.
notices-routine-on-disk-kept = A versão da rotina que estava no disco fica guardada em { $path }.
# Uma rotina própria foi excluída; `$routine` é o título, `$path` onde o
# arquivo fica guardado.
notices-routine-deleted-kept = “{ $routine }” foi excluída. O arquivo dela fica guardado em { $path }.
# Depois que o criador salvou, outro arquivo do conteúdo tem um problema;
# `$problem` diz qual e onde.
notices-content-problem = Um arquivo do conteúdo tem um problema (o resto foi carregado): { $problem }
# O criador não consegue salvar sem uma pasta de dados.
notices-no-content-folder = As rotinas são salvas na sua pasta de conteúdo, e o Limber está funcionando sem uma (sem pasta de dados).
# Um arquivo do conteúdo salvo com o Limber aberto tem um erro, então a
# mudança não é usada; `$problem` é o primeiro (arquivo, linha, coluna e o
# quê), `$more` quantos mais há.
notices-content-change-not-loaded = Sua mudança não foi carregada; o conteúdo continua como estava até que isto seja corrigido: { $problem }{ $more ->
        [0] {""}
        [one] {" "}(e mais 1 problema)
       *[other] {" "}(e mais { $more } problemas)
    }
# A linha de execução que guarda os perfis parou (as mudanças não podem
# mais ser gravadas).
notices-store-stopped = o armazenamento dos perfis parou de funcionar; as mudanças não são salvas
# Pediu-se como imagem uma ilustração que não é um arquivo de imagem.
notices-not-an-image = não é uma imagem

## Por que a janela não abriu (escrito no stderr depois de “limber: ”).

# `$reason` é o motivo dado pelo sistema.
notices-store-not-started = não foi possível iniciar o armazenamento dos perfis: { $reason }
notices-no-window = não foi possível abrir uma janela: { $reason }
# Quando o sistema não dá motivo.
notices-window-refused = o sistema de janelas recusou
notices-no-display = sem tela: nem DISPLAY (X11) nem WAYLAND_DISPLAY (Wayland) está definido

## O que o Limber diz à pessoa quando continuou mas guardou algo à parte,
## deixou algo como estava ou ajustou algo (a faixa da janela, o stderr da
## linha de comando). Calmo: os dados da pessoa nunca se perdem.
##
## `$file` e `$kept_as` são caminhos de arquivo (já entre aspas), `$reason`
## e `$problem` dizem o que estava errado. `$kind` é o tipo de arquivo
## (profile-list, profile, history, plan, reminders) e `$kind_name` o nome
## como `notice-file-kind` o dá.

notice-file-kind = { $kind ->
        [profile-list] da lista de perfis
        [profile] do perfil
        [history] do histórico
        [plan] do plano
       *[reminders] dos lembretes
    }
notice-file-kept-aside = O arquivo { $kind_name } { $file } não pôde ser lido ({ $reason }); ele foi guardado como { $kept_as } e os valores padrão são usados no lugar.
# `$found` é o formato do arquivo, `$supported` o mais novo que esta versão lê.
notice-newer-version = O arquivo { $kind_name } { $file } foi gravado por uma versão mais nova do Limber (formato { $found }; esta versão lê até o { $supported }). Ele fica intacto, e esta versão não vai alterá-lo.
# Uma configuração (`$what`, o nome) fora dos limites.
notice-adjusted = { $what }: { $requested } está fora de { $min }–{ $max }; usando { $used }.
# `$name` o perfil excluído, `$using` o que é usado agora.
notice-profile-gone = O perfil “{ $name }” foi excluído em outra janela; agora usando “{ $using }”.
# Um valor (`$written`) de uma configuração (`$what`) num arquivo de perfil.
notice-value-replaced = { $what }: `{ $written }` no arquivo do seu perfil não pode ser usado; o valor padrão é usado no lugar.
# `$lost` registros não puderam ser lidos, `$kept` foram mantidos.
notice-records-set-aside = { $lost ->
        [one] { $lost } registro do arquivo { $kind_name } { $file } não pôde ser lido ({ $problem }); os outros { $kept } foram mantidos. O arquivo fica como estava.
       *[other] { $lost } registros do arquivo { $kind_name } { $file } não puderam ser lidos ({ $problem }); os outros { $kept } foram mantidos. O arquivo fica como estava.
    }
notice-records-set-aside-copy = { $lost ->
        [one] { $lost } registro do arquivo { $kind_name } { $file } não pôde ser lido ({ $problem }); os outros { $kept } foram mantidos. O arquivo como estava foi guardado como { $kept_as }.
       *[other] { $lost } registros do arquivo { $kind_name } { $file } não puderam ser lidos ({ $problem }); os outros { $kept } foram mantidos. O arquivo como estava foi guardado como { $kept_as }.
    }
notice-copy-kept = O arquivo { $kind_name } { $file } não pôde ser lido exatamente como estava escrito; o arquivo como estava foi guardado como { $kept_as }.
# `$folder` é a pasta de dados.
notice-read-only-folder = O Limber não consegue gravar na pasta de dados { $folder } ({ $reason }): os seus perfis e o histórico aparecem como estão, e as mudanças não são salvas.

## O que não pôde ser feito com os dados da pessoa (erros do armazenamento
## dos perfis, na linha de comando e na janela). `$file` e `$folder` são
## caminhos (já entre aspas), `$name` o nome de um perfil.

store-no-data-dir = não foi encontrada uma pasta para os dados do Limber neste sistema; use --data-dir PASTA ou defina LIMBER_DATA_DIR
# `$message` diz por que os dados não puderam ser escritos como texto.
store-cannot-serialize = não foi possível gravar { $file }: { $message }
store-newer-version = { $file } foi gravado por uma versão mais nova do Limber (formato { $found }; esta versão lê até o { $supported }); ele fica intacto
store-unknown-profile = não existe perfil com o id “{ $id }” (talvez tenha sido excluído em outra janela)
# `$known` lista os nomes dos perfis.
store-no-such-name = não existe perfil chamado “{ $name }”; perfis: { $known }
store-invalid-name = “{ $name }” não pode ser nome de perfil: { $reason }
store-name-taken = já existe um perfil chamado “{ $name }”
store-read-only-folder = não é possível gravar em { $folder } ({ $reason }); as mudanças não são salvas

## Os nomes das configurações de um arquivo de perfil, como os avisos acima
## as nomeiam (`$what`), quando um valor do arquivo não pode ser usado.

profile-field = { $field ->
        [profile-id] Id do perfil
        [profile-name] Nome do perfil
        [safety-screen-seen] Tela Segurança vista
        [exercises-left-out] Exercícios fora da rotina
        [volume-percent] Volume (porcentagem)
        [voice-volume-percent] Volume da voz (porcentagem)
        [rest-time-seconds] Tempo de descanso (segundos)
        [spoken-coach] Orientação por voz
        [countdown] Contagem regressiva
        [ticks] Tique-taque
        [sounds] Sons
        [get-ready-time-seconds] Tempo para se preparar (segundos)
        [setup-card-read-time-seconds] Tempo de leitura da posição inicial (segundos)
        [theme] Tema
        [text-size] Tamanho do texto
        [voice] Voz
        [speaking-speed-percent] Velocidade da fala (porcentagem)
        [language] Idioma
       *[full-screen-during-routines] Tela cheia durante as rotinas
    }
# A escolha da pessoa para um exercício (`$exercise`, o id).
profile-field-choice = Sua escolha para { $exercise }

# Por que um nome digitado para um perfil não serve (depois de
# `store-invalid-name`).
profile-name-empty = o nome está vazio
profile-name-too-long = o nome tem mais de { $max } caracteres
profile-name-control = o nome contém caracteres de controle

## O que estava errado num arquivo de histórico (o `$problem`/`$reason` dos
## avisos acima). `$line` é um número de linha; `$problem` as palavras de
## um leitor (em inglês).

history-file-not-whole = o arquivo não pode ser lido como um todo: { $error }
history-file-no-list = não há lista de sessões no arquivo
history-file-text-after-end = linha { $line }: texto depois do fim do histórico
history-file-cut-short = o arquivo termina antes do `])` final: pode ter sido cortado
history-file-line = linha { $line }: { $problem }
history-file-line-unreadable = linha { $line }: não pôde ser lida
# `$session` é a posição da sessão no arquivo (1 para a primeira).
history-file-session = sessão { $session } no arquivo: { $problem }
# `$found` é o caractere encontrado.
history-file-list-end = linha { $line }: a lista de sessões termina com `{ $found }` em vez de `]`
history-file-ends-inside = o arquivo termina dentro da lista de sessões: pode ter sido cortado
history-file-text-after-list = linha { $line }: texto depois da lista de sessões

# Uma vez, quando nenhuma fonte tem as letras do idioma em uso.
notices-no-font = Nenhuma fonte deste computador tem letras { $script }, então as palavras em { $language } aparecem como quadradinhos. Instale uma fonte que as tenha (para o chinês, Noto Sans CJK: o pacote fonts-noto-cjk no Debian e no Ubuntu) e abra o Limber de novo.

## O armazenamento dos perfis e do histórico.

profile-default-name = Eu
profile-opened-read-only = aberto somente para leitura
profile-folder-read-only = não é possível gravar na pasta de dados { $folder } ({ $reason })
profile-newer-format = o perfil “{ $profile }” foi salvo por uma versão mais nova do Limber (formato { $format })
profile-left-in-place = { $reason }; deixado no lugar: { $folder_reason }
profile-unknown-format = a versão de formato { $version } não é nenhuma que o Limber tenha gravado
profile-not-utf8 = não é texto UTF-8
profile-setting-hold = Tempo de manter de { $exercise } (segundos)
profile-setting-repetitions = Repetições de { $exercise }
profile-setting = { $setting ->
        [volume] Volume (porcentagem)
        [get-ready] Tempo para se preparar (segundos)
        [rest] Tempo de descanso (segundos)
        [setup-read] Tempo de leitura dos cartões de preparação (segundos)
        [speech-rate] Velocidade da voz (porcentagem)
       *[speech-volume] Volume da voz (porcentagem)
    }
profile-pain-before = Dor antes
profile-pain-after = Dor depois
notices-cannot-watch = não é possível acompanhar as mudanças em { $path }: { $error }
