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
