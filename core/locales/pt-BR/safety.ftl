### A tela Segurança e os sinais de alerta onde aparecerem. Mantenha o
### sentido e a urgência exatos de cada frase.
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
