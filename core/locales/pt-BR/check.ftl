### `limber check`: problemas no conteúdo e nas traduções.
### A fonte é core/locales/en/check.ftl.

## `limber check --translations`: um bloco por idioma.

check-language = { $tag } ({ $name })

# Em português, 0 e 1 caem na categoria CLDR `one`; o zero leva plural.
check-untranslated-messages = { $count ->
        [0] 0 de { $total } mensagens estão sem tradução
        [one] { $count } de { $total } mensagens ainda não está traduzida
       *[other] { $count } de { $total } mensagens ainda não estão traduzidas
    }: { $first }

check-untranslated-content = { $count ->
        [0] 0 de { $total } textos do conteúdo estão sem tradução
        [one] { $count } de { $total } textos do conteúdo ainda não está traduzido
       *[other] { $count } de { $total } textos do conteúdo ainda não estão traduzidos
    }: { $first }

check-language-summary = { $tag }: { $errors ->
        [0] 0 erros
        [one] { $errors } erro
       *[other] { $errors } erros
    }, { $untranslated ->
        [0] 0 sem tradução
        [one] { $untranslated } sem tradução
       *[other] { $untranslated } sem tradução
    }

## Problemas em uma tradução do conteúdo (`translations/<idioma>/…`).

check-translation-unknown-item = não existe { $kind ->
        [area] área
        [exercise] exercício
        [routine] rotina
       *[other] { $kind }
    } `{ $id }` para traduzir
check-translation-unknown-step = o exercício `{ $exercise }` não tem a etapa “{ $step }”; indique cada etapa pelo título em inglês (ou `#2` para a segunda etapa)
check-translation-ambiguous-step = o exercício `{ $exercise }` tem { $count } etapas chamadas “{ $step }”; indique a que você quer pelo número (`#{ $first }`)
check-translation-unknown-variation = o exercício `{ $exercise }` não tem a versão “{ $variation }”
check-translation-placeholders = { $field } tem { $found } onde o texto em inglês tem { $expected }: mantenha os mesmos marcadores ({"{"}side{"}"}, {"{"}other{"}"})
check-translation-count = { $field } tem { $found } itens; o texto em inglês tem { $expected }
check-translation-empty = { $field } está vazio; omita-o para usar o texto em inglês
check-translation-language = `{ $folder }` não é uma etiqueta de idioma (como `es` ou `pt-BR`)
check-translation-english = translations/en não é lido: o inglês é o idioma do próprio conteúdo
check-placeholder-none = nenhum marcador
check-translation-no-source = { $field }: o texto em inglês não tem nada para traduzir
check-translation-control = { $field } contém um caractere de controle
check-translation-misplaced = não carregado: uma tradução fica em translations/<idioma>/areas/, exercises/ ou routines/
check-translation-unknown-spoken = a versão “{ $variation }” não diz nada próprio em inglês para a etapa “{ $step }”, então não há nada para traduzir

## O que `limber check` (e a leitura do conteúdo) diz sobre arquivos e
## pastas do conteúdo. Os nomes de campos (`title`), de pastas (areas/) e
## os tipos de arquivo (.ron) ficam como estão: são o que se escreve.

content-file-misplaced = não carregado: os arquivos RON ficam diretamente em areas/, exercises/, routines/ ou poses/
# `$folder` é a pasta do conteúdo onde o arquivo está.
content-file-unexpected = arquivo inesperado em { $folder }/: só arquivos .ron (e imagens) ficam ali
content-folder-unreadable = não foi possível ler a pasta: { $error }
# `$max` é o máximo de arquivos examinados.
content-too-many-files = mais de { $max } arquivos; o resto não foi examinado
# `$limit` é um tamanho como `file-size` o escreve.
content-file-too-large = o arquivo tem mais de { $limit }, o limite para arquivos do conteúdo
# Um texto acima do limite: `$what` o nomeia (um campo, ou
# `content-step-field`), `$length` e `$max` são números de caracteres.
content-text-too-long = { $what } tem { $length } caracteres; o máximo é { $max }
content-too-many-entries = `{ $field }` tem { $count } itens; o máximo é { $max }
# Um campo de uma etapa ou de uma versão: `$step`/`$variation` o número.
content-step-field = etapa { $step }: `{ $field }`
content-variation-field = versão { $variation }: `{ $field }`
