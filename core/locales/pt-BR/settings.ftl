### A tela Configurações: som, orientação por voz, tempos, tema, tamanho do
### texto, idioma, perfis.
### A fonte é core/locales/en/settings.ftl; os termos fixos estão em
### docs/glossary/pt-BR.md.

## A tela Configurações.

# O título da tela; `$profile` é o nome do perfil.
settings-title = Configurações de { $profile }

# Títulos das seções.
settings-sound = Som
settings-spoken-coach = Orientação por voz
settings-timings = Tempos
settings-profiles = Perfis

## A linha do título: tema, tamanho do texto e idioma (os nomes das opções,
## Claro, Escuro, Maior…, estão em common.ftl).

settings-theme = Tema
settings-text-size = Tamanho do texto
settings-language = Idioma
# A primeira opção da lista de idiomas: o idioma do computador, com o nome
# no próprio idioma (`$language`: “English”, “Español”).
settings-language-system = Sistema ({ $language })
# Um idioma salvo no perfil que este Limber não tem; `$tag` é a etiqueta
# salva (“fi”).
settings-language-unknown = { $tag } (não disponível)
# Sob a lista quando o idioma foi escolhido ao abrir o Limber (`--lang` ou
# LIMBER_LANG), que vale mais que a lista até a próxima abertura;
# `$language` é o idioma em uso, com o nome no próprio idioma.
settings-language-command-line = { $language } por enquanto, porque o Limber foi aberto com { "--lang" }; a lista vale a partir da próxima vez que ele for aberto.

## Som.

settings-sounds = Sons
settings-volume = Volume
# Um valor em porcentagem: “70%”. `$percent` é um número inteiro.
settings-percent = { $percent }%
# Acima das opções para os últimos três segundos de manter (Desligada,
# Tique-taque, Voz, Os dois).
settings-countdown = Contar os 3 últimos segundos de manter
# A palavra ao lado de um botão de ligar e desligar.
settings-on = Ligado
settings-off = Desligado

## A orientação por voz.

# Mostrado por um momento depois de abrir, enquanto o serviço de fala se
# conecta.
settings-voice-looking = Procurando uma voz…
settings-speak-steps = Falar as etapas
# O botão que diz uma frase de exemplo; T é a tecla.
settings-try-voice = Experimentar  (T)
settings-voice = Voz
settings-speed = Velocidade
settings-voice-volume = Volume da voz
# A primeira opção da lista de vozes: a voz que o computador escolhe.
settings-voice-system-default = Padrão do sistema
# Uma voz na lista com o idioma: “Anna (de-DE)”. `$voice` é o nome da
# voz, `$language` a etiqueta do idioma.
settings-voice-with-language = { $voice } ({ $language })
# Uma voz salva no perfil que este computador não tem; `$voice` é o id.
settings-voice-not-found = { $voice } (não encontrada)

## Tempos.

settings-get-ready = Prepare-se
settings-rest = Descanso entre repetições
# O descanso quando o perfil não define nenhum: o de cada exercício.
settings-rest-exercises-own = O do exercício
settings-setup-read = Tempo de leitura da posição inicial
settings-full-screen = Tela cheia durante as rotinas
# Uma duração em segundos ao lado de − e +: “5 s”.
settings-seconds = { $seconds } s

## Perfis.

# O nome de um perfil com a marca do que está em uso: “Sam  (em uso)”.
settings-profile-in-use = { $profile }  (em uso)
settings-profile-use = Usar
settings-profile-rename = Renomear
settings-profile-ask-delete = Excluir…
# O texto de exemplo do campo do nome ao renomear.
settings-profile-name = Nome
settings-profile-save = Salvar
settings-profile-cancel = Cancelar
# Perguntado antes de excluir um perfil; `$profile` é o nome.
settings-profile-delete-question = Excluir { $profile } e todo o histórico desse perfil? Não é possível desfazer.
settings-profile-delete = Excluir
settings-profile-keep = Manter
# O texto de exemplo do campo do nome do novo perfil.
settings-new-profile-name = Nome do novo perfil
settings-add-profile = Adicionar perfil

## A lista de teclas (?) na tela Configurações.

settings-key-move = Passar de uma configuração para outra
settings-key-change = Mudar a configuração (também − e +)
settings-key-flip = Ligar ou desligar a configuração
settings-key-try-voice = Experimentar a voz
settings-key-new-profile = Digitar o nome de um novo perfil (Enter adiciona)

## A tela mostrada no lugar do Início quando o perfil foi salvo por um
## Limber mais novo.

newer-title = Este perfil é de um Limber mais novo
# `$profile` é o nome do perfil, `$format` o número do formato do arquivo.
newer-explanation = “{ $profile }” foi salvo por uma versão mais nova do Limber (formato { $format }). Esta versão pode mostrá-lo, mas não vai alterá-lo: nada do que você fizer agora (doses, configurações, sessões) será salvo.
newer-choose = Atualize o Limber para usá-lo por completo, ou escolha o que fazer agora:
newer-open-read-only = Abrir somente para leitura
newer-use-another = Usar outro perfil

## As opções de Tema, Tamanho do texto e da contagem, cada uma num botão.

settings-theme-system = Sistema
settings-theme-light = Claro
settings-theme-dark = Escuro
settings-text-size-normal = Normal
settings-text-size-large = Grande
settings-text-size-larger = Maior
settings-countdown-off = Desligada
settings-countdown-ticks = Tique-taque
settings-countdown-voice = Voz
settings-countdown-both = Voz e tique-taque
settings-countdown-note-no-sounds = Os sons estão desligados, então o tique-taque não toca.
settings-countdown-note-no-voice = Enquanto a voz estiver desligada, o tique-taque conta no lugar dela.
