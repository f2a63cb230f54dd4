### O texto de segurança: quem deve perguntar antes, como começar, quando
### parar, os sinais de alerta e como procurar atendimento de emergência.
### Aparece na primeira abertura de cada perfil, no Início a qualquer
### momento, depois de uma sessão que doeu, na ficha impressa e na linha de
### comando.
###
### Mantenha o sentido e a urgência exatos de cada frase: um sinal de
### alerta diz “agora” ou “em breve” como o inglês diz. As frases são
### curtas de propósito: são lidas do colchonete, a alguns passos. Nada de
### diagnóstico.
### A fonte é core/locales/en/safety.ftl; os termos fixos estão em
### docs/glossary/pt-BR.md.

## A tela Segurança.

# O cabeçalho de um grupo de sinais que pedem ação logo ou imediatamente,
# depois de um sinal de aviso; `$heading` é o cabeçalho do grupo.
safety-urgent-heading = ⚠  { $heading }
# O cartão do alto: por que se movimentar ajuda (`$moving_helps`), depois
# a quem perguntar (`$clinicians`), cada um uma frase já escrita.
safety-why-move = { $moving_helps } { $clinicians }
# O botão da primeira abertura, antes de qualquer outra coisa.
safety-understood = Li estas informações

# O título da tela Segurança e a primeira linha do texto de segurança.
safety-title = Antes de começar

# Acima das seções: o que este app é e o que não é.
safety-intro = Este app dá orientações gerais sobre exercícios. Ele não faz diagnóstico e não substitui a orientação de um médico ou fisioterapeuta.

# Por que estes exercícios: movimentar-se é o que ajuda.
safety-moving-helps = Movimentar-se ajuda. Ficar de repouso na cama e evitar exercícios, por muito tempo o conselho comum para a dor nas costas, não ajuda a melhorar; continuar se movimentando com suavidade, sim.

# De onde vêm exercícios como estes; vem depois de `safety-moving-helps`.
safety-clinicians = Médicos e fisioterapeutas costumam recomendar exercícios como estes para problemas nas costas ou no quadril, ou na reabilitação depois de uma lesão.

# Dito sob os sinais de alerta onde eles aparecem.
safety-red-flags-note = Não faça exercícios até receber orientação médica.

## Pergunte antes a um médico ou fisioterapeuta se você

safety-ask-first-heading = Pergunte antes a um médico ou fisioterapeuta se você
safety-ask-first-1 = Teve uma lesão recente nas costas, nos quadris ou nas pernas.
safety-ask-first-2 = Fez uma cirurgia nos últimos meses, principalmente na coluna ou no quadril.
safety-ask-first-3 = Tem prótese de quadril, mesmo que antiga (alguns destes exercícios dobram muito o quadril).
safety-ask-first-4 = Está grávida ou teve um bebê recentemente.
safety-ask-first-5 = Tem osteoporose (ossos finos ou frágeis).
safety-ask-first-6 = Tem um problema diagnosticado na coluna, nas articulações ou nos nervos.
safety-ask-first-7 = Não tem certeza se estes exercícios são adequados para você.

## Comece com suavidade

safety-start-gently-heading = Comece com suavidade
safety-start-gently-1 = Comece pelo nível mais suave, mantendo cada posição por pouco tempo.
safety-start-gently-2 = Comece cada sessão aos poucos: as primeiras repetições são as mais suaves.
safety-start-gently-3 = Mova-se devagar. Nunca faça balanços nem force um alongamento.
safety-start-gently-4 = Respire normalmente. Não prenda a respiração.
safety-start-gently-5 = Aumente aos poucos, ao longo de dias e semanas.
safety-start-gently-6 = Sentir um alongamento ou um esforço leve é normal. Sentir dor em pontada não é.

## Pare ou diminua o esforço

safety-stop-heading = Pare ou diminua o esforço
safety-stop-1 = Pare se a dor aumentar ou se espalhar, por exemplo, descendo por uma perna.
safety-stop-2 = Na próxima vez, diminua a intensidade ou deixe esse exercício de fora.
safety-stop-3 = Pare se sentir tontura, sensação de desmaio, ou formigamento ou dormência que você não tinha antes.
safety-stop-4 = Se a dor continuar pior no dia seguinte, continue se movimentando com suavidade e peça orientação.

## Procure atendimento de emergência agora se a dor nas costas ou no
## quadril vier com

safety-emergency-heading = Procure atendimento de emergência agora se a dor nas costas ou no quadril vier com
safety-emergency-1 = Perda do controle da bexiga ou do intestino, ou não conseguir urinar.
safety-emergency-2 = Dormência na virilha, nos genitais ou nas nádegas.
safety-emergency-3 = Dor, dormência ou fraqueza nas duas pernas.
safety-emergency-4 = Fraqueza em uma perna que está piorando.
safety-emergency-5 = Problemas novos de ereção ou de sensibilidade durante a relação sexual.
safety-emergency-6 = Dor forte e repentina, diferente de qualquer dor que você já teve.
safety-emergency-7 = Dor no quadril ou na virilha depois de uma queda ou pancada, sem conseguir apoiar o peso nessa perna.
safety-emergency-8 = Quadril quente, inchado e muito dolorido, com febre ou mal-estar.

## Procure um médico em breve se a dor nas costas ou no quadril vier com

safety-soon-heading = Procure um médico em breve se a dor nas costas ou no quadril vier com
safety-soon-1 = Febre, mal-estar geral ou perda de peso sem explicação.
safety-soon-2 = Histórico de câncer.
safety-soon-3 = Dor nas costas pela primeira vez antes dos 20 ou depois dos 50 anos.
safety-soon-4 = Uso prolongado de corticoides, sistema imunológico enfraquecido ou uso de drogas injetáveis.
safety-soon-5 = Uma mudança visível no formato da coluna.
safety-soon-6 = Dor nas costas que começou depois de uma queda ou de um acidente.
safety-soon-7 = Dor que não melhora quando você descansa ou muda de posição.
safety-soon-8 = Dor que continua constante durante a noite.

## Como procurar atendimento de emergência, dito sob o grupo de emergência.

# `$number` é o número de emergência da região da pessoa (“192”, “112”).
safety-get-help = Ligue para o { $number } ou vá agora a um pronto-socorro.
# Quando o número da região não é conhecido.
safety-get-help-local = Ligue para o número de emergência da sua região ou vá agora a um pronto-socorro.

## Depois de uma sessão (a tela Fim): o que fazer quando doeu, e as ofertas
## de mudar o nível ou deixar um exercício de fora. Calmo e prático; nunca
## um diagnóstico.

# O cabeçalho para uma sessão que doeu.
advice-care-heading = Vá com calma pelo resto do dia
# Dito primeiro, qualquer que seja o nível.
advice-care-stop = Pare por hoje e não continue forçando com dor.
# Quando há um nível mais suave para o que doeu.
advice-care-next-time = Na próxima vez, experimente um nível mais suave ou deixe de fora os exercícios que doeram.
# Quando o que doeu já está no nível mais suave.
advice-care-at-gentlest = Este já era o nível mais suave: deixe de fora os exercícios que doeram e pergunte a um fisioterapeuta quais exercícios são adequados para você.
# Movimentar-se, não repouso na cama.
advice-care-keep-active = Continue se movimentando com suavidade: caminhe e se mexa como conseguir. Ficar de repouso na cama não ajuda.
advice-care-ask = Se a dor continuar pior nos próximos dias, pergunte a um médico ou fisioterapeuta.

# Sob a escala de dor depois de uma sessão: a dor (0–10) `$before` da
# sessão e `$after` dela.
advice-pain-went-down = Sua dor diminuiu de { $before } para { $after }. Bom trabalho.
advice-pain-same = A mesma de antes da sessão: { $before }.
advice-pain-before = Antes da sessão, sua dor era { $before }.

# Um exercício cujo nível mudaria: `$exercise` o título, `$from` e `$to` os
# nomes dos níveis (“Joelho ao peito (Normal → Suave)”).
advice-change = { $exercise } ({ $from } → { $to })
# A oferta de mudar o nível. `$direction` é down (mais suave) ou up (mais
# forte); `$exercises` os exercícios que mudariam, separados por vírgulas.
advice-offer = { $direction ->
        [up] Tentar um pouco mais na próxima vez? { $exercises }
       *[down] Diminuir a intensidade na próxima vez? { $exercises }
    }
# O mesmo depois que a dor (0–10) subiu de `$from` para `$to`.
advice-offer-pain-rose = { $direction ->
        [up] Sua dor aumentou de { $from } para { $to }. Tentar um pouco mais na próxima vez? { $exercises }
       *[down] Sua dor aumentou de { $from } para { $to }. Diminuir a intensidade na próxima vez? { $exercises }
    }
# O mesmo quando a dor depois da sessão é `$pain` (6 ou mais).
advice-offer-pain-high = { $direction ->
        [up] Sua dor está em { $pain } de 10. Tentar um pouco mais na próxima vez? { $exercises }
       *[down] Sua dor está em { $pain } de 10. Diminuir a intensidade na próxima vez? { $exercises }
    }
# O mesmo depois de `$sessions` sessões seguidas com dor baixa.
advice-offer-stayed-low = { $direction ->
        [down] Sua dor ficou baixa por { $sessions } sessões. Diminuir a intensidade na próxima vez? { $exercises }
       *[up] Sua dor ficou baixa por { $sessions } sessões. Tentar um pouco mais na próxima vez? { $exercises }
    }
# Os botões que aceitam a oferta, e o que se diz depois.
advice-button-down = Diminuir a intensidade
advice-button-up = Aumentar um pouco
advice-done-down = Pronto: na próxima vez, estes exercícios ficam um nível mais suaves.
advice-done-up = Pronto: na próxima vez, estes exercícios ficam um nível mais fortes.

# Depois de “Está doendo”: a oferta de deixar o exercício (`$exercise`, o
# título) fora das rotinas da pessoa daqui em diante.
advice-leave-out-offer = Deixe o exercício { $exercise } de fora até ficar mais fácil ou até um fisioterapeuta dizer que ele é adequado para você. Na tela Rotina, você pode incluí-lo de novo.
# Dito depois da oferta de um nível mais suave, como a outra opção.
advice-leave-out-alternative = Ou deixe o exercício { $exercise } de fora por enquanto.
advice-leave-out-button = Deixar este exercício de fora na próxima vez
advice-leave-out-done = Pronto: o exercício { $exercise } ficou fora das suas rotinas. Para incluí-lo de novo, use a tela Rotina.
