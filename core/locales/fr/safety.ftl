### L'écran Sécurité et les signaux d'alerte partout où ils apparaissent. Chaque phrase garde exactement son sens et son urgence.
### La source est core/locales/en/safety.ftl ; les termes fixes sont
### dans docs/glossary/fr.md.

## The Safety screen.

# The heading of a group of signs to act on soon or at once, after a
# warning sign; `$heading` is the group's own heading.
safety-urgent-heading = ⚠  { $heading }
# The card at the top: why moving helps (`$moving_helps`), then who to
# ask (`$clinicians`), each a sentence already written.
safety-why-move = { $moving_helps } { $clinicians }
# The button on the first run, before anything else.
safety-understood = J'ai lu ces informations
