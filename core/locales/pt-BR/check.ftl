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

## O que o `limber check` diz de um arquivo de área, exercício ou rotina.
## Nomes de campos (`hold_seconds`), ids, papéis das etapas (Setup, Move,
## Hold, Release) e a sintaxe RON (`sides: None`) ficam como estão: é o
## que o autor escreve.

content-id-empty = { $kind ->
        [area] o id da área está vazio
        [exercise] o id do exercício está vazio
       *[routine] o id da rotina está vazio
    }
content-id-not-kebab = o id { $kind ->
        [pose] de postura
        [area] de área
        [exercise] de exercício
       *[routine] de rotina
    } `{ $id }` não está em kebab-case: use letras minúsculas, algarismos e hifens simples, por exemplo `knee-to-chest`
content-id-too-long = o id { $kind ->
        [pose] de postura
        [area] de área
        [exercise] de exercício
       *[routine] de rotina
    } `{ $id }` tem mais de { $max } caracteres
content-field-empty = `{ $field }` está vazio
content-range = { $problem ->
        [inverted] `{ $field }` ({ $low }, { $high }) está invertido: escreva o número menor primeiro, ({ $high }, { $low })
        [empty] `{ $field }` ({ $low }, { $high }) está vazio: só permite 0
        [zero] `{ $field }` começa em 0; o menor valor razoável é { $unit ->
            [seconds] 1 segundo
           *[repetitions] 1 repetição
        }
       *[too-high] `{ $field }` vai até { $high } { $unit ->
            [seconds] segundos
           *[repetitions] repetições
        }; uma dose pode ter no máximo { $max } { $unit ->
            [seconds] segundos
           *[repetitions] repetições
        }
    }
content-transition-too-long = `{ $field }` é { $value }; o máximo aceito é { $max } segundos
content-step-order = { $problem ->
        [setup-late] a etapa { $number } é um cartão Setup depois do movimento
        [second-move] a etapa { $number } é um segundo Move
        [move-late] a etapa { $number } é um Move depois do Hold
        [second-hold] a etapa { $number } é um segundo Hold
        [release-early] a etapa { $number } é um Release antes do Hold
       *[second-release] a etapa { $number } é um segundo Release
    }; a ordem das etapas é: primeiro os cartões Setup, depois no máximo um Move, exatamente um Hold, no máximo um Release
content-step-no-hold = o exercício não tem etapa Hold; a ordem das etapas é: primeiro os cartões Setup, depois no máximo um Move, exatamente um Hold, no máximo um Release
content-image-not-shipped = a imagem `{ $path }` não está no conteúdo incluído
content-image-not-found = imagem `{ $path }` não encontrada (procurada em { $looked })
content-image-not-file = a imagem `{ $path }` não é um arquivo
content-image-outside = a imagem `{ $path }` aponta para um arquivo fora da pasta de conteúdo
content-image-too-large = a imagem `{ $path }` é maior que { $limit }, o limite para imagens { $kind }
content-image-path-empty = o caminho da imagem está vazio
content-image-path-backslash = o caminho de imagem `{ $path }` contém `\`; use `/` entre as pastas para que o conteúdo funcione em qualquer sistema
content-image-path-absolute = o caminho de imagem `{ $path }` é absoluto; escreva-o relativo à pasta de conteúdo, por exemplo `images/knee.png`
content-image-path-parent = o caminho de imagem `{ $path }` usa `..`; as imagens devem estar dentro da pasta de conteúdo
content-image-path-rooted = o caminho de imagem `{ $path }` é absoluto; escreva-o relativo à pasta de conteúdo
content-image-kind = a imagem `{ $path }` não é um arquivo PNG, JPEG ou SVG
content-pose-id-empty = o id da postura está vazio
content-highlight-empty = `highlight` é uma lista vazia, então nada fica destacado na figura; indique uma ou mais partes do corpo: { $parts }
content-areas-empty = `areas` está vazio: o exercício só aparece nas rotinas que o citam
content-limb-without-sides = `limb` só muda as palavras de um exercício feito de cada lado, e este não tem `sides`
content-caution-empty = um cuidado está vazio
content-tip-empty = uma dica está vazia
content-step-field-empty = etapa { $step }: `{ $field }` está vazio
content-step-field-empty-optional = etapa { $step }: `{ $field }` está vazio; é melhor tirá-lo
content-variation-empty = variação { $variation }: `title` e `text` não podem estar vazios
content-variation-unknown-step = variação { $variation }: `spoken` cita a etapa “{ $step }”, que este exercício não tem; use o título de uma etapa: { $titles }
content-placeholder-unknown = `{ $token }` não é um marcador que o Limber conheça; escreva `{"{"}side{"}"}` para o lado que está sendo trabalhado ou `{"{"}other{"}"}` para o outro
content-placeholder-unsided = `{ $token }` precisa de um exercício feito de cada lado; este tem `sides: None`
content-switch-sides-unsided = `switch_sides` é para um exercício feito de cada lado; este tem `sides: None`
content-routine-empty = a rotina não tem exercícios
content-control-character = `{ $field }` contém um caractere de controle ({ $code }); o texto pode ter letras, espaços e tabulações, não quebras de linha nem códigos de terminal
content-id-control-character = `{ $field }` “{ $id }” contém um caractere de controle; os ids são letras minúsculas, algarismos e hifens
content-in-step = etapa { $step }: { $message }
content-in-variation = variação { $variation }: { $message }
content-variation-pose-control = variação { $variation }: um id de postura em `poses` contém um caractere de controle
content-not-loaded = { $kind ->
        [pose] a postura `{ $id }` não foi carregada
        [exercise] o exercício `{ $id }` não foi carregado
       *[area] a área `{ $id }` não foi carregada
    } por causa dos próprios problemas
content-unknown = { $kind ->
        [pose] postura desconhecida
        [exercise] exercício desconhecido
       *[area] área desconhecida
    } `{ $id }`
content-movement-fault = a etapa { $step } ({ $role }) leva a figura da postura `{ $from }` para `{ $to }`: a { $percent } % do caminho, { $finding }
content-variation-pose-unused = a variação `{ $variation }` substitui a postura `{ $pose }`, que nenhuma etapa deste exercício desenha
content-user-folder-unreadable = não é possível ler a pasta de conteúdo do usuário: { $error }
content-folder-unreadable-whole = não é possível ler a pasta de conteúdo: { $error }
content-more-problems = { $count ->
        [one] … e mais 1 problema neste arquivo
       *[other] … e mais { $count } problemas neste arquivo
    }
content-duplicate-id = id { $kind ->
        [area] de área
        [exercise] de exercício
        [routine] de rotina
       *[pose] de postura
    } `{ $id }` repetido: { $first } já o define (os ids devem ser únicos dentro de uma pasta; este arquivo é ignorado)
content-this-file = este arquivo
content-another-file = outro arquivo
content-using-earlier = { $kind ->
        [area] é usada a área anterior
        [exercise] é usado o exercício anterior
       *[routine] é usada a rotina anterior
    } `{ $id }`, de { $file }
content-image-placeholder = a imagem `{ $path }` não pode ser mostrada (o aplicativo desenha um espaço reservado): { $problem }

## Problemas no catálogo de um idioma (`limber check --translations`).

catalogue-missing-reference = `{ $id }` remete à mensagem `{ $base }`, que `{ $tag }` não tem (uma referência só encontra mensagens do mesmo idioma)
catalogue-missing-term = `{ $id }` usa o termo `-{ $term }`, que `{ $tag }` não define (os termos são próprios de cada idioma)
catalogue-not-english = `{ $id }` não é uma mensagem em inglês: um erro de digitação, ou uma que o inglês não tem mais
catalogue-extra-variable = `{ $id }` usa `${ $variable }`, que a mensagem em inglês não fornece ({ $given })
catalogue-variables-given = { $count ->
        [0] ela não fornece nenhuma
       *[other] ela fornece { $names }
    }
catalogue-extra-attribute = `{ $id }` tem o atributo `.{ $attribute }`, que o inglês não tem
catalogue-other-file = `{ $id }` está em { $file } no inglês: mantenha-o no mesmo arquivo
catalogue-defined-twice = `{ $id }` já está definido em { $file } (vale o primeiro)

## Poses, pictures and SVG files (`core/src/figure`).

figure-decimal-mark = {","}
figure-highlight-not-region = `highlight` é uma parte do corpo ou uma lista delas, por exemplo `LowerBack` ou `[Neck, Shoulders]`; as partes do corpo são: { $parts }
figure-not-a-body-part = `{ $name }` não é uma parte do corpo que a figura conhece; as partes do corpo são: { $parts }
figure-render-bad-size = o tamanho de imagem { $width }×{ $height } não é permitido (cada lado deve ter 1 ..= { $max } pixels)
figure-render-encode = não foi possível codificar o PNG: { $error }
figure-render-bad-id = o id de postura `{ $pose }` não pode ser usado como nome de arquivo
figure-render-write = não foi possível gravar { $path }: { $error }
figure-pose-not-finite = postura `{ $pose }`: { $field } não é um número finito
figure-pose-turns = postura `{ $pose }`: { $field } = { $value } graus é mais de duas voltas completas
figure-pose-pelvis-height = postura `{ $pose }`: pelvis.height = { $value } está fora de 0 ..= { $max } unidades de cabeça
figure-pose-shoulder-blades = postura `{ $pose }`: shoulder_blades = { $value } está fora de -1 ..= 1 (de totalmente para trás a totalmente para a frente)
figure-pose-raised = postura `{ $pose }`: raised = { $value } está fora de 0 ..= { $max } graus
figure-pose-turned = postura `{ $pose }`: turned = { $value } está fora de 0 ..= { $max } graus (do lado próximo) e de { $far } ..= 180 (do lado distante)
figure-pose-side-view-only = postura `{ $pose }`: { $field } vale só para a vista lateral
figure-pose-empty-id = uma postura tem o id vazio
figure-image-outside = { $path }: a imagem está fora da pasta de conteúdo { $folder }
figure-image-unreadable = { $path }: não foi possível ler a imagem: { $error }
figure-image-file-too-large = { $path }: o arquivo tem mais de { $limit } (o limite para imagens { $kind })
figure-image-unsupported = { $path }: só são aceitas imagens PNG, JPEG e SVG (pela extensão do arquivo)
figure-image-not-in-content = { $path }: a imagem não está no conteúdo
figure-image-too-many-pixels = { $path }: a imagem é grande demais (no máximo { $side }×{ $side } pixels e { $size } descompactada): { $reason }
figure-image-damaged = { $path }: a imagem está danificada ou não é o que o nome diz: { $reason }
figure-image-svg = { $path }: o SVG não pode ser exibido: { $reason }
figure-image-declares = ela declara { $width }×{ $height } pixels

## What is wrong with a pose.

figure-in-pose = postura `{ $pose }`: { $finding }
figure-part = { $part ->
        [pelvis] a pelve
        [upper-back] a parte superior das costas
        [lower-back] a região lombar
        [trunk] o tronco
        [neck] o pescoço
        [head] a cabeça
        [shoulders] os ombros
        [chest] o peito
        [left-upper-arm] o braço esquerdo
        [right-upper-arm] o braço direito
        [left-forearm] o antebraço esquerdo
        [right-forearm] o antebraço direito
        [left-hand] a mão esquerda
        [right-hand] a mão direita
        [left-thigh] a coxa esquerda
        [right-thigh] a coxa direita
        [left-shin] a canela esquerda
        [right-shin] a canela direita
        [left-foot] o pé esquerdo
        [right-foot] o pé direito
        [left-leg] a perna esquerda
        [right-leg] a perna direita
        [left-knee] o joelho esquerdo
        [right-knee] o joelho direito
        [left-heel] o calcanhar esquerdo
        [right-heel] o calcanhar direito
        [left-toes] os dedos do pé esquerdo
        [right-toes] os dedos do pé direito
        [left-shoulder] o ombro esquerdo
        [right-shoulder] o ombro direito
        [left-elbow] o cotovelo esquerdo
        [right-elbow] o cotovelo direito
        [left-wrist] o punho esquerdo
        [right-wrist] o punho direito
        [left-hip] o quadril esquerdo
        [right-hip] o quadril direito
        [left-ankle] o tornozelo esquerdo
        [right-ankle] o tornozelo direito
       *[other] { $part }
    }
figure-below-floor = { $part } está { $depth } unidades de cabeça abaixo do chão
figure-contact-above = { $part } { $key ->
        [shoulders] deveriam
        [left-toes] deveriam
        [right-toes] deveriam
       *[other] deveria
    } se apoiar no chão (contacts), mas { $key ->
        [shoulders] estão
        [left-toes] estão
        [right-toes] estão
       *[other] está
    } { $above } unidades de cabeça acima dele
figure-range = { $part } ({ $field }{ $solved ->
        [yes] { " " }(calculado a partir de `{ $from }`)
       *[no] {""}
    }) tem { $how ->
        [back] uma extensão para trás de { $angle }°
       *[forward] uma flexão de { $angle }°
    }, fora da amplitude de movimento { $joint ->
        [shoulder] do ombro
        [elbow] do cotovelo
        [wrist] do punho
        [hip] do quadril
        [knee] do joelho
        [ankle] do tornozelo
        [trunk] do tronco
        [neck] do pescoço
       *[other] de { $joint }
    }, de { $back }° para trás a { $forward }° para a frente
figure-not-met = { $from }: { $place } não é atendido: { $detail }
figure-not-met-both = { $from }: { $place } não é atendido: { $first }; { $second }
figure-hand-away = a mão { $side ->
        [left] esquerda
       *[right] direita
    } está a { $by } unidades de cabeça { $target ->
        [knee] do joelho { $leg ->
        [left] esquerdo
       *[right] direito
    }
        [shin] da canela { $leg ->
        [left] esquerda
       *[right] direita
    }, logo abaixo do joelho
        [thigh] da coxa { $leg ->
        [left] esquerda
       *[right] direita
    }
        [ankle] do tornozelo { $leg ->
        [left] esquerdo
       *[right] direito
    }
        [leg] da perna { $leg ->
        [left] esquerda
       *[right] direita
    }, além do joelho
       *[chest] do peito
    }
figure-hand-behind-back = a mão { $side ->
        [left] esquerda
       *[right] direita
    } está atrás das costas
figure-hand-above-floor = a mão { $side ->
        [left] esquerda
       *[right] direita
    } está { $by } unidades de cabeça acima do chão
figure-hand-from-hip = a mão { $side ->
        [left] esquerda
       *[right] direita
    } está a { $by } unidades de cabeça do quadril
figure-forearm-above-floor = o antebraço { $side ->
        [left] esquerdo
       *[right] direito
    } está { $by } unidades de cabeça acima do chão
figure-elbow-off-shoulder = o cotovelo { $side ->
        [left] esquerdo
       *[right] direito
    } está { $by } unidades de cabeça { $where ->
        [ahead] à frente do
       *[behind] atrás do
    } ombro
figure-foot-end-above-floor = { $end ->
        [heel] o calcanhar { $side ->
        [left] esquerdo
       *[right] direito
    } está
       *[toes] os dedos do pé { $side ->
        [left] esquerdo
       *[right] direito
    } estão
    } { $by } unidades de cabeça acima do chão
figure-heel-above-floor = o calcanhar { $side ->
        [left] esquerdo
       *[right] direito
    } está { $by } unidades de cabeça acima do chão
figure-toes-above-floor = os dedos do pé { $side ->
        [left] esquerdo
       *[right] direito
    } estão { $by } unidades de cabeça acima do chão
figure-foot-from-thigh = o pé { $side ->
        [left] esquerdo
       *[right] direito
    } está a { $by } unidades de cabeça da coxa { $other ->
        [left] esquerda
       *[right] direita
    }
figure-feet-apart = os pés estão a { $by } unidades de cabeça um do outro
figure-foot-own-thigh = { $from }: um pé não pode se apoiar na própria coxa; o pé { $side ->
        [left] esquerdo
       *[right] direito
    } vai contra a coxa { $other ->
        [left] esquerda
       *[right] direita
    }
figure-hands-twice = indique as duas mãos com `hands`, ou cada uma com `left_hand` e `right_hand`, mas não as duas coisas
figure-feet-twice = indique os dois pés com `feet`, ou cada um com `left_foot` e `right_foot`, mas não as duas coisas
figure-feet-both-thighs = os dois pés não podem se apoiar ao mesmo tempo na coxa oposta; use `left_foot` ou `right_foot`
figure-limb-unplaced = `{ $field }` foi omitido e nada posiciona { $limb ->
        [arm] o braço { $side ->
        [left] esquerdo
       *[right] direito
    }
       *[leg] a perna { $side ->
        [left] esquerda
       *[right] direita
    }
    }: escreva-o, ou indique com `{ $place_field }` onde fica { $limb ->
        [arm] a mão
       *[leg] o pé
    }
figure-leg-bend-unknown = { $from } posiciona o pé { $side ->
        [left] esquerdo
       *[right] direito
    }, mas não como a perna se dobra até ele: escreva `{ $field }` (o quadril ou o joelho)

## Why an SVG file is refused.

figure-svg-place = linha { $line }, coluna { $column }
figure-svg-library-failed = a biblioteca SVG falhou ao { $doing ->
        [reading] lê-lo
       *[drawing] desenhá-lo
    } ({ $cause }); o arquivo foi recusado
figure-svg-not-drawable = não é uma imagem que o usvg consiga desenhar: { $error }
figure-svg-canvas = não é possível desenhar em { $width }×{ $height } pixels
figure-svg-compressed = ele está compactado (SVGZ); salve-o como SVG simples (arquivos compactados poderiam se expandir a qualquer tamanho)
figure-svg-not-utf8 = não é texto UTF-8
figure-svg-entities = ele declara entidades XML (`<!ENTITY` em { $place }), que podem crescer a qualquer tamanho; exporte-o de novo sem DTD
figure-svg-too-deep = os elementos se aninham em mais de { $max } níveis (em { $place }); reduza os grupos
figure-svg-too-many-nodes = ele tem mais de { $max } nós XML; simplifique o desenho
figure-svg-not-xml = não é um SVG (XML) válido: { $error }
figure-svg-outside-url = `url({ $url })` remete a outro arquivo; só são seguidas referências dentro do SVG (`url(#id)`)
figure-svg-link = ele aponta para outro arquivo (`{ $href }` em { $place }); links não são seguidos: incorpore a imagem no SVG
figure-svg-import = a folha de estilo dele importa outro arquivo (em { $place })
figure-svg-sheet-markers = a folha de estilo dele define marcadores (em { $place }); coloque marker-start/-mid/-end nas formas
figure-svg-at = { $reason } (em { $place })
figure-svg-loop = as referências dele formam um ciclo (em { $place })
figure-svg-too-many-instances = as referências dele (`<use>`, marcadores, padrões…) desenhariam mais de { $max } elementos (em { $place })
figure-svg-references-too-deep = as referências dele se aninham em mais de { $max } níveis (em { $place })
figure-svg-data-malformed = a URL de dados em { $place } está malformada
figure-svg-data-undecodable = a URL de dados em { $place } não pode ser decodificada
figure-svg-embedded-too-large = a imagem incorporada em { $place }: { $reason }
figure-svg-embedded-damaged = a imagem incorporada em { $place } está danificada: { $error }
figure-svg-embedded-total = as imagens incorporadas ocupam juntas mais de { $size } descompactadas (em { $place })
figure-svg-embedded-svg = o SVG incorporado em { $place }: { $reason }
figure-svg-embedded-kind = a imagem incorporada em { $place } é `{ $mime }`; só é possível incorporar PNG, JPEG e SVG
figure-svg-reencode = não foi possível recodificar uma imagem incorporada: { $error }
figure-svg-layers = desenhá-lo exigiria mais de { $size } de camadas ao mesmo tempo; simplifique os efeitos (opacidade, máscaras, filtros, padrões)
figure-svg-pattern = um bloco de padrão seria desenhado com mais de { $millions } milhões de pixels; diminua o padrão
figure-svg-too-slow = desenhá-lo levaria tempo demais (mais de { $millions } milhões de operações de pixel); simplifique o desenho
