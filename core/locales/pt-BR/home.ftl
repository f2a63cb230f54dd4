### A tela Início: os cartões das áreas, a última sessão e a faixa desta
### semana, os links.
### A fonte é core/locales/en/home.ftl; os termos fixos estão em
### docs/glossary/pt-BR.md.

# O nome do app, grande, no alto à esquerda.
home-title = Limber
# Antes da lista de perfis, no alto à direita.
home-profile = Perfil
# O botão que mostra a lista de teclas; ? é a tecla.
home-keys = Teclas ?
# Acima dos cartões.
home-question = O que você quer trabalhar hoje?
# O cartão da rotina que passa por todas as áreas.
home-full-routine = Rotina completa
# Ao lado da fila das rotinas do próprio perfil (criadas em Nova rotina).
home-your-routines = Suas rotinas
# Sob o cartão de uma rotina: quantos exercícios e quanto tempo, mais ou
# menos. `$minutes` já vem escrito (“5 min”). Em português, 0 e 1 caem na
# categoria `one`: o 0 tem a sua própria forma.
home-routine-facts = { $count ->
        [0] 0 exercícios
        [one] 1 exercício
       *[other] { $count } exercícios
    } · cerca de { $minutes }
home-browse-exercises = Ver todos os exercícios
home-new-routine = Nova rotina
# A última sessão que conta: “Última sessão: Região lombar, ontem, 6 min”.
# `$routine` é o título, `$when` um dia já escrito (“ontem”, “na
# segunda-feira”), `$minutes` a duração já escrita.
home-last-session = Última sessão: { $routine }, { $when }, { $minutes }
home-no-sessions = Nenhuma sessão ainda. Comece com suavidade: escolha uma área acima.
home-sessions-last-7-days = { $count ->
        [0] nenhuma sessão nos últimos 7 dias
        [one] 1 sessão nos últimos 7 dias
       *[other] { $count } sessões nos últimos 7 dias
    }
# O cartão da semana com um plano; `$summary` é a contagem do plano já
# escrita (“2 de 3 sessões planejadas”).
home-this-week = Esta semana: { $summary }

## A lista de teclas (?) no Início.

home-key-open-routine = Abrir uma rotina (o número está no cartão)
home-key-safety = Segurança: quando parar e procurar ajuda
home-key-new-routine = Nova rotina: crie a sua própria
