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
