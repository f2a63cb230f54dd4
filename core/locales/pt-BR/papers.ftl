### A ficha da rotina e o relatório para a consulta (PDF).
### A fonte é core/locales/en/papers.ftl; os termos fixos estão em
### docs/glossary/pt-BR.md.

## Salvar um documento pela janela: a janela de salvar, o formulário do
## relatório na tela Histórico e os avisos depois.

# Os títulos da janela de salvar.
papers-save-sheet-title = Salvar a ficha da rotina
papers-save-report-title = Salvar o relatório para a consulta
# A rotina sumiu enquanto a ficha era salva; `$routine` é o id.
papers-routine-gone = A rotina “{ $routine }” não está mais carregada.
# Depois de salvar a ficha. `$routine` é o título, `$path` onde foi
# salva, `$pages` as páginas e o papel já escritos (“1 página, A4”).
papers-sheet-saved = A ficha de { $routine } foi salva em { $path } ({ $pages }).
# Depois de salvar o relatório; `$headline` é a primeira conclusão, uma
# frase já escrita.
papers-report-saved = O relatório para a consulta ({ $pages }) foi salvo em { $path }. { $headline }
papers-report-saved-csv = O relatório para a consulta foi salvo como CSV em { $path }. { $headline }
# Não foi possível ler o plano para o relatório; `$reason` diz por quê.
papers-plan-left-out = O plano semanal ficou de fora: { $reason }
# Nenhuma janela de salvar pôde ser aberta, então o arquivo foi para a
# pasta de documentos; `$notice` é o aviso acima, já escrito.
papers-no-dialog = Não foi possível abrir uma janela de salvar neste ambiente. { $notice }
# `$what` é `sheet` ou `report`; `$reason` diz por quê.
papers-not-saved = Não foi possível salvar { $what ->
        [sheet] a ficha da rotina
       *[report] o relatório para a consulta
    }: { $reason }
papers-not-saved-stopped = Não foi possível salvar { $what ->
        [sheet] a ficha da rotina
       *[report] o relatório para a consulta
    }: o trabalho parou inesperadamente.
# O botão da tela Histórico, e o formulário.
papers-visit-report = Relatório para a consulta…
papers-period = Período
papers-span-weeks = { $count } semanas
papers-span-six-months = 6 meses
papers-span-everything = Tudo
papers-save-as = Salvar como
papers-format-pdf = PDF para imprimir
papers-format-csv = CSV para planilha
# O período e quantas sessões ele tem; `$from` e `$to` são datas já
# escritas.
papers-period-summary = { $from } a { $to } · { $count ->
        [0] 0 sessões
        [one] 1 sessão
       *[other] { $count } sessões
    }
papers-save-report = Salvar relatório…
# Os tipos de arquivo que a janela de salvar filtra.
papers-file-kind-pdf = Documento PDF
papers-file-kind-csv = Planilha CSV
papers-file-kind-calendar = Calendário

## A ficha da rotina (`limber print`, Imprimir na tela Rotina): uma rotina
## no papel, para seguir no chão.

# O título do PDF: `$routine` é o título da rotina.
paper-sheet-title = { $routine } — ficha de exercícios
# O rodapé de cada página: a rotina, de quem são as doses (`$who`, como
# `paper-sheet-for` ou `paper-sheet-level-doses` o escreve), a data.
paper-sheet-footer = { $routine } · { $who } · impressa em { $date }
paper-sheet-for = para { $profile }
# `$level` é o nome de uma intensidade.
paper-sheet-level-doses = doses do nível { $level }
# Sob o título: de quem (`$whose`, uma das duas abaixo), a data, quantos
# exercícios e quanto tempo, mais ou menos (`$length`, “5 min”).
paper-sheet-whose-profile = Exercícios em casa para { $profile }
paper-sheet-whose-level = Exercícios em casa no nível { $level }
paper-sheet-subtitle = { $exercises ->
        [0] { $whose } · { $date } · { $exercises } exercícios, cerca de { $length } no total, nesta ordem
        [one] { $whose } · { $date } · { $exercises } exercício, cerca de { $length } no total, nesta ordem
       *[other] { $whose } · { $date } · { $exercises } exercícios, cerca de { $length } no total, nesta ordem
    }
paper-sheet-nothing-to-print = Nenhum dos exercícios desta rotina pôde ser carregado, então não há nada para imprimir.
# Rótulos em negrito antes do texto (cada um seguido de um espaço).
paper-sheet-left-out = Fora da rotina por enquanto:
paper-sheet-every-exercise = Em todos os exercícios:
paper-sheet-take-care = Cuidado:
paper-sheet-tip = Dica:
# `$variation` é o título da versão, em minúsculas.
paper-sheet-variation = Versão “{ $variation }”:
# Os exercícios fora da rotina (`$exercises`, os títulos).
paper-sheet-left-out-which = { $exercises } (porque doeu; pergunte ao seu fisioterapeuta antes de voltar a fazer).
# No lugar de uma figura.
paper-sheet-no-picture = (sem imagem)
paper-sheet-picture-missing = (imagem não encontrada)
# O nível de um exercício (`$level`, o nome de uma intensidade); “valores
# próprios” quando a pessoa definiu o tempo ou as repetições.
paper-sheet-level = nível { $level }
paper-sheet-level-own-values = nível { $level }, valores próprios

## Todos os documentos

# O número da página, no pé de cada página.
paper-page = Página { $page } de { $pages }
# O que foi gravado: `$pages` páginas em papel `$paper` (A4, Carta).
paper-pages = { $pages ->
        [one] { $pages } página, { $paper }
       *[other] { $pages } páginas, { $paper }
    }
# O título do relatório para a consulta: `$profile` é o nome da pessoa.
paper-report-title = Relatório para a consulta — { $profile }
paper-size-name = { $paper ->
        [a4] A4
       *[letter] Carta
    }
paper-missing-script = Nenhuma fonte deste computador tem letras { $script }, então esse texto aparece como quadradinhos no papel; instalar uma fonte que as tenha (como a Noto Sans { $script }) resolve isso.
paper-is-folder = é uma pasta
paper-font-unreadable = não foi possível ler a fonte do papel
paper-bad-size = tamanho de página inválido: { $width }×{ $height }
paper-pdf-failed = não foi possível criar o PDF: { $reason }
paper-write-failed = não foi possível gravar { $path }: { $error }

# A heading of the routine sheet run on with its text (the safety box).
paper-section-heading = { $heading }:
